"""it / they agree in kind (extract/coref_situations.py, extract/coref_partitives.py, extract/coref_interviewers.py).

Invented news sentences through the real pipeline: an "it" of an event verb after an event noun is the
event; a copula's actor complement ("the first country to ...") keeps its "it"; single quotation marks
quote; "both of its players" rival a team's "they"; a news medium that only asks or is told is no antecedent.
"""

from __future__ import annotations

import pytest

from tests.extract.test_pronoun_agreement import resolved


@pytest.mark.parametrize("text", [
    "Peru declared a national curfew on Monday. It will last at least ten days.",
    "Ecuador held a referendum on oil drilling in the Amazon. It failed for lack of voters.",
    "Ghana hosted the trade conference in Accra. It ended without an agreement on tariffs.",
])
def test_an_event_verb_after_an_event_noun_leaves_it_unresolved(nlp, text):
    assert resolved(nlp, text, "It") == ()


@pytest.mark.parametrize("text, key", [
    ("Peru declared a national curfew on Monday. It ended its curfew two weeks later.", "peru"),
    ("Ecuador held a referendum on oil drilling in the Amazon. It began to sell drilling rights in June.", "ecuador"),
    ("Nokia cut 5,000 jobs in Finland on Tuesday. It ended the year with a loss.", "nokia"),
])
def test_an_event_verb_with_an_object_or_a_verb_keeps_the_actor(nlp, text, key):
    assert resolved(nlp, text, "It") == (key,)


def test_an_actor_noun_after_a_copula_keeps_it(nlp):
    text = "Portugal legalised euthanasia on Friday. It is the fifth country in Europe to do so."
    assert resolved(nlp, text, "It") == ("portugal",)


def test_an_extraposed_infinitive_still_leaves_it_empty(nlp):
    text = "Portugal legalised euthanasia on Friday. It was a mistake to rush the vote, the bishops said."
    assert resolved(nlp, text, "It") == ()


def test_a_pronoun_between_single_quotation_marks_is_not_resolved(nlp):
    text = "Oxfam criticised the budget on Monday. \u2018They have forgotten the poor,\u2019 it said of the ministers."
    assert resolved(nlp, text, "They") == ()
    assert resolved(nlp, text, "it") == ("oxfam",)


def test_an_apostrophe_inside_single_quotation_marks_does_not_close_them(nlp):
    text = ("Oxfam criticised the budget on Monday. \u2018The government\u2019s plan won\u2019t help the poor "
            "or their children,\u2019 it said.")
    assert resolved(nlp, text, "their") == ()
    assert resolved(nlp, text, "it") == ("oxfam",)


def test_players_counted_out_of_a_team_rival_its_they(nlp):
    text = "Juventus suspended three of its players on Friday. They had broken the club's rules."
    assert resolved(nlp, text, "They") == ()


def test_a_team_with_no_plural_noun_between_keeps_its_they(nlp):
    text = "Juventus said on Friday that they would appeal against the fine."
    assert resolved(nlp, text, "they") == ("juventus",)


@pytest.mark.parametrize("text, word", [
    ("Wikinews asked Dr Okafor how their findings could help farmers.", "their"),
    ("Wikinews reached out to the spokesman of the ministry to discuss the plan and its cost.", "its"),
    ("Wikinews spoke to a candidate of the Green Party on Monday. The party won two seats in 2016.", "The party"),
])
def test_a_medium_that_only_asks_is_no_antecedent(nlp, text, word):
    assert "wikinews" not in resolved(nlp, text, word)


def test_a_reporting_medium_keeps_a_they_and_a_description_by_its_own_word(nlp):
    text = ("According to the Saudi Press Agency, the attack struck a refinery near Jeddah. "
            "The agency did not report any casualties.")
    assert resolved(nlp, text, "The agency") == ("saudi press agency",)


def test_a_body_called_they_in_the_sentence_is_not_its_it(nlp):
    text = "The World Health Organization said they were not sure whether it could spread between cats."
    assert resolved(nlp, text, "they") == ("world health organization",)
    assert resolved(nlp, text, "it") == ()


def test_a_body_called_it_keeps_its_it(nlp):
    text = "The World Health Organization said it would send a team of experts to Wuhan."
    assert resolved(nlp, text, "it") == ("world health organization",)


@pytest.mark.parametrize("text", [
    "US troops left Iraq in 2011 and returned three years later. About 5,000 US troops are now in the country.",
    "Kenya's parliament met on Monday. Egypt accused Kenya of hiding Egyptian dissidents in the country.",
])
def test_a_country_owning_what_is_placed_is_not_the_country_it_is_in(nlp, text):
    keys = resolved(nlp, text, "the country")
    assert "united states" not in keys and "egypt" not in keys


def test_a_country_whose_own_people_act_across_it_keeps_the_description(nlp):
    text = "Italy tightened its border with Slovenia. Italian police detained 40 people across the country."
    assert resolved(nlp, text, "the country") == ("italy",)
