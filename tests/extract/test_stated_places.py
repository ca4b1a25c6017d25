"""A place whose country the text states beside it gives an actor that country (extract/actors/stated_places.py).

Invented sentences through the real pipeline: "Antioch, Illinois" is the American Antioch, not the Turkish
one the actor dictionaries list; "Tripoli, Lebanon" is the Lebanese city, not Libya's capital. A place with
no country beside it keeps its best-known reading, and a list of countries is no place and its country.
"""

from __future__ import annotations

import pytest

from extract.actors.stated_places import stated_country
from extract.lexicon import get_lexicon

from .helpers import text_relations

_DATE = "2020-11-07"


def _codes(nlp, text):
    return {(r.subject.text, r.subject.actor_code) for r in text_relations(nlp, text, date=_DATE)}


@pytest.mark.parametrize("text, subject, code", [
    ("A resident of Antioch, Illinois, the man is accused of killing two people.", "A resident", "USACVL"),
    ("Police in Tripoli, Lebanon arrested two men on Sunday.", "Police", "LBNCOP"),
    ("Police in Paris, Texas arrested two men on Sunday.", "Police", "USACOP"),
])
def test_the_country_written_after_the_place_wins(nlp, text, subject, code):
    assert (subject, code) in _codes(nlp, text)


@pytest.mark.parametrize("text, subject, code", [
    ("Police in Paris arrested two men on Sunday.", "Police", "FRACOP"),
    ("Police in Tripoli arrested two men on Sunday.", "Police", "LBYCOP"),
])
def test_a_place_with_nothing_beside_it_keeps_its_known_reading(nlp, text, subject, code):
    assert (subject, code) in _codes(nlp, text)


@pytest.mark.parametrize("text, start, end", [
    ("Protesters in Poland, Germany and France marched.", 2, 3),  # a list of countries
    ("Police in Tripoli, Lebanese officials said, arrested two men.", 2, 3),  # a nationality word
    ("Police in Paris, Lagos and Nairobi arrested two men.", 2, 3),  # a list of cities
])
def test_no_stated_country(nlp, text, start, end):
    doc = nlp(text)
    assert stated_country(doc[start:end], lexicon=get_lexicon()) is None


def test_a_division_of_one_country_states_it(nlp):
    doc = nlp("Police in Kenosha, Wisconsin arrested a teenager.")
    assert stated_country(doc[2:3], lexicon=get_lexicon()) == "USA"
