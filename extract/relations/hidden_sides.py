"""Who did it and to whom, where the parse hides a side of a passive or an event noun.

Three shapes of news text put the doer or the one acted on where the general rules do not look:

- an actor noun before an event noun that has its own "of"/"on"/"against" target is the doer: "the
  police killing of X", "the army's shelling of Y", "a government crackdown on Z" (the target slot is
  taken, so the modifier is the agent; "civilian killings" has no target and stays unread, as its
  modifier may be the victims);
- a possessive on an event noun that has a "by" agent is the one acted on: "the leader's arrest by
  police", "Ahmed's detention by the army" (with no "by" phrase, "his arrest" is read by
  :mod:`extract.relations.undergoers`);
- a passive verb of speech with no "by" phrase of its own, whose "in" phrase is a statement with a
  "by" phrase, has that author as its agent: "Iran was condemned in a joint statement by France and
  Germany" (statement nouns: ``data/statement_nouns.txt``; the verb's event must be a verbal one).

:class:`extract.relations.noun_roles.NounRoleRules` asks :func:`modifier_agents` and
:func:`possessed_patients`; :class:`extract.relations.subjects.SubjectRules` asks
:func:`statement_agents`.
"""

from __future__ import annotations

from ..lexicon import Lexicon
from ..syntax import passive_agents, prepositional_objects

__all__ = ["modifier_agents", "possessed_patients", "statement_agents"]

# Prepositions that give an event noun its own target ("the killing of X", "a crackdown on Y").
_TARGET_PREPS = frozenset({"of", "on", "against", "upon"})


def modifier_agents(noun, is_actor) -> list:
    """The common actor nouns right before ``noun`` that do its event, given its own target, else [].

    ``is_actor(token)`` says whether a token stands for an actor (the reader's test). Only a noun
    compound (no adjective, no name: names are read by the event-noun rules) adjacent to the event
    noun, and only when a named or actor target follows after "of", "on", "against" or "upon".
    """
    if not any(is_actor(p) for p in prepositional_objects(noun, _TARGET_PREPS)):
        return []
    return [c for c in noun.children if not c.ent_type_ and c.pos_ == "NOUN" and is_actor(c) and (
            c.dep_ == "compound" and c.i == noun.i - 1 or c.dep_ == "poss")]  # "the army's killing of X"


def possessed_patients(noun) -> list:
    """The possessors of an event noun that has a "by" agent and no target of its own: "X's arrest by
    police" -> [X]; else []."""
    kids = list(noun.children)
    if not any(c.dep_ == "prep" and c.lower_ == "by" and any(p.dep_ == "pobj" for p in c.children) for c in kids):
        return []
    if any(c.dep_ == "prep" and c.lower_ in _TARGET_PREPS for c in kids):
        return []
    return [c for c in kids if c.dep_ == "poss" and c.pos_ in ("NOUN", "PROPN")]


def statement_agents(verb, lexicon: Lexicon) -> list:
    """The authors of the statement a passive verb of speech was made in: "X was condemned in a
    statement by A and B" -> [A]; else [].

    The verb is passive (with a passive subject of its own, or a past participle modifying a noun) with
    no "by" phrase of its own, its CAMEO event is verbal, and its "in" phrase is a noun of
    ``data/statement_nouns.txt`` with a "by" phrase.
    """
    if verb.tag_ != "VBN" or passive_agents(verb):
        return []
    if not (any(c.dep_ == "nsubjpass" for c in verb.children) or verb.dep_ == "acl"):
        return []  # "X is under sanctions, and was condemned in ...": its patient is read as agentless
    event = lexicon.cameo.event_of(verb.lemma_.lower())
    if event is None or not event.quad_class.startswith("verbal"):
        return []
    nouns = lexicon.word_sets["statement_nouns"]
    for statement in prepositional_objects(verb, ("in",)):
        if statement.lower_ in nouns or statement.lemma_.lower() in nouns:
            authors = prepositional_objects(statement, ("by",))
            if authors:
                return authors
    return []
