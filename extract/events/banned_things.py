"""A ban on a thing sanctions no one: "outlawed the death penalty" is no administrative sanction.

CAMEO's 172 "Impose administrative sanctions" is a coercive act of one
actor on another: a ban on a party, a bar on a candidate, a sanction on an
airline. The verb dictionary codes BAN, BAR, PROHIBIT, OUTLAW, DISALLOW,
FORBID and TAX so, whatever is banned. A ban whose object is a thing or a
practice ("California outlawed the death penalty", which the events gold
codes as no event; "fishing was prohibited in the area"; "Twitter
disallowed comments and likes"; "Syria is taxing certain goods";
"the hijab was banned in public offices") names no target. :func:`banned_thing_event`
gives no event where:

- the event is 172 and the verb one of banning (``data/banning_verbs.txt``);
- the thing banned (the relation's object, the verb's direct object or
  passive subject) is a thing or a practice: no actor code, no name of an
  actor, no pronoun, no person noun, a head that cannot act or names an
  event ("travel", "comments"), and no quantity of people ("a number of
  female chess players");
- no phrase of the verb names an actor ("banned travel from China",
  "prohibited travel for those under 19" keep the code).

Examples
--------
"California outlawed the death penalty" none; "Germany banned Mahan Air
from flying" keeps 172.
"""

from __future__ import annotations

from ..lexicon import Lexicon
from ..types import Argument, Event
from ..syntax import word_forms
from .participants import ACTING_TYPES, _names_event, token_can_act
from .things import argument_head

__all__ = ["banned_thing_event"]

_SANCTION = "172"
_OBJECT_DEPS = frozenset({"dobj", "obj", "nsubjpass"})
# Prepositions that name whom a ban falls on or comes from ("travel from China", "a ban on Iran"); not a
# place ("prohibited in the marine reserve") nor the agent ("by the government").
_TARGET_PREPS = frozenset({"from", "on", "against", "for", "to"})


def _thing_token(token, lexicon: Lexicon) -> bool:
    """Is the token a thing or a practice: no pronoun, no acting name, no person noun, no head that can act
    but an event's ("travel", "comments"); a quantity of things ("a number of players" is people)?"""
    if token.pos_ == "PRON" or token.ent_type_ in ACTING_TYPES:
        return False
    if word_forms(token) & (lexicon.word_sets["person_nouns"] | lexicon.word_sets["speaker_nouns"]):
        return False
    if token_can_act(token, lexicon) and not _names_event(token, lexicon):
        return False
    return all(_thing_token(o, lexicon) for prep in token.children if prep.dep_ == "prep" and prep.lower_ == "of"
               for o in prep.children if o.dep_ == "pobj")


def _actor_phrase(pred, lexicon: Lexicon) -> bool:
    """Has the verb (or its direct object) a "from", "on", "against", "for" or "to" phrase whose object can
    act ("banned travel from China")?"""
    heads = [pred, *(c for c in pred.children if c.dep_ in _OBJECT_DEPS)]
    return any(prep.dep_ == "prep" and prep.lower_ in _TARGET_PREPS and any(
        o.dep_ == "pobj" and (o.pos_ == "PRON" or token_can_act(o, lexicon)) for o in prep.children)
               for head in heads for prep in head.children)


def banned_thing_event(event: Event | None, pred, subject: Argument | None, obj: Argument | None,
                       lexicon: Lexicon) -> Event | None:
    """None for a ban (172) of a verb of banning on a thing with no actor named (module docstring); else ``event``.

    Parameters
    ----------
    event : Event or None
        The event the verb's sense gave.
    pred : spacy.tokens.Token
        The predicate's head token (a verb).
    subject, obj : Argument or None
        The relation's arguments, with their actor codes.
    lexicon : Lexicon
        The tables (word list ``banning_verbs``).

    Returns
    -------
    Event or None
    """
    if event is None or event.code != _SANCTION or pred is None or pred.pos_ != "VERB":
        return event
    if pred.lemma_.lower() not in lexicon.word_sets["banning_verbs"]:
        return event
    banned = [c for c in pred.children if c.dep_ in _OBJECT_DEPS]
    if obj is not None:
        if obj.actor_code or obj.type in ACTING_TYPES:
            return event
        head = argument_head(pred.doc, obj)
        if head is not None:
            banned.append(head)
    if not banned or not all(_thing_token(t, lexicon) for t in banned):
        return event
    return event if _actor_phrase(pred, lexicon) else None
