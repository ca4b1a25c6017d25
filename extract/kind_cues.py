"""Kinds of names the tagger types by their look, settled by one cue of the sentence: teams, families, events,
vehicles.

The tagger types a name by what it usually is; these names are something else here:

- **a team named after its town**: a place's name (no country: "France beat Germany" is left to the country)
  that is the subject or object of a match verb (``data/match_verbs.txt``: "defeated", "beat", "edged")
  whose clause holds a score ("3-0", "110-98"), with a proper name on the other side: "Leeds defeated
  Bristol 3-0", "Denver beat Portland 110-98" -- both sides are teams, ORG;
- **a score the tagger ran into a name** ("beat Chelsea 2-1") is cut off it (:func:`kind_end`);
- **a family**: a surname right before a noun of ``data/family_nouns.txt`` ("the Bush family", "the Gandhi
  dynasty"): the name runs on through the noun and is an organisation (as the gold types families), not the
  person of that surname (:func:`family_end`);
- **an event**: a name in apposition with a noun of ``data/event_nouns.txt`` ("Fan Expo Canada, a massive
  annual pop culture convention"): EVENT;
- **a place in a list of places**: a one- or two-word name the tagger took for a person, a body or a people,
  listed with two places or more (tagged GPE, or places of the gazetteer), no person and at most one other
  name ("Kings, Kern, Fresno, and Tulare Counties"): a place too, GPE; never a name that reads as a person's
  or that the knowledge base or the Phoenix dictionaries know as no place;
- **a treaty named after its town**: a place's name (no country) after "the" that modifies a lower-case treaty
  noun of ``data/treaty_nouns.txt`` ("the Minsk agreements", "the Dayton accords"): the treaty's name, no
  actor (as "the Treaty of Lisbon" in :mod:`extract.name_cues`);
- **a party by its seats**: the subject of a verb of winning or losing whose object is a number of seats
  ("Sinn Féin won 37 seats", "X lost 13 seats"): a party, ORG (a person wins "a seat", "the seat");
- **a numbered product**: a name the tagger took for a person that ends in a number of one or two digits
  ("Rocky Linux 8", "Voskhod 2"): a product, a version or a mission, no actor (no one's name ends in a
  number; "Boeing 737" is read by :mod:`extract.entity_context`);
- **a town's name for a company**: a name the gazetteer knows as a town, with an organisation's noun of
  ``data/context_nouns.tsv`` in apposition after a comma and a determiner ("Lincoln, the luxury car brand",
  "Reading, the club"): the apposition names it, and outweighs the gazetteer (:func:`apposed_body`);
- **a vehicle**: a name after "aboard" ("aboard Air Force One", "aboard the Diamond Princess"): a ship, a
  plane or a train, no actor (as a ship's prefix says in :mod:`extract.entities`); an acronym ("aboard the
  ISS") and a name the tables know (a country, a place, a knowledge-base entry) are left alone.

:func:`kind_cue` is called by :func:`extract.entity_context.context_evidence`; :func:`kind_end` by
:mod:`extract.entities` as it cleans a mention. The rules read the parse only at the name's root.
"""

from __future__ import annotations

import re

from .lexicon import Lexicon
from .doccache import doc_span

__all__ = ["NO_ACTOR", "VEHICLE", "apposed_body", "family_end", "has_score", "kind_cue", "kind_end", "placeish",
           "plays_match"]

