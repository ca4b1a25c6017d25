"""Reported statements of officials and bodies (extract/said_sources.py, extract/relations/said_statements.py).

Invented news sentences through the real pipeline: "X said (that) ..." in indirect speech is a statement
(010) of X when X is an official, a state body, a spokesperson of one, a state or an international or
non-governmental body, and the reported clause names no event of its own (that event is what is coded);
witnesses, residents, reporters, private persons and a "said" inside a quotation give none; a quotation
is read as the indirect clause is (tests/extract/test_quoted_statements.py).
"""

from __future__ import annotations

import pytest

from extract.said_sources import official_code
from tests.extract.helpers import text_relations

DATE = "2020-06-01"


def _statements(nlp, text: str) -> list:
    return [r for r in text_relations(nlp, text, date=DATE)
            if r.predicate.lemma == "say" and r.event is not None and r.event.code == "010"]


@pytest.mark.parametrize(("text", "speaker", "role"), [
    ("Egyptian Interior Minister Karim Haddad said the border crossing would stay closed until Friday.",
     "Karim Haddad", "EGYGOV"),
    ("The Kenyan Foreign Ministry said the ambassador was due back in Nairobi next week.", "Foreign Ministry", "GOV"),
    ("A spokesman for the Kenyan government said the schools would stay open through June.", "spokesman", "GOV"),
    ("The United Nations said about 3,000 families were living in the camp.", "United Nations", "IGO"),
    ("Police said the road would stay closed overnight.", "Police", "COP"),
    # the "that" clause hung on the statement noun
    ("The Kenyan Foreign Ministry said in a statement that the ambassador was due back in Nairobi next week.",
     "Foreign Ministry", "GOV"),
])
def test_an_official_or_a_body_makes_a_statement(nlp, text, speaker, role):
    found = _statements(nlp, text)
    assert [r.subject.text for r in found] == [speaker] or speaker in found[0].subject.text, found
    assert role in (found[0].subject.actor_code or "")
    assert found[0].object.key == "concept:unspecified"
    assert found[0].modality == "asserted"


@pytest.mark.parametrize("text", [
    "A witness said the car was red and drove off quickly.",
    "Residents of the town said the water rose overnight.",
    "A reporter for the local radio station said the streets were empty.",
    "John Smith said the weather on the coast was fine.",
    "A teacher at the school said the classrooms were cold.",
    # a person's role with no country is read off a description, not an office
    "Denis Petrov, a fifth year student at Omsk State University, said the tasks were hard.",
])
def test_a_private_speaker_makes_none(nlp, text):
    assert _statements(nlp, text) == []


@pytest.mark.parametrize("text", [
    # the reported clause names an event: that event is coded, not the statement
    "Police said they had arrested two men near the port.",
    "The ministry said the talks with the rebels had been postponed after a bombing.",
    # a quotation is coded by what it says: here the arrest (extract/quoted_statements.py)
    '"We have arrested two men near the port," the transport minister said.',
    # a "said" inside a quotation is the quotation's
    'The activist wrote: "The governor said the dam was safe, and it was not."',
    # negated, passive, gerund
    "The ministry did not say the border would reopen.",
    "It was said that the governor would resign.",
])
def test_a_statement_coded_otherwise_or_not_reported_makes_none(nlp, text):
    assert _statements(nlp, text) == []


@pytest.mark.parametrize(("code", "kind", "expected"), [
    ("KENGOV", "PERSON", True),
    ("NGOHRIAMN", "ORG", True),
    ("COP", "CONCEPT", True),
    ("IRN", "GPE", True),
    ("IRN", "PERSON", False),
    ("GOV", "PERSON", False),
    ("GOV", "CONCEPT", True),
    ("GBRCVL", "CONCEPT", False),
    ("USAMED", "PERSON", False),
    ("USAEDU", "PERSON", False),
    (None, "PERSON", False),
])
def test_official_codes(code, kind, expected):
    assert official_code(code, kind) is expected


def test_a_casualty_report_is_no_statement(nlp):
    assert _statements(nlp, "Officials said three people died in the fire on Tuesday.") == []


def test_a_reported_statement_keeps_the_speakers_statement(nlp):
    found = _statements(nlp, "The Kenyan Interior Ministry said it was concerned about the rising water levels.")
    assert found and "KEN" in (found[0].subject.actor_code or "")


def test_an_event_noun_in_the_clause_is_the_content(nlp):
    assert _statements(nlp, "The Kenyan Interior Ministry said the agency would open an investigation at the airport.") == []


def test_a_perfect_said_is_read_on_its_verb(nlp):
    found = _statements(nlp, "Kenyan police officials have said the road would stay closed overnight.")
    assert found and found[0].predicate.text == "have said"


def test_an_officials_statement_relates_them_to_no_one_else(nlp):
    relations = [r for r in text_relations(nlp, "Officials said the protesters were calm.", date=DATE)
                 if r.predicate.lemma != "located in"]
    assert [(r.subject.text, r.predicate.lemma, r.object.key) for r in relations] == [
        ("Officials", "say", "concept:unspecified")]
    assert relations[0].event is not None and relations[0].event.code == "010"
