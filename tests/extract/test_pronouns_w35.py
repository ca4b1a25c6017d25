"""it / they and things: an "it" able or willing is a body, a name's possessed noun is its clause's subject,
a thing told of in the present and a craft's "it" are no actor (extract/coref_agent_states.py,
extract/coref_subjects.py, extract/coref_things.py), on corpus and invented sentences through the real
pipeline."""

from __future__ import annotations

from tests.extract.test_pronoun_agreement import resolved


# an "it" that is able, ready or aware is the body before it, not the empty "it" of "it is clear that"

def test_it_unable_to_operate_is_the_board_named_before(nlp):
    text = ("Meanwhile the National Transportation Safety Board, commonly involved in major highway accident "
            "probes, was absent. It is presently unable to operate due to a shutdown of the government.")
    assert resolved(nlp, text, "It") == ("national transportation safety board",)


def test_it_ready_to_talk_is_the_ministry(nlp):
    text = "The Foreign Ministry of Iran rejected the claims on Monday. It was ready to talk, a spokesman added."
    assert resolved(nlp, text, "It") != ()


def test_it_is_clear_that_stays_empty(nlp):
    text = "Greenpeace criticised the plan on Monday. It is clear that the forest will suffer."
    assert resolved(nlp, text, "It") == ()


def test_it_was_dangerous_stays_empty(nlp):
    text = "Oxfam sent workers to the camp. Officials said it was dangerous."
    assert resolved(nlp, text, "it") == ()


# the possessed noun of a name parsed as a subject

def test_a_database_of_an_organisation_is_not_the_organisation(nlp):
    text = ("The Centre for Aviation's database of air carriers lists Saha as belonging to the Air Force "
            "and states it runs flights with Boeing 707s.")
    assert resolved(nlp, text, "it") == ()


# a thing introduced as a past verb's object, told of in the present

def test_a_law_passed_and_what_it_requires(nlp):
    text = "The European Parliament approved the new copyright law on Tuesday. It requires platforms to filter uploads."
    assert resolved(nlp, text, "It") == ()


def test_a_report_published_and_what_it_warns(nlp):
    text = "The World Bank published a report on poverty. It warns that food prices will rise."
    assert resolved(nlp, text, "It") == ()


def test_a_measure_rejected_and_what_it_would_have_done(nlp):
    text = "The Senate rejected the measure on Friday. It would have raised the minimum wage."
    assert resolved(nlp, text, "It") == ()


def test_guidelines_issued_and_what_they_ban(nlp):
    text = "The Health Ministry of Peru issued new guidelines on Monday. They ban gatherings of more than ten people."
    assert resolved(nlp, text, "They") == ()


def test_a_phone_launched_and_what_it_costs(nlp):
    text = "Samsung launched a new phone on Monday. It costs 900 dollars."
    assert resolved(nlp, text, "It") == ()


def test_sanctions_imposed_and_what_they_target(nlp):
    text = "The European Union imposed sanctions on Russia. They target banks and oil companies."
    assert resolved(nlp, text, "They") == ()


def test_a_missile_launched_and_what_the_country_says_is_the_country(nlp):
    text = "Russia launched a missile on Tuesday. It says the test was a success."
    assert resolved(nlp, text, "It") == ("russia",)


def test_a_past_deed_told_in_the_present_perfect_is_the_actor(nlp):
    text = "China condemned the visit on Friday. It has warned the United States before."
    assert resolved(nlp, text, "It") == ("china",)


def test_a_thing_that_is_no_text_does_not_block_a_present_they(nlp):
    text = "WWE expressed sadness and extended condolences to the family. They currently feature a video on their website."
    assert resolved(nlp, text, "They") == ("wwe",)


def test_borders_do_not_agree_with_it(nlp):
    text = "Germany closed its borders in March. It is now reopening them."
    assert resolved(nlp, text, "It") == ("germany",)


# a craft's "it"

def test_the_day_it_sank_is_the_submarine(nlp):
    text = ("The Grayback was short on torpedoes from its recent attack on Japanese cargo ships. "
            "The Lost 52 Project identifies February 26, 1944 as the day it sank.")
    assert resolved(nlp, text, "it") == ()


def test_it_capsized_is_the_boat_not_the_charity(nlp):
    text = "Sea-Watch said the boat left Libya on Monday, and it capsized off Lampedusa hours later."
    assert resolved(nlp, text, "it") == ()


def test_a_country_that_sinks_a_ship_is_still_it(nlp):
    text = "Iran seized the tanker in July. It sank a second vessel in August."
    assert resolved(nlp, text, "It") == ("iran",)
