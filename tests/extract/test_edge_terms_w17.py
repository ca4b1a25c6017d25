"""Edges an analyst keeps, wave 17: a term cut before its "of" phrase, a noun read as a possessor's name.

Invented sentences, each class with one of the same shape that must stay as it was:

- a fixed term with an "of" phrase (``data/of_compounds.txt``: "a state of emergency",
  "weapons of mass destruction", "a vote of no confidence in X") is one concept; "the state of
  the economy" is still "state";
- a noun right before a name that possesses the next noun ("told reporters Novak's condition
  was ...") is its own argument, not the name; "regime ally Russia" still names Russia.
"""

from __future__ import annotations

import pytest

from extract.facts import extract_document
from extract.relations.of_compounds import of_terms
from extract.types import Document


def _relations(nlp, text):
    return extract_document(Document(id="t", text=text, date="2020-01-02"), nlp=nlp).relations


def _objects(nlp, text, predicate):
    relations = _relations(nlp, text)
    found = [r.object.label for r in relations if r.predicate.lemma == predicate]
    assert found, [(r.subject.label, r.predicate.lemma, r.object.label) for r in relations]
    return found


def test_the_terms_are_lower_case_with_of():
    terms = of_terms()
    assert "state of emergency" in terms and "weapon of mass destruction" in terms
    assert all(term == term.casefold() and " of " in term for term in terms)


@pytest.mark.parametrize("text, predicate, label", [
    ("The governor of Chile, Ana Rojas, declared a state of emergency on Friday.", "declare", "state of emergency"),
    ("President Okafor declared a state of siege in the northern provinces.", "declare", "state of siege"),
    ("Parliament held a vote of no confidence in the prime minister.", "hold", "vote of no confidence"),
])
def test_a_fixed_term_keeps_its_of_phrase(nlp, text, predicate, label):
    assert label in _objects(nlp, text, predicate)


def test_the_span_of_a_fixed_term_runs_to_its_end(nlp):
    text = "The governor of Chile, Ana Rojas, declared a state of emergency on Friday."
    found = [r for r in _relations(nlp, text) if r.predicate.lemma == "declare"]
    assert found and found[0].object.text == "a state of emergency"


def test_a_free_of_phrase_is_no_term(nlp):
    labels = _objects(nlp, "The finance minister of Ghana criticised the state of the economy.", "criticise")
    assert "state" in labels and not any(" of " in label for label in labels)


def test_a_noun_before_a_possessor_name_is_no_name(nlp):
    text = "Mayor Petra Novak was stabbed on Sunday. Governor Jan Kral told reporters Novak's condition was very difficult."
    objects = [r.object.label for r in _relations(nlp, text) if r.predicate.lemma == "tell"]
    assert not any("Novak" in label for label in objects)


def test_a_noun_before_a_name_still_names_it(nlp):
    labels = _objects(nlp, "The rebels attacked regime ally Russia's embassy. Syria thanked regime ally Russia.", "thank")
    assert "Russia" in labels
