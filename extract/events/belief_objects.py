"""A belief is no actor: force aimed at a faith or an idea is no material conflict.

"an attack on Christianity", "the militants attacked Islam in their
statement", "converted to Islam", "believes in God": the object is a faith, a
creed or a deity (``data/religions.txt``, ``data/belief_nouns.txt``,
``data/deities.txt``), not the people who hold it ("attacked Christians" is
force against people). A belief cannot be hurt or coerced, so material
conflict (CAMEO roots 14-20) aimed at one is words: a verb that also
criticises (``data/criticism_verbs.txt``: attack, assail, slam) is 111
("Criticize or denounce"), any other verb and an event noun ("the attack on
Christianity", which may tell of burnt churches or of speeches) give no
event. Verbal events keep their type ("criticised Islam" 111).
"""

from __future__ import annotations

from ..lexicon import Lexicon
from ..lexicon.cameo import EventMapError, event_for_code
from ..types import Argument, Event
from .things import argument_head

__all__ = ["belief_object", "belief_object_event"]

_MATERIAL_CONFLICT_ROOTS = frozenset({"14", "15", "16", "17", "18", "19", "20"})
_CRITICISE = "111"


def belief_object(token, lexicon: Lexicon) -> bool:
    """Does ``token`` head a faith, a creed or a deity ("Islam", "Sunni Islam", "God", "secularism")?"""
    if token is None or token.pos_ not in ("NOUN", "PROPN"):
        return False
    words = lexicon.word_sets
    names = words["religions"] | {w.casefold() for w in words["deities"]}
    whole = " ".join(t.text for t in token.subtree if t.dep_ == "compound" or t.i == token.i).casefold()
    if whole in names or token.text.casefold() in names:
        return True
    return token.pos_ == "NOUN" and token.lemma_.lower() in words["belief_nouns"] and not token.ent_type_


def belief_object_event(event: Event | None, pred, obj: Argument | None, lexicon: Lexicon) -> Event | None:
    """``event``, 111 or None: material conflict whose object is a belief is criticism or nothing."""
    if event is None or event.root not in _MATERIAL_CONFLICT_ROOTS or pred is None or obj is None:
        return event
    if not belief_object(argument_head(pred.doc, obj), lexicon):
        return event
    if pred.pos_ in ("VERB", "AUX") and pred.lemma_.lower() in lexicon.word_sets["criticism_verbs"]:
        try:
            return event_for_code(_CRITICISE, lexicon.cameo.labels)  # "attacked Islam in their statement"
        except EventMapError:
            return None
    return None  # "the attack on Christianity", "bombed secularism"
