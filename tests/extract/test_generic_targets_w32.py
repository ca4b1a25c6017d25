"""Generic people nouns as actors: "locals", "bystanders", "shoppers" are civilians; "opponents" stay uncoded.

Invented sentences and corpus-like ones, the real spaCy pipeline.
"""

from __future__ import annotations

import pytest

from extract.facts import extract_facts
from extract.types import Document


def relations(nlp, text):
    [found] = extract_facts([Document(id="d", text=text, date="2021-03-04")], nlp=nlp)
    return found.relations


def object_code(nlp, text, lemma):
    """The actor code of the object of the first relation with predicate ``lemma``."""
    return next(r.object.actor_code for r in relations(nlp, text) if r.predicate.lemma == lemma)


@pytest.mark.parametrize(
    ("text", "lemma", "code"),
    [
        # locals of a named place are its civilians
        ("The governor urged vigilant locals in Jolo, Philippines to assist authorities.", "urge", "PHLCVL"),
        ("Police in Manila arrested several locals on Monday.", "arrest", "PHLCVL"),
        # bystanders, shoppers, commuters are civilians of the place they are in
        ("Police in Nairobi fired tear gas at shoppers on Monday.", "fire", "KENCVL"),
        ("A gunman shot two bystanders in Lagos, Nigeria.", "shoot", "NGACVL"),
        ("Soldiers attacked commuters in Yangon, Myanmar.", "attack", "MMRCVL"),
        # no place named: the role alone, never a guessed country
        ("The mayor warned locals about the flood.", "warn", "CVL"),
    ],
)
def test_generic_people_nouns_are_coded(nlp, text, lemma, code):
    assert object_code(nlp, text, lemma) == code


@pytest.mark.parametrize(
    ("text", "lemma"),
    [
        # opponents are rival candidates as often as the opposition: no role
        ("The senator accused his opponents of lying.", "accuse"),
        # "local" as an adjective makes no civilians
        ("Police in Manila arrested the local leader.", "arrest"),
    ],
)
def test_opponents_and_adjective_stay_uncoded(nlp, text, lemma):
    found = [r for r in relations(nlp, text) if r.predicate.lemma == lemma]
    assert found
    assert all(r.object.actor_code is None for r in found)
