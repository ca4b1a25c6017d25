"""Denying what is asked for is a refusal: "denied funding" is no denial of responsibility.

The hand map codes "deny" as 016 "Deny responsibility", the sense of
"denied the allegations" and "denied that he made a deal". CAMEO's verb
dictionary files DENY with REFUSE and REJECT, and its patterns code a
denied thing by what it is ("DENY * ACCESS TO $ AIRSPACE" 160, "REJECT *
REQUEST FROM + TO EXTRADITE" 1213). A denial whose direct object is a
thing an authority grants (``data/granted_nouns.txt``: funding, aid, a
request, an application, permission, a visa, asylum, bail) refuses it: 120
"Reject" ("Congress has repeatedly denied funding for such a wall", "the
council denied the company's request"). A claim stays a denial.

:func:`granted_denial_event` runs after :mod:`extract.events.things`, which
leaves no event where the thing is given to someone named ("denied him
entry").

Examples
--------
"The legislature denied funding for the stadium" 120;
"The minister denied the allegations" keeps 016.
"""

from __future__ import annotations

from ..lexicon import Lexicon
from ..lexicon.cameo import EventMapError, event_for_code
from ..types import Argument, Event

__all__ = ["granted_denial_event"]

_DENY_CODE = "016"
_REJECT = "120"
_DENYING = frozenset({"deny"})
_OBJECT_DEPS = frozenset({"dobj", "obj", "nsubjpass"})


def granted_denial_event(event: Event | None, pred, subject: Argument | None, obj: Argument | None,
                         lexicon: Lexicon) -> Event | None:
    """120 for "deny" with a granted thing as its direct object (module docstring); else ``event``.

    Parameters
    ----------
    event : Event or None
        The event the verb's sense gave.
    pred : spacy.tokens.Token
        The predicate's head token.
    subject, obj : Argument or None
        The relation's arguments (unused: the verb's own object decides).
    lexicon : Lexicon
        The tables (word list ``granted_nouns``).

    Returns
    -------
    Event or None
    """
    if event is None or event.code != _DENY_CODE or pred is None or pred.lemma_.lower() not in _DENYING:
        return event
    granted = lexicon.word_sets["granted_nouns"]
    objects = [c for c in pred.children if c.dep_ in _OBJECT_DEPS and c.pos_ in ("NOUN", "PROPN")]
    if not objects or not all(o.lemma_.lower() in granted or o.lower_ in granted for o in objects):
        return event
    try:
        return event_for_code(_REJECT, lexicon.cameo.labels)
    except EventMapError:
        return event
