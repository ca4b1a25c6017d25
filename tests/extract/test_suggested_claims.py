"""Suggesting that something is so (extract.events.suggested_claims): a statement (010) by an actor, no
event by a thing; a proposal keeps its appeal (020).

Invented sentences; expected values from the CAMEO codebook (SUGGEST [020] is a proposal to someone, 010
"Make statement") and the events gold ("suggested a broader probe" 020).
"""

from __future__ import annotations

import pytest

from extract.events.suggested_claims import suggested_claim_event
from extract.lexicon import get_lexicon
from extract.types import Argument, Event

_APPEAL = Event(code="020", root="02", label="Make an appeal or request", quad_class="verbal cooperation")


def _arg(sentence, text, type_, code=None):
    start = sentence.find(text)
    return Argument(key=text, label=text, type=type_, text=text, start=start, end=start + len(text), actor_code=code)


def _suggest(doc):
    return next(t for t in doc if t.lemma_.lower() == "suggest")


@pytest.mark.parametrize("text", [
    "Senator Okafor suggested that the refinery fire was deliberate.",
    "Senator Okafor suggested that the budget could collapse by spring.",
])
def test_an_actor_suggesting_that_something_is_so_makes_a_statement(nlp, text):
    doc = nlp(text)
    found = suggested_claim_event(_APPEAL, _suggest(doc), _arg(text, "Okafor", "PERSON", "NGALEG"), None, get_lexicon())
    assert found is not None and found.code == "010"


def test_a_thing_suggesting_something_is_no_event(nlp):
    text = "The autopsy report suggested that the prisoner had died of a fever."
    doc = nlp(text)
    assert suggested_claim_event(_APPEAL, _suggest(doc), _arg(text, "The autopsy report", "CONCEPT"), None,
                                 get_lexicon()) is None


@pytest.mark.parametrize("text", [
    "The mediator suggested a new round of talks.",
    "The mediator suggested that both sides should return to the table.",
])
def test_a_proposal_stays_an_appeal(nlp, text):
    doc = nlp(text)
    found = suggested_claim_event(_APPEAL, _suggest(doc), _arg(text, "The mediator", "CONCEPT", "IGO"), None,
                                  get_lexicon())
    assert found == _APPEAL