#: What :func:`kind_cue` says of a vehicle's or a treaty's name: no actor (as
#: :data:`extract.entity_context.PRODUCT`).
NO_ACTOR = VEHICLE = "PRODUCT"
#: A score: "3-0", "110–98" as one token; or "3", "-", "0" as three.
_SCORE = re.compile(r"^\d{1,3}[-\u2013\u2014]\d{1,3}$")
_DASHES = frozenset({"-", "\u2013", "\u2014"})
#: The sides of a match verb.
_SIDES = frozenset({"nsubj", "dobj"})
#: A team's name is short: "Leeds", "Tampa Bay", "Manchester City".
_TEAM_WORDS = 3
#: How many lower-case adjectives may stand between "the" and a family's name ("the wealthy Vanderbilt family").
_FAMILY_ADJECTIVES = 2
#: How many places a list must hold beside the name.
_LISTED_PLACES = 2
#: Verbs of an election result whose object is a party's seats.
_SEAT_VERBS = frozenset({"win", "lose", "gain", "take", "secure", "hold", "capture", "retain", "pick", "keep", "drop"})
#: Prepositions of being on a vehicle.
_ABOARD = frozenset({"aboard", "onboard"})
#: Determiners before an apposition's noun: "X, a festival", "X, the annual summit".
_APPOSITION_DETERMINERS = frozenset({"a", "an", "the", "its", "this", "that"})


def has_score(verb) -> bool:
    """Whether a score follows ``verb`` in its sentence: a token "3-0" or the tokens "3", "-", "0", each side of
    three digits at most ("beat Portland 110-98"; a year range "2019-2020" is no score)."""
    toks = [t for t in verb.sent if t.i > verb.i]
    for k, tok in enumerate(toks):
        if _SCORE.match(tok.text):
            return True
        if k + 2 < len(toks) and _number(tok) and toks[k + 1].text in _DASHES and _number(toks[k + 2]):
            return True
    return False


def _number(token) -> bool:
    return token.text.isdigit() and len(token.text) <= 3


def _proper_side(token) -> bool:
    return token.pos_ == "PROPN" or token.ent_type_ in ("GPE", "ORG", "PERSON", "NORP", "LOC", "FAC")


def _is_country(text: str, lexicon: Lexicon) -> bool:
    return bool(lexicon.countries.country_of(text))


def plays_match(doc, ts: int, te: int, *, lexicon: Lexicon) -> bool:
    """Whether the name ``doc[ts:te]`` is one side of a scored match ("Leeds defeated Bristol 3-0"): see the
    module. Never a country nor a name longer than a team's."""
    if not 0 < te - ts <= _TEAM_WORDS:
        return False
    span = doc_span(doc, ts, te)
    root = span.root
    verb = root.head
    if root.dep_ not in _SIDES or verb.pos_ not in ("VERB", "AUX") or \
            verb.lemma_.casefold() not in lexicon.word_sets["match_verbs"] or _is_country(span.text, lexicon):
        return False
    others = [c for c in verb.children if c.dep_ in _SIDES and c.i != root.i and c.pos_ not in ("NUM", "SYM")]
    if len(others) != 1 or not _proper_side(others[0]):
        return False
    other = others[0]
    if _is_country(doc[other.left_edge.i: other.i + 1].text, lexicon) or _is_country(other.text, lexicon):
        return False  # "Leeds striker ... beat France": a country's side keeps its country
    return has_score(verb)


def _event_apposition(span, lexicon: Lexicon) -> bool:
    """Whether the name has a noun of ``data/event_nouns.txt`` in apposition after it, behind a comma and a
    determiner: "Fan Expo Canada, a massive annual pop culture convention"."""
    nouns = lexicon.word_sets["event_nouns"]
    doc = span.doc
    if span.end >= len(doc) or doc[span.end].text != ",":
        return False
    for child in span.root.children:
        if child.dep_ != "appos" or child.i <= span.end or child.lower_ not in nouns or child.pos_ != "NOUN":
            continue
        first = doc[child.left_edge.i]
        if first.i == span.end + 1 and first.lower_ in _APPOSITION_DETERMINERS:
            return True
    return False


def _aboard(span, lexicon: Lexicon) -> bool:
    """Whether the name is the object of "aboard" and no acronym, country, place or known entry: a vehicle."""
    root = span.root
    if root.dep_ != "pobj" or root.head.lower_ not in _ABOARD:
        return False
    text = span.text
    if any(w.isupper() and len(w) > 1 for w in text.split()):
        return False  # "aboard the ISS": a station the article may treat as a place
    return not (_is_country(text, lexicon) or lexicon.gazetteer.candidates(text) or lexicon.knowledge.lookup(text))


