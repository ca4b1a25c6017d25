"""A state's boycott of another actor is a sanction, not a protest.

The event map files "boycott" under CAMEO 143 "Conduct strike or boycott", a protest of civilians
(students boycotting classes, an opposition boycotting an election). The codebook's 163 "Impose
embargo, boycott, or sanctions" is the same word done by a state to another actor, and the CAMEO verb
patterns head BOYCOTT with 163. :func:`state_boycott` gives 163 where a boycott (143) is done by a
state (a bare country code, or its government: ``SAU``, ``SAUGOV``) to a coded actor that is not its
own ("Saudi Arabia, Egypt and the UAE boycotted Qatar"); a boycott of an event or a thing, or by
students, parties or unions, stays a protest.
"""

from __future__ import annotations

from ..lexicon import Lexicon
from ..lexicon.cameo import EventMapError, event_for_code
from ..types import Argument, Event

__all__ = ["state_boycott"]

_PROTEST_BOYCOTT = "143"
_SANCTION_BOYCOTT = "163"
_STATE_ROLES = frozenset({"", "GOV"})


def _country(code: str, lexicon: Lexicon) -> str | None:
    """The country of a state's actor code ("SAU", "SAUGOV"), or None."""
    if len(code) not in (3, 6) or code[3:] not in _STATE_ROLES:
        return None
    return code[:3] if lexicon.countries.alpha2(code[:3]) is not None else None


def state_boycott(event: Event | None, pred, subject: Argument | None, obj: Argument | None,
                  lexicon: Lexicon) -> Event | None:
    """163 for a protest boycott (143, the word "boycott") one state does to another coded actor; else ``event``."""
    if (event is None or event.code != _PROTEST_BOYCOTT or subject is None or obj is None or pred is None
            or not pred.lemma_.lower().startswith("boycott")):
        return event
    country = _country(subject.actor_code or "", lexicon)
    target = obj.actor_code or ""
    if country is None or not target or target[:3] == country:
        return event
    try:
        return event_for_code(_SANCTION_BOYCOTT, lexicon.cameo.labels)
    except EventMapError:
        return event
