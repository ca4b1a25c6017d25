"""An event's sense from the kind of its object and of its actors (``extract/events/senses.py``).

Invented sentences, one family each: force against a plan or a statement, the
violence of one person (CAMEO 18) against an armed body's (19), verbs whose
subject undergoes the event, a transfer to
hospital, an encounter of plain people, and a declared emergency. Relations
are built by hand on real parses (``annotate`` of ``test_events``), so the
tests do not depend on the relation rules.
"""

from __future__ import annotations

import pytest

from .test_events import annotate


def _code(text, subject, predicate, obj, nlp):
    (rel, *_) = annotate(nlp, text, [(subject, predicate, obj)])
    return rel.event.code if rel.event is not None else None


@pytest.mark.parametrize(
    "text, subject, predicate, obj, code",
    [
        # a verb of force with a plan, decision or statement as its object: words, not force
        ("Opposition lawmakers attacked the budget proposal on Monday.", ("Opposition lawmakers", "CONCEPT"),
         "attacked", ("the budget proposal", "CONCEPT"), "111"),
        ("The senator blasted the decision of the regulator.", ("The senator", "CONCEPT"), "blasted",
         ("the decision", "CONCEPT"), "111"),
        # a verb of force that does not criticise gives nothing with such an object
        ("The governors abused their emergency measures for months.", ("The governors", "CONCEPT"), "abused",
         ("their emergency measures", "CONCEPT"), None),
        # a real target keeps the force
        ("Rebel fighters attacked the army barracks at dawn.", ("Rebel fighters", "CONCEPT"), "attacked",
         ("the army barracks", "CONCEPT"), "190"),
    ],
)
def test_force_against_words_is_criticism_or_nothing(nlp, text, subject, predicate, obj, code):
    assert _code(text, subject, predicate, obj, nlp) == code


@pytest.mark.parametrize(
    "text, subject, predicate, obj, root",
    [
        # one person, no armed body: assault (18), not military force (19)
        ("A man attacked two shoppers outside the bakery.", ("A man", "CONCEPT"), "attacked",
         ("two shoppers", "CONCEPT"), "18"),
        ("Oskar Brandt shot the cashier in the leg.", ("Oskar Brandt", "PERSON"), "shot",
         ("the cashier", "CONCEPT"), "18"),
        ("A gunman shot three guests at the wedding.", ("A gunman", "CONCEPT"), "shot",
         ("three guests", "CONCEPT"), "18"),
        # an armed body keeps conventional force
        ("Soldiers shot three villagers near the border.", ("Soldiers", "CONCEPT"), "shot",
         ("three villagers", "CONCEPT"), "19"),
        ("Gunmen shot three guests at the wedding.", ("Gunmen", "CONCEPT"), "shot",
         ("three guests", "CONCEPT"), "19"),
    ],
)
def test_violence_of_one_person_is_assault(nlp, text, subject, predicate, obj, root):
    code = _code(text, subject, predicate, obj, nlp)
    assert code is not None and code[:2] == root


@pytest.mark.parametrize(
    "text, subject, predicate, obj",
    [
        # the subject undergoes: no use of force, though the event map gives "die" one
        ("The retired judge died at a clinic in Lyon on Sunday.", ("The retired judge", "CONCEPT"), "died",
         ("a clinic", "CONCEPT")),
        # a patient taken to hospital is no evacuation of staff, no aid
        ("The injured ambassador was evacuated from the capital to a hospital in Vienna.",
         ("The injured ambassador", "CONCEPT"), "evacuated", ("the capital", "CONCEPT")),
        # plain people meeting a man in the street are no consultation between actors
        ("Passers-by approached the man and took his bag.", ("Passers-by", "CONCEPT"), "approached",
         ("the man", "CONCEPT")),
    ],
)
def test_non_event_senses_give_no_event(nlp, text, subject, predicate, obj):
    assert _code(text, subject, predicate, obj, nlp) is None


def test_a_consultation_between_actors_stays(nlp):
    text = "The Kenyan foreign minister met the Ugandan ambassador in Nairobi."
    code = _code(text, ("The Kenyan foreign minister", "CONCEPT"), "met", ("the Ugandan ambassador", "CONCEPT"), nlp)
    assert code is not None and code[:2] == "04"


def test_a_declared_emergency_imposes_restrictions(nlp):
    text = "The governor declared a statewide emergency after the floods."
    code = _code(text, ("The governor", "CONCEPT"), "declared", ("a statewide emergency", "CONCEPT"), nlp)
    assert code is not None and code[:2] == "17"


def test_attacking_a_rival_for_his_words_is_criticism(nlp):
    text = "The mayor attacked his rival for the tweet about the strike."
    assert _code(text, ("The mayor", "CONCEPT"), "attacked", ("his rival", "CONCEPT"), nlp) == "111"


def test_an_official_who_attacks_keeps_the_default(nlp):
    # a minister is no private person: no assault read off the actor
    text = "The Kenyan defence minister attacked the rebel camp on Tuesday."
    code = _code(text, ("The Kenyan defence minister", "CONCEPT"), "attacked", ("the rebel camp", "CONCEPT"), nlp)
    assert code is not None and code[:2] == "19"


def test_an_obligation_is_no_deed(nlp):
    text = "The union said its members still need to strike against the employers."
    (rel,) = annotate(nlp, text, [(("its members", "CONCEPT"), "strike", ("the employers", "CONCEPT"))])
    assert rel.modality == "hypothetical" and rel.event is None
