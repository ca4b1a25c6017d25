"""Force against protesters: violent repression (CAMEO 175), not military force (190).

CAMEO codes the killing, wounding and beating of protesters as violent repression, 175, by the
target: "+ PROTESTOR WAS * $ [175]  # KILL", "+ DEMONSTRATOR WAS * BY $ [175]  # KILL",
"+ PROTESTERS WERE * $ [175]  # INJURE". The compiled dictionary leaves out patterns keyed on
the words before the verb, so "soldiers fired on protesters" and "police shot dead two
demonstrators" keep the verb's default, 190 or 18x. :func:`repressed_protest_event` (asked by
:func:`extract.events.senses.refine_event`) recodes them when:

- the event is force or assault (roots 18 and 19);
- the target's head is a word for protesters (``data/protest_agents.txt``: protester,
  demonstrator, rioter);
- the source is a state's security force or government (its actor code holds COP, MIL, SPY or
  GOV): "gunmen opened fire on protesters" stays an assault of unknown men;
- the act is no mutual one (``data/mutual_events.tsv``): "clashes between police and protesters"
  are fighting on both sides, not one side's repression.

Examples
--------
>>> sorted(_STATE_FORCES)
['COP', 'GOV', 'MIL', 'SPY']
"""

from __future__ import annotations

from ..lexicon import Lexicon
from ..lexicon.cameo import EventMapError, event_for_code
from ..types import Argument, Event
from .things import argument_head

__all__ = ["repressed_protest_event"]

_REPRESSION = "175"
_FORCE_ROOTS = frozenset({"18", "19"})
# Roles of a source whose force on protesters is the state's repression.
_STATE_FORCES = frozenset({"COP", "MIL", "SPY", "GOV"})


def _roles(code: str | None) -> frozenset[str]:
    """The three-letter parts of an actor code ("ZWEMIL" -> {ZWE, MIL})."""
    return frozenset((code or "")[i : i + 3] for i in range(0, len(code or ""), 3))


def repressed_protest_event(event: Event | None, pred, subject: Argument | None, obj: Argument | None,
                            lexicon: Lexicon) -> Event | None:
    """``event``, or violent repression (175) where a state's force uses force on protesters."""
    if event is None or event.root not in _FORCE_ROOTS or pred is None or obj is None or subject is None:
        return event
    if not _roles(subject.actor_code) & _STATE_FORCES:
        return event
    if pred.lemma_.lower() in lexicon.tables["mutual_events"]:
        return event
    head = argument_head(pred.doc, obj)
    protesters = lexicon.word_sets["protest_agents"]
    if head is None or (head.lemma_.lower() not in protesters and head.lower_ not in protesters):
        return event
    try:
        return event_for_code(_REPRESSION, lexicon.cameo.labels)
    except EventMapError:
        return event
