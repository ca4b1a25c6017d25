"""The appeal frame of a control verb: "pressed North Korea to resume talks".

A verb that CAMEO lists under several synsets gives no event where none of its patterns fits and
its default is a material event or verbal conflict (:meth:`VerbPatterns.withholds`): "pressed the
button" is no demand. But a verb of the closed class that tells someone to act
(``data/control_verbs.txt``: urge, press, push...) with an acting object and a "to" infinitive
after it is in the frame its appeal or demand default is written for: "China pressed North Korea to
resume talks" is the demand (100) PETRARCH reads off PRESS, whatever else "press" can mean.
Commands (order, instruct, force, compel) are left out: what an order imposes is its event.

A verb of pressing whose default is coercion (17: CAMEO lists PRESSURE under IMPEL [170]) is a demand
in that frame (:func:`pressing_demand`): the one pattern CAMEO writes for PRESSURE with an actor and an
infinitive, "* + TO RECOGNISE [100]", codes a demand, and "European leaders pressured Hungary to drop the
law" asks Hungary to act; coercion is what the actor does to force it ("forced the villagers to leave",
a command, stays out). "The crowd pressured the referee", with no infinitive, is no event.
"""

from __future__ import annotations

from ..lexicon import Lexicon
from ..lexicon.cameo import event_for_code
from .participants import token_can_act

__all__ = ["appeal_frame", "pressing_demand", "told_object"]

#: CAMEO roots of appeals (02) and demands (10): what a verb of telling someone to act is.
_APPEAL_ROOTS = frozenset({"02", "10"})
#: Commands: an authority's order binds, and event coders code what it imposes ("ordered the network to shut
#: down" is a restriction, 172), not a demand; they keep the verb patterns' reading.
_COMMANDS = frozenset({"order", "instruct", "force", "compel"})
_COERCE_ROOT = "17"
_DEMAND = "100"


def appeal_frame(pred, root: str, lexicon: Lexicon) -> bool:
    """Is ``pred`` a verb of telling someone to act, with an acting direct object and a "to" infinitive
    after it, and ``root`` an appeal or a demand ("pressed North Korea to resume talks")?

    >>> appeal_frame(None, "10", None)
    False
    """
    if pred is None or root not in _APPEAL_ROOTS:
        return False
    return _telling_frame(pred, lexicon)


def pressing_demand(pred, found, lexicon: Lexicon):
    """A demand (100) if ``pred`` is a verb of telling someone to act, in its appeal frame, whose event ``found``
    is coercion ("pressured Seoul to pay more"); else None."""
    if pred is None or found is None or found.root != _COERCE_ROOT or not _telling_frame(pred, lexicon):
        return None
    return event_for_code(_DEMAND, lexicon.cameo.labels)


def _telling_frame(pred, lexicon: Lexicon) -> bool:
    """Is ``pred`` a control verb (no command) with an acting direct object and a "to" infinitive after it?"""
    told = told_object(pred, lexicon)
    return told is not None and token_can_act(told, lexicon)


def told_object(pred, lexicon: Lexicon):
    """The direct object of ``pred``, a control verb (no command), when a "to" infinitive follows it
    ("encouraged commercial entities to cease trading": "entities"); else None."""
    lemma = pred.lemma_.lower()
    if lemma in _COMMANDS or lemma not in lexicon.word_sets["control_verbs"]:
        return None
    objects = [c for c in pred.children if c.dep_ in ("dobj", "obj")]
    if not objects:
        return None
    told = any(c.dep_ in ("xcomp", "ccomp") and c.i > objects[0].i
               and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for c in pred.children)
    return objects[0] if told else None
