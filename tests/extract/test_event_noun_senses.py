"""Event nouns in their event sense, and a possessive pronoun as their agent.

Invented sentences run through ``extract_document``:

- ``extract/relations/pronoun_agents.py``: "his"/"its"/"their" resolved to one actor is the agent
  of an event noun that names its patient in a phrase of its own; alone it may be the patient;
- ``extract/relations/event_noun_senses.py`` and ``data/event_noun_senses.tsv``: "release",
  "treatment", "rescue" ... are their event only with the patient or modifier the table asks.
"""

from __future__ import annotations

from functools import partial

import pytest

from .helpers import event_root, text_relations

__all__: list[str] = []

_relations = partial(text_relations, date="2021-03-04")


def _typed(relations, lemma: str) -> list:
    """(subject key, object text, root) of the relations of ``lemma`` with an event type."""
    return [(r.subject.key, r.object.text, event_root(r)) for r in relations
            if r.predicate.lemma == lemma and r.event is not None]


@pytest.mark.parametrize(
    "text, lemma, subject, obj, root",
    [
        ("General Ortega ruled Veloria for a decade. He was feared for his brutal treatment of dissidents.",
         "repress", "ortega", "dissidents", "17"),
        ("Canada's release of the two Chinese fishermen ended the standoff.", "release", "canada", "fishermen", "08"),
        ("President Alvarez's pardon of Carlos Mendez angered the opposition.", "pardon", "alvarez", "Mendez", "08"),
    ],
)
def test_an_event_noun_with_an_actor_agent_is_the_agents_act(nlp, text, lemma, subject, obj, root):
    found = _typed(_relations(nlp, text), lemma)
    assert any(subject in key and obj in o and r == root for key, o, r in found), found


def test_a_resolved_possessive_pronoun_is_the_agent_when_the_patient_is_named(nlp):
    rels = _relations(nlp, "Iceland protested on Monday. Its condemnation of the Danish whaling fleet was sharp.")
    found = _typed(rels, "condemn")
    assert any("iceland" in key and "whaling fleet" in o and r == "11" for key, o, r in found), found


def test_a_possessive_pronoun_alone_is_no_agent(nlp):
    # "its capture by the rebels": the town was captured, the pronoun is no agent
    rels = _relations(nlp, "Mosul was held by the army. Its capture by the rebels came in June.")
    assert not [k for k, _o, _r in _typed(rels, "capture") if "mosul" in k]


@pytest.mark.parametrize(
    "text, lemma",
    [
        ("Sony's release of the new album was delayed until May.", "release"),
        ("Norway's release of the annual report drew little attention.", "release"),
        ("Dr Laine's treatment of cancer patients won praise.", "repress"),
        ("Germany's rescue of the banking sector cost billions.", "rescue"),
    ],
)
def test_an_event_noun_in_another_sense_is_no_event(nlp, text, lemma):
    assert not _typed(_relations(nlp, text), lemma)


def test_a_listed_patient_relates_to_an_actor_agent(nlp):
    # hostages are what a release frees: the rebels (an actor) released them
    rels = _relations(nlp, "The government welcomed the release of 14 hostages by the rebels.")
    found = _typed(rels, "release")
    assert any("hostages" in o and r == "08" for _k, o, r in found), found


def test_a_pronoun_with_a_rival_antecedent_between_acts_for_no_one(nlp):
    # "his" may be Senator Hale's: the subject is not taken for it
    rels = _relations(nlp, "Maria Lopez praised Senator Tom Hale for his condemnation of the Veloria junta.")
    assert not [k for k, _o, _r in _typed(rels, "condemn") if "lopez" in k]
