"""A subject whose label lost the name of its own phrase is no graph edge, wave 19 (:mod:`extract.edge_subjects`).

Invented sentences: the name said whose company, campaign or project it is ("The Acme chemicals company",
"The Smith campaign"); look-alikes keep their edges: a nationality or a country's name ("a U.S.-led coalition",
"Russian officials"), a religious group's adjective ("Catholic bishops"), a date ("Friday's storm").
"""

from __future__ import annotations

import pytest

from extract.facts import extract_document
from extract.quality import edge_doubts
from extract.types import Document


def _doubts(nlp, text, verb):
    relations = extract_document(Document(id="t", text=text, date="2020-01-02"), nlp=nlp).relations
    found = [r for r in relations if r.predicate.lemma == verb]
    assert found, [(r.subject.label, r.predicate.lemma, r.object.label) for r in relations]
    return [edge_doubts(r) for r in found]


@pytest.mark.parametrize("text, verb", [
    ("The Boeing airframe company is also collaborating with NASA on new spacecraft.", "collaborate"),
    ("The Bolsonaro campaign accused Fernando Haddad of spreading lies.", "accuse"),
])
def test_a_subject_that_lost_its_name_is_doubted(nlp, text, verb):
    assert all("lost subject name" in d for d in _doubts(nlp, text, verb))


@pytest.mark.parametrize("text, verb", [
    ("In 2003 a U.S.-led coalition ousted Saddam Hussein.", "oust"),
    ("On Sunday, Catholic bishops criticised Jair Bolsonaro.", "criticise"),
])
def test_a_nationality_or_a_religion_is_no_lost_name(nlp, text, verb):
    assert not any("lost subject name" in d for d in _doubts(nlp, text, verb))
