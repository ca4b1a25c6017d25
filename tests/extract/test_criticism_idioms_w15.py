"""News English criticises with "slam" and "hit out at"; CAMEO lists neither as criticism.

"slammed the deal" and "hit out at the party" are 111 (criticize or denounce) against the actor
named; a vehicle slamming into something, a storm slamming a coast and "slammed the door" are
no criticism. Every sentence is invented for the test.
"""

from __future__ import annotations

import pytest

from .helpers import document_facts, event_root

DATE = "2019-06-01"


def _events(nlp, text: str, lemma: str) -> list:
    facts = document_facts(nlp, text, date=DATE)
    return [(r.object.text, event_root(r)) for r in facts.relations if r.predicate.lemma == lemma]


@pytest.mark.parametrize("text, lemma, target", [
    ("Boris Johnson slammed France over the fishing dispute.", "slam", "France"),
    ("Elizabeth Warren hit out at Facebook over its data policy.", "hit out", "Facebook"),
])
def test_slamming_an_actor_is_criticism(nlp, text, lemma, target):
    assert (target, "11") in _events(nlp, text, lemma)


@pytest.mark.parametrize("text", [
    "Typhoon Hagibis slammed Japan on Saturday.",
    "Hungary slammed the door on talks with Brussels.",
    "A bus slammed into a shop in Madrid on Friday.",
])
def test_slamming_with_no_critic_or_no_one_criticised_is_none(nlp, text):
    facts = document_facts(nlp, text, date=DATE)
    assert not [r for r in facts.relations if event_root(r) == "11"]
