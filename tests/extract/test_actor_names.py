"""Actor codes for named people and groups from a party membership the text states (issue 11):
a party word right before a legislator's or an office's title names the country
("Republican senator X" ``USALEG``, "the city's Democratic mayor X" ``USAGOV``).

Each sentence and name is invented for the test; the expected codes come from its words: the
party word's country (``data/party_countries.tsv``) and the title's role in the agents file.
"""

from __future__ import annotations

from functools import partial

import pytest

from extract.actors import actor_code
from extract.actors.parties import party_country, party_title
from extract.lexicon import get_lexicon

from .helpers import relation_of


@pytest.fixture(scope="module")
def lexicon():
    return get_lexicon()


_relation = partial(relation_of, date="2021-06-01")


@pytest.mark.parametrize("text, expected", [
    ("Republican senator Jane Roe", ("USA", "LEG")),
    ("the city's Democratic mayor Jane Roe", ("USA", "GOV")),
    ("Democratic Party senator Jane Roe", ("USA", "LEG")),
    ("GOP lawmakers", ("USA", "LEG")),
])
def test_a_party_word_before_an_office_title(lexicon, text, expected):
    assert party_title(text, lexicon=lexicon) == expected


@pytest.mark.parametrize("text", [
    "Social Democratic senator Anna Berg",  # another party's name (Germany, Sweden...)
    "Liberal Democratic lawmakers",
    "Democratic Unionist Party MP Jane Roe",  # no title right after the party word
    "Democratic Alliance leader Jane Roe",  # a leader is no legislator's or office's title
    "Republican voters",  # plain people: no office
    "Labour MP Jane Roe",  # Labour is the party of several countries
    "the Democratic leadership",
    "democratic governments",  # an adjective, not a party
    "a republican government",
    "Democratic governments",  # a sentence's first word: a kind of state, no party's office
])
def test_no_country_without_a_listed_party_word_before_an_office(lexicon, text):
    assert party_country(text, lexicon=lexicon) is None


def test_the_code_of_a_titled_person_and_a_generic_group(lexicon):
    assert actor_code("Republican senator Jane Roe", type="PERSON", lexicon=lexicon) == "USALEG"
    assert actor_code("Democratic mayor Jane Roe", type="PERSON", lexicon=lexicon) == "USAGOV"
    assert actor_code("Social Democratic senator Anna Berg", type="PERSON", lexicon=lexicon) == "LEG"
    # a country the phrase names wins over the party word
    assert actor_code("the Democratic Republic of Congo's government", lexicon=lexicon) == "CODGOV"


def test_party_titles_in_sentences(nlp):
    rel = _relation(nlp, "Republican senators criticised the new trade agreement on Tuesday.", "criticise")
    assert rel.subject.actor_code == "USALEG"
    rel = _relation(nlp, "Jane Roe, a Democratic congresswoman, criticised Estonia on Tuesday.", "criticise")
    assert rel.subject.actor_code == "USALEG"
    assert rel.object.actor_code == "EST"
    rel = _relation(nlp, "Social Democratic lawmakers criticised Estonia on Tuesday.", "criticise")
    assert rel.subject.actor_code == "LEG"  # no country: another party's name
