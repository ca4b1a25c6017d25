"""A penalty given or handed to someone is the penalty's event: "X was given a fine" is a fine (172).

The grant rules (:mod:`extract.relations.grants`) read the event of a verb of giving off the thing
given, but only a cooperative one (roots 05-08): "gave a warning" or "giving him a total" are no grants.
A penalty is the other side of the same frame. The CAMEO verb patterns and noun events code a fine, a
ban and a sentence as administrative sanctions ("FINE [172]", "* BAN [172]", SENTENCE [172]), the one who
receives it as the target and the giver (a court, a regulator, a sports body) as the source. A
relation of "give" or "hand" had no event there ("The court gave Ahmed Khan a fine", "John Smith was given
a fine of US$500"). :func:`penalty_event` gives it the penalty's own event when:

- the verb is one of giving (give, hand) and its direct object is a noun of ``data/penalty_nouns.txt``
  (fine, ban, sentence; the noun, not the adjective of "a fine performance") with an event of root 17;
- the recipient (:func:`extract.relations.grants.recipient`: the dative, or the passive subject) is the
  relation's object.

A sentence of detention ("a prison sentence") is :mod:`extract.relations.sentences`' (173) and keeps
it. A prize, a welcome, a medal or a ball handed over is no penalty.

Examples
--------
>>> from extract.lexicon import get_lexicon
>>> penalty_noun_event("fine", get_lexicon()).code, penalty_noun_event("medal", get_lexicon())
('172', None)
"""

from __future__ import annotations

from ..lexicon import Lexicon
from ..relations.grants import recipient
from ..types import Event, Relation

__all__ = ["given_penalty", "penalty_event", "penalty_noun_event"]

#: Verbs of giving a penalty (the GIVE set of the CAMEO verb patterns, and "hand" as in "handed a ban").
_GIVING_VERBS = frozenset({"give", "hand"})
#: The root of a penalty: coerce (172, impose administrative sanctions).
_PENALTY_ROOT = "17"


def penalty_noun_event(lemma: str, lexicon: Lexicon) -> Event | None:
    """The event of penalty noun ``lemma`` (a fine, a ban, a sentence), or None for any other noun."""
    if lemma not in lexicon.word_sets["penalty_nouns"]:
        return None
    event = lexicon.cameo.event_of(lemma)
    return event if event is not None and event.root == _PENALTY_ROOT else None


def _given_penalty(pred):
    """The noun direct object of a verb of giving, or None."""
    if pred.lemma_.lower() not in _GIVING_VERBS:
        return None
    return next((c for c in pred.children if c.dep_ in ("dobj", "obj") and c.pos_ == "NOUN"), None)


def given_penalty(pred, lexicon: Lexicon) -> Event | None:
    """The penalty's event if verb ``pred`` gives or hands a penalty to a recipient the parse names
    ("was given a fine", "handed him a ban"); else None. The grant rules build the relation from it when
    the verb rules made none ("He was given a fine": an agentless passive with a pronoun)."""
    if pred is None:
        return None
    noun = _given_penalty(pred)
    if noun is None:
        return None
    event = penalty_noun_event(noun.lemma_.lower(), lexicon)
    return event if event is not None and recipient(pred) is not None else None


def penalty_event(relation: Relation, pred, lexicon: Lexicon) -> Event | None:
    """The penalty's event if ``pred`` gives or hands a penalty ("was given a fine", "handed him a ban") to
    the relation's object; else None."""
    event = given_penalty(pred, lexicon)
    if event is None:
        return None
    receiver = recipient(pred)
    obj = relation.object
    return event if obj.start <= receiver.idx < max(obj.end, obj.start + 1) else None
