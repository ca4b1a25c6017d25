"""Laws, treaties, plans, programmes and products the tagger types as actors: no node, and no actor code on an
event's side (extract/law_names.py, extract/model_years.py); the bodies named like them keep their node.

Invented sentences through the real pipeline, and the pure helpers on word lists.
"""

from __future__ import annotations

import pytest

from extract.law_names import head_word, law_type, thing_argument
from extract.lexicon import get_lexicon

from .helpers import document_facts, named_types


@pytest.mark.parametrize("text, name", [
    ("Lisbon and Madrid signed the Tagus Accords in a ceremony on Friday.", "Tagus Accords"),
    ("Kosovo and Serbia broke the Ohrid Agreements within a week, the mediators said.", "Ohrid Agreements"),
    ("Chile ratified the Convention on the Protection of Migrant Fishers in March.",
     "Convention on the Protection of Migrant Fishers"),
    ("Opponents of the Lakeland Freight Program marched to the port authority on Monday.", "Lakeland Freight Program"),
    ("Farmers in the valley rejected the Danube Water Deal at a meeting in Ruse.", "Danube Water Deal"),
    ("Lawyers said the Baltic Shipping Pact had been broken twice since 2019.", "Baltic Shipping Pact"),
])
def test_a_law_treaty_or_programme_is_no_node(nlp, text, name):
    assert name not in named_types(nlp, text)


@pytest.mark.parametrize("text, name", [
    ("The World Food Programme delivered grain to Yemen on Tuesday.", "World Food Programme"),
    ("Kenya's Commission on Administrative Justice criticised the police on Monday.",
     "Commission on Administrative Justice"),
    ("The United Nations Environment Programme warned Brazil about deforestation.",
     "United Nations Environment Programme"),
])
def test_a_body_named_like_a_programme_or_with_a_preposition_stays_an_organisation(nlp, text, name):
    assert named_types(nlp, text).get(name) == "ORG"


def test_a_given_name_before_a_treaty_plural_is_no_person(nlp):
    got = named_types(nlp, "Two rival factions signed the Samuel Accords in Oslo on Friday, ending the war.")
    assert "Samuel Accords" not in got


def test_a_given_name_and_a_surname_that_is_a_law_word_stay_a_person(nlp):
    got = named_types(nlp, "Governor Nathan Deal signed the budget on Monday.")
    assert got.get("Nathan Deal") == "PERSON"


def test_the_head_word_stands_before_a_linking_preposition():
    assert head_word(["commission", "on", "presidential", "debates"]) == "commission"
    assert head_word(["regulations", "for", "buses"]) == "regulations"
    assert head_word(["chesapeake", "energy", "arena"]) == "arena"
    parts = ["convention", "on", "biological", "diversity"]
    assert law_type("Convention on Biological Diversity", parts, lexicon=get_lexicon()) == "LAW"


def test_an_event_against_a_law_named_after_a_country_gives_the_law_no_country(nlp):
    facts = document_facts(nlp, "Israel condemned the Iran Nuclear Deal on Tuesday.", date="2018-05-01")
    sides = [r.object for r in facts.relations if r.event is not None and "Deal" in r.object.text]
    assert sides, [(r.subject.text, r.object.text) for r in facts.relations]
    assert all(side.actor_code is None for side in sides)


def test_a_country_as_an_events_target_keeps_its_code(nlp):
    facts = document_facts(nlp, "Israel condemned Iran on Tuesday.", date="2018-05-01")
    targets = [r.object for r in facts.relations if r.event is not None and r.object.text == "Iran"]
    assert targets and targets[0].actor_code == "IRN"


@pytest.mark.parametrize("text, fragment", [
    ("The regulator grounded every Boeing 737 MAX after the second crash.", "MAX"),
    ("Qantas said the 787 Dreamliner would fly the route from June.", "Dreamliner"),
])
def test_a_variant_word_after_a_model_number_is_no_node(nlp, text, fragment):
    assert fragment not in named_types(nlp, text)


def test_a_thing_argument_is_an_occasion_a_product_or_a_work():
    lexicon = get_lexicon()
    assert thing_argument("EVENT", None, lexicon=lexicon)
    assert thing_argument("PRODUCT", None, lexicon=lexicon)
    assert not thing_argument("GPE", None, lexicon=lexicon)
    assert not thing_argument("CONCEPT", None, lexicon=lexicon)


@pytest.mark.parametrize("text, name, kept", [
    ("Data from the Coastal Storm Warning System showed the surge reached three metres.",
     "Coastal Storm Warning System", False),
    ("The Federal Reserve System raised interest rates on Wednesday.", "Federal Reserve System", True),
])
def test_a_system_named_for_its_function_is_no_node_but_a_body_named_a_system_is(nlp, text, name, kept):
    assert (name in named_types(nlp, text)) is kept


def test_the_abbreviation_of_a_systems_name_is_no_node_either(nlp):
    got = named_types(nlp, "Ships must carry the Automatic Vessel Tracking System (AVTS) in port. "
                           "The AVTS data showed the tanker left on Monday.")
    assert "AVTS" not in got
