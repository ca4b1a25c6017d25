"""Actor codes read from the mention's affiliation: officials of international bodies, speakers for
a person or an office, former office holders, and news agencies.

Every sentence is invented for the test; the expected codes come from the text: a UN official is
the UN's whatever country the post lies in, a spokesperson for someone speaks for that person's
side, a former president is no longer the government (CAMEO's elite role ``ELI``), and a state
news agency is its country's medium (``MED``).
"""

from __future__ import annotations

import pytest

from extract.actors.former_offices import former_holder_code
from extract.lexicon import get_lexicon

from .helpers import document_facts, relations_named


@pytest.fixture(scope="module")
def lexicon():
    return get_lexicon()


def _facts(nlp, text, date="2020-06-01"):
    return document_facts(nlp, text, date=date)


def _subject_code(nlp, text, verb, date="2020-06-01"):
    (rel, *_) = relations_named(_facts(nlp, text, date), verb)
    return rel.subject.actor_code


def _entity_code(facts, label):
    found = [e.actor_code for e in facts.entities if e.label == label]
    assert found, [e.label for e in facts.entities]
    return found[0]


# --------------------------------------------------------------------------
# an official of an international body is the body's, not the host country's


def test_un_official_posted_in_a_country_is_the_un(nlp):
    facts = _facts(nlp, "Lena Varga, a UN official in Yemen, condemned the shelling of the port. Varga later urged "
                        "both sides to talk.")
    assert _entity_code(facts, "Lena Varga").startswith("IGOUNO")
    (rel,) = relations_named(facts, "condemn")
    assert rel.subject.actor_code.startswith("IGOUNO")


def test_un_rapporteur_is_the_un(nlp):
    code = _subject_code(nlp, "Pablo Ortega, a UN rapporteur on torture, criticised the Egyptian government.",
                         "criticise")
    assert code.startswith("IGOUNO")


def test_official_of_a_national_body_keeps_the_country(nlp):
    code = _subject_code(nlp, "Jonas Berg, a Swedish foreign ministry official, criticised the decision.", "criticise")
    assert code == "SWEGOV"


# --------------------------------------------------------------------------
# a speaker for a named person or an office speaks for its side, not for the press


def test_spokesman_for_a_listed_leader_has_his_country(nlp):
    code = _subject_code(nlp, "A spokesman for President Vladimir Putin condemned the bombing of the hospital.",
                         "condemn")
    assert code == "RUSGOV"


def test_spokeswoman_for_an_office_is_no_news_medium(nlp):
    code = _subject_code(nlp, "A spokeswoman for the regional governor condemned the bombing of the market.",
                         "condemn")
    assert code is not None and "MED" not in code


# --------------------------------------------------------------------------
# former office holders: the elite role, not the government


def test_former_president_is_no_longer_the_government(nlp):
    # the Phoenix files leave Berlusconi's office open; the text says it is over
    code = _subject_code(nlp, "Former Italian prime minister Silvio Berlusconi criticised the new budget.",
                         "criticise")
    assert code == "ITAELI"


def test_a_former_office_of_another_role_changes_nothing(nlp):
    code = _subject_code(nlp, "Vladimir Putin, a former KGB officer, criticised the new NATO bases.", "criticise")
    assert code == "RUSGOV"


def test_former_holder_code_needs_an_open_office(lexicon):
    titles = ["former Prime Minister Silvio Berlusconi"]
    assert former_holder_code("ITAGOV", ["Silvio Berlusconi"], titles, date="2020-06-01", lexicon=lexicon) == "ITAELI"
    # no "former": the dictionary's code stands
    assert former_holder_code("ITAGOV", ["Silvio Berlusconi"], ["Prime Minister Silvio Berlusconi"],
                              date="2020-06-01", lexicon=lexicon) == "ITAGOV"
    # a party role is no state office
    assert former_holder_code("ITAPTY", ["Silvio Berlusconi"], titles, date="2020-06-01", lexicon=lexicon) == "ITAPTY"


@pytest.mark.parametrize(
    ("name", "date", "code"),
    [
        ("Barack Obama", "2015-03-01", "USAGOV"),
        ("Barack Obama", "2020-03-01", "USAELI"),
        ("Jacob Zuma", "2019-03-01", "ZAFELI"),
        ("Hamid Karzai", "2013-03-01", "AFGGOV"),
        ("Hamid Karzai", "2019-03-01", "AFGELI"),
        # the newest file closes an older file's open span: May left the Home Office long before 2020
        ("Theresa May", "2020-03-01", "GBRLEG"),
        ("Joe Biden", "2020-03-01", "USAPTY"),
    ],
)
def test_offices_left_between_2014_and_2020(lexicon, name, date, code):
    assert lexicon.dictionaries.actor_codes(name, date=date)[0] == code


# --------------------------------------------------------------------------
# news agencies and state media are their country's medium


def test_news_agency_entity_has_its_country(nlp):
    facts = _facts(nlp, "Xinhua accused the American government of hypocrisy.")
    assert _entity_code(facts, "Xinhua") == "CHNMED"


def test_sana_is_the_syrian_agency_not_yemen(nlp):
    facts = _facts(nlp, "The state news agency SANA accused Turkey of shelling the town.")
    assert _entity_code(facts, "SANA") == "SYRMED"


def test_state_television_with_a_nationality(nlp):
    code = _subject_code(nlp, "Iraqi state television accused the militia of the bombing.", "accuse")
    assert code is not None and code.startswith("IRQ") and code.endswith("MED")
