"""Violence with victims or a target and no agent in the clause (extract/relations/agentless_violence.py).

Invented sentences: victims who died or were killed "in"/"during" an attack noun take the noun's
event, with its attacker (or no one) as the source; a weapon that struck a place, or a place struck
by a weapon, is a use of force on it. Accidents, disease and labour strikes are no attacks.
"""

from __future__ import annotations

import pytest

from extract.facts import extract_document
from extract.relations.implicit import UNSPECIFIED_KEY
from extract.types import Document


def _relations(nlp, text):
    return extract_document(Document(id="t", text=text, date="2020-01-02"), nlp=nlp).relations


def _typed(nlp, text):
    return [r for r in _relations(nlp, text) if r.event is not None]


def _about(relations, target_word):
    return [r for r in relations if target_word.casefold() in r.object.text.casefold()]


@pytest.mark.parametrize("sentence, victims, root", [
    ("Eleven villagers died in the attack on the market.", "villagers", "19"),
    ("At least forty people died in a suicide bombing outside the stadium.", "people", "18"),
    ("Scores of farmers died during the shelling of the valley.", "farmers", "19"),  # "scores of": the farmers
    ("Nine pilgrims were killed in a massacre near the shrine.", "pilgrims", "20"),
])
def test_victims_in_an_attack_take_the_attack_event(nlp, sentence, victims, root):
    found = [r for r in _about(_typed(nlp, sentence), victims) if r.event.root == root]
    assert found, [(r.subject.text, r.predicate.lemma, r.object.text, r.event) for r in _relations(nlp, sentence)]


def test_attacker_named_by_the_noun_is_the_source(nlp):
    text = "Four civilians died in a Russian air strike on the town."
    found = [r for r in _about(_typed(nlp, text), "civilians") if r.event.code == "195"]
    assert found and any("Russia" in r.subject.label or r.subject.text == "Russian" for r in found)


def test_no_attacker_named_gives_the_unspecified_source(nlp):
    text = "Dozens of guards died in the raid."
    found = _about(_typed(nlp, text), "guards") or _about(_typed(nlp, text), "Dozens")
    assert found and all(r.subject.key == UNSPECIFIED_KEY for r in found)


@pytest.mark.parametrize("sentence, target", [
    ("Six rockets struck near the airport on Sunday.", "airport"),
    ("Two missiles hit a hospital in the north of the city.", "hospital"),
    ("The refinery was hit by several drone strikes overnight.", "refinery"),
])
def test_weapons_that_struck_are_a_use_of_force(nlp, sentence, target):
    found = [r for r in _about(_typed(nlp, sentence), target) if r.event.root == "19"]
    assert found, [(r.subject.text, r.predicate.lemma, r.object.text, r.event) for r in _relations(nlp, sentence)]


@pytest.mark.parametrize("sentence, victims", [
    ("Twelve people died in a car crash on the motorway.", "people"),
    ("Three miners were killed in a gas explosion.", "miners"),
    ("Hundreds of patients were killed by the virus.", "patients"),
    ("Two workers were injured in a fire at the warehouse.", "workers"),
])
def test_accidents_and_disease_are_no_attacks(nlp, sentence, victims):
    assert not _about(_typed(nlp, sentence), victims)


def test_a_plain_strike_is_no_attack(nlp):
    text = "Two nurses were injured during the strike at the hospital."
    assert not [r for r in _typed(nlp, text) if r.predicate.lemma == "strike"]


def test_a_named_subject_is_no_weapon(nlp):
    """The weapon rule reads no company name; "hit record profits" strikes no place."""
    text = "Shell hit record profits at its refinery last year."
    assert not [r for r in _relations(nlp, text) if r.predicate.lemma == "hit" and "refinery" in r.object.text]


def test_reportedly_conducted_attack_is_claimed_with_its_attacker(nlp):
    text = "Thirty soldiers died in the attack, reportedly carried out by al-Shabaab."
    found = [r for r in _relations(nlp, text) if r.predicate.lemma == "attack" and "soldiers" in r.object.text.lower()]
    assert found, [(r.subject.text, r.predicate.lemma, r.object.text) for r in _relations(nlp, text)]
    assert all(r.modality == "claimed" and r.event is None for r in found)
    assert any("Shabaab" in r.subject.label for r in found)


def test_coordinated_casualty_verbs_share_the_attack(nlp):
    text = "Two teachers died and four students were injured in a bombing at the school."
    found = [r for r in _about(_typed(nlp, text), "teachers") if r.event.root == "18"]
    assert found, [(r.subject.text, r.predicate.lemma, r.object.text) for r in _relations(nlp, text)]


def test_coordinated_casualties_of_a_crash_are_no_attack(nlp):
    text = "Four passengers were killed and nine were injured in the crash."
    assert not [r for r in _typed(nlp, text) if r.predicate.lemma == "crash"]


def test_hearsay_on_the_casualty_verb_makes_the_attack_claimed(nlp):
    text = "Allegedly, two teachers died and four students were injured in a bombing at the school."
    found = [r for r in _relations(nlp, text) if r.predicate.lemma == "bombing" and "teachers" in r.object.text]
    assert found and all(r.modality == "claimed" for r in found), \
        [(r.subject.text, r.predicate.lemma, r.object.text, r.modality) for r in _relations(nlp, text)]


@pytest.mark.parametrize("sentence", [
    "A hiker died in a bear attack near the lake.",
    "The old sailor died in a heart attack during the voyage.",
])
def test_animal_and_illness_attacks_are_no_violence(nlp, sentence):
    assert not [r for r in _typed(nlp, sentence) if r.predicate.lemma == "attack"]


def test_an_unnamed_attacker_is_an_event_record_not_an_edge(nlp):
    from extract.quality import is_edge

    text = "Seventeen villagers died in the raid."
    found = [r for r in _typed(nlp, text) if r.subject.key == UNSPECIFIED_KEY and "villagers" in r.object.text]
    assert found and not any(is_edge(r) for r in found)
