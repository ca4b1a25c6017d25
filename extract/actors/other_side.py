"""Is the article's only country named only inside the event's other side? "deported 30 Afghan migrants".

:mod:`.sole_country` gives a country-less state role ("the interior ministry", "the navy", "police")
the one country the article names. When every mention of that country lies inside the relation's
*other* argument (its nationality word, possessive, apposition or "of" phrase: "The interior ministry
deported 30 Afghan migrants", "The navy seized an Iranian tanker", "The army rejected Pakistan's
claims"), the country is the other side's, not the body's (a place after a preposition of place,
"called the police in Kamloops, Canada", is where the event is, and counts as named elsewhere): the body keeps its role-only code, as
:mod:`extract.relations.role_actors` expects. A mention anywhere else ("Floods hit Bangladesh. The
army evacuated 5,000 Bangladeshi villagers"), or a city or region of the country even inside the other
side ("the mayor of New Orleans advised residents"), leaves the article's country to the body.

Only generic role nouns are read: a mention holding a person's name ("Interior Minister Ahmed
Khalil") is never recoded here.
"""

from __future__ import annotations

from ..doccache import doc_ents
from ..lexicon import Lexicon
from ..lexicon.gazetteer import split_place
from .localities import locality_country

__all__ = ["only_on_other_side"]

_PLACE_LABELS = frozenset({"GPE", "LOC"})
_NAMED = frozenset({"PERSON"})
#: Prepositions of place: "the police in Kamloops, Canada" names where the event is, not whose the other side is.
_LOCATIVE = frozenset({"in", "at", "near", "inside", "outside", "across", "around", "throughout", "within", "on"})


def _located(ent, top: int) -> bool:
    """Does ``ent`` hang under a preposition of place below token ``top``? ("the police in Kamloops")"""
    tok = ent.root
    while tok.i != top and tok.head.i != tok.i:
        if tok.dep_ == "prep" and tok.lower_ in _LOCATIVE:
            return True
        tok = tok.head
    return False


def _ent_country(ent, lexicon: Lexicon) -> str | None:
    """The alpha-3 code ``ent`` names: a country's name or a nationality word."""
    text = ent.text.removeprefix("the ")
    countries = lexicon.countries
    label = countries.country_of(split_place(text)[0])
    country = countries.by_label.get(label) if label is not None else None
    if country is not None:
        return country.alpha3
    return lexicon.actors.demonyms.get(text.casefold())


def _locality(ent, lexicon: Lexicon) -> str | None:
    """The country of a city or region ``ent`` names ("New Orleans" ``USA``), or None."""
    return locality_country(ent, lexicon=lexicon) if ent.label_ in _PLACE_LABELS else None


def only_on_other_side(doc, alpha3: str, *, own: tuple[int, int] | None, other_root: int,
                       lexicon: Lexicon) -> bool:
    """Does every mention of ``alpha3`` lie inside the phrase headed by token ``other_root``?

    ``own`` is the body's character span ``[start, end)``: a body whose own words hold a person's name
    is not generic, and the answer is False.
    """
    if doc is None or other_root < 0:
        return False
    if own is not None and any(ent.label_ in _NAMED and ent.start_char < own[1] and ent.end_char > own[0] for ent in doc_ents(doc)):
        return False
    head = doc[other_root]
    left, right = head.left_edge.i, head.right_edge.i
    seen = False
    for ent in doc_ents(doc):
        country = _ent_country(ent, lexicon)
        if country is None and _locality(ent, lexicon) == alpha3:
            return False  # "the mayor of New Orleans": a city is where, not a nationality
        if country != alpha3:
            continue
        if ent.start < left or ent.end - 1 > right or _located(ent, other_root):
            return False
        seen = True
    return seen
