"""Concepts that name a thing, not an actor (issue 11, points 1-3).

"military assistance", "the Intelligence Star", "a government decree": the role word before the head
("military", "intelligence", "government") is no actor the phrase names. A concept is a thing when its
head is no acting noun, no noun of people, and is a listed thing (an award, a law, an event, a plan, a
place...) or an abstract noun by its ending (``data/abstract_suffixes.txt``). A possessor or a named body
before the head that can act owns it and keeps the code ("the Cuban military's tourist section",
"the Supreme Court ruling"), as event coders aim an act at a thing's owner.
"""

from __future__ import annotations

from ..lexicon import Lexicon
from .noun_senses import thing_sense
from .participants import _acting_noun

#: Nouns of people that are no agent nouns ("U.S. personnel", "33 Russian individuals").
_PEOPLE_SETS = ("people_words", "person_nouns", "member_nouns", "collective_plurals")
#: Nouns of persons, groups and bodies that act (as :func:`extract.events.participants.can_act` reads them).
_PERSON_SETS = ("agent_nouns", "actor_nouns", "relational_nouns", "body_nouns")
#: Lists of nouns of things: awards, laws, events, plans, places, products, weapons, aid, measures,
#: information.
_THING_SETS = (
    "prize_nouns", "award_heads", "law_nouns", "event_nouns", "occasion_nouns", "plan_heads", "owned_things",
    "measure_nouns", "information_nouns", "discourse_objects", "place_nouns", "product_kinds", "weapon_nouns", "aid_nouns",
)
#: Nouns of aid given ("military aid", "police equipment"): things, though "aid" can stand for its giver.
_AID = "aid_nouns"
_OWNER_TYPES = frozenset({"ORG", "GPE", "NORP"})


def is_thing_head(span, lexicon: Lexicon) -> bool:
    """Does the concept ``span`` (a spaCy span) name a thing whose modifiers code no actor?"""
    root = span.root
    if root.pos_ not in ("NOUN", "PROPN") or any(t.ent_type_ == "PERSON" and not _possessed(t, span) for t in span):
        return False  # "Secretary of Justice Wanda Vázquez": a person ("Elon Musk's Tesla" is a thing)
    words = lexicon.word_sets
    forms = {root.lemma_.lower(), root.lower_}
    # "military aid": aid is an event noun that can stand for its giver, but a role word before it is its kind
    material = any(form in words[_AID] for form in forms)
    # "a state of emergency", "its internal business": a role noun in its sense of a thing
    sense = thing_sense(span, lexicon)
    if not (material or sense) and (_acting_noun(root, lexicon) or any(form in words[name] for form in forms for name in _PEOPLE_SETS)):
        return False
    if any(_owner(child, lexicon) for child in root.children):
        return False
    return sense or any(form in words[name] for form in forms for name in _THING_SETS) or any(
        form.endswith(suffix) for form in forms for suffix in words["abstract_suffixes"])


def _owner(child, lexicon: Lexicon) -> bool:
    """Is ``child`` a possessor that can act, or a body's name in compound ("the Supreme Court ruling")?"""
    if child.dep_ == "poss":
        return child.ent_type_ in _OWNER_TYPES or _acting_noun(child, lexicon)
    return child.dep_ == "compound" and child.pos_ == "PROPN" and child.ent_type_ in _OWNER_TYPES \
        and not _bare_role_word(child, lexicon)


def _bare_role_word(token, lexicon: Lexicon) -> bool:
    """Is ``token`` a capitalised role word alone, naming no body ("Court packing", "Party business";
    not "the Supreme Court ruling", "Labour Party business")?"""
    forms = {token.lower_, token.lemma_.lower()}
    doc = token.doc
    alone = token.ent_iob_ == "B" and (token.i + 1 == len(doc) or doc[token.i + 1].ent_iob_ != "I")
    return alone and not any(c.dep_ in ("compound", "amod", "poss") for c in token.children) and any(
        form in lexicon.actors.roles or lexicon.dictionaries.agent_codes(form) for form in forms)


def _possessed(token, span) -> bool:
    """Is ``token`` inside a possessor of the span's head ("Elon Musk's personal Tesla")?"""
    return any(t.dep_ == "poss" for t in (token, *token.ancestors) if t.i != span.root.i and span.start <= t.i < span.end)


def is_adjective_role(span, lexicon: Lexicon) -> bool:
    """Is the concept ``span`` a thing whose only role words before its head are adjectives of another
    sense, no actor ("an official meeting", "the official debates": formal, not of officials)?

    A role word of the layer's own table (``data/actors.tsv``) that the Phoenix agents file does not list,
    tagged an adjective before a head that is no person, group or agent noun, names no actor; "military
    strikes" keeps ``MIL`` (the agents file lists "military") and "an official spokesman" its head's role.
    """
    root = span.root
    forms = {root.lower_, root.lemma_.lower()}
    words = lexicon.word_sets
    # an event noun may stand for its actors elsewhere ("the bombing killed five"), but an adjective
    # role word of another sense says nothing of who they are
    if root.pos_ != "NOUN" or any(form in words[name] for form in forms for name in (*_PERSON_SETS, *_PEOPLE_SETS)) \
            or any(form in lexicon.tables["class_nouns"] or form in lexicon.actors.roles
                   or lexicon.dictionaries.agent_codes(form) for form in forms):
        return False
    roles = lexicon.actors.roles
    before = [t for t in span if t.i < root.i and (t.lower_ in roles or t.lemma_.lower() in roles)]
    return bool(before) and all(
        t.pos_ == "ADJ" and t.head.i == root.i and not lexicon.dictionaries.agent_codes(t.lower_) for t in before)
