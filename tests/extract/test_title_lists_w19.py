"""Titles stacked before a name are no actors of their own, wave 19 (:mod:`extract.relations.title_lists`).

Invented sentences, each class with a look-alike that must stay as it was:

- bare titles coordinated before a titled name ("journalist, author and broadcaster X") give no relation of
  their own, and the name keeps its acts; a real list of actors (an article, a plural, a body of people)
  keeps every member;
- a title noun the parser tagged as a verb before a name ("systems engineer X") gives no relation.
"""

from __future__ import annotations

import pytest

from extract.facts import extract_document
from extract.types import Document


def _triples(nlp, text):
    relations = extract_document(Document(id="t", text=text, date="2020-01-02"), nlp=nlp).relations
    return {(r.subject.label, r.predicate.lemma, r.object.label) for r in relations}


@pytest.mark.parametrize("text, titles, name, verb", [
    ("United States radio personality, television host, and philanthropist Don Imus died on Friday at the "
     "Memorial Hospital in Dallas.", ("radio personality", "television host"), "Don Imus", "die"),
    ("Former footballer and television pundit Gary Lindsay met Prime Minister Boris Johnson in London.",
     ("footballer", "pundit"), "Gary Lindsay", "meet"),
])
def test_titles_before_a_name_are_no_subjects(nlp, text, titles, name, verb):
    triples = _triples(nlp, text)
    assert not any(any(t in s for t in titles) for s, _, _ in triples), triples
    assert any(s == name and p == verb for s, p, _ in triples), triples


def test_titles_before_a_name_are_no_objects(nlp):
    triples = _triples(nlp, "Police questioned economist and former adviser Jeffrey Sachs about the leaked report.")
    assert not any("economist" in o for _, _, o in triples), triples
    assert any(s.casefold() == "police" and p == "question" and o == "Jeffrey Sachs" for s, p, o in triples), triples


def test_a_body_of_people_beside_a_titled_name_stays(nlp):
    triples = _triples(nlp, "Police and Mayor Jane Castor urged residents of Tampa to stay indoors.")
    assert any(s.casefold() == "police" and p == "urge" for s, p, _ in triples), triples
    assert any(s == "Jane Castor" and p == "urge" for s, p, _ in triples), triples


def test_a_title_read_as_a_verb_gives_no_relation(nlp):
    triples = _triples(nlp, "Amateur researcher and systems engineer Yutaka Iwasaki of Kobe, Japan came across "
                            "military records.")
    assert not any(p == "engineer" for _, p, _ in triples), triples
