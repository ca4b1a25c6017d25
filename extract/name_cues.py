"""What the words around a name say of a company or a person: shares, officers, "-based", post-nominal letters.

The tagger types a company it has not seen by its name's look ("Deseret" PERSON, "Abcam" PERSON, "Tesla"
NORP) and a person's name of an unfamiliar shape as a body's ("Kama Melly QC" ORG, "Wanda Vázquez Garced"
ORG). The sentence often settles it:

- a noun only a company has (``data/company_nouns.txt``: shares, stock, shareholders, a chief executive, a
  subsidiary), owned by the name ("Mozilla's shares", "Zorvex's chief executive"), modified by it ("each
  Deseret share", "Tesla stock") or before "of" and the name ("shares of Mozilla", "the chief executive of
  Zorvex"), and a holding before "in" and the name ("shares in Veltrax", "a 10% stake in Veltrax"): ORG, also
  where the tagger took the name for a place no table knows;
- a name right after "X-based" ("the Cambridge-based Abcam"): a company, ORG (a person is "a London-based
  artist, John Smith", with a noun between);
- post-nominal letters ending the name (``data/post_nominals.txt``: "Kama Melly QC", "Jane Smith MP"),
  or a courtesy title right before it (``data/courtesy_titles.txt``: "Mr Adani's group", "Dr. Zorvex"):
  PERSON, whatever company noun follows;
- a place after a capitalised treaty noun of ``data/treaty_nouns.txt`` and "of" ("the Treaty of Lisbon"):
  the treaty's name, no actor (PRODUCT, as :mod:`extract.entity_context` says of a make);
- a title of ``data/titles.txt`` in apposition after a name of two to four capitalised words, the last no
  body's head word ("Wanda Vázquez Garced, the Secretary of Justice"): PERSON.

Never a country, a known place (its shares are a market's: "Tokyo stocks") nor, for the company cues, a name
that reads as a person's. :func:`name_cue` is called by :func:`extract.entity_context.context_evidence`.
"""

from __future__ import annotations

import re

from .lexicon import Lexicon
from .doccache import doc_span

#: What :func:`name_cue` says of a name that names no actor here (as :data:`extract.entity_context.PRODUCT`).
PRODUCT = "PRODUCT"

__all__ = ["lone_given_name", "name_cue", "paternal_surname"]

#: Prepositions before a company after one of its nouns: "shares of X"; "in" after the nouns of a holding only
#: ("shares in X", "a stake in X").
_OF = "of"
_IN = "in"
_HOLDINGS = frozenset({"share", "shares", "stake", "stakes"})
#: A company's officer whose noun is "executive" only after "chief" ("chief executive"), never "an executive".
_EXECUTIVE = "executive"
#: Company nouns a person may own as well: "Musk's shares".
_HELD = frozenset({"share", "shares", "stock", "stocks"})
#: Letters of Spanish and Portuguese spelling: a name of three words with one is given name and two surnames.
_IBERIAN = re.compile(r"[áéíóúñãõçÁÉÍÓÚÑ]")
#: Word lists whose words are no surname: a religion, a people's name, software.
_NOT_SURNAMES = ("religions", "religious_groups", "software_names")
_HYPHENS = frozenset({"-", "\u2010", "\u2011"})


def _company_noun(token, lexicon: Lexicon) -> bool:
    """Whether ``token`` is a noun of ``data/company_nouns.txt`` ("executive" only as "chief executive")."""
    if token.pos_ not in ("NOUN", "PROPN") or token.lower_ not in lexicon.word_sets["company_nouns"]:
        return False
    if token.lower_ == _EXECUTIVE:
        return any(child.lower_ == "chief" for child in token.children) or (
            token.i > 0 and token.doc[token.i - 1].lower_ == "chief")
    return True


def _placeish(text: str, label: str, lexicon: Lexicon) -> bool:
    """A country, a people or a known place: "Japan's stocks", "Tokyo stocks" are a market's. A name the tagger
    took for a place that no table knows is none ("shares in Veltrax" tagged GPE)."""
    return bool(lexicon.countries.country_of(text)) or bool(lexicon.gazetteer.candidates(text)) or (
        label == "LOC" or label == "GPE" and bool(lexicon.knowledge.lookup(text)))


def _owns_company_noun(span, lexicon: Lexicon) -> bool:
    """"Mozilla's shares", "each Deseret share", "Tesla stock", "shares of Mozilla"."""
    root = span.root
    head = root.head
    if root.dep_ in ("poss", "compound", "nmod") and head.i >= span.end and _company_noun(head, lexicon):
        if root.dep_ != "poss":
            return head.i == span.end  # a modifier right before its noun: "each Deseret share"
        # a person owns shares too ("Musk's shares"): only a company has shareholders, a chief executive
        return span.root.ent_type_ != "PERSON" or head.lower_ not in _HELD
    if root.dep_ == "pobj" and head.lower_ == _OF and head.i == span.start - 1:
        return _company_noun(head.head, lexicon) and head.head.i == head.i - 1
    if root.dep_ == "pobj" and head.lower_ == _IN and head.i == span.start - 1:
        return head.head.lower_ in _HOLDINGS and head.head.i == head.i - 1  # "shares in Veltrax"
    return False


