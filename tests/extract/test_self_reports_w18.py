"""The reporter of its own act (extract/coref_reporters.py, extract/relations/self_reports.py).

Invented news sentences through the real pipeline: in "X said it/they did Y" the subject pronoun of the
reported clause is the reporter X when the two agree, so the clause's relation has X as its subject, the
pronoun in ``resolved_from`` and the event and actor code X's noun gives; an empty "it", a copula, a
pronoun that does not agree and a rival noun before it leave the pronoun alone.
"""

from __future__ import annotations

import pytest

from tests.extract.helpers import text_relations

DATE = "2020-06-01"


def _of(nlp, text: str, lemma: str) -> list:
    return [r for r in text_relations(nlp, text, date=DATE) if r.predicate.lemma == lemma]


def test_police_said_they_is_the_police(nlp):
    found = _of(nlp, "Police said they had detained two suspects in Nairobi.", "detain")
    assert [(r.subject.label, r.subject.resolved_from) for r in found] == [("police", "they")]
    assert found[0].event is not None and found[0].event.root == "17"


def test_the_army_said_it_is_the_army_with_its_code(nlp):
    found = _of(nlp, "The army said it had killed four militants near the border.", "kill")
    assert [(r.subject.label, r.subject.resolved_from) for r in found] == [("army", "it")]
    assert found[0].event is not None and found[0].event.root in ("18", "19")
    assert (found[0].subject.actor_code or "").endswith("MIL")


def test_a_nested_report_takes_its_own_reporter(nlp):
    found = _of(nlp, "The ministry said the rebels claimed they had captured two soldiers.", "capture")
    assert found and all("ministry" not in r.subject.label for r in found)
    assert any(r.subject.label == "rebel" and r.subject.resolved_from == "they" for r in found)


@pytest.mark.parametrize("text, lemma", [
    ("The ministry said it would take months to repair the bridge.", "repair"),  # empty "it"
    ("The army said they had shot two soldiers.", "shoot"),  # "they" does not agree with "the army"
    ("Two men were detained on Friday. Police said they had stolen a lorry.", "steal"),  # the men
    ("The army told the residents they must leave the village.", "leave"),  # the residents
    ("The woman said he had hit her with a bottle.", "hit"),  # "he" is not the woman
])
def test_no_reporter_where_the_pronoun_is_someone_else(nlp, text, lemma):
    reporters = ("ministry", "army", "police", "woman")
    assert not [r for r in _of(nlp, text, lemma) if r.subject.label in reporters]


def test_a_copula_says_what_it_is_not_the_reporter(nlp):
    relations = text_relations(nlp, "The government said it was a terrorist attack.", date=DATE)
    assert not [r for r in relations if r.subject.label == "government" and r.predicate.lemma == "is a"]


def test_a_named_reporter_stays_coreference_s(nlp):
    found = _of(nlp, "Russia said it had expelled two British diplomats.", "expel")
    assert [r.subject.label for r in found] == ["Russia"]
