"""The country a party word gives an office title: "Republican senator X" ``USALEG``.

A party membership the text states names the person's country as a nationality adjective
does, where the party word, before an office's title, is one country's
(``data/party_countries.tsv``): "the capital city's Democratic mayor Muriel Bowser" ``USAGOV``,
"Two Democratic Representatives, Collin Peterson and ..." ``USALEG``, "Republican senators"
``USALEG``. The party word must stand right before the title (one or two words that are a
legislator's or government office's role), and no qualifier before it may make it part of
another party's name ("Social Democratic", "Liberal Democratic"); "Democratic Unionist Party
MP" is no title after the party word and gives nothing. Never the article's country.
"""

from __future__ import annotations

import dataclasses
import re

from ..doccache import doc_ents
from ..lexicon import Lexicon
from ..lexicon.cameo_actors import combine_codes
from ..lexicon.normalise import fold_actor

__all__ = ["PARTY_ROLES", "party_bases", "party_country", "party_name_country", "party_title",
           "with_party_countries"]

_TABLE = "party_countries"
#: A row's country that marks a qualifier ("social" of "Social Democratic").
_QUALIFIER = "-"
#: Roles of the offices a party word may stand before.
PARTY_ROLES = frozenset({"LEG", "GOV"})
#: The source of a country from a party word: it reads as a nationality adjective does.
_SOURCE = "adjective"
#: Words of the title read after the party word.
_TITLE_WORDS = 2
#: The word a party word may take before the title ("Democratic Party senator").
_PARTY = "party"
_TOKEN = re.compile(r"[\w'\u2019-]+")
#: Party names of several countries ("Labour: GB AU NZ ..."), one a line.
_NAMES = "party_names"
_PARTY_ROLE = "PTY"


def _title_role(words: list[str], lexicon: Lexicon) -> str | None:
    """The role of a title that starts the ``words`` (the agents file or ``actors.tsv``), or None."""
    from .mentions import agent_code  # (mentions reads the codes module this one serves)

    if words and words[0].rstrip("s") in lexicon.word_sets["state_words"]:
        return None  # "Democratic governments" at a sentence's start: a kind of state, no party's office
    for n in range(min(_TITLE_WORDS, len(words)), 0, -1):
        found = agent_code(words[:n], lexicon)
        if found is not None and found[1] == 0:
            return combine_codes(None, found[0])
    return None


def party_title(text: str, *, lexicon: Lexicon) -> tuple[str, str] | None:
    """(alpha-3 country, role) of the first party word right before an office title in ``text``.

    Parameters
    ----------
    text : str
        A mention or a title phrase ("Republican senator Sarah Palin", "Democratic mayor X").
    lexicon : Lexicon
        The tables (``party_countries``, the agents file, ``actors.tsv``).

    Returns
    -------
    tuple of (str, str) or None
        The party word's country and the title's role (one of :data:`PARTY_ROLES`), for a party
        word (capitalised: "democratic governments" names no party) followed (after an optional
        "Party") by a legislator's or government office's title and not preceded by a
        qualifier; None otherwise.

    Examples
    --------
    >>> from extract.lexicon import get_lexicon
    >>> party_title("the city's Democratic mayor Jane Roe", lexicon=get_lexicon())
    ('USA', 'GOV')
    >>> party_title("Social Democratic senator Anna Berg", lexicon=get_lexicon()) is None
    True
    """
    table = lexicon.tables[_TABLE]
    tokens = _TOKEN.findall(text)
    words = [w.casefold().replace("\u2019", "'") for w in tokens]
    for i, word in enumerate(words):
        row = table.get(word)
        if row is None or row[0] == _QUALIFIER or not tokens[i][:1].isupper():
            continue  # "democratic governments", "a republican system": no party
        before = table.get(words[i - 1]) if i else None
        if before is not None and before[0] == _QUALIFIER:
            continue  # "Social Democratic", "New Democrat": another party's name
        rest = words[i + 1 :]
        if rest[:1] == [_PARTY]:
            rest = rest[1:]  # "Democratic Party senator"
        role = _title_role(rest, lexicon)
        if role in PARTY_ROLES:
            return row[0], role
    return None


def party_country(text: str, *, lexicon: Lexicon) -> str | None:
    """The country of :func:`party_title`, or None.

    Examples
    --------
    >>> from extract.lexicon import get_lexicon
    >>> party_country("Republican senators", lexicon=get_lexicon())
    'USA'
    """
    found = party_title(text, lexicon=lexicon)
    return found[0] if found else None


def party_bases(words, *, lexicon: Lexicon) -> list[tuple[str, str]]:
    """[(country, "adjective")] for a generic actor's words that hold a party word before a
    title ("Republican senators", "two Democratic lawmakers"), else []."""
    found = party_title(" ".join(words), lexicon=lexicon)
    return [(found[0], _SOURCE)] if found else []


def _name_key(name: str) -> str:
    words = [w.casefold() for w in _TOKEN.findall(name)]
    if words[:1] == ["the"]:
        words = words[1:]
    return " ".join(words)


def _party_countries(name: str, lexicon: Lexicon) -> tuple[str, ...]:
    """The alpha-2 countries of ``data/party_names.txt`` whose party bears ``name`` ("the Conservatives")."""
    key = _name_key(name)
    for line in lexicon.words[_NAMES]:
        listed, _, countries = line.partition(":")
        listed = _name_key(listed)
        if key in (listed, listed + "s", listed.removesuffix("y") + "ies"):
            return tuple(countries.split())
    return ()


def party_name_country(names, doc, *, lexicon: Lexicon) -> str | None:
    """``XXXPTY`` for a party named without a country ("Labour", "the Conservatives", "the Tories") when
    the article names exactly one of the countries with a major party of that name, else None.

    The article's countries are those its places, nationality words (:func:`.institutions.
    article_place_countries`) and seats of government ("the Knesset", "Westminster") name; one other
    country with such a party named anywhere leaves the name without a country.
    """
    from .institutions import article_place_countries  # (institutions reads the mentions that read this module)

    listed = {lexicon.countries.alpha3(c.upper()) for name in names for c in _party_countries(name, lexicon)}
    listed.discard(None)
    if not listed:
        return None
    named = set(article_place_countries(doc, lexicon))
    seats = lexicon.actors.seats
    named.update(seats[key][:3] for ent in doc_ents(doc) if (key := fold_actor(ent.text)) in seats and seats[key])
    found = listed & named
    return found.pop() + _PARTY_ROLE if len(found) == 1 else None


def with_party_countries(entities, doc, *, lexicon: Lexicon) -> list:
    """``entities`` with the country of :func:`party_name_country` given to each organisation coded as a
    party with no country, or with no code ("Labour" in an article that names only British places)."""
    out = []
    for entity in entities:
        if entity.type == "ORG" and entity.actor_code in (None, _PARTY_ROLE):
            code = party_name_country((entity.label, *entity.aliases), doc, lexicon=lexicon)
            if code is not None:
                entity = dataclasses.replace(entity, actor_code=code)
        out.append(entity)
    return out
