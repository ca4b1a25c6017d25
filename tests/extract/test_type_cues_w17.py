"""Entity types the name's own sentence settles, round w17 (``extract.type_cues``): a town before its region, a
party in a table of seats, a work whose title begins with "The", a person of the knowledge base the tagger took
for a place; and the look-alikes each rule must leave alone.

Invented sentences through the real pipeline (the tagger's own names).
"""

from __future__ import annotations

import pytest

from extract.facts import extract_document
from extract.lexicon import get_lexicon
from extract.type_cues import town_before_region
from extract.types import Document


def _nodes(nlp, text: str) -> dict:
    facts = extract_document(Document(id="t", text=text, date="2020-01-01"), nlp=nlp)
    return {e.label: e for e in facts.entities if e.type != "CONCEPT"}


def test_a_town_before_its_region_is_a_place(nlp):
    got = _nodes(nlp, "The magnitude 6.4 quake struck at dawn in Manay, Davao Oriental, officials said.")
    assert got["Manay"].type == "GPE"
    assert got["Davao Oriental"].type == "GPE"


def test_a_runner_before_a_country_stays_a_person(nlp):
    got = _nodes(nlp, "Eliud Kipchoge, Kenya, won the race in 2:01:39.")
    assert got["Eliud Kipchoge"].type == "PERSON"


@pytest.mark.parametrize(("text", "start", "end", "expected"), [
    ("Police in Florence, Alabama, arrested a suspect.", 2, 3, True),
    ("Police in Florence, Alabama's largest city, arrested a suspect.", 2, 3, False),  # no end of phrase
    ("Eliud Kipchoge, Kenya, won the race.", 0, 2, False),  # no place of the gazetteer
])
def test_town_before_region(nlp, text, start, end, expected):
    doc = nlp(text)
    assert town_before_region(doc, start, end, lexicon=get_lexicon()) is expected


def test_parties_in_a_table_of_seats_are_parties(nlp):
    got = _nodes(nlp, "Results: Conservatives - 365 seats, Labour - 203 seats, Sinn Féin - 7 seats, "
                      "Plaid Cymru - 4 seats.")
    assert got["Sinn Féin"].type == "ORG"
    assert got["Plaid Cymru"].type == "ORG"


def test_a_work_whose_title_begins_with_the_is_no_node(nlp):
    got = _nodes(nlp, "Her novel The Testaments was shortlisted for the Booker Prize.")
    assert not any("Testaments" in label for label in got)


def test_a_person_of_the_knowledge_base_tagged_a_place_is_a_person(nlp):
    got = _nodes(nlp, "The debate was hosted by Savannah Guthrie on Thursday.")
    assert got["Savannah Guthrie"].type == "PERSON"


def test_a_company_named_like_a_person_keeps_its_apposition(nlp):
    got = _nodes(nlp, "John Lewis, the British department store chain, said it would close eight shops.")
    assert got["John Lewis"].type == "ORG"


def test_a_name_before_an_age_is_a_person(nlp):
    got = _nodes(nlp, "Stormy Daniels, 41, said she had been paid.")
    assert got["Stormy Daniels"].type == "PERSON"


def test_the_subject_of_a_verb_only_people_do_is_a_person(nlp):
    got = _nodes(nlp, "Paris Hilton testified before Utah lawmakers about abuse at boarding schools.")
    assert got["Paris Hilton"].type == "PERSON"


def test_a_body_undergoing_what_bodies_undergo_stays_a_body(nlp):
    got = _nodes(nlp, "Mahan Air was sanctioned by the United States in 2011.")
    assert got["Mahan Air"].type == "ORG"
