"""Protest and force events whose actor the clause names and whose target it does not (roots 14-20).

Sentences written for these tests: a light verb with a conflict noun and no
target ("the police made two arrests"), taking part in a protest with no
target or place ("was involved in demonstrations"), protesters gathering,
and protesters throwing things at someone (145).
"""

from __future__ import annotations

from extract.relations.implicit import UNSPECIFIED_KEY

from .helpers import text_relations

DATE = "2021-03-02"


def _typed(nlp, text: str, lemma: str) -> list:
    return [r for r in text_relations(nlp, text, date=DATE) if r.predicate.lemma == lemma and r.event is not None]


def test_light_verb_arrest_without_target(nlp):
    found = _typed(nlp, "Detectives in Leeds made three arrests on Sunday night.", "arrest")
    assert [(r.subject.text, r.object.key, r.event.root) for r in found] == [
        ("Detectives", UNSPECIFIED_KEY, "17")]


def test_light_verb_airstrike_without_target(nlp):
    found = _typed(nlp, "The United States conducted an airstrike near the Syrian border.", "strike")
    assert found and found[0].subject.actor_code == "USA"
    assert found[0].object.key == UNSPECIFIED_KEY and found[0].event.root == "19"


def test_labour_strike_is_no_force(nlp):
    relations = text_relations(nlp, "Nurses launched a strike over pay on Monday.", date=DATE)
    assert not [r for r in relations if r.event is not None and r.event.root == "19"]


def test_ordered_killing_of_animals_is_no_attack(nlp):
    relations = text_relations(nlp, "The ministry ordered the killing of 5,000 chickens.", date=DATE)
    assert not [r for r in relations if r.event is not None and r.event.root in ("18", "19", "20")]


def test_noun_with_possessor_is_not_targetless(nlp):
    relations = text_relations(nlp, "The general carried out the minister's arrest.", date=DATE)
    assert not [r for r in relations if r.object.key == UNSPECIFIED_KEY and r.predicate.lemma == "arrest"]


def test_involved_in_demonstrations(nlp):
    relations = text_relations(
        nlp, "The activist Maria Lopez has been involved in demonstrations for press freedom.", date=DATE)
    found = [r for r in relations if "Lopez" in r.subject.text and r.event is not None]
    assert [(r.object.key, r.event.root) for r in found] == [(UNSPECIFIED_KEY, "14")]


def test_participated_in_protests(nlp):
    found = _typed(nlp, "Hundreds of students participated in the protests.", "protest")
    assert found and found[0].event.root == "14" and "students" in found[0].subject.text


def test_protesters_gathered(nlp):
    found = _typed(nlp, "Thousands of protesters gathered outside the city hall on Saturday.", "gather")
    assert [(r.event.code, r.object.key) for r in found] == [("141", UNSPECIFIED_KEY)]


def test_officials_gathering_is_no_protest(nlp):
    relations = text_relations(nlp, "Dozens of officials gathered outside the city hall on Saturday.", date=DATE)
    assert not [r for r in relations if r.event is not None and r.event.root == "14"]


def test_protesters_threw_stones(nlp):
    found = _typed(nlp, "Demonstrators threw stones at riot police near the station.", "throw")
    assert [(r.event.code, r.object.text) for r in found] == [("145", "riot police")]


def test_throwing_support_is_no_riot(nlp):
    relations = text_relations(nlp, "The senator threw her support behind the governor.", date=DATE)
    assert not [r for r in relations if r.event is not None and r.event.root == "14"]


def test_lawmakers_protested(nlp):
    found = _typed(nlp, "Opposition legislators protested in the chamber on Tuesday.", "protest")
    assert [(r.subject.actor_code, r.object.key, r.event.root) for r in found] == [("LEG", UNSPECIFIED_KEY, "14")]


def test_rally_of_a_thing_is_no_event(nlp):
    assert not _typed(nlp, "The ball rallied late in the game.", "rally")
