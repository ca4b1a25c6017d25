"""A verb of force whose object is a measure or an abstract mark is a figure of speech, no attack.

"hit" and "strike" code a use of force (CAMEO 190) by default. Reaching a record, a high or a
balance is no use of force against anyone; hitting a checkpoint or a convoy still is. Every
sentence is invented for the test.
"""

from __future__ import annotations

import pytest

from .helpers import document_facts, event_root

DATE = "2020-03-02"


def _roots(nlp, text: str, lemma: str) -> list:
    facts = document_facts(nlp, text, date=DATE)
    found = [r for r in facts.relations if r.predicate.lemma == lemma]
    assert found, [r.predicate.lemma for r in facts.relations]
    return [event_root(r) for r in found]


@pytest.mark.parametrize("text, lemma", [
    ("Siemens hit record profits in the third quarter, the firm said.", "hit"),
    ("Unilever struck a balance between cost and quality last year.", "strike"),
    ("Toyota hit a milestone of ten million cars sold in May.", "hit"),
])
def test_force_reaching_a_measure_is_no_attack(nlp, text, lemma):
    assert all(root is None for root in _roots(nlp, text, lemma))


@pytest.mark.parametrize("text, lemma", [
    ("The Taliban hit a police checkpoint in Kunduz on Monday.", "hit"),
    ("Rebels struck an army convoy near Goma on Friday.", "strike"),
])
def test_force_against_a_physical_target_stays_an_attack(nlp, text, lemma):
    assert "19" in _roots(nlp, text, lemma)
