"""The "from" phrase of a verb of travel is where the trip began, never an event target
(extract.events.visit_origins).

Expected values come from the text: a leader who returns from a country has not visited it
today; the destination of the same trip keeps its visit; a withdrawal "from" a country keeps
that country as its target (CAMEO 087), as the verb is no verb of travel.
"""

from __future__ import annotations

from extract.types import Document


def _codes(nlp, text, source, target):
    from extract.facts import extract_facts

    facts = next(iter(extract_facts([Document(id="t", text=text, date="2019-06-01")], nlp=nlp)))
    return {r.event.code[:3] for r in facts.relations
            if r.event is not None and source in r.subject.text and target in r.object.text}


def test_return_from_a_country_is_no_visit(nlp):
    text = "French President Emmanuel Macron returned from China on Thursday."
    assert not _codes(nlp, text, "Macron", "China")


def test_return_from_a_capital_is_no_visit(nlp):
    text = "Chinese President Xi Jinping returned from Moscow on Sunday."
    assert not _codes(nlp, text, "Xi Jinping", "Moscow")


def test_origin_of_a_flight_is_no_target(nlp):
    text = "Indonesian President Joko Widodo flew to Tokyo from Jakarta on Monday."
    assert not _codes(nlp, text, "Widodo", "Jakarta")


def test_origin_inside_the_from_phrase_is_no_target(nlp):
    text = "The Dutch prime minister came back to The Hague from a trade mission in Brazil."
    assert not _codes(nlp, text, "prime minister", "Brazil")


def test_visit_keeps_its_target(nlp):
    text = "Indonesian President Joko Widodo visited Japan on Monday."
    assert "042" in _codes(nlp, text, "Widodo", "Japan")
