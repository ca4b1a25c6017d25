"""Light verbs and their event nouns: whom the act is aimed at, and what is no target.

Invented sentences: a generic actor of a role as the partner of talks or a deal, the "of" phrase of a
conflict noun as the light verb's target, an appeal made "to" an actor, and phrases that name no actor.
"""

from __future__ import annotations

import pytest

from .helpers import event_root, text_relations

_DATE = "2021-05-02"


def _with_object(rels, word: str) -> list:
    return [r for r in rels if word in r.object.label.casefold() or word in r.object.text.casefold()]


@pytest.mark.parametrize(("text", "partner", "root"), [
    ("President Gabriel Boric held talks with opposition leaders in Santiago on Tuesday.", "opposition leader", "04"),
    ("Chile's president held talks with the striking doctors on Tuesday.", "doctor", "04"),
    ("Colombia signed a ceasefire agreement with the rebels last week.", "rebel", "05"),
])
def test_a_role_actor_is_the_partner_of_a_support_verbs_event_noun(nlp, text, partner, root):
    rels = text_relations(nlp, text, date=_DATE)
    found = _with_object(rels, partner)
    assert found, [(r.subject.label, r.predicate.lemma, r.object.label) for r in rels]
    assert event_root(found[0]) == root


@pytest.mark.parametrize(("text", "thing"), [
    ("The minister held talks with no result.", "result"),
    ("Ecuador imposed sanctions on imports of steel.", "import"),
])
def test_a_thing_after_the_noun_is_no_partner(nlp, text, thing):
    rels = text_relations(nlp, text, date=_DATE)
    assert not _with_object(rels, thing)


def test_the_of_phrase_of_a_conflict_noun_is_the_light_verbs_target(nlp):
    rels = text_relations(nlp, "Russia launched an invasion of Georgia in August 2008.", date=_DATE)
    invasions = [r for r in rels if r.predicate.lemma == "invade"]
    assert invasions and all(r.subject.label == "Russia" for r in invasions)
    assert invasions[0].object.label == "Georgia" and event_root(invasions[0]) == "19"


@pytest.mark.parametrize(("text", "thing"), [
    ("The rebels carried out an attack of unprecedented scale.", "scale"),
    ("The army carried out a deployment of troops near the border.", "troop"),
])
def test_an_of_phrase_that_names_no_victim_is_no_target(nlp, text, thing):
    rels = text_relations(nlp, text, date=_DATE)
    assert not _with_object(rels, thing)


def test_an_appeal_made_to_an_actor_targets_it(nlp):
    rels = text_relations(nlp, "Chile made an appeal to the United Nations for food aid.", date=_DATE)
    found = _with_object(rels, "united nations")
    assert found and found[0].subject.label == "Chile"
    assert event_root(found[0]) == "02"


def test_light_verb_joined_to_an_infinitive_keeps_the_controlling_subject(nlp):
    text = "Detectives are continuing to question witnesses and have made three arrests."
    rels = text_relations(nlp, text, date=_DATE)
    arrests = [r for r in rels if r.predicate.lemma == "arrest"]
    assert arrests and arrests[0].subject.label.casefold().startswith("detective")
    assert event_root(arrests[0]) == "17"
