"""Actor codes by the kind of body a mention or a person's office names (``extract/actors/body_offices.py``):
trade unions ``LAB``, sports bodies no government, a legislature's committee ``LEG``, a chamber of
commerce ``BUS``; and a state body's country from an "of" phrase inside its name
(``extract/actors/state_bodies.py``).

Every sentence is invented for the test; the expected codes come from the text: the country the
mention itself names (a nationality, a possessive, "of Germany"), never the article's, with the role of
the body (a union of workers is labour; a football association is no government).
"""

from __future__ import annotations

import pytest

from extract.actors.body_offices import body_kind, body_kind_code, phrase_body_code
from extract.lexicon import get_lexicon

from .helpers import document_facts, relations_named


def _codes(nlp, text, verb, side):
    facts = document_facts(nlp, text, date="2020-06-01")
    return [getattr(rel, side).actor_code for rel in relations_named(facts, verb)]


@pytest.mark.parametrize(
    ("text", "verb", "side", "code"),
    [
        # unions: labour, with the country the mention names
        ("Irish trade union SIPTU condemned Ryanair on Tuesday.", "condemn", "subject", "IRLLAB"),
        ("The Ghana Trades Union Congress criticised Nana Akufo-Addo over fuel prices.", "criticise", "subject",
         "GHALAB"),
        ("The Zimbabwe Congress of Trade Unions accused Emmerson Mnangagwa of ignoring the workers.", "accuse",
         "subject", "ZWELAB"),
        ("The GMB union urged Tesco to raise wages.", "urge", "subject", "LAB"),
        ("The South African nurses' union criticised Zweli Mkhize.", "criticise", "subject", "ZAFLAB"),
        ("Union officials accused Ryanair of intimidating the pilots.", "accuse", "subject", "LAB"),
        # an official of a union is the union's, not a government's ("general secretary")
        ("Pilots' union Balpa general secretary Brian Strutton criticised British Airways.", "criticise",
         "subject", "LAB"),
        # sports bodies and their officials: the country alone, no government
        ("The Nigerian Football Federation sacked Gernot Rohr on Monday.", "sack", "subject", "NGA"),
        ("Kenyan Athletics Federation President Jackson Tuwei praised Eliud Kipchoge.", "praise", "subject", "KEN"),
        # a legislature's committee is the legislature, with its country
        ("The US House Intelligence Committee subpoenaed Rudy Giuliani.", "subpoena", "subject", "USALEG"),
        # a chamber of commerce is business
        ("The American Chamber of Commerce in Shanghai criticised Donald Trump.", "criticise", "subject", "USABUS"),
        # a state body's country in an "of" phrase inside its name
        ("The Federal Office of Switzerland fined Credit Suisse.", "fine", "subject", "CHEGOV"),
        ("Kenya's Disaster Management Presidency warned residents of floods.", "warn", "subject", "KENGOV"),
    ],
)
def test_codes(nlp, text, verb, side, code):
    assert code in _codes(nlp, text, verb, side)


@pytest.mark.parametrize(
    ("text", "verb", "side", "banned"),
    [
        # no trade union: the marriage sense, the EU in lower case, a bare "the union" with no cue
        ("Spain recognised civil unions between two women.", "recognise", "object", "LAB"),
        ("The union condemned Boris Johnson after the vote.", "condemn", "subject", "LAB"),
        # a sports league is no government ("Premier" is no premier)
        ("The Ugandan Premier League suspended Vipers SC.", "suspend", "subject", "UGAGOV"),
        # a delegate keeps the country of the one whose delegate he is
        ("Bernie Sanders told his delegates to back Joe Biden.", "tell", "object", "LEG"),
    ],
)
def test_not(nlp, text, verb, side, banned):
    assert banned not in _codes(nlp, text, verb, side)


def test_union_leader_keeps_another_role(nlp):
    # a union in a person's office replaces the government role a title gives ("general secretary"), or
    # gives one where there is none; a party's candidate who leads a union stays the party's
    doc = nlp("Hawkins, a union leader, criticised Joe Biden.")
    name = doc[0:1]
    lexicon = get_lexicon()
    assert phrase_body_code("USAPTY", name, person=True, lexicon=lexicon) == "USAPTY"
    assert phrase_body_code("USAGOV", name, person=True, lexicon=lexicon) == "USALAB"
    assert phrase_body_code(None, name, person=True, lexicon=lexicon) == "LAB"


