"""The role of a named organisation and of its officials (issue 11, actor codes).

A company's or a school's officer is no government, whatever the agents file gives "chief executive"
or "president": "Kenya Airways chief executive X" is Kenya's business (``KENBUS``), as "Apple chief
executive X" is ``USABUS``; "Hong Kong Chief Executive X" stays the government. An organisation's
name says its kind by its head word ("Indian Railways" business, "Drama Academy" education) or, for
an association, by whom it gathers ("the Australian Retailers Association": business). Sentences are
invented; expected codes come from what the text says the actor is.
"""

from __future__ import annotations

import pytest

from extract.actors.body_offices import body_kind
from extract.actors.organisations import head_role
from extract.lexicon import get_lexicon

from .helpers import document_facts, relations_named

DATE = "2021-03-01"


@pytest.fixture(scope="module")
def lexicon():
    return get_lexicon()


def _code(nlp, text, verb, side):
    facts = document_facts(nlp, text, date=DATE)
    rel = relations_named(facts, verb)[0]
    return getattr(rel, side).actor_code


# --------------------------------------------------------------------------
# 1. the officer of a company, a school or an association: the body's kind, not the government


@pytest.mark.parametrize(
    ("text", "verb", "code"),
    [
        ("Kenya Airways chief executive Allan Kilavuka announced the job cuts on Monday.", "announce", "KENBUS"),
        ("Qatar Airways chief executive Akbar Al Baker criticised the decision on Monday.", "criticise", "QATBUS"),
        ("Emirates Airlines president Tim Clark criticised the ban on Monday.", "criticise", "AREBUS"),
        ("The chief executive of Kenya Airways, Allan Kilavuka, announced the cuts on Monday.", "announce",
         "KENBUS"),
        ("Apple chief executive Tim Cook announced the new phone on Monday.", "announce", "USABUS"),
        ("Australian Retailers Association chief executive Paul Zahra criticised the rules on Monday.",
         "criticise", "AUSBUS"),
        ("Paul Zahra, the chief executive of the Australian Retailers Association, criticised the rules.",
         "criticise", "AUSBUS"),
        ("Nairobi University vice-chancellor Peter Mbithi suspended the students on Monday.", "suspend",
         "KENEDU"),
    ],
)
def test_officer_of_an_organisation_is_no_government(nlp, text, verb, code):
    assert _code(nlp, text, verb, "subject") == code


@pytest.mark.parametrize(
    ("text", "verb", "code"),
    [
        ("Hong Kong Chief Executive Carrie Lam announced the measures on Monday.", "announce", "HKGGOV"),
        ("The Hong Kong chief executive criticised the protesters on Monday.", "criticise", "HKGGOV"),
        ("Chinese President Xi Jinping met the delegation on Monday.", "meet", "CHNGOV"),
        ("The Indian Ministry of Railways suspended the service on Monday.", "suspend", "INDGOV"),
    ],
)
def test_state_offices_and_bodies_stay_government(nlp, text, verb, code):
    assert _code(nlp, text, verb, "subject") == code


# --------------------------------------------------------------------------
# 2. an organisation's name: its head word or its members give its kind


@pytest.mark.parametrize(
    ("text", "verb", "code"),
    [
        ("Indian Railways cancelled the trains on Tuesday.", "cancel", "INDBUS"),
        ("Nigerian Railways suspended the service on Monday.", "suspend", "NGABUS"),
        ("Malaysia Airlines suspended the flights on Monday.", "suspend", "MYSBUS"),
        ("The University of Nairobi suspended the students on Monday.", "suspend", "KENEDU"),
        ("The Texas School for the Deaf hired the teacher on Friday.", "hire", "USAEDU"),
        ("The Australian Retailers Association criticised the new rules on Tuesday.", "criticise", "AUSBUS"),
        ("The Japanese Business Federation criticised the tax on Friday.", "criticise", "JPNBUS"),
        ("The National Association of Manufacturers criticised the tariffs on Tuesday.", "criticise", "BUS"),
        ("The Business Council of Australia welcomed the budget on Monday.", "welcome", "BUS"),
        ("The Times of India reported the attack on Monday.", "report", "INDMED"),
    ],
)
def test_name_gives_the_organisation_its_kind(nlp, text, verb, code):
    assert _code(nlp, text, verb, "subject") == code


@pytest.mark.parametrize(
    ("text", "verb", "unwanted"),
    [
        # a ministry named for railways is the state's, no company
        ("The Ministry of Railways cancelled the trains on Tuesday.", "cancel", "BUS"),
        # a sports association gathers clubs, not firms
        ("The Football Association fined the club on Friday.", "fine", "BUS"),
        ("The Kenyan Football Federation suspended the coach on Friday.", "suspend", "BUS"),
        # a union of retail workers is labour, not business
        ("The Retail Workers Union criticised the supermarket on Monday.", "criticise", "BUS"),
        # the electors of a president are no school
        ("The Electoral College elected the president on Monday.", "elect", "EDU"),
        # a club named "University" is a team, no school
        ("In Australian rugby, University have maintained top spot in the league.", "maintain", "EDU"),
    ],
)
def test_counter_cases_get_no_such_role(nlp, text, verb, unwanted):
    code = _code(nlp, text, verb, "subject") or ""
    assert unwanted not in code


def test_union_of_workers_is_labour(nlp):
    assert _code(nlp, "The Retail Workers Union criticised the supermarket on Monday.", "criticise",
                 "subject") == "LAB"


# --------------------------------------------------------------------------
# 3. the rules themselves


@pytest.mark.parametrize(
    ("name", "role"),
    [
        ("Indian Railways", "BUS"),
        ("Kenya Airways", "BUS"),
        ("British American Drama Academy", "EDU"),
        ("University of Nairobi", "EDU"),
        ("Sky News", "MED"),
        ("Ministry of Railways", None),
        ("Electoral College", None),
        ("University", None),  # a kind word alone: also a rugby club's name
        ("Times", "MED"),
        ("Norwegian Nobel Committee", None),
    ],
)
def test_head_role(lexicon, name, role):
    assert head_role(name, lexicon=lexicon) == role


@pytest.mark.parametrize(
    ("phrase", "kind"),
    [
        ("the Australian Retailers Association", "trade"),
        ("the Kenya Federation of Traders", "trade"),
        ("the Confederation of British Industry", "trade"),
        ("the Football Association", "sport"),
        ("the Retail Workers Union", "labour"),
        ("the Ministry of Industry", None),
        ("business leaders", None),
    ],
)
def test_business_association_kind(lexicon, phrase, kind):
    assert body_kind(phrase.split(), lexicon=lexicon) == kind
