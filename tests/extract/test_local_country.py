"""A country-less local role takes the country of the place its own clause names, and a bare
institution the one country of the members the article names (``extract/actors/clause_places.py``,
``extract/institution_members.py``).

Every sentence is invented for the test. Each article names a second country, so that no code can
come from an article that names one country only; the expected codes come from the text's meaning.
"""

from __future__ import annotations

import pytest

from extract.actors.clause_places import clause_place_countries
from extract.actors.mentions import CONFIDENCE
from extract.institution_members import member_scope
from extract.lexicon import get_lexicon
from extract.types import Entity

from .helpers import document_facts

_DATE = "2021-03-01"


def _subject_codes(nlp, text: str, subject: str) -> list[tuple[str | None, float | None]]:
    facts = document_facts(nlp, text, date=_DATE)
    found = [(r.subject.actor_code, r.subject.actor_confidence) for r in facts.relations
             if r.subject.text.casefold() == subject.casefold() and r.event is not None]
    assert found, [(r.subject.text, r.predicate.lemma) for r in facts.relations]
    return found


@pytest.mark.parametrize(
    ("text", "subject", "country"),
    [
        # a participle clause on a noun of civilians
        ("The French foreign ministry condemned the looting. Residents living in Caracas accused the army "
         "of stealing food.", "Residents", "VEN"),
        # a relative clause on a noun of protesters
        ("The Ghanaian minister flew home on Monday. Demonstrators who gathered in Lagos clashed with police "
         "on Tuesday.", "Demonstrators", "NGA"),
    ],
)
def test_a_local_role_takes_the_place_of_its_clause(nlp, text, subject, country):
    for code, confidence in _subject_codes(nlp, text, subject):
        assert code is not None and code.startswith(country), code
        # read off a clause, not written in the mention: below "police in Nairobi"
        assert confidence is not None and confidence < CONFIDENCE["in"]


@pytest.mark.parametrize(
    ("text", "subject", "country"),
    [
        # the verb's own place: where the police acted, then "the police" refers back to them
        ("A Ugandan minister visited Nairobi on Monday. Police arrested twelve men in Kampala on Tuesday. "
         "A Kenyan court freed two activists. The police later charged the men with rioting.", "The police", "UGA"),
        # a place fronted before the clause
        ("Tourists from Canada criticised the hotel. In Kampala, a judge sentenced the two men to prison. "
         "Canadian officials criticised the ruling.", "a judge", "UGA"),
    ],
)
def test_a_local_role_takes_the_place_of_its_verb(nlp, text, subject, country):
    for code, confidence in _subject_codes(nlp, text, subject):
        assert code is not None and code.startswith(country), code
        assert confidence is not None and confidence < CONFIDENCE["in"]


@pytest.mark.parametrize(
    ("text", "subject", "country"),
    [
        # soldiers may be foreign where they are stationed
        ("The French defence ministry confirmed the report. Soldiers stationed in Mali attacked a rebel convoy "
         "near the border.", "Soldiers", "MLI"),
        # a verb of origin: where residents were born says nothing of where they live
        ("Parliament met in Nairobi on Monday. Residents born in London criticised the government.",
         "Residents", "GBR"),
    ],
)
def test_no_country_from_a_clause_of_another_kind(nlp, text, subject, country):
    for code, _ in _subject_codes(nlp, text, subject):
        assert code is None or not code.startswith(country), code


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("Residents living in Caracas accused the army.", "Residents", [("VEN", "place")]),
        # an outsider word: tourists are not of the country they are stranded in
        ("Tourists stranded in Bali accused the police.", "Tourists", []),
        ("Foreign workers living in Caracas accused the army.", "workers", []),
        # a role that may act abroad is not read: the caller passes local=False
        ("Soldiers stationed in Caracas accused the army.", "Soldiers", []),
    ],
)
def test_clause_place_countries(nlp, text, word, expected):
    head = next(t for t in nlp(text) if t.text == word)
    local = word != "Soldiers"
    assert clause_place_countries(head, local=local, lexicon=get_lexicon()) == expected


def _senate(code: str | None = "USAGOVLEG", label: str = "Senate") -> Entity:
    return Entity(key="senate", label=label, type="ORG", actor_code=code)


def _person(name: str, code: str) -> Entity:
    return Entity(key=name.casefold(), label=name, type="PERSON", actor_code=code)


def test_members_of_one_country_scope_a_bare_institution():
    lexicon = get_lexicon()
    senate = _senate()
    members = [senate, _person("Ann Roe", "USALEG"), _person("Bo Diaz", "USALEG"), _person("Cy Lund", "CANGOV")]
    assert member_scope(senate, members, text="The Senate voted.", lexicon=lexicon) == "United States Senate"
    court = Entity(key="supreme court", label="the Supreme Court", type="ORG", actor_code="JUD")
    judges = [court, _person("Dee Moss", "KENJUD")]
    assert member_scope(court, judges, text="The Supreme Court ruled.", lexicon=lexicon) == "Kenya Supreme Court"


@pytest.mark.parametrize(
    ("entity", "others", "text"),
    [
        # legislators of two countries
        (_senate(), [_person("Ann Roe", "USALEG"), _person("Ed Park", "PHLLEG")], "The Senate voted."),
        # no member at all; a government official is no legislator
        (_senate(), [_person("Cy Lund", "USAGOV")], "The Senate voted."),
        # a state's senate is named beside it
        (_senate(), [_person("Ann Roe", "USALEG")], "The state Senate voted. The Senate did not."),
        (_senate(), [_person("Ann Roe", "USALEG"), Entity(key="ohio senate", label="Ohio Senate", type="ORG")],
         "The Senate voted."),
        # the body's own code names another country
        (_senate("PHLLEG"), [_person("Ann Roe", "USALEG")], "The Senate voted."),
        # "Congress" of India is a party, no legislature
        (_senate("LEG", "Congress"), [_person("Raj Rao", "INDLEG")], "Congress won the vote."),
        # a body a country has many of
        (Entity(key="court", label="Court", type="ORG"), [_person("Dee Moss", "KENJUD")], "The Court ruled."),
    ],
)
def test_no_scope_without_one_country_and_one_body(entity, others, text):
    assert member_scope(entity, [entity, *others], text=text, lexicon=get_lexicon()) is None


def test_article_key_of_the_senate_from_its_leader(nlp):
    text = ("Senate Majority Leader Mitch McConnell criticised the spending bill on Monday. Canada's prime "
            "minister said the bill would hurt trade. The Senate rejected the bill on Tuesday.")
    keys = {e.key for e in document_facts(nlp, text, date="2020-05-01").entities}
    assert "united states senate" in keys and not any(k.startswith("senate@") for k in keys), keys
