"""Phrasal event verbs whose particle is followed by the target's preposition: "cracked down on protesters".

Invented sentences, the real spaCy pipeline.
"""

from __future__ import annotations

import pytest

from extract.facts import extract_facts
from extract.types import Document


def edges(nlp, text):
    """(subject key, predicate lemma, object key) -> relation."""
    [found] = extract_facts([Document(id="d", text=text, date="2021-03-04")], nlp=nlp)
    return {(r.subject.key, r.predicate.lemma, r.object.key): r for r in found.relations}


@pytest.mark.parametrize(
    ("text", "edge", "code"),
    [
        # "crack down" is CAMEO 170 (coerce); both sides are generic actors
        ("Chinese police cracked down on protesters.", ("actor:chncop", "crack down", "concept:protester"), "170"),
        # the place after the target is no target
        ("Kenyan police cracked down on demonstrators in Nairobi.",
         ("actor:kencop", "crack down", "concept:demonstrator"), "170"),
        # a named subject, a generic target
        ("China cracked down on protesters.", ("china", "crack down", "concept:protester"), "170"),
        # "clamp" + DOWN is a CAMEO pattern (173), though "clamp down" is in no event table
        ("Chinese police clamped down on protesters.", ("actor:chncop", "clamp down", "concept:protester"), "173"),
        # "reach out" has a hand row (040, making contact), which beats the particle's pattern OUT TO (020)
        ("Russian officials reached out to Ukrainian diplomats.", ("actor:rusgov", "reach out", "actor:ukrgov"), "040"),
    ],
)
def test_particle_preposition_target(nlp, text, edge, code):
    found = edges(nlp, text)
    assert edge in found, sorted(found)
    assert found[edge].event is not None and found[edge].event.code == code


@pytest.mark.parametrize(
    ("text", "predicate"),
    [
        # a thing or a date after the particle's preposition is no target
        ("Police cracked down on corruption on Friday.", "crack down"),
        ("The minister stepped down on Friday.", "step down"),
        # a preposition apart from the particle is not the phrase's: "in Nairobi" is where
        ("Kenyan police cracked down in Nairobi.", "crack down"),
    ],
)
def test_no_target_without_actor_after_particle(nlp, text, predicate):
    found = edges(nlp, text)
    assert not [key for key in found if key[1] == predicate and key[2].startswith(("concept:", "actor:"))], sorted(found)
    assert not [key for key in found if key[1] == predicate and key[2] in ("corruption", "friday")], sorted(found)


def test_a_news_medium_reaching_out_is_sourcing_not_an_edge(nlp):
    from extract.quality import is_edge

    found = edges(nlp, "Wikinews reached out to Richard Stallman for comment.")
    reached = [r for (s, lemma, o), r in found.items() if lemma == "reach out"]
    assert reached and not any(is_edge(r) for r in reached)
