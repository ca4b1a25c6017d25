"""The appeal frame of a control verb: "pressed North Korea to resume talks".

A verb that CAMEO lists under several synsets gives no event where none of its patterns fits and
its default is a material event or verbal conflict (:meth:`VerbPatterns.withholds`): "pressed the
button" is no demand. But a verb of the closed class that tells someone to act
(``data/control_verbs.txt``: urge, press, push...) with an acting object and a "to" infinitive
after it is in the frame its appeal or demand default is written for: "China pressed North Korea to
resume talks" is the demand (100) PETRARCH reads off PRESS, whatever else "press" can mean.
Commands (order, instruct, force, compel) are left out: what an order imposes is its event.
"""

from __future__ import annotations

from ..lexicon import Lexicon
from .participants import token_can_act

__all__ = ["appeal_frame"]

#: CAMEO roots of appeals (02) and demands (10): what a verb of telling someone to act is.
_APPEAL_ROOTS = frozenset({"02", "10"})
#: Commands: an authority's order binds, and event coders code what it imposes ("ordered the network to shut
#: down" is a restriction, 172), not a demand; they keep the verb patterns' reading.
_COMMANDS = frozenset({"order", "instruct", "force", "compel"})


def appeal_frame(pred, root: str, lexicon: Lexicon) -> bool:
    """Is ``pred`` a verb of telling someone to act, with an acting direct object and a "to" infinitive
    after it, and ``root`` an appeal or a demand ("pressed North Korea to resume talks")?

    >>> appeal_frame(None, "10", None)
    False
    """
    if pred is None or root not in _APPEAL_ROOTS:
        return False
    lemma = pred.lemma_.lower()
    if lemma in _COMMANDS or lemma not in lexicon.word_sets["control_verbs"]:
        return False
    objects = [c for c in pred.children if c.dep_ in ("dobj", "obj")]
    if not objects or not token_can_act(objects[0], lexicon):
        return False
    return any(c.dep_ in ("xcomp", "ccomp") and c.i > objects[0].i
               and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for c in pred.children)
