"""A place named by "in" or "at" is where a meeting is held, never its partner.

CAMEO's meetings and talks (040, 041, 044 "Meet at a third location", 046) are with
another actor; the place of the meeting is no party to it. "The foreign ministers of Egypt and
Jordan met in Amman" coded (ministers, meet, Amman=JOR) 044, and "Egyptian officials met in Cairo"
(officials, meet, Cairo) 044: the partner read off a place phrase. A meeting or talks whose
object is a place (GPE, LOC, FAC) and the object of a preposition of place (in, at, inside, near
...) hung on the predicate, or on its object noun ("held talks in Sochi"), has no event. A visit (042, 043) keeps its place: "arrived in Berlin"
is a visit to Germany. Called by :func:`extract.events.annotate`.
"""

from __future__ import annotations

from ..syntax import span_root

__all__ = ["meeting_place"]

#: Meetings and talks (040 consult, 041 by telephone, 044 meet at a third location, 046 negotiate); a visit
#: (042, 043: "arrived in Berlin") has the place's country for its target, as CAMEO codes a visit to a country.
_MEETING_CODES = frozenset({"040", "041", "044", "046"})
_PLACE_PREPS = frozenset({"in", "at", "inside", "near", "outside"})
_PLACE_TYPES = frozenset({"GPE", "LOC", "FAC"})


def meeting_place(event, pred, obj) -> bool:
    """Is ``obj`` of the consultation ``event`` the place the predicate ``pred`` is held in ("met in Amman")?"""
    if event is None or pred is None or obj is None:
        return False
    if event.code[:3] not in _MEETING_CODES or obj.type not in _PLACE_TYPES:
        return False
    found = span_root(pred.doc, obj.start, obj.end)  # memoised per Doc: other rules ask for it too
    if found < 0:
        return False
    root = pred.doc[found]
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ not in _PLACE_PREPS or prep.dep_ != "prep":
        return False
    holder = prep.head
    return holder.i == pred.i or (holder.head.i == pred.i and holder.dep_ in ("dobj", "obj", "nsubjpass"))
