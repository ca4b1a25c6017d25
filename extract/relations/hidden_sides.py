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
  Germany" (statement nouns: ``data/statement_nouns.txt``; the verb's event must be a verbal one);
- a relative clause says nothing of a name coordinated after it ("Mark and Patricia X, who drew
  weapons on protesters, and Nicholas Y": Y drew nothing), and "who" set off after a person's place
  ("Rai Benjamin from the United States, who finished the race") stands for the person;
- a verb written as a bare noun and a participle after "be" ("she was gang raped by X", "the town was
  fire bombed by Y"; the nouns of ``data/fused_verb_nouns.txt``), which the parser reads as a noun
  with a reduced relative: the one acted on is the subject of "be", not the noun.

:class:`extract.relations.noun_roles.NounRoleRules` asks :func:`modifier_agents` and
:func:`possessed_patients`; :class:`extract.relations.subjects.SubjectRules` asks
:func:`statement_agents`; :class:`extract.relations.verb_parts.VerbPartRules` asks :func:`compound_verb_patients`;
:class:`extract.relations.verbal.VerbRules` asks :func:`after_relative_clause`;
:class:`extract.relations.attachments.AttachmentRules` asks :func:`person_before_place`.
"""

from __future__ import annotations

from ..lexicon import Lexicon
from ..syntax import passive_agents, prepositional_objects
from .pronoun_agents import PATIENT_PREPS

__all__ = ["after_relative_clause", "compound_verb_patients", "modifier_agents", "person_before_place",
           "possessed_patients", "statement_agents"]

# Prepositions that give an event noun its own target ("the killing of X", "a crackdown on Y").
_TARGET_PREPS = frozenset({"of", "on", "against", "upon"})


def modifier_agents(noun, is_actor) -> list:
    """The common actor nouns right before ``noun`` that do its event, given its own target, else [].

    ``is_actor(token)`` says whether a token stands for an actor (the reader's test). Only a noun
    compound (no adjective, no name: names are read by the event-noun rules) adjacent to the event
    noun, when a named or actor target follows after "of", "on", "against" or "upon"; or a possessive
    actor noun, when any patient phrase follows (``PATIENT_PREPS``) and no "by" phrase ("the junta's release of 200
    prisoners", as "Russia's seizure of Crimea"; alone, "the prisoners' release", it is the patient).
    """
    targets = prepositional_objects(noun, _TARGET_PREPS)
    actor_target = any(is_actor(p) for p in targets)
    # a possessive's patient phrase as a possessive pronoun's is (pronoun_agents.py: "the committee's inquiry into X")
    owned = bool(prepositional_objects(noun, PATIENT_PREPS)) and not prepositional_objects(noun, ("by",))
    if not actor_target and not owned:
        return []
    return [c for c in noun.children if not c.ent_type_ and c.pos_ == "NOUN" and is_actor(c) and (
            c.dep_ == "compound" and c.i == noun.i - 1 and actor_target
            or c.dep_ == "poss" and (actor_target or owned))]  # "the army's killing of X"


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


def compound_verb_patients(verb, lexicon: Lexicon) -> list:
    """The subjects of "be" whose complement is a bare noun fused with the past participle ``verb``:
    "she was gang raped by X" -> [she]; else [].

    The noun is one of ``data/fused_verb_nouns.txt``, singular, lower-case, with no word of its own
    but the participle, which follows it at once ("which is territory controlled by X" and "he was
    a man wanted by police" are left to the reduced-relative rules).
    """
    noun = verb.head
    if verb.dep_ != "acl" or verb.tag_ != "VBN" or noun.i != verb.i - 1:
        return []
    if noun.lower_ not in lexicon.word_sets["fused_verb_nouns"]:
        return []
    if noun.tag_ != "NN" or noun.dep_ != "attr" or not noun.is_lower or noun.head.lemma_ != "be":
        return []
    if any(c.i != verb.i for c in noun.children):
        return []
    return [c for c in noun.head.children if c.dep_ in ("nsubj", "nsubjpass")]


def after_relative_clause(argument, verb) -> bool:
    """Does ``argument`` start after the whole relative clause ``verb``: a conjunct of its antecedent that
    the clause says nothing of ("X, who drew weapons, and Y" -> Y)?"""
    if verb.dep_ != "relcl":
        return False
    last = verb.right_edge
    return argument.start >= last.idx + len(last.text)


def person_before_place(verb, person_like, place_like):
    """The person a "who" clause stands for where the parse hangs it on that person's place: "Rai
    Benjamin from the United States, who finished" -> Benjamin; else None.

    ``person_like(token)`` and ``place_like(token)`` test a token. The place is the object of a
    preposition on the person or right after the person's name, and the clause is set off by a comma.
    """
    pronouns = [c for c in verb.children if c.lower_ in ("who", "whom") and c.i < verb.i]
    head = verb.head
    if not pronouns or head.dep_ != "pobj" or not place_like(head):
        return None
    doc = verb.doc
    if verb.left_edge.i == 0 or doc[verb.left_edge.i - 1].text != ",":
        return None
    prep = head.head
    if prep.dep_ != "prep" or prep.i == 0:
        return None
    # the person the place phrase hangs on, or the name right before it where the parse hangs the
    # phrase on the verb ("won by X from the United States, who")
    for owner in (prep.head, doc[prep.i - 1]):
        if owner.i < prep.i and owner.pos_ in ("NOUN", "PROPN") and person_like(owner):
            return owner
    return None
