"""The parties inside a verb's event-noun object as its targets (extract.relations.noun_partners).

Expected values come from the text and the CAMEO verb patterns: a mediator mediates between each party
("MEDIATE * BETWEEN [045]"); welcoming or criticising the agreement between two countries answers each;
rejecting an offer of talks with a country rejects that country (REJECT * &PROPOSAL [120]). A topic or a
place in the noun's phrase is no target.
"""

from __future__ import annotations

import pytest

from tests.extract.test_compound_subjects_w19 import _joins


@pytest.mark.parametrize(
    ("text", "source", "targets", "root"),
    [
        ("Egypt mediated a ceasefire between Israel and the Palestinian Authority.", "EGY", ("ISR", "PSE"), "04"),
        ("Qatar brokered a deal between the Taliban and the United States.", "QAT", ("USA",), "04"),
        ("Russia welcomed the agreement between Armenia and Azerbaijan.", "RUS", ("ARM", "AZE"), "05"),
        ("Iran rejected an offer of talks with the United States.", "IRN", ("USA",), "12"),
    ],
)
def test_parties_of_the_object_noun_are_targets(nlp, text, source, targets, root):
    for target in targets:
        assert root in _joins(nlp, text, source, target)


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Russia welcomed talks on Syria.", "RUS", "SYR"),  # a topic
        ("Brazil rejected an offer of help to Venezuelan migrants.", "BRA", "VEN"),  # the offer's recipients
    ],
)
def test_topic_or_recipient_is_no_target(nlp, text, source, target):
    assert not _joins(nlp, text, source, target)


def test_ceasefire_in_a_place_names_no_target(nlp):
    from extract.facts import extract_facts
    from extract.types import Document

    text = "Turkey welcomed the ceasefire in Idlib."
    facts = next(iter(extract_facts([Document(id="t", text=text, date="2019-06-01")], nlp=nlp)))
    assert not [r for r in facts.relations if r.predicate.lemma != "located in" and "Idlib" in r.object.text]
