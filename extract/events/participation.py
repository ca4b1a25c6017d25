"""Taking part: "took part in the protest" is the protest, coded by what is taken part in.

"X took part in N", "X participated in N", "X was involved in N" say that
X is one of the agents of the event noun N. The verb has no event of its
own: "take" is no seizure and no placement ("taken into custody" is one),
so the relation of the verb takes the event of N (``data/events.tsv`` and
the CAMEO map, a compound first: "took part in a hunger strike"): a
protest 14, talks 04, an attack 19. A strike is force or labour as
:func:`extract.relations.event_nouns.labour_group` splits it: "doctors took
part in a strike" is no use of force, and gives no event; "troops took part
in the strikes" is one (190). A noun with no event gives none ("took part
in the race").
"""

from __future__ import annotations

from ..lexicon import Lexicon
from ..relations.event_nouns import labour_group
from ..types import Event

__all__ = ["participated_noun", "participation_event"]

# Verbs of taking part, and the object that makes "take" one ("took part in").
_PARTAKING_VERBS = frozenset({"participate"})
_TAKE, _PART = "take", "part"
_STRIKE = "strike"
_FORCE_CLASS = "material conflict"
_AGENT_DEPS = frozenset({"nsubj", "poss", "compound", "amod"})


def participated_noun(pred):
    """The noun ``pred`` says its subject takes part in ("took part in talks", "participated in the
    attack"), or None."""
    if pred is None or pred.pos_ != "VERB":
        return None
    lemma = pred.lemma_.lower()
    holders = [pred]
    if lemma == _TAKE:
        parts = [c for c in pred.children if c.dep_ in ("dobj", "obj") and c.lower_ == _PART]
        if not parts:
            return None
        holders.append(parts[0])  # "in" hangs on "part" or on "took"
    elif lemma not in _PARTAKING_VERBS:
        return None
    for holder in holders:
        for prep in holder.children:
            if prep.dep_ == "prep" and prep.lower_ == "in":
                objects = [g for g in prep.children if g.dep_ == "pobj"]
                if not objects and pred.dep_ == "relcl" and pred.head.pos_ == "NOUN":
                    return pred.head  # "the attacks that X took part in": a stranded "in"
                for noun in objects:
                    if noun.pos_ == "NOUN":
                        return noun
    return None


def participation_event(pred, lexicon: Lexicon) -> tuple[bool, Event | None]:
    """(whether ``pred`` is a verb of taking part in an event noun, the event it codes).

    The event is the noun's; None where the noun has none or is a strike of
    labour ("teachers took part in a strike").
    """
    noun = participated_noun(pred)
    if noun is None:
        return False, None
    event_of = lexicon.cameo.event_of
    lemma = noun.lemma_.lower()
    compound = " ".join(t.lemma_.lower() for t in noun.lefts if t.dep_ == "compound" and t.pos_ == "NOUN")
    event = None
    for word in dict.fromkeys((noun.lower_, lemma)):  # "talks" 046, not "talk" 010
        event = event or (event_of(f"{compound} {word}") if compound else None) or event_of(word)
    if event is None:
        return True, None
    if lemma == _STRIKE and event.quad_class == _FORCE_CLASS:
        agents = [c for c in pred.children if c.dep_ == "nsubj"]
        agents += [g for a in agents for g in a.conjuncts]
        agents += [c for c in noun.children if c.dep_ in _AGENT_DEPS and c.i < noun.i]
        if labour_group([t for t in agents if not t.ent_type_], lexicon):
            return True, None
    return True, event
