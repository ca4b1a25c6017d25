"""Doubts of wave 19: a subject whose label lost the name of its own phrase (:mod:`extract.edge_subjects`) and a
topic of talk as the object (:mod:`extract.edge_topics`) are no graph edges.

Invented sentences: the name said whose company, campaign or project it is ("The Acme chemicals company",
"The Smith campaign"); look-alikes keep their edges: a nationality or a country's name ("a U.S.-led coalition",
"Russian officials"), a religious group's adjective ("Catholic bishops"), a date ("Friday's storm"). A verb of
telling about a topic with a plain noun object ("details his background", "discussed climate change") names a
topic; with an actor as object or a code of another root ("described the attacks as dastardly" 111) it stays.
"news" and "discovery" as objects point at an event told elsewhere (``data/edge_doubts.tsv``, ``shell_noun``).
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


@pytest.mark.parametrize("text, verb, doubt, expected", [
    ("The Boeing airframe company is also collaborating with NASA on new spacecraft.", "collaborate",
     "lost subject name", True),
    ("The Bolsonaro campaign accused Fernando Haddad of spreading lies.", "accuse", "lost subject name", True),
    ("In 2003 a U.S.-led coalition ousted Saddam Hussein.", "oust", "lost subject name", False),
    ("On Sunday, Catholic bishops criticised Jair Bolsonaro.", "criticise", "lost subject name", False),
    ("In the interview, Senator Maria Gomez details her background and her plans for the state.", "detail",
     "talk topic", True),
    ("A witness, Tom Baker, described thick black smoke and loud explosions.", "describe", "talk topic", True),
    ("With reporters, Mayor Ana Silva discussed climate change and public transport.", "discuss", "talk topic", True),
    ("President Rodrigo Duterte described the bombings as cowardly acts of terrorism.", "describe", "talk topic",
     False),
    ("The senator described Joe Biden as a decent man.", "describe", "talk topic", False),
    ("The Chilean Navy confirmed the discovery on Monday.", "confirm", "shell object", True),
    ("Sony Music confirmed the news on Friday.", "confirm", "shell object", True),
])
def test_doubt_of_each_relation_of_the_verb(nlp, text, verb, doubt, expected):
    found = [doubt in d for d in _doubts(nlp, text, verb)]
    assert (all(found) if expected else not any(found)), (text, found)
