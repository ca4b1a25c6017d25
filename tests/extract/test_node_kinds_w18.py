"""Common terms, titles of rank and relatives named by a given name (extract.node_kinds), on the real model.

Expected values come from the text: an abbreviation of a common noun and its spelled-out form name
nothing; a title of rank names no body; a given name right after "her brother" or "his wife" is a person;
an abbreviation the list does not hold keeps its spelled-out name.
"""

from __future__ import annotations

import pytest

from extract.node_kinds import rank_title, spelled_out
from extract.lexicon import get_lexicon

from .helpers import document_facts


def _types(nlp, text: str) -> dict[str, str]:
    facts = document_facts(nlp, text, date="2020-05-01")
    return {e.label: e.type for e in facts.entities if e.type not in ("CONCEPT", "ACTOR")}


@pytest.mark.parametrize("text, name", [
    ("The startup said its new API lets banks in Nairobi check payments at once.", "API"),
    ("Applicants must send a CV [Curriculum Vitae] to the embassy in Accra by Friday.", "Curriculum Vitae"),
    ("The insurer hired a new CTO [Chief Technology Officer] from a Berlin bank.", "Chief Technology Officer"),
])
def test_common_term_is_no_node(nlp, text, name):
    assert name not in _types(nlp, text)


def test_spelled_out_name_of_an_unlisted_abbreviation_stays(nlp):
    types = _types(nlp, "The Federal Bureau of Investigation (FBI) arrested two men in Ohio on Monday.")
    assert types.get("Federal Bureau of Investigation") == "ORG"


def test_spelled_out_reads_the_brackets(nlp):
    doc = nlp("Users can connect through a VPN (Virtual Private Network) at the airport.")
    start = [t.text for t in doc].index("Virtual")
    assert spelled_out(doc, start, start + 3)
    assert not spelled_out(doc, 0, 1)


@pytest.mark.parametrize("name, expected", [
    ("International Master", True), ("Women Grand Masters", True), ("Israeli Grand Master", True),
    ("Grandmaster", True), ("Master Card", False), ("Masters Tournament", False), ("Grand Master Flash Band", False),
])
def test_rank_title(name, expected):
    assert rank_title(name, lexicon=get_lexicon()) is expected


def test_title_of_rank_is_no_node_and_its_holder_stays(nlp):
    types = _types(nlp, "She drew with Indian Grand Master (GM) Koneru Humpy in the last round in Monaco.")
    assert "Indian Grand Master" not in types and "GM" not in types
    assert types.get("Koneru Humpy") == "PERSON"


@pytest.mark.parametrize("text, name", [
    ("Her brother, Florence, said the family would appeal the ruling in Nairobi.", "Florence"),
    ("The mayor, his wife Georgia and their son attended the parade in Toronto.", "Georgia"),
])
def test_relative_named_after_kinship_noun_is_a_person(nlp, text, name):
    assert _types(nlp, text).get(name) == "PERSON"


def test_place_after_kinship_noun_and_preposition_stays_a_place(nlp):
    assert _types(nlp, "Her brother moved to Kenya in 2015 to work for an aid agency.").get("Kenya") == "GPE"


def test_occasion_named_whole_gets_its_type_and_its_lone_head_no_node(nlp):
    text = ("Students from Peru won medals at the Andean Chemistry Olympiad in Quito. "
            "Next year the Olympiad will be held in La Paz.")
    types = _types(nlp, text)
    assert types.get("Andean Chemistry Olympiad") == "EVENT"
    assert "Olympiad" not in types
