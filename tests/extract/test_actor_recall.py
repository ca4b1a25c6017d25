"""Actor codes on events whose type is found: former office holders, protesters and the
protest's place, legislators' titles, media, an office for its holder (issue 11).

Each sentence is invented for the test; expected codes come from its words and from the
actor files' entries (Nancy Pelosi's dated codes end in 2011).
"""

from __future__ import annotations

from functools import partial

import pytest

from extract.actors import dictionary_code
from extract.facts import extract_document
from extract.lexicon import get_lexicon
from extract.types import Document

from .helpers import relation_of


@pytest.fixture(scope="module")
def lexicon():
    return get_lexicon()


_relation = partial(relation_of, date="2019-06-01")


# --------------------------------------------------------------------------
# a named person whose office has ended keeps the country


def test_former_office_holder_keeps_the_country(lexicon):
    # The file codes her USAELI until 2001 and USAGOV until 2009: in 2019 no span
    # holds, and every span says USA.
    assert dictionary_code("Condoleezza Rice", date="2019-09-24", lexicon=lexicon) == "USA"
    # while a span holds, it still wins
    assert dictionary_code("Condoleezza Rice", date="2006-01-01", lexicon=lexicon) == "USAGOV"
    # a surname alone is not looked up this way (too many people share one)
    assert dictionary_code("Rice", date="2019-09-24", lexicon=lexicon) is None
    # the project's file of 2014-2021 offices is read first: Speaker of the House in 2019
    assert dictionary_code("Nancy Pelosi", date="2019-09-24", lexicon=lexicon) == "USALEG"


def test_former_office_holder_in_a_sentence(nlp):
    rel = _relation(nlp, "Condoleezza Rice criticised Estonia on Tuesday.", "criticise")
    assert rel.subject.actor_code == "USA"
    assert rel.object.actor_code == "EST"


# --------------------------------------------------------------------------
# protests: plain people are protesters, local to the protest's place


def test_people_who_rally_are_protesters_of_the_place(nlp):
    rel = _relation(nlp, "Thousands of people rallied in Nairobi to protest the tax.", "rally")
    assert rel.event.root == "14"
    assert rel.subject.actor_code == "KENOPP"


def test_people_stay_people_outside_a_protest(nlp):
    rel = _relation(nlp, "Police arrested twelve people in Nairobi.", "arrest")
    assert rel.object.actor_code == "PPL"
    assert rel.subject.actor_code == "KENCOP"


def test_protest_with_no_coded_target_aims_at_the_place_country(nlp):
    rel = _relation(nlp, "Jane Doe held a protest in Lusaka, Zambia on Thursday.", "hold")
    assert rel.event.root == "14"
    assert rel.object.actor_code == "ZMB"
    assert rel.object.type == "CONCEPT"  # a code, not an actor node


def test_protest_object_that_is_no_place_keeps_no_code(nlp):
    # "the tax" is what is protested, not a stand-in for the place's country
    rel = _relation(nlp, "Jane Doe protested the tax in Lusaka, Zambia on Thursday.", "protest")
    assert rel.event.root == "14"
    assert rel.object.actor_code is None


def test_protest_place_of_several_countries_gives_no_target(nlp):
    rel = _relation(nlp, "Jane Doe held a rally in Victoria on Thursday.", "hold")
    assert rel.event.root == "14"
    assert rel.object.actor_code is None


# --------------------------------------------------------------------------
# titles and bodies


def test_office_acts_for_its_holder(nlp):
    rel = _relation(nlp, "The Nairobi district attorney's office criticised Uganda on Monday.", "criticise")
    assert rel.subject.actor_code == "KENJUD"
    assert rel.subject.type == "CONCEPT"  # the office is no actor node of its own


def test_office_without_holder_has_no_code(nlp):
    rel = _relation(nlp, "The office criticised Uganda on Monday.", "criticise")
    assert rel.subject.actor_code is None


# --------------------------------------------------------------------------
# a title's role alone yields to the person's own code with a country


def test_title_role_yields_to_the_persons_country(nlp):
    text = "Kenyan judge Jane Roe criticised Uganda on Monday. On Tuesday, Judge Roe criticised Peru."
    facts = extract_document(Document(id="t", text=text, date="2019-06-01"), nlp=nlp)
    later = [r for r in facts.relations if r.predicate.lemma == "criticise" and r.object.text == "Peru"]
    assert later and later[0].subject.actor_code == "KENJUD"


def test_title_role_alone_when_the_person_has_no_country(nlp):
    rel = _relation(nlp, "Judge Roe criticised Peru on Tuesday.", "criticise")
    assert rel.subject.actor_code == "JUD"


# --------------------------------------------------------------------------
# one sentence, one actor code: the subject's or the object's

_ACTOR_CODES = [
    # protests: plain people are protesters, local to the protest's place
    pytest.param("Protesters rallied in Nairobi on Sunday.", "rally", "subject", "KENOPP",
                 id="protesters_take_the_place_country"),
    # Victoria names cities in several countries: the protesters keep the role alone
    pytest.param("Thousands of people marched in Victoria on Sunday.", "march", "subject", "OPP",
                 id="place_of_several_countries_gives_no_country"),
    # titles and bodies
    pytest.param("United States Senator Jane Doe criticised Peru on Monday.", "criticise", "subject", "USALEG",
                 id="senator_title_gives_legislature"),
    pytest.param("A senator criticised Uganda on Monday.", "criticise", "subject", "LEG",
                 id="senator_without_country_is_the_role_alone"),
    pytest.param("The Kenyan coast guard criticised Uganda on Monday.", "criticise", "subject", "KENMIL",
                 id="coast_guard_is_military"),
    # a place the gazetteer lacks, followed by its country
    pytest.param("Police arrested twelve people in Oxfordshire, England on Monday.", "arrest", "subject", "GBRCOP",
                 id="country_after_the_place_gives_the_local_country"),
    pytest.param("Police arrested twelve people in Oxfordshire on Monday.", "arrest", "subject", "COP",
                 id="place_alone_the_gazetteer_lacks_gives_no_country"),
]


@pytest.mark.parametrize("text, lemma, side, code", _ACTOR_CODES)
def test_actor_code(nlp, text, lemma, side, code):
    assert getattr(_relation(nlp, text, lemma), side).actor_code == code
