"""Praise and endorsement events: a delayed negation, a performed endorsement, a person praised.

"X did not endorse Y until August" says Y was endorsed in August (asserted 051); "your campaign, which I
endorse" performs the endorsement (no standing state); "a good man", "a great leader" praise a person.
Invented sentences, through the real pipeline.
"""

from __future__ import annotations

import pytest

from extract.events.performatives import performed

from .helpers import document_facts

__all__: list[str] = []


def _endorsements(nlp, text, lemma):
    facts = document_facts(nlp, text, date="2020-03-02")
    return [(r.event.code if r.event else None, r.modality, r.negated)
            for r in facts.relations if r.predicate.lemma == lemma]


@pytest.mark.parametrize("text, lemma, expected", [
    # "not ... until" in the past: the act happened then
    ("Senator Jane Ortiz did not endorse Governor Tom Reyes until August.", "endorse", ("051", "asserted", False)),
    ("Police did not arrest the gunman until Tuesday morning.", "arrest", ("173", "asserted", False)),
    # a future "not ... until" is a condition, and a plain negation stays
    ("Senator Jane Ortiz will not endorse Governor Tom Reyes until August.", "endorse", (None, "negated", True)),
    ("Senator Jane Ortiz did not endorse Governor Tom Reyes in August.", "endorse", (None, "negated", True)),
    # praise of a person by a word that needs a person to praise
    ("Governor Ann Walsh called Senator Tom Reyes a good man.", "call", ("051", "asserted", False)),
    ("Mayor Paul Hart described his deputy, Lena Morris, as a great leader.", "describe", ("051", "asserted", False)),
])
def test_support_event(nlp, text, lemma, expected):
    assert expected in _endorsements(nlp, text, lemma)


@pytest.mark.parametrize("text, lemma", [
    ("Governor Ann Walsh called the budget a good deal.", "call"),  # a thing, no one praised
    ("Governor Ann Walsh described the harvest as a great success.", "describe"),
])
def test_no_praise_of_a_thing(nlp, text, lemma):
    assert all(code is None for code, _, _ in _endorsements(nlp, text, lemma))


@pytest.mark.parametrize("text, verb, root, expected", [
    ("We back your campaign, which I endorse.", "endorse", "05", True),
    ("They condemned the raid, which we condemn too.", "condemn", "11", True),
    ("The rebels lost the hills, which we control.", "control", "19", False),  # a material act
    ("These are the standards, which we meet.", "meet", "04", False),  # no act of stance
    ("The charity, which praises volunteers, closed.", "praises", "05", False),  # no "I"/"we"
])
def test_a_first_person_act_of_stance_is_performed(nlp, text, verb, root, expected):
    doc = nlp(text)
    tok = next(t for t in doc if t.text == verb)
    assert performed(tok, root) is expected