def placeish(text: str, label: str, lexicon: Lexicon) -> bool:
    """Whether the name reads as a town's: the tagger's place, or a place of the gazetteer that is no person's name."""
    from .entity_context import is_personal_name

    if label in ("GPE", "LOC"):
        return True
    return bool(lexicon.gazetteer.candidates(text)) and not is_personal_name(text, lexicon=lexicon)


def _place_beside(ent, lexicon: Lexicon) -> bool:
    """Whether a listed name is a place: tagged GPE, or a country or place of the gazetteer tagged otherwise."""
    from .entity_context import is_personal_name

    if ent.label_ == "GPE":
        return True
    return bool(_is_country(ent.text, lexicon) or lexicon.gazetteer.candidates(ent.text)) and not is_personal_name(
        ent.text, lexicon=lexicon)


def _listed_with_places(span, lexicon: Lexicon) -> bool:
    """Whether the name stands in a list of two or more names all tagged as places, and reads as no person's
    nor a known non-place's name (see the module)."""
    from .entity_context import _listed_beside, dictionary_type, is_given_name, is_personal_name

    words = list(span)
    if not 1 <= len(words) <= 2 or not all(t.is_title and t.is_alpha for t in words):
        return False
    others = _listed_beside(span)
    places = sum(_place_beside(e, lexicon) for e in others)
    if places < _LISTED_PLACES or places < len(others) - 1 or any(
            e.label_ == "PERSON" and not _place_beside(e, lexicon) for e in others):
        return False  # one name of the list may be as unknown as this one ("Kings, Kern, Fresno, and Tulare");
        # a town the tagger took for a person counts as the place it is ("Mysore, Mandya, Chikmagalur, Kodagu")
    text = span.text
    if is_personal_name(text, lexicon=lexicon) or is_given_name(words[0].text, lexicon=lexicon) \
            or dictionary_type(text, lexicon=lexicon) or lexicon.dictionaries.actor_codes(text):
        return False
    return all(entry.type in ("GPE", "LOC") for entry, _ in lexicon.knowledge.lookup(text))


def _town_treaty(doc, span, lexicon: Lexicon) -> bool:
    """Whether the name is a town's (no country) after "the", modifying a lower-case treaty noun right after it:
    "the Minsk agreements"."""
    ts, te = span.start, span.end
    if te >= len(doc) or ts == 0 or doc[ts - 1].lower_ != "the":
        return False
    noun = doc[te]
    if not noun.is_lower or noun.lemma_.casefold() not in lexicon.word_sets["treaty_nouns"] \
            or span.root.head.i != noun.i or span.root.dep_ not in ("compound", "nmod", "amod"):
        return False
    text = span.text
    return not _is_country(text, lexicon) and bool(lexicon.gazetteer.candidates(text))


def _wins_seats(span) -> bool:
    """Whether the name is the subject of a verb of winning or losing seats, counted: "won 37 seats"."""
    root = span.root
    verb = root.head
    if root.dep_ != "nsubj" or verb.lemma_.casefold() not in _SEAT_VERBS:
        return False
    return any(child.dep_ == "dobj" and child.lower_ == "seats" and any(
        n.dep_ == "nummod" or n.like_num for n in child.children) for child in verb.children)


def apposed_body(doc, ts: int, te: int, *, lexicon: Lexicon) -> bool:
    """Whether a noun of an organisation (``data/context_nouns.tsv`` type ORG) stands in apposition after the
    name, behind a comma and a determiner: "Lincoln, the luxury car brand", "Ford, a carmaker"."""
    span = doc[ts:te]
    if te + 2 >= len(doc) or doc[te].text != "," or doc[te + 1].lower_ not in _APPOSITION_DETERMINERS:
        return False
    nouns = lexicon.tables["context_nouns"]
    for child in span.root.children:
        if child.dep_ == "appos" and child.i > te and child.pos_ == "NOUN" and child.left_edge.i == te + 1:
            cells = nouns.get(child.lower_)
            return bool(cells) and cells[0] == "ORG"
    return False


