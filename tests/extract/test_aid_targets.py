"""Stopping aid to a state, firing on people, returning things: what the preposition after the object says.

- "Washington suspended military aid to Pakistan": CAMEO 162 "Reduce or stop material aid", Pakistan
  the target; the verbs of the patterns' HALT block (suspend, stop, end, withhold) stop aid as HALT,
  FREEZE and CUT do. "military aid" is aid of a kind, no military actor.
- "Soldiers fired on protesters": the protesters are the target, as of "fired at".
- "Israel returned the bodies to their families" is no visit (the patterns' "* TO +" [042] of
  "returned to Kabul"): a verb of going with an object moves the object.

Every sentence is invented for the test.
"""

from __future__ import annotations

import pytest

from .helpers import document_facts, relations_named


def _only(nlp, text, lemma):
    facts = document_facts(nlp, text, date="2019-06-01")
    (relation, *_) = relations_named(facts, lemma)
    return relation


@pytest.mark.parametrize("verb, lemma", [("suspended", "suspend"), ("stopped", "stop"), ("halted", "halt"),
                                         ("withheld", "withhold")])
def test_stopping_aid_to_a_state_targets_the_state(nlp, verb, lemma):
    relation = _only(nlp, f"Washington {verb} aid to Pakistan.", lemma)
    assert relation.object.actor_code == "PAK"
    assert relation.event is not None and relation.event.code.startswith("16")


def test_military_aid_is_no_military_actor(nlp):
    relation = _only(nlp, "The United States suspended military aid to Egypt.", "suspend")
    assert relation.object.actor_code == "EGY"
    assert relation.event is not None and relation.event.root == "16"


def test_military_aid_as_object_codes_no_actor(nlp):
    facts = document_facts(nlp, "Washington suspended military aid.", date="2019-06-01")
    (relation, *_) = relations_named(facts, "suspend")
    assert relation.object is None or relation.object.actor_code in (None, "")


def test_firing_on_people_targets_them(nlp):
    relation = _only(nlp, "Zimbabwean soldiers fired on protesters in Harare.", "fire")
    assert relation.object.text == "protesters"
    # a state's force firing on protesters is violent repression (events_gold.md): 175
    assert relation.event is not None and relation.event.code == "175"


def test_a_day_after_fired_on_is_no_target(nlp):
    facts = document_facts(nlp, "The club fired its coach on Monday.", date="2019-06-01")
    assert all(r.object is None or r.object.text != "Monday" for r in facts.relations)


def test_returning_a_thing_to_people_is_no_visit(nlp):
    facts = document_facts(nlp, "Israel returned the bodies of two Palestinians to their families.", date="2019-06-01")
    assert all(r.event is None or r.event.root != "04" for r in facts.relations)


def test_returning_to_a_country_is_still_a_visit(nlp):
    relation = _only(nlp, "The Iraqi prime minister returned to Iran for talks with Rouhani.", "return")
    assert relation.event is not None and relation.event.root == "04"
