"""A list of three or more names as one antecedent (extract/coref_lists.py).

Invented news sentences through the real pipeline: "they", "them", "their", "the three countries" and "all three"
after "A, B and C" (an Oxford comma, an apposed first name) take the whole list, and every name of it becomes a
source of the relation; a list of places after "in", a list with a conjunct that is no name, a list longer than
the walk's cap and "the three" alone stay unresolved.
"""

from __future__ import annotations

import time

import pytest

from tests.extract.helpers import text_relations
from tests.extract.test_pronoun_agreement import resolved

DATE = "2020-06-01"


@pytest.mark.parametrize("text, word, keys", [
    ("Spain, Portugal and Greece rejected the budget on Tuesday. They demanded more money for farmers.",
     "They", {"spain", "portugal", "greece"}),
    ("Kenya, Rwanda, and Ethiopia signed a trade deal in Nairobi. They said it would lower tariffs.",
     "They", {"kenya", "rwanda", "ethiopia"}),
    ("Norway, Denmark, Iceland and Finland signed the fishing accord. They will meet again in June.",
     "They", {"norway", "denmark", "iceland", "finland"}),
])
def test_they_takes_the_whole_list(nlp, text, word, keys):
    assert set(resolved(nlp, text, word)) == keys


@pytest.mark.parametrize("text, word, keys", [
    ("Ghana, Togo and Benin agreed to build a coastal railway. The three countries will share the cost.",
     "The three countries", {"ghana", "togo", "benin"}),
    ("Vietnam, Laos and Cambodia resumed talks on the Mekong on Friday. All three said progress had been made.",
     "three", {"vietnam", "laos", "cambodia"}),
])
def test_a_counted_description_takes_a_list_of_that_many(nlp, text, word, keys):
    assert set(resolved(nlp, text, word)) == keys


@pytest.mark.parametrize("text, word", [
    ("The choir sang in Madrid, Seville and Valencia last week. They were sold out.", "They"),
    ("Police detained two men and a woman in Porto, Braga and Faro on Monday. The three were charged with theft.", "three"),
    ("Ghana, Togo and Benin agreed to build a railway. The four countries will share the cost.", "The four countries"),
])
def test_look_alikes_stay_unresolved(nlp, text, word):
    assert resolved(nlp, text, word) == ()


def test_a_list_with_an_unnamed_conjunct_is_not_cut_to_its_names(nlp):
    text = "Spain, Portugal and other countries rejected the budget. They demanded more money for farmers."
    assert set(resolved(nlp, text, "They")) != {"spain", "portugal"}


def test_a_list_longer_than_the_cap_is_no_antecedent(nlp):
    names = ["Spain", "Portugal", "Greece", "Italy", "Malta", "Cyprus", "Croatia", "Slovenia", "Austria", "Hungary"]
    text = ", ".join(names[:-1]) + " and " + names[-1] + " rejected the budget. They demanded more money."
    assert resolved(nlp, text, "They") == ()


def test_every_name_of_the_list_is_a_source(nlp):
    text = "Spain, Portugal and Greece met in Rome on Monday. They all criticised Turkey."
    found = [r for r in text_relations(nlp, text, date=DATE) if r.predicate.lemma == "criticise"]
    assert {(r.subject.label, r.object.label) for r in found} == {
        ("Spain", "Turkey"), ("Portugal", "Turkey"), ("Greece", "Turkey")}


def test_a_long_coordination_stays_linear(nlp):
    names = ["Spain", "Portugal", "Greece", "Italy", "Malta", "Cyprus"] * 300
    text = ", ".join(names) + " and Austria met. They all criticised Turkey."
    start = time.perf_counter()
    resolved(nlp, text, "They")
    assert time.perf_counter() - start < 60