def kind_cue(doc, ts: int, te: int, *, lexicon: Lexicon, label: str = "") -> str | None:
    """ORG (a team), GPE (a listed place), EVENT, or :data:`VEHICLE` where one cue of the sentence says so (see
    the module), else None."""
    span = doc_span(doc, ts, te)
    if plays_match(doc, ts, te, lexicon=lexicon) and placeish(span.text, label, lexicon):
        return "ORG"  # "Leeds defeated Bristol 3-0"; "Nadal beat Djokovic 6-3" is left to the people
    if label in ("PERSON", "ORG", "NORP") and _listed_with_places(span, lexicon):
        return "GPE"  # "Mysore, Mandya, Chikmagalur, Kodagu"
    if label in ("GPE", "LOC", "ORG") and _town_treaty(doc, span, lexicon):
        return NO_ACTOR  # "the Minsk agreements": the treaty's name, no actor
    if _wins_seats(span) and not _is_country(span.text, lexicon):
        return "ORG"  # "Sinn Féin won 37 seats"
    if label == "PERSON" and len(span) >= 2 and span[-1].is_digit and len(span[-1].text) <= 2:
        return NO_ACTOR  # "Rocky Linux 8", "Voskhod 2"
    if _aboard(span, lexicon):
        return VEHICLE
    if _event_apposition(span, lexicon):
        return "EVENT"
    return None


def family_end(doc, ts: int, te: int, *, lexicon: Lexicon) -> int | None:
    """The end of a family's name at ``[ts, te)``, through a family noun right after it, or None.

    "the Bush family", "the Gandhi dynasty": one or two capitalised words (no country, no people's name)
    after "the" and up to two lower-case adjectives ("the wealthy Vanderbilt family"; a possessive's owner,
    "Trump's family", is his kin and left alone), then a lower-case noun of ``data/family_nouns.txt`` that
    the name modifies.
    """
    if te >= len(doc) or not 1 <= te - ts <= 2:
        return None
    i = ts - 1
    while i >= 0 and ts - i <= _FAMILY_ADJECTIVES and doc[i].pos_ == "ADJ" and doc[i].is_lower:
        i -= 1  # "the wealthy Vanderbilt family"
    if i < 0 or doc[i].lower_ != "the":
        return None
    noun = doc[te]
    if not noun.is_lower or noun.lower_ not in lexicon.word_sets["family_nouns"]:
        return None
    if not all(t.is_title and t.is_alpha for t in doc[ts:te]) or _is_country(doc[ts:te].text, lexicon):
        return None
    if doc[ts:te].root.head.i != noun.i:
        return None
    return te + 1


def _without_score(doc, ts: int, te: int) -> int:
    """The end of the name ``doc[ts:te]`` before a score the tagger ran it into ("Chelsea 2-1")."""
    if te - ts >= 2 and _SCORE.match(doc[te - 1].text):
        return te - 1
    if te - ts >= 4 and _number(doc[te - 1]) and doc[te - 2].text in _DASHES and _number(doc[te - 3]):
        return te - 3
    return te


def kind_end(doc, ts: int, te: int, *, lexicon: Lexicon) -> tuple[int, str | None]:
    """The end of the name at ``[ts, te)`` and the type its end gives, if any: a score the tagger ran into the
    name is cut off ("beat Chelsea 2-1"); a family noun is taken in, and the name is an organisation ("the
    Bush family", :func:`family_end`)."""
    te = _without_score(doc, ts, te)
    family = family_end(doc, ts, te, lexicon=lexicon)
    return (family, "ORG") if family is not None else (te, None)
