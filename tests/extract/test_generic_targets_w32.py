"""Generic people nouns as actors: "locals" are civilians, a ruler's "opponents" the opposition.

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
        # no place named: the role alone, never a guessed country
        ("The mayor warned locals about the flood.", "warn", "CVL"),
        # a ruler's opponents are the opposition of his country
        ("Mugabe jailed his opponents in Harare.", "jail", "ZWEOPP"),
        ("Soldiers beat opponents of the government in Yangon, Myanmar.", "beat", "MMROPP"),
    ],
)
def test_generic_people_nouns_are_coded(nlp, text, lemma, code):
    assert object_code(nlp, text, lemma) == code


@pytest.mark.parametrize(
    ("text", "lemma"),
    [
        # the singular is a rival candidate, not the opposition
        ("The senator criticised his opponent in the race.", "criticise"),
        # "local" as an adjective is no actor
        ("The company praised the local economy.", "praise"),
    ],
)
def test_singular_and_adjective_stay_uncoded(nlp, text, lemma):
    found = [r for r in relations(nlp, text) if r.predicate.lemma == lemma]
    assert all(r.object.actor_code is None or not r.object.actor_code.endswith(("OPP", "CVL")) for r in found)
