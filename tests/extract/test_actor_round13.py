"""Actor codes, round 13 (issue 11, points 2, 3 and 8): named people of 2017-2021 at the office
they held on the article's date, national bodies, parties and armed groups of one country, and
a town or region struck in a material conflict.

Every sentence is invented for the test. The expected codes come from the shipped tables: a
person or body the project's actor file (``Newsgraph.Recent.actors.txt``) lists with the office
of a public record's dates, and a gazetteer place of one country.
"""

from __future__ import annotations

import pytest

from .helpers import document_facts, relations_named

_relations = relations_named


@pytest.fixture(scope="module")
def lexicon():
    from extract.lexicon import get_lexicon

    return get_lexicon()


# --------------------------------------------------------------------------
# a named person's code is the office held at the article's date (point 2)


@pytest.mark.parametrize(
    ("text", "verb", "subject"),
    [
        # prime minister of Poland from December 2017: the government
        ("Mateusz Morawiecki criticised the Russian government on Tuesday.", "criticise", "POLGOV"),
        # the head of the Holy See: the Vatican (alpha-3 VAT), religious
        ("Pope Francis praised the aid workers in a speech on Sunday.", "praise", "VATREL"),
        # a senator: the legislature
        ("Lindsey Graham criticised the Turkish government on Monday.", "criticise", "USALEG"),
    ],
)
def test_listed_person_has_office_code(nlp, text, verb, subject):
    facts = document_facts(nlp, text, date="2019-06-01")
    (rel,) = _relations(facts, verb)
    assert rel.subject.actor_code == subject


@pytest.mark.parametrize(
    ("date", "code"),
    [
        ("2019-03-01", "AUTGOV"),  # chancellor until May 2019
        ("2019-09-01", "AUTPTY"),  # a party leader between his two terms
        ("2020-03-01", "AUTGOV"),  # chancellor again from January 2020
    ],
)
def test_person_code_follows_the_article_date(nlp, date, code):
    facts = document_facts(nlp, "Sebastian Kurz criticised the Turkish government.", date=date)
    (rel,) = _relations(facts, "criticise")
    assert rel.subject.actor_code == code


def test_former_office_gives_way_to_the_next(nlp):
    # President of the European Council until November 2019, then a Polish party's leader
    text = "Donald Tusk criticised the Hungarian government."
    (before,) = _relations(document_facts(nlp, text, date="2019-06-01"), "criticise")
    (after,) = _relations(document_facts(nlp, text, date="2020-06-01"), "criticise")
    assert before.subject.actor_code == "IGOEUREEC"
    assert after.subject.actor_code == "POLPTY"


def test_unlisted_person_stays_uncoded(nlp):
    facts = document_facts(nlp, "Anna Kowalczyk criticised the Russian government on Tuesday.", date="2019-06-01")
    (rel,) = _relations(facts, "criticise")
    assert rel.subject.actor_code is None  # no table lists her and nothing in the mention names a country


# --------------------------------------------------------------------------
# national bodies and armed groups of one country (points 1, 3)


def test_listed_armed_group_and_its_fighters(nlp):
    facts = document_facts(nlp, "The Houthis attacked a Saudi oil facility. "
                                "Houthi rebels fired missiles at Saudi Arabia.", date="2019-09-15")
    (attack,) = _relations(facts, "attack")
    (fire,) = _relations(facts, "fire")
    assert attack.subject.actor_code == "YEMREB"
    assert fire.subject.actor_code == "YEMREB"  # the group's name before an agent noun keeps its code
    assert fire.object.actor_code == "SAU"


def test_national_party_committee(nlp):
    facts = document_facts(nlp, "The Democratic National Committee urged states to keep their primaries.",
                           date="2020-03-20")
    (rel,) = _relations(facts, "urge")
    assert rel.subject.actor_code == "USAPTY"


# --------------------------------------------------------------------------
# a town struck in a material conflict is its country (point 8)


def test_struck_town_is_its_country(nlp):
    # "Khan Shaykhun" is a gazetteer city of Syria alone
    facts = document_facts(nlp, "Russian jets bombed Khan Shaykhun on Monday.", date="2019-06-01")
    (rel,) = _relations(facts, "bomb")
    assert rel.subject.actor_code == "RUSMIL"
    assert rel.object.actor_code == "SYR"


def test_place_after_locative_preposition_is_no_target(nlp):
    facts = document_facts(nlp, "The shooting took place in Tsuen Wan on Monday.", date="2019-06-01")
    for rel in _relations(facts, "take place"):
        assert rel.object.actor_code is None  # where it happened, not whom it was done to


def test_struck_place_of_several_countries_gets_none(nlp):
    # "San Miguel" names cities in Argentina, El Salvador, Mexico, Peru, the Philippines ... and no
    # actor file lists it; the article names none of those countries
    facts = document_facts(nlp, "Gunmen attacked San Miguel on Monday.", date="2019-06-01")
    for rel in _relations(facts, "attack"):
        assert rel.object.actor_code is None


# --------------------------------------------------------------------------
# a description resolved to a named organisation: its head noun says the role (point 3)


@pytest.mark.parametrize(
    ("noun", "role"),
    [("network", "MED"), ("broadcaster", "MED"), ("company", "BUS"), ("firm", "BUS"), ("party", "PTY"),
     ("organisation", None), ("group", None), ("it", None)],
)
def test_description_head_gives_the_organisation_role(lexicon, noun, role):
    from extract.actors import description_role

    # "the network" resolved to a broadcaster is the broadcaster's (its knowledge entry's code);
    # "the organisation" or "the group" says nothing of what the body is
    assert description_role(noun, lexicon=lexicon) == role
