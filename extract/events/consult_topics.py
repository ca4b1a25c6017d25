"""A topic talked over is no partner: "discussed the economy" is no consultation of the economy.

A verb of telling about a topic (``data/topic_verbs.txt``: discuss, outline,
describe) whose event is a consultation (CAMEO root 04: "DISCUSS" 040,
"DISCUSS * WITH +" 046) relates its subject to the partner it talks with.
The relation whose object is what is discussed ("the ministers discussed
the economy with Chinese officials" -> the economy) is no consultation of it:
no event, whatever actor code the partner lent the topic. The partner's own
relation ("discussed ... with Chinese officials" -> the officials) keeps the
event; so does an object that can act ("discussed Merkel's plan with
Macron" keeps Macron's relation, "discussed it with the president").
"""

from __future__ import annotations

from ..edge_topics import topic_verbs
from ..lexicon import Lexicon
from ..types import Argument, Event
from .participants import token_can_act
from .things import argument_head

__all__ = ["consult_topic_event"]

_CONSULT_ROOT = "04"
_TOPIC_DEPS = frozenset({"dobj", "obj", "nsubjpass"})


def consult_topic_event(event: Event | None, pred, obj: Argument | None, lexicon: Lexicon) -> Event | None:
    """None for a consultation whose object is the topic a verb of telling takes, else ``event``."""
    if event is None or event.root != _CONSULT_ROOT or pred is None or obj is None:
        return event
    if pred.pos_ not in ("VERB", "AUX") or pred.lemma_.lower() not in topic_verbs():
        return event
    head = argument_head(pred.doc, obj)
    if head is None or token_can_act(head, lexicon):
        return event  # "discussed Iran": a thing one talks about that can act may be a party
    while head.dep_ == "conj" and head.head != pred:
        head = head.head  # "discussed climate change, COVID-19 and water security": each is a topic
    if head.head != pred or head.dep_ not in _TOPIC_DEPS:
        return event  # the object is a partner after "with", not what is discussed
    return None
