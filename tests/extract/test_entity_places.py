"""First-level divisions in the gazetteer (states, provinces) and what they change."""

from __future__ import annotations

import pytest

from extract.lexicon import get_lexicon
from extract.linking import link_entity
from extract.types import Entity


@pytest.fixture(scope="module")
def lexicon():
    return get_lexicon()


@pytest.mark.parametrize(("name", "country"), [
    ("Montana", "US"), ("Vermont", "US"), ("California", "US"),
    ("Karnataka", "IN"), ("New South Wales", "AU"), ("Sichuan", "CN"),
])
def test_states_and_provinces_are_divisions(lexicon, name, country):
    kinds = {(e.kind, e.country) for e in lexicon.gazetteer.candidates(name)}
    assert ("admin1", country) in kinds


@pytest.mark.parametrize("name", ["Central", "Northern", "Capital", "Western"])
def test_compass_and_generic_division_names_are_left_out(lexicon, name):
    assert not [e for e in lexicon.gazetteer.candidates(name) if e.kind == "admin1"]


def test_a_city_in_its_state_is_placed_by_the_state(lexicon):
    gazetteer = lexicon.gazetteer
    state = gazetteer.lookup("Maryland", countries=("US",))
    city = gazetteer.lookup("Bethesda", countries=("US",))
    assert state.kind == "admin1" and city.kind == "city"
    assert gazetteer.container_of(city, [state]) is state


def test_a_major_city_keeps_its_referent_against_its_state(lexicon):
    assert lexicon.gazetteer.lookup("New York").kind == "city"


def test_a_city_named_city_links_though_its_state_shares_the_name(lexicon):
    nyc = lexicon.gazetteer.lookup("New York City")
    entity = Entity("new york city", "New York City", "GPE", geonames_id=nyc.geonames_id)
    link = link_entity(entity, lexicon=lexicon, text="in New York City")
    assert link is not None and link.qid == "Q60"