def _based_before(doc, ts: int) -> bool:
    """Whether "X-based" stands right before the name ("the Cambridge-based Abcam")."""
    return ts >= 2 and doc[ts - 1].lower_ == "based" and doc[ts - 2].text in _HYPHENS and not doc[ts - 2].whitespace_


def _treaty_place(doc, ts: int, lexicon: Lexicon) -> bool:
    """Whether a capitalised treaty noun of ``data/treaty_nouns.txt`` and "of" stand right before the name:
    "the Treaty of Lisbon", "the Peace of Westphalia"."""
    if ts < 2 or doc[ts - 1].lower_ != _OF:
        return False
    head = doc[ts - 2]
    return head.is_title and head.lower_ in lexicon.word_sets["treaty_nouns"]


def _post_nominal(span, lexicon: Lexicon) -> bool:
    """Whether the name is a person's name and post-nominal letters: "Kama Melly QC" (two words before them)."""
    last = span[-1].text.replace(".", "")
    return len(span) >= 3 and last in lexicon.words["post_nominals"] and all(
        t.is_title for t in span[:-1] if t.is_alpha)


def _courtesy_titled(doc, ts: int, te: int, lexicon: Lexicon) -> bool:
    """Whether a courtesy title of ``data/courtesy_titles.txt`` stands right before a name of one to three
    capitalised words: "Mr Adani's group", "Dr. Fauci" (a person, whatever noun follows)."""
    if ts == 0 or te - ts > 3 or doc[ts - 1].lower_ not in lexicon.word_sets["courtesy_titles"]:
        return False
    return all(t.text[:1].isupper() for t in doc[ts:te])


def _titled_person(span, lexicon: Lexicon) -> bool:
    """Whether a title of ``data/titles.txt`` is in apposition after a name of two to four capitalised words,
    none a body's head word: "Wanda Vázquez Garced, the Secretary of Justice"."""
    words = span.text.split()
    if not 2 <= len(words) <= 4 or not all(w[:1].isupper() and w.replace("-", "").isalpha() for w in words):
        return False
    last = words[-1].casefold()
    if last in lexicon.tables["name_heads"] or last in lexicon.tables["context_nouns"]:
        return False  # "the Justice Department, the Secretary's": a body's head word
    titles = lexicon.word_sets["titles"]
    return any(child.dep_ == "appos" and child.i >= span.end and child.lower_ in titles
               for child in span.root.children)


def name_cue(doc, ts: int, te: int, *, lexicon: Lexicon, label: str = "") -> str | None:
    """ORG or PERSON where the words around the name ``doc[ts:te]`` say so (see the module), else None."""
    from .entity_context import is_personal_name

    span = doc_span(doc, ts, te)
    if label in ("GPE", "LOC") and _treaty_place(doc, ts, lexicon):
        return PRODUCT  # "the Treaty of Lisbon": the treaty's name, no actor
    if _post_nominal(span, lexicon) or _courtesy_titled(doc, ts, te, lexicon):
        return "PERSON"
    if label != "PERSON" and _titled_person(span, lexicon):
        return "PERSON"
    text = span.text
    if _placeish(text, label, lexicon) or is_personal_name(text, lexicon=lexicon):
        return None
    if _owns_company_noun(span, lexicon) or _based_before(doc, ts):
        return "ORG"
    return None


def lone_given_name(name: str, *, label: str, hint: str | None, lexicon: Lexicon) -> bool:
    """Whether a one-word name the tagger alone typed a place, a people or a body is a given name no table
    knows otherwise ("Jamal" GPE in "Jamal's killing"): it may be the given name of a person the article
    names in full before (:func:`extract.entities._map_first_names`)."""
    from .entity_context import dictionary_type, is_given_name, knowledge_type

    if " " in name or label not in ("GPE", "NORP", "ORG", "LOC") or hint is not None or name.isupper():
        return False
    return is_given_name(name, lexicon=lexicon) and not (
        lexicon.countries.country_of(name) or lexicon.gazetteer.candidates(name)
        or dictionary_type(name, lexicon=lexicon) or knowledge_type(name, lexicon=lexicon))


def paternal_surname(full_name: str, *, lexicon: Lexicon) -> list[str]:
    """The first of two surnames, the one a Spanish or Portuguese name is shortened to ("Vázquez" of "Wanda
    Vázquez Garced", "Rosselló" of "Ricardo Rosselló Nevares"): the middle of three capitalised words when it
    is no given name ("John Paul Jones" keeps "Jones") and no particle; folded, as
    :func:`extract.second_names.surname_forms` gives the last."""
    from .entity_context import is_given_name
    from .lexicon.normalise import fold_key

    words = full_name.split(" ")
    if len(words) != 3 or not all(w[:1].isupper() and w.replace("-", "").isalpha() and len(w) > 2 for w in words):
        return []
    if not (is_given_name(words[0], lexicon=lexicon) or _IBERIAN.search(full_name)):
        return []  # "Montana Native Vote": no given name, no Spanish or Portuguese spelling
    if is_given_name(words[1], lexicon=lexicon) or lexicon.countries.country_of(words[1]):
        return []
    sets = lexicon.word_sets
    for word in (words[1].casefold(), words[2].casefold()):
        if word in lexicon.tables["name_heads"] or word in lexicon.tables["context_nouns"] or any(
                word in sets[name] for name in _NOT_SURNAMES):
            return []  # "Roman Catholic Christianity", "Will Rocky Linux", "James Webb Telescope"
    return [fold_key(words[1])]
