"""Dealing with something is handling it (extract.events.dealings): the verb "deal" read alone is no
diplomatic cooperation or agreement; a deal struck stays one. Invented sentences, end to end."""

from __future__ import annotations

import pytest

from extract.facts import extract_facts
from extract.types import Document


def _codes(nlp, text, lemma):
    facts = next(iter(extract_facts([Document(id="t", text=text, date="2021-03-01")], nlp=nlp)))
    return {r.event.code if r.event else None for r in facts.relations if r.predicate.lemma == lemma}


@pytest.mark.parametrize("text", [
    "The Kenyan government dealt with the striking doctors harshly.",
    "The French police dealt with the rioters in Marseille.",
])
def test_dealing_with_people_is_no_agreement(nlp, text):
    assert _codes(nlp, text, "deal") == {None}


def test_a_deal_struck_stays_an_agreement(nlp):
    codes = _codes(nlp, "Airbus struck a deal with the Chinese government on Monday.", "strike deal")
    assert codes and None not in codes
