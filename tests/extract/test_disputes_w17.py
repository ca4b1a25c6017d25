"""Verbs of fighting between political actors (``extract/events/disputes.py``): a quarrel of words is
no use of force; police and protesters, troops and rebels keep theirs; a mutual pair of force has one
code in both directions.

Every sentence is invented for the test; the expected codes come from the text.
"""

from __future__ import annotations

import pytest

from .helpers import text_relations

_DATE = "2020-06-01"


def _codes(nlp, text, lemma):
    rels = [r for r in text_relations(nlp, text, date=_DATE) if r.predicate.lemma == lemma]
    return rels, {r.event.code for r in rels if r.event is not None}


@pytest.mark.parametrize("text", [
    "The finance minister clashed with the opposition leader over the budget on Tuesday.",
    "Senator Warren has clashed repeatedly with President Biden over student debt.",
    "Labour and the Conservatives clashed in parliament over the health bill.",
    "Germany and France clashed over farm subsidies at the summit in Brussels.",
])
def test_political_clash_is_no_force(nlp, text):
    _, codes = _codes(nlp, text, "clash")
    assert not codes & {"182", "190"}, codes


@pytest.mark.parametrize(("text", "allowed"), [
    ("Police clashed with protesters outside the parliament in Santiago.", {"145", "175"}),
    ("Government troops clashed with rebels in the north of the country on Sunday.", {"190"}),
    ("Security forces clashed with militants near the border, leaving six dead.", {"190"}),
])
def test_physical_clash_keeps_force(nlp, text, allowed):
    _, codes = _codes(nlp, text, "clash")
    assert codes and codes <= allowed, codes


def test_clash_over_a_place_keeps_force(nlp):
    _, codes = _codes(nlp, "Pakistan clashed with India over Kashmir.", "clash")
    assert codes == {"190"}


def test_mutual_pair_of_force_has_one_code(nlp):
    rels, codes = _codes(nlp, "Senator Warren clashed with President Biden in the street.", "clash")
    assert len(rels) == 2 and all(r.mutual for r in rels)
    assert len(codes) == 1, codes
