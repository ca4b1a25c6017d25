"""An act's "it", a "they" with a floating quantifier, the lone country (extract/coref_acts.py).

Invented news sentences through the real pipeline: "X said it was a <act noun>" is the act, not X; "they all",
"them both", "each of them" are several referents, never one organisation; "the country" further back than the
description window is the one country the article named, and nothing when it named two.
"""

from __future__ import annotations

import pytest

from extract.coref_acts import several_referents
from tests.extract.test_pronoun_agreement import resolved

_FILLER = " ".join([
    "Officials said the count was slow.", "Queues formed before dawn.", "Some polling stations opened late.",
    "Young people voted in large numbers.", "The weather was mild.", "Observers reported few problems.",
    "Counting went on through the night.", "Results came on Tuesday.", "Several seats changed hands.",
    "Turnout rose in rural areas.", "Analysts called the outcome a surprise.", "Markets were calm.",
    "Newspapers printed special editions.",
])


@pytest.mark.parametrize("text", [
    "Spain raised taxes on banks in March. The IMF said it was a sensible move.",
    "India banned exports of rice on Friday. Oxfam said it was a mistake that would hurt the poor.",
])
def test_it_with_an_act_complement_is_left_unresolved(nlp, text):
    assert resolved(nlp, text, "it") == ()


@pytest.mark.parametrize("text, key", [
    ("Spain raised taxes on banks in March. The IMF said it would review the plan.", "imf"),
    ("Toyota sold ten million cars last year. It is the largest carmaker in the world.", "toyota"),
])
def test_it_without_an_act_complement_still_resolves(nlp, text, key):
    assert resolved(nlp, text, "it" if "said it" in text else "It") == (key,)


def test_they_all_is_not_one_organisation(nlp):
    text = "Amazon reviewed the contracts of its drivers and said they all met the law."
    assert resolved(nlp, text, "they") == ()


def test_they_both_after_two_countries_is_both(nlp):
    text = "Chile and Peru met in Lima on Monday. They both signed the accord."
    assert set(resolved(nlp, text, "They")) == {"chile", "peru"}


@pytest.mark.parametrize("text, word, expected", [
    ("They all agreed.", "They", True),
    ("The board thanked them both.", "them", True),
    ("Each of them signed.", "them", True),
    ("They agreed with all of the terms.", "They", False),
    ("They said that was all.", "They", False),
])
def test_several_referents(nlp, text, word, expected):
    doc = nlp(text)
    tok = next(t for t in doc if t.text == word)
    assert several_referents(tok) is expected


def test_the_country_far_back_is_the_lone_country(nlp):
    text = "Voters in Ghana went to the polls on Sunday. " + _FILLER + " Across the country, women won more seats."
    assert resolved(nlp, text, "the country") == ("ghana",)


def test_the_country_far_back_after_two_countries_is_left_unresolved(nlp):
    text = ("Voters in Ghana went to the polls on Sunday, a week after Togo. " + _FILLER
            + " Across the country, women won more seats.")
    assert resolved(nlp, text, "the country") == ()


def test_the_lone_country_is_cheap_on_a_long_text(nlp):
    text = "Voters in Ghana went to the polls on Sunday. " + " ".join([_FILLER] * 30) + " Across the country, women won."
    assert resolved(nlp, text, "the country") == ("ghana",)


@pytest.mark.parametrize("text, word", [
    ("Siemens cut its forecast on Monday. It said Siemens would sell the rail unit.", "It"),
    ("Nokia and Ericsson met in Oslo. They said Nokia would build the network.", "They"),
])
def test_a_subject_pronoun_is_not_a_name_its_clause_gives_after_it(nlp, text, word):
    assert resolved(nlp, text, word) == ()


def test_a_subject_pronoun_before_another_pronoun_still_resolves(nlp):
    text = "Siemens cut its forecast on Monday. It said it would sell the rail unit."
    assert resolved(nlp, text, "It") == ("siemens",)


def test_it_was_a_big_change_is_the_change(nlp):
    text = "Netflix raised its prices in Canada. Subscribers said it was a big change."
    assert resolved(nlp, text, "it") == ()
