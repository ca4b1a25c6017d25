"""Two sides with one label: "Russian forces attacked Ukrainian forces" is RUSMIL -> UKRMIL, not a self-relation.

A relation's two arguments are one referent only when they would be one graph node. Concepts are keyed
by their head noun ("concept:force"), so "Russian forces" and "Ukrainian forces" share a key before the
event fields code them; but a concept that names a country and an agent noun becomes the generic ACTOR
node of its code (:func:`extract.actors.generic.actor_argument`, "actor:rusmil"), one per code. Two
mentions of one concept key whose codes make two different ACTOR nodes are two sides ("Indian troops
clashed with Chinese troops", "Mexico's president spoke with the US president").

Everything else with one node stays one referent: the same mention, a concept with no country ("the
company sued the company", "police clashed with police"), the same country and role on both sides
("Turkish troops clashed with Turkish troops"), a reflexive ("defended themselves").
"""

from __future__ import annotations

from ..actors.generic import actor_argument
from ..actors.mentions import generic_actor_codes
from ..lexicon import Lexicon
from ..syntax import char_span
from ..timex import parse_anchor
from ..types import Argument, Relation

__all__ = ["one_node_dropped", "two_actors", "two_sides"]


def _node_key(doc, arg: Argument, anchor, lexicon: Lexicon) -> str | None:
    """The ACTOR node key the concept ``arg`` would be coded as from its own words, or None."""
    span = char_span(doc, arg.start, arg.end)
    if span is None:
        return None
    found = generic_actor_codes(span, date=anchor, lexicon=lexicon)
    if not found or found[0].source == "role" or not found[0].country:
        return None
    node = actor_argument(arg, found[0], lexicon=lexicon)
    return node.key if node.key != arg.key else None


def two_actors(doc, subject: Argument, obj: Argument, *, date, lexicon: Lexicon) -> bool:
    """Are the concepts ``subject`` and ``obj`` two different generic actors?

    So they are when both are concepts, at different places in the text, and each names a country
    and an agent noun that makes an ACTOR node, the two nodes differing (the country or the role):
    "Indian troops" and "Chinese troops", "Mexico's president" and "the US president".

    Parameters
    ----------
    doc : spacy.tokens.Doc
        The parsed document.
    subject, obj : Argument
        The relation's arguments.
    date : str or None
        The article's date (for names of bodies in the dictionaries).
    lexicon : Lexicon
        The tables.
    """
    if subject.type != "CONCEPT" or obj.type != "CONCEPT" or subject.start == obj.start:
        return False
    if subject.start < obj.end and obj.start < subject.end:
        return False  # one phrase inside the other
    anchor = parse_anchor(date)
    first = _node_key(doc, subject, anchor, lexicon)
    if first is None:
        return False
    second = _node_key(doc, obj, anchor, lexicon)
    return second is not None and second != first


def two_sides(doc, subject: Argument, obj: Argument, *, date, lexicon: Lexicon) -> bool:
    """Are ``subject`` and ``obj``, two arguments of one key, two sides all the same: two different
    generic actors (:func:`two_actors`)? Otherwise they are one referent and make no relation."""
    return subject.key == obj.key and two_actors(doc, subject, obj, date=date, lexicon=lexicon)


def one_node_dropped(relations: list[Relation]) -> list[Relation]:
    """``relations`` without those whose coded arguments became one node: "Israeli police arrested two
    Israeli police officers" makes both "actor:isrcop", the same country and role on both sides, which
    is one referent as the same key is before coding."""
    return [r for r in relations if r.subject.key != r.object.key]
