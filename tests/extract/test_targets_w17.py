"""Actors of typed events (wave 17): a person's body in an "of" phrase after the name
(``extract/actors/affiliations.py``) and the target a preposition after an event noun names
(``extract/events/noun_targets.py``).

Every sentence is invented for the test; the expected codes come from the text (the body's or
country's name, the agent noun's role).
"""

from __future__ import annotations

import pytest

from extract.actors.affiliations import affiliation_code
from extract.lexicon import get_lexicon

from .helpers import relation_of


def _code(arg):
    return arg.actor_code or ""


# --------------------------------------------------------------------------
# 1. "Name of <body>": the person acts for the body


@pytest.mark.parametrize(
    ("text", "verb", "country"),
    [
        ("Olga Petrova of Ukraine's foreign ministry condemned the shelling of the port.", "condemn", "UKR"),
        ("Juan Perez of the Peruvian navy criticised the fishing fleet.", "criticise", "PER"),
        ("Anna Berg of the Swedish health ministry praised the nurses.", "praise", "SWE"),
    ],
)
def test_person_of_a_body_takes_its_country(nlp, text, verb, country):
    rel = relation_of(nlp, text, verb, date="2020-06-01")
    assert rel.event is not None
    assert _code(rel.subject)[:3] == country


def test_person_of_a_listed_body_takes_its_code(nlp):
    rel = relation_of(nlp, "Carlos Diaz of the United Nations criticised the blockade.", "criticise", date="2020-06-01")
    assert _code(rel.subject).startswith("IGOUNO")


@pytest.mark.parametrize(
    "text",
    [
        "Maria Costa of Lisbon criticised the new rules.",  # a place: where she is from
        "Ken Brown of the Riverside Chess Club criticised the new rules.",  # a club no dictionary lists
    ],
)
def test_person_of_a_place_or_unlisted_club_gets_no_country(nlp, text):
    rel = relation_of(nlp, text, "criticise", date="2020-06-01")
    assert not _code(rel.subject)[:3].isalpha() or _code(rel.subject)[:3] not in get_lexicon().countries.by_alpha3


def test_affiliation_needs_of_right_after_the_name(nlp):
    doc = nlp("The report of the Kenyan police was criticised by Jane Otieno.")
    person = next(ent for ent in doc.ents if ent.label_ == "PERSON")
    assert affiliation_code(person, date="2020-06-01", lexicon=get_lexicon()) is None


# --------------------------------------------------------------------------
# 2. an event noun's preposition names the target


@pytest.mark.parametrize(
    ("text", "verb", "source", "target"),
    [
        ("Morocco expressed anger with Spain over the migrants.", "express", "MAR", "ESP"),
        ("Chile lodged a complaint with Bolivia over the border dispute.", "lodge", "CHL", "BOL"),
    ],
)
def test_event_noun_preposition_gives_the_target(nlp, text, verb, source, target):
    rel = relation_of(nlp, text, verb, date="2020-06-01")
    assert rel.event is not None
    assert _code(rel.subject)[:3] == source
    assert _code(rel.object)[:3] == target


@pytest.mark.parametrize(
    "text",
    [
        "Morocco expressed concern over the floods in Rabat.",  # "over" and a town: no target
        "Chile opened an inquiry into the fire at the port.",  # a thing, not an actor
    ],
)
def test_event_noun_preposition_without_an_actor_gives_none(nlp, text):
    verb = "express" if "expressed" in text else "open"
    rel = relation_of(nlp, text, verb, date="2020-06-01")
    assert not _code(rel.object)
