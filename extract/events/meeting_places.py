"""A place named by "in" or "at" is where a meeting is held, never its partner.

CAMEO's consultations (04: meet, hold talks, discuss, 044 "Meet at a third location") are with
another actor; the place of the meeting is no party to it. "The foreign ministers of Egypt and
Jordan met in Amman" coded (ministers, meet, Amman=JOR) 044, and "Egyptian officials met in Cairo"
(officials, meet, Cairo) 044: the partner read off a place phrase. A consultation whose object is the
object of a preposition of place (in, at, inside, near ...) hung on the predicate, or on its
object noun ("held talks in Sochi"), has no event. Called by :func:`extract.events.annotate`.
"""

from __future__ import annotations

__all__ = ["meeting_place"]

_CONSULT_ROOT = "04"
_PLACE_PREPS = frozenset({"in", "at", "inside", "near", "outside"})


def meeting_place(event, pred, obj) -> bool:
    """Is ``obj`` of the consultation ``event`` the place the predicate ``pred`` is held in ("met in Amman")?"""
    if event is None or pred is None or obj is None or event.root != _CONSULT_ROOT:
        return False
    span = pred.doc.char_span(obj.start, obj.end, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ not in _PLACE_PREPS or prep.dep_ != "prep":
        return False
    holder = prep.head
    return holder.i == pred.i or (holder.head.i == pred.i and holder.dep_ in ("dobj", "obj", "nsubjpass"))
