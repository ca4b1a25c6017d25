"""A verb of telling someone to act, in its appeal frame, keeps its CAMEO default.

"press" is listed under several CAMEO synsets, so with no fitting pattern it gives no event
("pressed the button"). With an acting object and a "to" infinitive ("pressed Serbia to recognise
Kosovo") it is the demand (100) its default is written for. Every sentence is invented.
"""

from __future__ import annotations

import pytest

from .helpers import document_facts, event_root

DATE = "2019-06-01"


def _press(nlp, text: str) -> list:
    facts = document_facts(nlp, text, date=DATE)
    found = [r for r in facts.relations if r.predicate.lemma == "press"]
    assert found, [r.predicate.lemma for r in facts.relations]
    return found


def test_pressing_a_country_to_act_is_a_demand_on_it(nlp):
    found = _press(nlp, "The EU pressed Serbia to recognise Kosovo in March.")
    assert [(r.object.text, event_root(r)) for r in found] == [("Serbia", "10")]


@pytest.mark.parametrize("text", [
    "Protesters pressed the button to open the gate.",
    "Chile pressed Peru on fishing rights at the meeting.",
])
def test_press_without_the_appeal_frame_stays_without_event(nlp, text):
    assert all(event_root(r) is None for r in _press(nlp, text))
