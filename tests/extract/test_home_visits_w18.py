"""A return to a place of the visitor's own country is no visit (extract.events.home_visits).

Expected values come from the text: a leader returning to his own capital meets no one (no CAMEO 042/043);
touring a region of his own country is a visit, as event coders code domestic visits; so is a trip to a
foreign capital or country, or a host receiving a foreign leader.
"""

from __future__ import annotations

from extract.events.home_visits import home_visit
from extract.lexicon import get_lexicon
from extract.types import Argument, Document, Event

_VISIT = Event(code="042", root="04", label="Make a visit", quad_class="1")


def _arg(text, type_, code):
    return Argument(key=text, label=text, type=type_, text=text, start=0, end=len(text), actor_code=code)


def test_own_capital_is_home():
    assert home_visit(_VISIT, _arg("Macron", "PERSON", "FRAGOV"), _arg("Paris", "GPE", "FRAGOV"), get_lexicon())


def test_foreign_capital_is_a_visit():
    assert not home_visit(_VISIT, _arg("Macron", "PERSON", "FRAGOV"), _arg("Berlin", "GPE", "DEUGOV"), get_lexicon())


def test_same_country_person_is_no_place():
    assert not home_visit(_VISIT, _arg("Trump", "PERSON", "USAGOV"), _arg("Pelosi", "PERSON", "USALEG"), get_lexicon())


def test_organisation_prefix_is_no_country():
    assert not home_visit(_VISIT, _arg("the UN", "ORG", "IGOUNO"), _arg("Geneva", "GPE", "IGOUNO"), get_lexicon())


def _events(nlp, text, source, target):
    from extract.facts import extract_facts

    facts = next(iter(extract_facts([Document(id="t", text=text, date="2019-06-01")], nlp=nlp)))
    return {r.event.code[:3] for r in facts.relations
            if r.event is not None and source in r.subject.text and target in r.object.text}


def test_return_to_own_capital_has_no_visit(nlp):
    text = "Spanish Prime Minister Pedro Sanchez returned to Madrid after the summit in Brussels."
    assert not _events(nlp, text, "Sanchez", "Madrid") & {"042", "043"}


def test_tour_of_own_region_is_a_visit(nlp):
    # event coders code domestic visits (USAGOV 042 USA): only a return home is no visit
    text = "Canadian Prime Minister Justin Trudeau visited British Columbia after the wildfires."
    assert "042" in _events(nlp, text, "Trudeau", "British Columbia")


def test_flying_back_to_own_capital_has_no_visit(nlp):
    text = "Australian Prime Minister Scott Morrison flew back to Canberra on Sunday."
    assert not _events(nlp, text, "Morrison", "Canberra") & {"042", "043"}


def test_trip_to_foreign_capital_is_a_visit(nlp):
    text = "Spanish Prime Minister Pedro Sanchez travelled to Rabat for talks on migration."
    assert "042" in _events(nlp, text, "Sanchez", "Rabat")


def test_host_of_foreign_leader_is_a_visit(nlp):
    text = "Indian Prime Minister Narendra Modi hosted Japanese Prime Minister Shinzo Abe in New Delhi."
    assert "043" in _events(nlp, text, "Modi", "Abe")
