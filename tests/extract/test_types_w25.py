"""Entity types of recurring tagger confusions (round w25): a company's plural head word, a one-word award, a
company's branch named with a country, parties named by a plural, a courtesy title, a court's sentence, a
mine or an oilfield named before its noun; and the look-alikes each rule must leave alone.

Invented sentences through the real pipeline (the tagger's own names), and the pure helpers on word lists.
"""

from __future__ import annotations

import pytest

from extract.brand_countries import country_tail
from extract.lexicon import get_lexicon
from extract.party_names import party_shape

from .helpers import named_types


def test_a_company_named_with_a_plural_business_head_is_an_organisation(nlp):
    got = named_types(nlp, "Divers from Blue Reef Expeditions filmed the sharks off the coast last week.")
    assert got.get("Blue Reef Expeditions") == "ORG"


def test_a_one_word_award_after_a_determiner_is_no_node(nlp):
    got = named_types(nlp, "The singer was nominated for the Oscar in 1961 for her role in a comedy.")
    assert "Oscar" not in got


def test_a_given_name_that_is_also_an_award_stays_a_person(nlp):
    got = named_types(nlp, "Oscar Quintero said the harbour would reopen on Monday.")
    assert got.get("Oscar Quintero") == "PERSON"


@pytest.mark.parametrize("text, party", [
    ("The Social Democrats won the election with 26 percent of the vote.", "Social Democrats"),
    ("The Free Democrats walked out of the coalition talks on Sunday night.", "Free Democrats"),
])
def test_a_party_named_by_a_modifier_and_a_plural_is_one_organisation(nlp, text, party):
    got = named_types(nlp, text)
    assert got.get(party) == "ORG"
    assert "Democratic Party" not in got  # not the United States' party


def test_the_greens_are_a_party(nlp):
    got = named_types(nlp, "The Greens lost two seats in the state election, the commission said.")
    assert got.get("Greens") == "ORG"


def test_a_state_before_democrats_names_the_party_members(nlp):
    got = named_types(nlp, "Iowa Democrats held their caucuses on Monday night.")
    assert "Iowa Democrats" not in got
    assert got.get("Democratic Party") == "ORG"


def test_a_party_plural_is_the_party_the_article_names(nlp):
    got = named_types(nlp, "The Liberal Party lost the vote on Tuesday. Since leaving the Liberals in March, "
                           "Hanna Tegel has sat as an independent.")
    assert got.get("Liberals") == "ORG"
    assert got.get("Liberal Party") == "ORG"


def test_a_courtesy_title_makes_a_person_whatever_noun_follows(nlp):
    got = named_types(nlp, "Mr Varkonyi's group bought the port in 2015 for $2 billion.")
    assert got.get("Varkonyi") == "PERSON"


def test_one_a_court_sentences_is_a_person(nlp):
    got = named_types(nlp, "Crystal Ardmore was sentenced to twenty years in prison in 2008.")
    assert got.get("Crystal Ardmore") == "PERSON"


def test_a_mine_named_before_its_noun_is_a_facility(nlp):
    got = named_types(nlp, "Protesters blocked the road to the Tarnhold mine, and Tarnhold stopped production.")
    assert got.get("Tarnhold") == "FAC"


def test_a_country_before_a_pipeline_stays_the_country(nlp):
    got = named_types(nlp, "Engineers inspected the Ukraine pipeline after the blast on Friday.")
    assert got.get("Ukraine") == "GPE"


def test_a_known_company_with_a_country_is_an_organisation(nlp):
    got = named_types(nlp, "Investigators raided the offices of Netflix Ireland on Tuesday.")
    assert got.get("Netflix Ireland") == "ORG"


def test_a_region_before_a_country_stays_a_place(nlp):
    got = named_types(nlp, "Heavy storms hit Northern Ireland and South Korea on Tuesday.")
    assert got.get("Northern Ireland") == "GPE"
    assert got.get("South Korea") == "GPE"


def test_country_tail_finds_the_longest_country_at_the_end():
    countries = {"USA", "New Zealand", "Zealand"}
    assert country_tail(["Mazars", "USA"], countries.__contains__) == 1
    assert country_tail(["Air", "New", "Zealand"], countries.__contains__) == 1
    assert country_tail(["Netflix"], countries.__contains__) is None


def test_party_shape_reads_the_word_lists():
    lexicon = get_lexicon()
    plurals, modifiers = lexicon.tables["party_plurals"], lexicon.word_sets["party_modifiers"]
    assert party_shape(["Christian", "Democrats"], plurals, modifiers)
    assert not party_shape(["Senate", "Democrats"], plurals, modifiers)
    assert not party_shape(["Democrats"], plurals, modifiers)  # a lone "Democrats" is left to party_words
    assert not party_shape(["greens"], plurals, modifiers)
