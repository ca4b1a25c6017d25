"""A plural pronoun after a name coordinated with a common noun, and an empty "it" of seeming
(extract/coref_mixed.py, extract/coref_expletive.py).

Invented news sentences through the real pipeline: "Tesco and other retailers ... they" is the group, not Tesco;
"Russia, Turkey and other countries ... They" is no pair of the two names; a pair of names alone still is; "it looks
like the talks have failed", "it was as if ..." refer to nothing named, while a subject "it" of another verb still
takes its organisation.
"""

from __future__ import annotations

import pytest

from tests.extract.test_pronoun_agreement import resolved


@pytest.mark.parametrize("text, word", [
    ("Tesco and other retailers said they would raise prices.", "they"),
    ("Lufthansa and other airlines said on Monday that they would cut fares.", "they"),
    ("Exxon and other oil producers met on Monday. They agreed to cut output.", "They"),
])
def test_a_name_coordinated_with_a_common_noun_is_no_plural_antecedent(nlp, text, word):
    assert resolved(nlp, text, word) == ()


def test_a_pair_of_names_alone_is_still_they(nlp):
    text = "Exxon and Chevron met on Monday. They agreed to cut output."
    assert set(resolved(nlp, text, "They")) == {"exxon", "chevron"}


def test_a_single_organisation_is_still_they(nlp):
    text = "Tesco said they would raise prices."
    assert resolved(nlp, text, "they") == ("tesco",)


@pytest.mark.parametrize("text, word", [
    ("Microsoft refused to comment on Friday. So it looks like the talks have failed.", "it"),
    ("Chelsea was fined on Monday. It sounds like the players were angry.", "It"),
    ("Siemens lost money in March. It was as if the market had vanished overnight.", "It"),
    ("Siemens lost money in March. It looks as though the market had vanished.", "It"),
])
def test_an_it_of_seeming_refers_to_nothing(nlp, text, word):
    assert resolved(nlp, text, word) == ()


def test_an_it_that_acts_still_takes_its_organisation(nlp):
    text = "Siemens lost money in March. It said sales would recover next year."
    assert resolved(nlp, text, "It") == ("siemens",)
