"""The target a preposition after an event noun names: "filed a lawsuit against the state of Montana".

When a verb's object is the event itself as a noun ("expressed dissatisfaction with Bolton", "opened
an investigation into the company's owner", "lodged a protest with China"), the actor the event is
aimed at stands in a preposition after the noun, hung on the noun or on the verb after its object.
Event coders take that actor as the target; the relation's object keeps its words and takes the
actor's code (no actor node), as an owner's code is kept (:func:`extract.events.fields._owner_code`).

Only prepositions that aim ("against", "with", "to", "into", "toward(s)"; "on", "upon", "at" in a conflict) count, only
one actor (no coordination), only a code with a country or a listed body; a place counts only when it
is a country's name ("sanctions on Belarus"), never a town or a building ("a rally in Minsk" is where).
"""

from __future__ import annotations

from ..actors import CONFIDENCE, ActorCode
from ..lexicon import Lexicon
from ..syntax import char_span
from .participants import _acting_noun

__all__ = ["noun_target"]

_TARGET_PREPS = frozenset({"against", "with", "to", "into", "on", "upon", "at", "toward", "towards"})
# Prepositions that aim only in a conflict (else a topic, a medium, an occasion), and those classes.
_CONFLICT_PREPS = frozenset({"on", "upon", "at"})
_CONFLICT = frozenset({"verbal conflict", "material conflict"})
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
_NAME_POS = frozenset({"NOUN", "PROPN"})


def noun_target(doc, arg, pred, code_of, *, event=None, lexicon: Lexicon) -> ActorCode | None:
    """The code of the actor a preposition after the event noun ``arg`` names, or None.

    ``pred`` is the predicate's token (or None); ``code_of(token)`` codes the phrase a token heads;
    ``event`` the relation's event: "on", "upon" and "at" aim only in a conflict ("sanctions on
    Belarus", "fired shots at police"); elsewhere they give a topic, a medium or an occasion ("his
    thoughts on the party", "hailed the report on Twitter", "announced it at the government's briefing").
    """
    span = char_span(doc, arg.start, arg.end) if arg.type == "CONCEPT" else None
    if span is None or span.root.pos_ != "NOUN":
        return None
    root = span.root
    if _acting_noun(root, lexicon):
        return None  # "sent envoys to Kenya": the noun is an actor of its own
    aiming = _TARGET_PREPS if event is not None and event.quad_class in _CONFLICT else _TARGET_PREPS - _CONFLICT_PREPS
    preps = [c for c in root.children if c.dep_ == "prep" and c.lower_ in aiming]
    if pred is not None and root.dep_ == "dobj" and root.head.i == pred.i:
        preps += [c for c in pred.children if c.dep_ == "prep" and c.i > root.i and c.lower_ in aiming]
    for prep in preps:
        objects = [p for p in prep.children if p.dep_ == "pobj"]
        if len(objects) != 1 or objects[0].pos_ not in _NAME_POS:
            continue
        obj = objects[0]
        if any(c.dep_ in ("conj", "cc") for c in obj.children):
            continue  # "talks with Iran and Russia": no one target
        if obj.ent_type_ in _PLACE_LABELS and lexicon.countries.country_of(_name_of(obj)) is None:
            continue  # "a protest in Minsk", "attacks on Aleppo": a town is where, not whom
        found = code_of(obj)
        if found is not None and (found.country or found.source == "dictionary"):
            return ActorCode(found.code, CONFIDENCE["owner"], "owner", found.country, found.role)
    return None


def _name_of(token) -> str:
    """The whole name a place-tagged token ends ("Saudi Arabia" for "Arabia"), without "the"."""
    doc = token.doc
    start = token.i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    return doc[start : token.i + 1].text.removeprefix("the ").removeprefix("The ")
