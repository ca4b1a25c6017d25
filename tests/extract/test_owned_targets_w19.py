"""The target of a material conflict aimed at an actor's thing or place is its owner (``extract.events.owned_targets``).

Every sentence is invented for the test; the expected codes come from the text and the shipped tables (the
agents file: militants ``INS``, rebels ``REB``, party ``PTY``; the Phoenix dictionaries: Boko Haram ``NGAREB``).
"""

from __future__ import annotations

import pytest

from .helpers import document_facts, relations_named


def _object_codes(nlp, text, verb):
    facts = document_facts(nlp, text, date="2020-06-01")
    return [(rel.object.actor_code, rel.event.root if rel.event else None) for rel in relations_named(facts, verb)]


@pytest.mark.parametrize(
    ("text", "verb", "code"),
    [
        # a modifier's agent noun, read in the plural ("Kurdish militants")
        ("Turkish warplanes struck Kurdish militant positions in northern Iraq on Sunday.", "strike", "INS"),
        # a participle of holding after a hyphen: the holder, whatever the place noun
        ("The Syrian army shelled rebel-held areas near the city of Idlib.", "shell", "REB"),
        # a listed group's name before the noun
        ("Nigerian troops destroyed Boko Haram camps in Borno state.", "destroy", "NGAREB"),
    ],
)
def test_owner_is_target(nlp, text, verb, code):
    assert any(got == code for got, _root in _object_codes(nlp, text, verb))


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        # families are no actor of the dictionaries
        ("Militants destroyed the homes of 300 families in the village.", "destroy"),
        # a town owns its station as a place, not as an actor
        ("Gunmen attacked the town's power station in Kaduna state.", "attack"),
        ("Militants bombed the city's water station.", "bomb"),
        # no conflict: guarding aims at no one
        ("Troops guarded militant hideouts near the border.", "guard"),
    ],
)
def test_no_owner_actor(nlp, text, verb):
    assert all(got is None for got, _root in _object_codes(nlp, text, verb))
