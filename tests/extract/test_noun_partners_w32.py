"""An event noun owned by a verb's object: "represented X in her lawsuit against Y" (extract.relations.client_owners).

Expected values come from the text: a lawyer who represents someone in her lawsuit represents the one
who sues; the possessive of a verb of acting for someone stands for its object, not its subject.
"""

from __future__ import annotations

import pytest

from extract.facts import extract_facts
from extract.types import Document

__all__: list[str] = []


def _events(nlp, text: str) -> set[tuple[str, str, str]]:
    """(subject key, predicate lemma, object key) of the relations with an event type."""
    facts = next(iter(extract_facts([Document(id="t", text=text, date="2021-03-04")], nlp=nlp)))
    return {(r.subject.key, r.predicate.lemma, r.object.key) for r in facts.relations if r.event is not None}


@pytest.mark.parametrize(
    ("text", "source", "lemma", "target"),
    [
        ("Lawyer Roberta Kaplan represented E. Jean Carroll in her lawsuit against Donald Trump.",
         "e. jean carroll", "sue", "donald trump"),
        ("Attorney Michael Avenatti represented Stormy Daniels in her lawsuit against Donald Trump.",
         "stormy daniels", "sue", "donald trump"),
        ("Russia supported Syria in its attack on the rebels.", "syria", "attack", "concept:rebel"),
    ],
)
def test_the_objects_event_noun_is_the_objects_act(nlp, text, source, lemma, target):
    found = _events(nlp, text)
    assert (source, lemma, target) in found
    assert not any(s != source and l == lemma and o == target for s, l, o in found)


@pytest.mark.parametrize(
    ("text", "lemma"),
    [
        ("Senator John Smith praised Jane Doe in his speech.", "speech"),  # no patient phrase
        ("Lawyer Mary Jones criticised Tom Brown in her attack on the court.", "attack"),  # not acting for him
    ],
)
def test_other_verbs_and_nouns_without_a_patient_give_the_object_no_act(nlp, text, lemma):
    found = _events(nlp, text)
    assert not any(s in ("jane doe", "tom brown") for s, _, _ in found)


@pytest.mark.parametrize(
    ("text", "mediator", "parties"),
    [
        ("Egypt's mediation between Israel and Hamas continued.", "egypt", ("israel", "hamas")),
        ("Kenya continued its mediation between Sudan and South Sudan.", "kenya", ("sudan", "south sudan")),
        ("Qatar's mediation between the Taliban and the United States succeeded.", "qatar",
         ("taliban", "united states")),
    ],
)
def test_the_owner_of_a_mediation_mediates_with_each_party(nlp, text, mediator, parties):
    found = _events(nlp, text)
    for party in parties:
        assert (mediator, "mediate", party) in found
    assert not any(s in parties and l == "mediate" for s, l, _ in found)  # the parties mediate nothing


def test_a_mediation_with_no_owner_names_no_mediator(nlp):
    found = _events(nlp, "The mediation between Israel and Hamas failed.")
    assert not any(l == "mediate" for _, l, _ in found)
