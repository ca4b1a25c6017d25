"""Everyday senses of verbs CAMEO files under political events (fresh round 8).

Invented sentences, the real spaCy pipeline. A search of a place is no investigation, artists working
together no diplomatic cooperation, animals and pictures captured no seizure, a thing recognised or a place
one is recognised in no praise (``extract/events/everyday_senses.py``); a news agency calling a state for a
candidate is no telephone call (``extract/events/dealings.py``); "state lines" are no government
(``extract/actors/codes.py``). The eighth round of the fresh gold is checked for form.
"""

from __future__ import annotations

import pytest

from .helpers import fresh_round_problems, text_relations

_DATE = "2021-03-02"


def coded(nlp, text):
    """(subject text, lemma, object text, CAMEO code or None) of the relations of ``text``."""
    return {(r.subject.text, r.predicate.lemma, r.object.text, r.event.code if r.event else None)
            for r in text_relations(nlp, text, date=_DATE)}


def codes_of(nlp, text, lemma):
    return {c for _s, verb, _o, c in coded(nlp, text) if verb == lemma}


@pytest.mark.parametrize("text", [
    "Detectives searched the flat of the accused man on Friday.",
    "Armed officers were searching a warehouse near the harbour.",
    "Navy divers searched the lake for the missing boat.",
])
def test_a_search_of_a_place_is_no_investigation(nlp, text):
    assert not codes_of(nlp, text, "search") - {None}


def test_a_search_of_a_person_stays_an_investigation(nlp):
    assert codes_of(nlp, "Police searched the two suspects at the station.", "search") == {"090"}


@pytest.mark.parametrize("text", [
    "The pianist collaborated with the violinist Maria Lenz on a new album.",
    "She later collaborated with several famous painters in Paris.",
])
def test_artists_working_together_make_no_cooperation(nlp, text):
    assert not codes_of(nlp, text, "collaborate") - {None}


def test_states_working_together_keep_their_cooperation(nlp):
    assert codes_of(nlp, "Norway is cooperating with Sweden on the inquiry.", "cooperate") - {None}


@pytest.mark.parametrize("text, lemma", [
    ("Farmers captured two wild wolves near the village.", "capture"),
    ("A traffic camera captured the collision between the two lorries.", "capture"),
    ("The photographer captured the moment the minister arrived.", "capture"),
])
def test_animals_and_pictures_captured_are_no_seizure(nlp, text, lemma):
    assert not codes_of(nlp, text, lemma) - {None}


def test_soldiers_captured_stay_a_seizure(nlp):
    assert {c[:2] for c in codes_of(nlp, "Rebels captured two policemen near the border.", "capture") if c} == {"17"}


def test_a_place_one_is_recognised_in_is_no_one_praised(nlp):
    found = coded(nlp, "The illness was first recognized in Lagos by doctors at the clinic.")
    assert not {c for _s, verb, _o, c in found if verb == "recognize"} - {None}, found


@pytest.mark.parametrize("text", [
    "Reuters called Georgia for Ossoff late on Wednesday.",
    "The Associated Press called Wisconsin for Evers on Tuesday night.",
])
def test_a_state_called_for_a_candidate_is_no_call(nlp, text):
    assert not codes_of(nlp, text, "call") - {None}


def test_state_lines_are_no_government(nlp):
    relations = text_relations(nlp, "A resident of Gary, Indiana, Tom Weller is accused of crossing state lines and robbing two banks.", date=_DATE)
    lines = [r.object for r in relations if r.object.text == "state lines"]
    assert lines and all(not (o.actor_code or "").endswith("GOV") for o in lines), relations


def test_eighth_fresh_round_rows_are_well_formed_and_quotes_are_in_their_articles():
    assert fresh_round_problems("tune8", "held8", tune_docs=6, held_docs=4) == []
