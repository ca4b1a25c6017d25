"""The code of a claim of a misdeed done by no one named: an accusation (112).

:mod:`extract.relations.unnamed_accusations` emits (claimant, claim, unspecified) for "activists claim
safety standards are routinely ignored"; "claim" alone is a statement (010) in the CAMEO map, but a claim
that a misdeed was done is an accusation, as the events gold codes "claiming the ... election was
stolen" (112, no target). :func:`unnamed_accusation_event` gives that relation the code, and only one
with no target or with the misdeed's "by" agent as target; ``events/fields.py`` asks it before the verb's own sense.
"""

from __future__ import annotations

from ..lexicon import Lexicon
from ..lexicon.cameo import EventMapError, event_for_code
from ..relations.unnamed_accusations import clause_agents, wrongdoing_clause
from ..syntax import char_span
from ..types import Event, Relation

__all__ = ["unnamed_accusation_event"]

_ACCUSE = "112"
_UNSPECIFIED = "concept:unspecified"


def unnamed_accusation_event(relation: Relation, pred, lexicon: Lexicon) -> Event | None:
    """An accusation (112) for (claimant, claim, unspecified) of a claimed misdeed with no doer, or for
    (claimant, claim, Z) with Z the misdeed's "by" agent; else None."""
    clause = wrongdoing_clause(pred, lexicon) if pred is not None else None
    if clause is None:
        return None
    agents = clause_agents(clause)
    if agents:
        span = char_span(pred.doc, relation.object.start, relation.object.end)
        if span is None or not any(a.left_edge.i <= span.root.i <= a.right_edge.i for a in agents):
            return None
    elif relation.object.key != _UNSPECIFIED:
        return None
    try:
        return event_for_code(_ACCUSE, lexicon.cameo.labels)
    except EventMapError:
        return None
