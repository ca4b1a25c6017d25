"""it / they agree in kind with what they stand for, else stay unresolved (issue 12; extract/coref_reported.py).

A subject pronoun of a clause a named subject reports is that reporter ("Apple said it would appeal"),
unless the reported clause says no act of its own (a copula, a passive, a verb with no object) while an
earlier common noun of the pronoun's number is a subject: then the pronoun may be that noun ("An
earthquake struck Turkey. The US Geological Survey reported it was of 7.0 magnitude": the earthquake),
and it stays unresolved. Invented sentences and sentences of the kind the fresh Wikinews audit found, each
class with controls where the same shape does have the named referent.
"""

from __future__ import annotations

import pytest

from extract.coref_reported import says_no_act
from tests.extract.test_pronoun_agreement import resolved


@pytest.mark.parametrize(("text", "word"), [
    # a copula about the event the sentence before named
    ("A strong earthquake struck off the coast of Turkey on Friday. "
     "The US Geological Survey reported it was of 7.0 magnitude.", "it"),
    ("A storm hit the coast on Monday. The National Weather Service said it was the strongest in decades.", "it"),
    # a passive about the things named as a subject earlier in the sentence
    ("Millions of mummified ibis birds have been found in Egyptian tombs, and Egyptologists have reported "
     "they were sacrificed to the god Thoth.", "they"),
    ("A fire broke out at the warehouse on Sunday. The London Fire Brigade said it was started deliberately.",
     "it"),
    ("Two hikers went missing on Saturday. The Red Cross said they were found alive on Monday.", "they"),
    # a verb with no object
    ("A cargo ship ran aground near the port on Tuesday. The Sri Lankan Navy said it sank hours later.", "it"),
])
def test_a_reported_pronoun_saying_no_act_after_a_common_subject_is_unresolved(nlp, text, word):
    assert resolved(nlp, text, word) == ()


@pytest.mark.parametrize(("text", "word", "key"), [
    # the reported clause is an act of the reporter's
    ("Apple lost the case on Monday. Apple said it would appeal the ruling.", "it", "apple"),
    ("A man was arrested on Friday. The FBI said it was investigating the shooting.", "it", "fbi"),
    # a copula that calls the pronoun an actor
    ("The milestone came the same day Malawi confirmed its first infections. North Korea claimed, as of "
     "Thursday, it was one of the few countries remaining free of infections.", "it", "north korea"),
    ("The talks collapsed on Monday. Acme Corp said it was the only company still willing to bid.",
     "it", "acme corp"),
    # no common noun stands before the reporter as a subject
    ("The US Geological Survey said it was founded in 1879.", "it", "united states geological survey"),
    ("Volkswagen said on Monday it was hit by a cyber attack.", "it", "volkswagen"),
])
def test_the_same_shapes_keep_the_reporter(nlp, text, word, key):
    assert resolved(nlp, text, word) == (key,)


@pytest.mark.parametrize(("text", "expected"), [
    ("The agency said it was of 7.0 magnitude.", True),
    ("The agency said it was destroyed.", True),
    ("The agency said it sank.", True),
    ("The agency said it would appeal the ruling.", False),
    ("The agency said it was one of the few countries left.", False),
])
def test_says_no_act(nlp, text, expected):
    from extract.lexicon import get_lexicon

    doc = nlp(text)
    it = next(t for t in doc if t.lower_ == "it")
    assert says_no_act(it, get_lexicon()) is expected


# --- "the country" passes over a country named only as the owner of a diplomatic post or envoy -------------

@pytest.mark.parametrize(("text", "key"), [
    ("In 1979, revolutionaries took control of Iran and captured the U.S. embassy. Six other U.S. diplomats "
     "fled to the Canadian embassy and hid until Mendez smuggled them out of the country disguised as a "
     "film crew.", "iran"),
    ("Protesters gathered in Venezuela on Monday. Two opposition leaders took refuge in the Spanish embassy, "
     "and the government said they would not be allowed to leave the country.", "venezuela"),
    ("Police in Thailand arrested a man near the British embassy. The country has strict laws on insulting "
     "the king.", "thailand"),
    # alone, the owner stays: nothing else is named
    ("The Canadian embassy issued a warning on Monday. The country's foreign minister said the situation "
     "was stable.", "canada"),
])
def test_the_country_is_not_an_embassy_owner_when_another_is_named(nlp, text, key):
    assert resolved(nlp, text, "country") == (key,)


# --- "they" for a lone organisation only when the article shows it acting ----------------------------------

@pytest.mark.parametrize("text", [
    "The study was published in PNAS last year. The tools are old, and they made them before humans did.",
    "The report was written for the Red Cross. They must now decide what to do.",
])
def test_they_is_no_organisation_never_shown_acting(nlp, text):
    assert resolved(nlp, text, "they" if "they" in text else "They") == ()


@pytest.mark.parametrize(("text", "key"), [
    ("Red Hat announced the change on Tuesday. They said the old system would end.", "red hat"),
    ("Greenpeace opened a new office in Berlin on Monday. They said the office would employ 20 people.",
     "greenpeace"),
])
def test_they_is_an_organisation_shown_acting(nlp, text, key):
    assert resolved(nlp, text, "They") == (key,)


def test_it_is_no_organisation_never_shown_acting(nlp):
    text = ("This was a press release from the Chinese National Academy of Sciences in November. "
            "And back then they claimed it is only a binary. It has an accretion disk.")
    assert resolved(nlp, text, "It") == ()


def test_it_is_an_organisation_shown_acting(nlp):
    text = "Acme Steel opened a new plant in Ohio on Monday. It hired 300 workers."
    assert resolved(nlp, text, "It") == ("acme steel",)


def test_a_name_given_by_a_fronted_naming_participle_shows_the_subject(nlp):
    text = ("Kipchoge ran in Vienna, Austria. It was an event specifically designed to help Kipchoge break the "
            "two hour barrier. Called the Ineos 1:59 Challenge, it featured 42 pacemakers.")
    assert resolved(nlp, text, "it") == ("ineos 1:59 challenge",)
