"""Protests a turnout frame or a rally taken part in names, and penalties whose agent the parser hangs on the
retained object of a passive.

- "thousands turned out to protest against X", "took to the streets of Minsk to protest against X": the
  crowd's protest (14) against X (:mod:`extract.relations.protest_frames`); "thousands of people" is the
  people, not the quantity word;
- "took part in rallies against X": the subject's demonstration against X; "a rally in support of X" is
  against no one;
- "X was handed a four-year ban by Y", "was fined 500 million euros by Y", "was ordered closed by Y": Y's
  sanction (172) on X, a prison sentence an arrest (173) (:mod:`extract.relations.displaced_agents`); an
  award given is no penalty.

Invented sentences and corpus ones, through the real pipeline.
"""

from __future__ import annotations

import pytest

from .helpers import find, text_relations

DATE = "2021-05-04"


def relations(nlp, text):
    return text_relations(nlp, text, date=DATE)


def codes(found) -> set:
    return {r.event.code if r.event else None for r in found}


@pytest.mark.parametrize("text, subject, obj", [
    ("Thousands of people turned out in Caracas to protest against President Nicolas Maduro.", "people",
     "Maduro"),
    ("Thousands took to the streets of Minsk to protest against Alexander Lukashenko.", "Thousands",
     "Lukashenko"),
    ("Hundreds of farmers gathered outside the parliament to protest against Prime Minister Narendra Modi.",
     "farmers", "Modi"),
])
def test_a_crowd_turning_out_protests_against_the_target(nlp, text, subject, obj):
    found = find(relations(nlp, text), subject, "protest", obj)
    assert found and codes(found) <= {"140", "141"} and None not in codes(found)


def test_the_quantity_word_is_not_the_actor(nlp):
    found = find(relations(nlp, "Thousands of people turned out in Caracas to protest against President "
                                "Nicolas Maduro."), "", "protest", "Maduro")
    assert found and all(r.subject.text == "people" for r in found)


def test_a_bare_crowd_stands_for_protesters_of_the_place(nlp):
    found = find(relations(nlp, "Thousands turned out to protest against the government in Nairobi on "
                                "Sunday."), "Thousands", "protest", "government")
    assert found and found[0].subject.label == "protester"
    assert found[0].object.actor_code == "KENGOV"


def test_a_turnout_with_no_target_protests_at_the_place(nlp):
    found = find(relations(nlp, "Reportedly several thousand supporters turned out, with Trump flags and hats, "
                                "in Caracas to protest."), "supporters", "protest")
    assert found and all((r.object.actor_code or "").startswith("VEN") for r in found)


def test_a_gathering_for_no_protest_is_none(nlp):
    assert not find(relations(nlp, "Thousands of fans gathered in Madrid to celebrate the victory."), "", "protest")


def test_a_turnout_not_made_is_no_asserted_protest(nlp):
    found = find(relations(nlp, "Thousands of people did not turn out to protest against the government in "
                                "Nairobi."), "people", "protest", "government")
    assert found and all(r.negated or r.event is None for r in found)


@pytest.mark.parametrize("text, subject, obj", [
    ("Students took part in rallies against the new law in Seoul.", "Students", "law"),
    ("Opposition supporters joined marches against President Alexander Lukashenko.", "supporters",
     "Lukashenko"),
])
def test_a_rally_taken_part_in_is_against_its_target(nlp, text, subject, obj):
    found = [r for r in relations(nlp, text) if subject in r.subject.text and obj in r.object.text
             and r.event is not None and r.event.root == "14"]
    assert found


def test_a_rally_in_support_is_against_no_one(nlp):
    found = relations(nlp, "Students took part in a rally in support of the new law.")
    assert not [r for r in found if "law" in r.object.text]


@pytest.mark.parametrize("text, source, target, code", [
    ("Midfielder Paul Pogba was handed a four-year ban by Italy's anti-doping tribunal.", "tribunal", "Pogba",
     "172"),
    ("Microsoft was fined 500 million euros by the European Commission.", "European Commission", "Microsoft",
     "172"),
    ("Senator Ana Ruiz was given a prison sentence by the Supreme Court.", "Supreme Court", "Ana Ruiz", "173"),
    ("Cumhuriyet was ordered closed by the Turkish government.", "Turkish government", "Cumhuriyet", "172"),
    ("Lionel Messi was banned for two years by FIFA.", "FIFA", "Messi", "172"),
])
def test_a_displaced_agent_imposes_the_penalty(nlp, text, source, target, code):
    found = [r for r in relations(nlp, text) if source in r.subject.text and target in r.object.text]
    assert found and code in codes(found)


def test_the_agent_replaces_the_unnamed_source(nlp):
    found = relations(nlp, "Microsoft was fined 500 million euros by the European Commission.")
    assert not [r for r in found if r.subject.text == "" and "Microsoft" in r.object.text]


def test_an_award_given_is_no_penalty(nlp):
    found = relations(nlp, "Actor Tom Hanks was given an award by the Academy of Motion Picture Arts.")
    assert not [r for r in found if r.event is not None and r.event.root == "17"]


def test_a_welcome_given_is_no_sanction(nlp):
    found = relations(nlp, "Joe Biden was given a warm welcome by the crowd in Wilmington.")
    assert not [r for r in found if r.event is not None and r.event.root == "17"]


def test_a_time_after_by_is_no_agent(nlp):
    found = relations(nlp, "Lionel Messi was banned for two years by Friday.")
    assert not [r for r in found if "Friday" in r.subject.text]
