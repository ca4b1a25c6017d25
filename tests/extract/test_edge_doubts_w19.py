"""Doubts of wave 19: a subject whose label lost the name of its own phrase (:mod:`extract.edge_subjects`) and a
topic of talk as the object (:mod:`extract.edge_topics`) are no graph edges.

Invented sentences: the name said whose company, campaign or project it is ("The Acme chemicals company",
"The Smith campaign"); look-alikes keep their edges: a nationality or a country's name ("a U.S.-led coalition",
"Russian officials"), a religious group's adjective ("Catholic bishops"), a date ("Friday's storm"). A verb of
telling about a topic with a plain noun object ("details his background", "discussed climate change") names a
topic; with an actor as object or a code of another root ("described the attacks as dastardly" 111) it stays.
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


@pytest.mark.parametrize("text, verb", [
    ("In the interview, Senator Maria Gomez details her background and her plans for the state.", "detail"),
    ("A witness, Tom Baker, described thick black smoke and loud explosions.", "describe"),
    ("With reporters, Mayor Ana Silva discussed climate change and public transport.", "discuss"),
])
def test_a_topic_of_talk_is_doubted(nlp, text, verb):
    assert all("talk topic" in d for d in _doubts(nlp, text, verb))


@pytest.mark.parametrize("text, verb", [
    ("President Rodrigo Duterte described the bombings as cowardly acts of terrorism.", "describe"),
    ("The senator described Joe Biden as a decent man.", "describe"),
])
def test_an_evaluation_or_an_actor_is_no_topic(nlp, text, verb):
    assert not any("talk topic" in d for d in _doubts(nlp, text, verb))
