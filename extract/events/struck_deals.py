"""A deal struck is an agreement, never a use of force.

The event map codes "strike" as 190 ("Use conventional military force"), and the verb patterns
read "* STRUCK DEAL WITH + [050:050]" only where the partner after "with" is an actor. With no
coded partner ("Workers struck a deal with the government", "the parties struck a compromise")
the relation kept the bare verb and its 190. "Strike" or "cut" with a noun of an agreement
reached for its direct object (``data/struck_deal_nouns.txt``: deal, agreement, accord, bargain,
compromise, pact, settlement) is the agreement: 050 ("Engage in diplomatic cooperation"), as the
pattern codes it. Called by :func:`extract.events.senses.refine_event`.
"""

from __future__ import annotations

from ..lexicon import Lexicon
from ..types import Event
from ..lexicon.cameo import EventMapError, event_for_code

__all__ = ["struck_deal_event"]

_DEAL_VERBS = frozenset({"strike", "cut"})
_AGREEMENT = "050"
_OBJECT_DEPS = frozenset({"dobj", "obj"})


def struck_deal(pred, lexicon: Lexicon) -> bool:
    """Is ``pred`` "strike"/"cut" with an agreement noun for its direct object?"""
    if pred is None or pred.pos_ not in ("VERB", "AUX") or pred.lemma_.lower() not in _DEAL_VERBS:
        return False
    nouns = lexicon.word_sets["struck_deal_nouns"]
    return any(c.dep_ in _OBJECT_DEPS and c.lemma_.lower() in nouns for c in pred.children)


def struck_deal_event(event: Event | None, pred, lexicon: Lexicon) -> Event | None:
    """``event``, or the agreement (050) where ``pred`` struck a deal and ``event`` is no agreement.

    Examples: "Workers struck a deal with the government" 190 -> 050; "Kenya struck a deal with
    Uganda" keeps its 050; "jets struck the village" keeps 190.
    """
    if event is None or event.root == _AGREEMENT[:2] or not struck_deal(pred, lexicon):
        return event
    try:
        return event_for_code(_AGREEMENT, lexicon.cameo.labels)
    except EventMapError:
        return event
