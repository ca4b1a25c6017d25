"""The dictionary coder's fallback (extract/events/fallback.py): events of CAMEO verbs the relation
reader gave no relation, under strict conditions. The sentences are invented."""

from __future__ import annotations

import pytest

from extract.events.fallback import CODER_BASIS, CODER_CONFIDENCE, coder_fallback
from extract.facts import extract_document
from extract.types import Document


def _facts(nlp, text: str):
    return extract_document(Document(id="fallback-test", text=text, date="2020-05-01"), nlp=nlp)


def _coded(nlp, text: str) -> list:
    return [r for r in _facts(nlp, text).relations if r.basis == CODER_BASIS]


@pytest.mark.parametrize(
    ("text", "source", "lemma", "target", "root"),
    [
        # a role-coded subject and a plain-noun object: the reader needs an entity on one side
        ("A number of senators condemned the act of the commission.", "senators", "condemn", "the act", "11"),
        # a passive's "by" phrase is the source, its subject the target
        ("The ruling was challenged by the opposition party.", "the opposition party", "challenge", "The ruling",
         "11"),
        # a plain noun after a preposition that the fitted verb pattern needs ("CALL * FOR")
        ("Iraqi officials called for the withdrawal of troops.", "Iraqi officials", "call", "the withdrawal", "02"),
    ],
)
def test_a_dictionary_verb_without_relation_gets_the_coders_event(nlp, text, source, lemma, target, root):
    found = _coded(nlp, text)
    assert [(r.subject.text, r.predicate.lemma, r.object.text) for r in found] == [(source, lemma, target)]
    rel = found[0]
    assert rel.event is not None and rel.event.root == root
    assert rel.modality == "asserted" and not rel.negated
    assert rel.subject.actor_code  # the source is a coded actor
    assert rel.confidence == CODER_CONFIDENCE


@pytest.mark.parametrize(
    "text",
    [
        "The senators want to condemn the act of the commission.",  # an infinitive: what is wanted
        "A number of senators did not condemn the act of the commission.",  # negated
        "Senators always condemn such acts.",  # a habit, not a reported event
        "Lawmakers wept in the chamber on Monday.",  # a synonym-only verb with no pattern of its own
        "The senators condemned the act at the time.",  # (kept) but "at the time" is no target:
    ],
)
def test_no_event_where_the_conditions_fail(nlp, text):
    found = _coded(nlp, text)
    if text.endswith("at the time."):
        assert [r.object.text for r in found] == ["the act"]  # the direct object, never "the time"
    else:
        assert found == []


def test_a_preposition_the_verb_does_not_key_names_no_target(nlp):
    # "under" is no target preposition of protest; "against" is one ("PROTEST * AGAINST")
    found = _coded(nlp, "Under the new bishop, the diocese had protested against a copper mining project.")
    assert [r.object.text for r in found] == ["a copper mining project"]


def test_the_subject_of_a_split_off_clause_is_no_object(nlp):
    # the parser hangs "is" as a conjunct with no "and": "a sabotage" is its subject, not what was suggested
    text = "The newspaper yesterday suggested sabotage, perhaps to hide the losses, is now the leading theory."
    assert _coded(nlp, text) == []


def test_a_visit_is_a_state_actors(nlp):
    found = _coded(nlp, "On Monday, the Kenyan president traveled to Uganda, which had not enacted a lockdown.")
    assert [(r.subject.text, r.object.text, r.event.code) for r in found] == [
        ("the Kenyan president", "Uganda", "042")]
    assert _coded(nlp, "Kenyan police officers traveled to Uganda and interviewed her friends.") == []


def test_no_material_event_from_the_fallback(nlp):
    # "flee" fits a yielding pattern (080), but a move with a place the reader left unrelated is no act
    assert _coded(nlp, "Six American diplomats fled to the Canadian embassy.") == []


def test_no_second_copy_of_an_event_the_reader_has(nlp):
    # "Kenyan senators" is a generic actor: the reader relates it, and the fallback adds nothing
    facts = _facts(nlp, "Kenyan senators condemned the act of the commission.")
    assert [r.basis for r in facts.relations if r.predicate.lemma == "condemn"] == [None]


def test_a_plain_people_source_is_no_actor(nlp):
    assert _coded(nlp, "Over a million people requested absentee ballots.") == []


def test_the_fallback_marks_what_it_adds_in_the_records(nlp):
    from extract.records import relation_record

    rel = _coded(nlp, "A number of senators condemned the act of the commission.")[0]
    assert relation_record(rel)["basis"] == CODER_BASIS


def test_an_unparsed_doc_gives_nothing(nlp):
    from extract import events
    from extract.entities import entities_of

    doc = nlp.make_doc("Senators condemned the act.")
    document = Document(id="x", text=doc.text)
    index = entities_of(doc)
    context = events.EventContext(doc, document)
    assert coder_fallback(doc, document, index, [], entities=[], context=context) == []