def test_clause_is_no_office(nlp):
    # what a person does in a relative clause is no office he holds
    doc = nlp("Smith, who once joined the Kenyan Football Federation, criticised the minister.")
    assert phrase_body_code("KENGOV", doc[0:1], person=True, lexicon=get_lexicon()) == "KENGOV"


@pytest.mark.parametrize(
    ("phrase", "kind"),
    [
        ("the Nigeria Labour Congress", "labour"),
        ("the National Union of Teachers", "labour"),
        ("the TUC union", "labour"),
        ("union members", "labour"),
        ("the European union", None),
        ("a customs union", None),
        ("same-sex unions", None),
        ("the African Union", None),
        ("the Kurdistan Workers' Party", None),
        ("the Ministry of Labour", None),
        ("Labour Minister", None),
        ("the Egyptian Football Association", "sport"),
        ("UEFA", "sport"),
        ("the Premier League", "sport"),
        ("the Ministry of Youth and Sports", None),
        ("the Senate Judiciary Committee", "committee"),
        ("the Central Election Committee", None),
        ("the Chamber of Commerce", "commerce"),
        ("the Chamber of Deputies", None),
        ("the Supreme Court", None),
    ],
)
def test_body_kind(phrase, kind):
    assert body_kind(phrase.split(), lexicon=get_lexicon()) == kind


@pytest.mark.parametrize(
    ("code", "kind", "expected"),
    [
        ("KENLEG", "labour", "KENLAB"),
        ("GOV", "labour", "LAB"),
        ("EGYGOV", "sport", "EGY"),
        ("GOV", "sport", None),
        ("USAJUD", "committee", "USALEG"),
        ("DEULEG", "commerce", "DEUBUS"),
        ("NGOUSAHRI", "labour", "NGOUSAHRI"),
        ("FRAJUD", None, "FRAJUD"),
    ],
)
def test_body_kind_code(code, kind, expected):
    assert body_kind_code(code, kind, lexicon=get_lexicon()) == expected


@pytest.mark.parametrize(
    ("text", "verb", "code"),
    [
        # a state's or province's name of one reading before a state office gives its country
        ("Vermont Governor Phil Scott criticised the new tariffs.", "criticise", "USAGOV"),
        ("Kerala Chief Minister Pinarayi Vijayan criticised the new tariffs.", "criticise", "INDGOV"),
        # a name of several words is read whole: New Mexico is no Mexico, New Jersey no Jersey
        ("New Mexico Governor Susana Martinez criticised the new tariffs.", "criticise", "USAGOV"),
    ],
)
def test_region_offices(nlp, text, verb, code):
    assert code in _codes(nlp, text, verb, "subject")


def test_region_country():
    from extract.actors.own_country import region_country

    lexicon = get_lexicon()
    assert region_country("Vermont", lexicon=lexicon) == "USA"
    assert region_country("Georgia", lexicon=lexicon) is None  # the country or the US state: read elsewhere
    assert region_country("Harvard", lexicon=lexicon) is None  # a town, no state


@pytest.mark.parametrize(
    ("phrase", "kind"),
    [
        ("the National Meteorological Agency", "state"),
        ("National Disaster Management Council", "state"),
        ("the National Council of Churches", None),
        ("the National Rifle Association", None),
        ("National Basketball Association", "sport"),
    ],
)
def test_national_bodies(phrase, kind):
    assert body_kind(phrase.split(), lexicon=get_lexicon()) == kind


def test_national_body_takes_the_article_country_only_when_sole(nlp):
    # no country in the name: the government's role, and the one country the article names
    text = "The National Communications Agency fined Globe Telecom. It was the largest fine in the Philippines."
    assert "PHLGOV" in _codes(nlp, text, "fine", "subject")


def test_committee_on_sport_is_the_legislature():
    # a legislature's committee on sport is the legislature's, not a sports body
    assert body_kind("the Senate Committee on Sports".split(), lexicon=get_lexicon()) == "committee"
