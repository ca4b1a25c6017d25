"""Material events in the coder's fallback (extract/events/material.py): force, coercion, aid and release
between state or armed actors, read off verbs the relation reader left unrelated. The sentences are invented."""

from __future__ import annotations

import pytest

from extract.events.fallback import CODER_BASIS
from extract.events.material import is_material, pattern_recipient
from extract.facts import extract_document
from extract.lexicon import get_lexicon
from extract.types import Document


def _coded(nlp, text: str) -> list:
    facts = extract_document(Document(id="material-test", text=text, date="2020-05-01"), nlp=nlp)
    return [r for r in facts.relations if r.basis == CODER_BASIS]


def test_a_passive_arrest_by_the_military_is_coded(nlp):
    # the relation reader reads it itself now (a state role acting on people: relations/agent_roles.py);
    # the fallback then adds no second one
    facts = extract_document(Document(id="material-test", text="Two officers were arrested by the military "
                                      "in connection with the coup.", date="2020-05-01"), nlp=nlp)
    found = [r for r in facts.relations if r.predicate.lemma == "arrest"]
    assert [(r.subject.text, r.predicate.lemma, r.object.text) for r in found] == [
        ("the military", "arrest", "Two officers")]
    rel = found[0]
    assert rel.event is not None and rel.event.root == "17"
    assert rel.modality == "asserted" and not rel.negated


@pytest.mark.parametrize(
    "text",
    [
        "The minister fled to London after the coup.",  # "FLEE * TO": a preposition alone, flee has no default
        "The Mexican government sent troops to the border.",  # the troops are what is sent, not a target
        "Tourists captured pictures and video of the incident.",  # plain people, a thing
        "Two officers were not arrested by the military in connection with the coup.",  # negated
        "The military wants to arrest two officers in connection with the coup.",  # an infinitive: a wish
    ],
)
def test_no_material_event_where_a_condition_fails(nlp, text):
    assert [r for r in _coded(nlp, text) if r.event is not None and is_material(r.event.code)] == []


def test_the_pattern_recipient_is_the_object_after_the_patterns_preposition(nlp):
    doc = nlp("Nigeria extradited the suspect to Ghana last week.")
    verb = next(t for t in doc if t.lemma_ == "extradite")
    obj = next(t for t in verb.children if t.dep_ == "dobj")
    assert pattern_recipient(verb, obj, get_lexicon()).text == "Ghana"  # EXTRADITE * &SUSPECT TO +


def test_no_pattern_recipient_when_the_pattern_does_not_name_the_object(nlp):
    doc = nlp("Police arrested the leader of the group in Lagos.")
    verb = next(t for t in doc if t.lemma_ == "arrest")
    obj = next(t for t in verb.children if t.dep_ == "dobj")
    recipient = pattern_recipient(verb, obj, get_lexicon())
    assert recipient is None or recipient.text != "Lagos"  # the leader is the target; Lagos is a place


@pytest.mark.parametrize(("code", "material"), [("194", True), ("0841", True), ("073", True), ("112", False),
                                                 ("042", False), ("141", False)])  # protest: verbal conflict here
def test_material_codes(code, material):
    assert is_material(code) is material
