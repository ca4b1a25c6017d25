"""A weapon test is a show of force: "North Korea test-fired two missiles", "Pakistan tested a missile" (150).

CAMEO codes firing a weapon in a test as a demonstration of military power, not its use against anyone:
"TEST * &WEAPON [150]" and "* &WEAPON EXERCISE [150]" (FIRE). The verbs of firing (fire, launch) otherwise code
the use of force (190, 194: "* ROCKET [194]"), and "test" codes nothing. :func:`weapon_test_event` gives 150
to a relation whose verb is

a verb of firing written with a hyphened "test" before it ("test-fired", "test-launched"), or the verb "test"
("test-fire" as one word), whose direct object is a weapon of CAMEO's &WEAPON (``data/tested_weapons.txt``: a
missile, a bomb, a weapon, a warhead, a torpedo). "tested positive", "tested a vaccine", "SpaceX tested its
Falcon Heavy rocket" (no &WEAPON), "test-fired an engine" and "test-fired a missile at Japan" (a target named
after "at", "on", "into" or "against": used, not tested) keep their event.
"""

from __future__ import annotations

from ..lexicon import Lexicon
from ..lexicon.cameo import EventMapError, event_for_code
from ..types import Event

__all__ = ["weapon_test_event"]

_SHOW_OF_FORCE = "150"
# Verbs of firing a weapon that a "test-" prefix makes a test.
_FIRING = frozenset({"fire", "launch"})
_TEST = "test"
_TESTING = frozenset({_TEST, "test-fire"})
_HYPHENS = frozenset({"-", "\u2010", "\u2011"})
# Prepositions that name what a weapon is fired at: "fired a missile at Israel" is an attack, test or not.
_TARGET_PREPS = frozenset({"at", "on", "into", "against", "toward", "towards"})


def weapon_test_event(event: Event | None, pred, lexicon: Lexicon) -> Event | None:
    """A show of force (150) where the verb token ``pred`` tests a weapon (module docstring), else ``event``,
    the event the patterns gave; the weapons are the ``tested_weapons`` word list of ``lexicon``."""
    if pred is None or pred.pos_ != "VERB" or not (_test_prefixed(pred) or pred.lemma_.lower() in _TESTING):
        return event
    tested = lexicon.word_sets["tested_weapons"]
    if not any(c.dep_ in ("dobj", "obj") and c.lemma_.lower() in tested for c in pred.children):
        return event
    if any(c.dep_ == "prep" and c.lower_ in _TARGET_PREPS and any(
            g.dep_ == "pobj" and g.ent_type_ in ("GPE", "NORP", "ORG") for g in c.children) for c in pred.children):
        return event  # "test-fired a missile at Japan": aimed at an actor
    try:
        return event_for_code(_SHOW_OF_FORCE, lexicon.cameo.labels)
    except EventMapError:
        return event


def _test_prefixed(pred) -> bool:
    """Is ``pred`` a verb of firing with a hyphened "test" before it ("test-fired", "test - launched")?"""
    if pred.lemma_.lower() not in _FIRING or pred.i < 2:
        return False
    doc = pred.doc
    return doc[pred.i - 1].text in _HYPHENS and doc[pred.i - 2].lower_ == _TEST
