"""it / they / plural descriptions resolve only to an entity of their number and kind, else stay unresolved
(extract/coref.py, extract/coref_expletive.py, extract/coref_plural.py, extract/coref_sources.py).

Invented sentences through the real pipeline: each class of the pronoun rules, with a control where the
same shape does have a named referent, so that a rule that fires everywhere fails too.
"""

from __future__ import annotations

import pytest

from extract.coref_expletive import is_expletive
from tests.extract.test_pronoun_agreement import resolved


# --- expletive and weather "it": no referent, whatever was named before ---------------------------------

@pytest.mark.parametrize("text", [
    "The Red Cross flew in doctors. It snowed heavily on Monday.",  # weather
    "Acme Steel opened a new plant in Ohio on Monday. It rained all day.",
    "The Red Cross flew in doctors. It was 10 p.m. when the plane landed.",  # a time of day
    "The Coast Guard launched a search on Monday. It was midnight.",
    "The London Fire Brigade sent ten engines to the warehouse. It took five hours to put out the blaze.",
    "The Senate passed the budget on Friday. It came after weeks of talks.",  # a happening
    "Ford Motor Company announced the recall on Monday. It comes amid a wave of complaints.",
    "The World Bank cut its forecast. It remains unclear whether growth will recover.",  # extraposition
])
def test_an_empty_it_is_not_resolved(nlp, text):
    assert resolved(nlp, text, "It") == ()


@pytest.mark.parametrize(("text", "key"), [
    ("Acme Steel opened a new plant in Ohio on Monday. It hired 300 workers.", "acme steel"),
    ("Ford Motor Company announced the recall on Monday. It comes with a new warranty.", "ford motor company"),
])
def test_the_same_shapes_with_a_referent_resolve(nlp, text, key):
    assert resolved(nlp, text, "It") == (key,)


def test_is_expletive_reads_only_it_as_a_subject(nlp):
    doc = nlp("It rained. They rained blows on him. The storm hit it.")
    marks = {t.i: is_expletive(t) for t in doc if t.lower_ in ("it", "they")}
    assert list(marks.values()) == [True, False, False]


# --- "it" and "they" inside a direct quotation: not the last named entity -------------------------------

@pytest.mark.parametrize(("text", "word"), [
    ('Apple sued Samsung on Monday. "They copied our phones," Tim Cook said.', "They"),
    ('The Red Cross sent aid to Gaza. "It is not enough," the mayor said.', "It"),
])
def test_a_quoted_it_or_they_is_not_the_last_name(nlp, text, word):
    assert resolved(nlp, text, word) == ()


# --- "they": a group of people, not the organisation named before -----------------------------------------

def test_a_counted_group_is_their_antecedent(nlp):
    text = "The Royal Society published a survey on Monday. 84% of surveyed adults did not wash their hands."
    assert resolved(nlp, text, "their") == ()


@pytest.mark.parametrize("text", [
    "Hundreds of protesters gathered outside the Ministry of Health. They demanded higher wages.",
    "Police arrested two men from Acme Holdings on Monday. They were charged with fraud.",
    "Workers at Acme Holdings walked out on Monday, saying they had not been paid.",
])
def test_a_group_of_people_is_nearer_than_the_organisation(nlp, text):
    word = "they" if " they " in text else "They"
    assert resolved(nlp, text, word) == ()


def test_persons_named_after_an_organisation_leave_they_unresolved(nlp):
    text = ("The Nobel Committee announced the prize on Tuesday. Anna Berg won it, with Tom Lee. "
            "They will share the money.")
    assert resolved(nlp, text, "They") == ()


def test_an_organisation_alone_may_be_they(nlp):
    text = "The Nobel Committee announced the prize on Tuesday. They will hand it over in December."
    assert resolved(nlp, text, "They") == ("nobel committee",)


@pytest.mark.parametrize("text", [
    "According to Reuters, the police surrounded the man, aiming at him with their guns.",
    "According to the BBC, the army opened fire on the crowd.  They said it was self-defence.",
])
def test_a_cited_source_is_not_they(nlp, text):
    word = "their" if "their" in text else "They"
    assert resolved(nlp, text, word) == ()


def test_a_participle_clause_takes_its_main_clause_subject(nlp):
    assert resolved(nlp, "Shell sold the oilfield to Total, citing its losses in the region.", "its") == ("shell",)


# --- "they" after a coordinated pair ------------------------------------------------------------------------

def test_they_after_a_pair_with_appositions_is_the_pair(nlp):
    text = ("Maria Lopez, the mayor's chief of staff, and Paul Brandt, the director of the Port Authority of "
            "New York and New Jersey, were convicted for their actions.")
    assert resolved(nlp, text, "their") == ("maria lopez", "paul brandt")


def test_they_after_two_parties_is_both(nlp):
    text = "The Democratic Party and the Green Party formed a coalition. They agreed on a budget."
    assert resolved(nlp, text, "They") == ("democratic party", "green party")


# --- plural descriptions ------------------------------------------------------------------------------------

def test_the_two_countries_are_the_pair_named(nlp):
    text = "Turkey and Greece had poor relations, but the two countries agreed to talk on Friday."
    assert resolved(nlp, text, "the two countries") == ("turkey", "greece")


@pytest.mark.parametrize("noun", ["Both sides", "Both countries"])
def test_both_sides_after_a_pair_are_the_pair(nlp, noun):
    text = f"Russia and Ukraine met in Geneva. {noun} agreed to a ceasefire."
    assert resolved(nlp, text, noun) == ("russia", "ukraine")


def test_the_officials_name_no_entity(nlp):
    assert resolved(nlp, "Germany expelled two Russian diplomats. The officials left on Monday.", "The officials") == ()


# --- number and kind ---------------------------------------------------------------------------------------

def test_they_is_not_a_city(nlp):
    assert resolved(nlp, "Paris hosted the summit on Monday. They said the talks went well.", "They") == ()


@pytest.mark.parametrize("text", [
    "The Labour Party won the seat by 70%, and since the seat's creation in 1984, it has been held by Labour.",
    "Acme Steel won the contract in 2010, and since the factory's opening in 1950, it has made steel.",
])
def test_a_fronted_possessor_is_nearer_than_the_name(nlp, text):
    assert resolved(nlp, text, "it") == ()


def test_a_law_the_entities_leave_out_competes_for_it(nlp):
    text = ("Congress debated the plan for months. The Affordable Care Act passed in 2010, and it requires "
            "insurers to cover everyone.")
    assert resolved(nlp, text, "it") == ()


@pytest.mark.parametrize("text", [
    "Ana Ruiz provided the BBC with her plan on Monday. It would double the budget.",
    "Ana Ruiz spoke to CNN on Monday. It would double the budget, she said.",
])
def test_the_interviewer_is_not_it(nlp, text):
    assert resolved(nlp, text, "It") == ()


def test_a_medium_that_acts_may_be_it(nlp):
    text = "The BBC cut 450 jobs on Monday. It said the cuts would save money."
    assert resolved(nlp, text, "It") == ("bbc",)
