"""The sentence settles the tagger's commonest confusions (extract/entity_context.py), on invented sentences
through the real pipeline: the noun a name modifies, a person noun beside it, a product's make, a taxon."""

from __future__ import annotations

import pytest

from extract.entities import entities_of
from extract.entity_context import is_taxon


def types(nlp, text):
    return {e.label: e.type for e in entities_of(nlp(text))}


@pytest.mark.parametrize("text, label, expected", [
    # A person noun bound to the name: before it, or in apposition after it.
    ("The payments went to porn actress Velvet Marlowe and to a lawyer.", "Velvet Marlowe", "PERSON"),
    ("Early opponent MP Tamsin Corrigal said the bill was better now.", "Tamsin Corrigal", "PERSON"),
    ("Dorian Vale, chief executive of the museum, valued the statue.", "Dorian Vale", "PERSON"),
    # The noun the name modifies: a company, a place, a facility.
    ("The buyers named the Grovendahl chain and two property developers.", "Grovendahl", "ORG"),
    ("The poachers met in Veluthampatti forest before dawn.", "Veluthampatti", "LOC"),
])
def test_the_context_gives_the_type(nlp, text, label, expected):
    assert types(nlp, text).get(label) == expected


@pytest.mark.parametrize("text, label", [
    ("He flipped the Kessler truck he had been driving.", "Kessler"),
    ("The aircraft was a Boeing 737 and it landed in rain.", "Boeing"),
    ("The divers counted Acropora millepora and Porites cylindrica on the reef.", "Acropora millepora"),
])
def test_products_and_taxa_are_no_entities(nlp, text, label):
    assert label not in types(nlp, text)


def test_a_company_named_as_an_actor_stays(nlp):
    # Only the product use goes: a company that acts keeps its node.
    found = types(nlp, "Boeing said on Monday that its factory in Seattle would close.")
    assert found.get("Boeing") == "ORG"


@pytest.mark.parametrize("text, expected", [
    ("Acropora millepora", True), ("A. millepora", True), ("Ebola virus", True),
    ("Ludwig van Beethoven", False), ("Osama bin Laden", False), ("Angela Merkel", False), ("Caudipteryx", True),
    ("London", False),
])
def test_taxon(text, expected):
    assert is_taxon(text) is expected


@pytest.mark.parametrize("text, label", [
    # The tagger takes these for people; the sentence puts something in them.
    ("The attackers struck in Tarek Wardi on Monday.", "Tarek Wardi"),
    ("The bomb was rammed into a military base in Maidan Shahr in the centre of the country.", "Maidan Shahr"),
])
def test_where_something_happens_is_a_place(nlp, text, label):
    assert nlp(text).ents[0].label_ == "PERSON"  # the tagger's reading, which the rule corrects
    assert types(nlp, text)[label] == "GPE"


def test_faith_in_a_person_keeps_the_person(nlp):
    assert types(nlp, "Voters lost faith in Martina Kovacs after the vote.").get("Martina Kovacs") == "PERSON"


@pytest.mark.parametrize("name, expected", [
    ("Paul Ferrante", True),         # a given name of the knowledge base's people, an unknown surname
    ("Dominic Harewood", True),
    ("Al Jazeera", False),           # "Al" is an article as often as a name
    ("Virginia Beach", False),       # a given name that is a province proves nothing
    ("Paul Allen Foundation", False),  # the last word names a kind of thing
    ("Paul", False),                 # one word
    ("Paul Madrid", False),          # a big place's name as the last word
])
def test_personal_name(name, expected):
    from extract.entity_context import is_personal_name
    from extract.lexicon import get_lexicon

    assert is_personal_name(name, lexicon=get_lexicon()) is expected
