"""A person's body named after the name: "Mike Ryan of the World Health Organization" ``IGOUNOHLHWHO``.

News gives an official's body with "of" right after the name as often as in a title before it or an
apposition ("Sergei Ivanov of Russia's foreign ministry", "Arnel dela Vega of the army's Western
Mindanao Command", "Maria Lopez of the Colombian army"). The person acts for that body, as event
coders code them. Only a body counts: a listed name (the Phoenix dictionaries at the article's date)
or a country + agent noun phrase (:func:`extract.actors.generic_actor_codes`) with a country; a place
("John Smith of Boston", "Senator Mike Lee of Utah": read by :mod:`.title_places`), a club or
institute no dictionary lists, and a bare role ("X of the police") give nothing.
"""

from __future__ import annotations

from ..lexicon import Lexicon
from .mentions import ActorCode, dictionary_code, generic_actor_codes, with_country

__all__ = ["affiliation_code"]

# A place after "of" is where the person is from, not a body they act for.
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC", "NORP"})
# Bodies a dictionary code names for an organisation (no country, yet a body of its own).
_BODY_PREFIXES = ("IGO", "NGO", "IMG", "MNC")


def affiliation_code(span, *, date, lexicon: Lexicon) -> ActorCode | None:
    """The code of the body an "of" phrase right after a person's name ``span`` names, or None.

    The "of" must follow the name's last word and hang on it; its object's phrase is the body.
    """
    doc = span.doc
    if span.end + 1 >= len(doc) or doc[span.end].lower_ != "of" or doc[span.end].head.i not in range(span.start, span.end):
        return None
    objects = [t for t in doc[span.end].children if t.dep_ == "pobj"]
    if len(objects) != 1 or objects[0].pos_ not in ("NOUN", "PROPN"):
        return None
    head = objects[0]
    if head.ent_type_ in _PLACE_LABELS and head.ent_iob_ in ("B", "I") and not _names_body(head):
        return None  # "John Smith of Boston"
    if any(c.dep_ in ("conj", "cc") for c in head.children):
        return None  # "X of the army and the police": no one body
    phrase = doc[head.left_edge.i : head.i + 1]
    words = [t for t in phrase if t.dep_ != "det"]
    name = " ".join(t.text for t in words) if words else ""
    code = dictionary_code(name, date=date, lexicon=lexicon) if head.pos_ == "PROPN" and head.ent_type_ == "ORG" else None
    if code and (lexicon.countries.by_alpha3.get(code[:3]) or code.startswith(_BODY_PREFIXES)):
        return with_country(code, "of", lexicon)
    for found in generic_actor_codes(phrase, date=date, lexicon=lexicon):
        if found.country:
            return found  # "Russia's foreign ministry" -> RUSGOV, "the Colombian army" -> COLMIL
    return None


def _names_body(token) -> bool:
    """Is a place-tagged word the head of a body's phrase ("the Egyptian Interior Ministry" tagged GPE)?"""
    return token.pos_ == "NOUN"
