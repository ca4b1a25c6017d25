"""Event roots that the object, the complement or the participants decide (extract/events/object_senses.py).

CAMEO codes acts: "refused to comment" is 011 (decline comment), not a rejection; a force posture
(15) needs a force; information handed over is no material cooperation; "address the shortage"
is no statement; a question asserts nothing; "lives were threatened" is a danger, not a threat;
"hammered X for Y" criticises. Every sentence is invented for the test.
"""

from __future__ import annotations

import pytest

from .helpers import document_facts, event_root

DATE = "2020-03-01"


def _roots(nlp, text: str, lemma: str) -> list:
    facts = document_facts(nlp, text, date=DATE)
    return [event_root(r) for r in facts.relations if r.predicate.lemma == lemma]


def _codes(nlp, text: str, lemma: str) -> list:
    facts = document_facts(nlp, text, date=DATE)
    return [r.event.code for r in facts.relations if r.predicate.lemma == lemma and r.event is not None]


@pytest.mark.parametrize("text, lemma", [
    ("The Kenyan interior minister declined to comment on the arrests.", "decline"),
    ("Senator Marco Rubio refused to answer whether he would back the nominee.", "refuse"),
    ("The Turkish foreign ministry refused to confirm the report.", "refuse"),
])
def test_a_refused_comment_is_declining_comment(nlp, text, lemma):
    assert "011" in _codes(nlp, text, lemma)


def test_a_refusal_to_act_stays_a_rejection(nlp):
    roots = _roots(nlp, "Hungary refused to accept the refugees from Greece.", "refuse")
    assert "12" in roots and "01" not in roots


@pytest.mark.parametrize("text, lemma", [
    ("Small firms that cannot deploy the new accounting software will get help.", "deploy"),
    ("As a nurse, I call up dozens of patients every week.", "call up"),
])
def test_force_posture_without_a_force_is_none(nlp, text, lemma):
    assert not [r for r in _roots(nlp, text, lemma) if r == "15"]


def test_deploying_troops_is_kept(nlp):
    roots = _roots(nlp, "Pakistan deployed thousands of troops along the Line of Control.", "deploy")
    assert roots and all(r is not None for r in roots)


def test_a_withdrawal_with_no_force_is_a_plain_yield(nlp):
    codes = _codes(nlp, "The Green candidate withdrew from the race on Monday.", "withdraw")
    assert not [c for c in codes if c.startswith("087")]


@pytest.mark.parametrize("text", [
    "The spokesman provided Reuters with the text of the letter.",
    "Casualty figures, provided by officials to reporters, exceeded 40.",
])
def test_information_given_is_no_material_cooperation(nlp, text):
    facts = document_facts(nlp, text, date=DATE)
    assert not [r for r in facts.relations if event_root(r) in ("06", "07")]


def test_goods_given_stay_aid(nlp):
    roots = _roots(nlp, "Japan provided Bangladesh with food aid after the floods.", "provide")
    assert set(roots) & {"06", "07"}


def test_addressing_a_problem_is_no_statement(nlp):
    text = "The mayor unveiled a housing plan to address the shortage of homes."
    assert "01" not in _roots(nlp, text, "address")


def test_addressing_allegations_stays_a_statement(nlp):
    assert "01" in _roots(nlp, "Governor Andrew Cuomo addressed the allegations at a news conference.", "address")


def test_a_question_asserts_no_event(nlp):
    facts = document_facts(nlp, "Does the charity help refugees who arrive without papers?", date=DATE)
    assert not [r for r in facts.relations if r.event is not None]


def test_endangered_lives_are_no_threat(nlp):
    assert "13" not in _roots(nlp, "The firefighters' lives were seriously threatened.", "threaten")


def test_a_threat_to_an_actor_stays(nlp):
    assert "13" in _roots(nlp, "North Korea threatened South Korea with military action.", "threaten")


def test_hammering_an_actor_for_his_conduct_is_criticism(nlp):
    assert "11" in _roots(nlp, "Bernie Sanders hammered the governor for his remarks on wages.", "hammer")


@pytest.mark.parametrize("text, lemma", [
    ("The Liberal party advocates lower taxes and free trade.", "advocate"),
    ("Senator Elizabeth Warren has advocated a wealth tax.", "advocate"),
])
def test_a_standing_stance_is_no_event(nlp, text, lemma):
    assert not [r for r in _roots(nlp, text, lemma) if r is not None]


def test_asking_whether_is_no_appeal(nlp):
    roots = _roots(nlp, "Reporters asked the Greek minister whether she would resign.", "ask")
    assert "02" not in roots


def test_asking_someone_to_act_stays_an_appeal(nlp):
    assert "02" in _roots(nlp, "The mayor of Paris asked residents to stay indoors.", "ask")


def test_a_president_holding_rallies_is_no_protest(nlp):
    facts = document_facts(nlp, "President Donald Trump held three rallies in Pennsylvania on Monday.",
                           date="2020-10-26")
    assert not [r for r in facts.relations if event_root(r) == "14"]


def test_an_opposition_rally_stays_a_protest(nlp):
    assert "14" in _roots(nlp, "The opposition held rallies against the government in Dhaka.", "hold rally")
