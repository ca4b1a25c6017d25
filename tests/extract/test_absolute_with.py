"""A trailing participle after an absolute "with" phrase is the phrase's noun's act, never the clause's
subject's ("had the most deaths, with the next country, the United Kingdom, reporting 37,542").

Invented sentences through the real spaCy pipeline.
"""

from __future__ import annotations

from .helpers import text_relations


def doers(nlp, text, lemma):
    """The subject texts of the relations of a predicate lemma."""
    relations = text_relations(nlp, text, date="2020-05-27")
    return {r.subject.text for r in relations if r.predicate.lemma == lemma}


def test_a_participle_after_a_with_phrase_and_its_apposition_is_not_the_subjects(nlp):
    text = ("Brazil had the most cases in the region, with the next country, Peru, "
            "reporting 12,000 cases on Tuesday.")
    assert "Brazil" not in doers(nlp, text, "report")


def test_a_plain_trailing_participle_keeps_the_clauses_subject(nlp):
    text = "Rebels shelled the town on Monday, killing four civilians."
    assert doers(nlp, text, "kill") == {"Rebels"}
