"""Modality and quotation roles, round 3: a reporting verb's conjunct, undone event nouns, and a
role description bound by a first-person subject (invented sentences)."""

from __future__ import annotations

import pytest

from extract.events.modality import modality_of
from extract.lexicon import get_lexicon

from .helpers import document_facts, relations_named

_DATE = "2021-06-01"


def _modality(nlp, text, word):
    """(modality, cue) the rules read for the first token ``word`` of ``text``."""
    token = next(t for t in nlp(text) if t.text == word)
    return modality_of(token, get_lexicon())


# --------------------------------------------------------------------------
# a conjunct that belongs with the reporting verb has the reporting verb's modality


@pytest.mark.parametrize(
    "text, verb, modality",
    [
        # the reported clause's "would" / "could" / "no" are not the asking's
        ("The senator predicted the mayor would lose and asked voters to stay home.", "asked", "asserted"),
        ("The senator said there could be fraud and asked voters to stay home.", "asked", "asserted"),
        ("The senator said there was no fraud and urged voters to stay home.", "urged", "asserted"),
        # the reporting verb's own cue still reaches its conjunct
        ("The senator reportedly said the mayor would lose and asked voters to stay home.", "asked", "claimed"),
        # no "and": a participle the parser hung as a conjunct is no second act of the speaker
        ("In honor of Lewis, the mayor said he would sign the renewal of the Voting Rights Act, renamed the "
         "Lewis Voting Rights Act.", "renamed", "intended"),
        # a conjunct of the reported clause keeps the reported clause's cue
        ("The senator said the army could attack the town and burn the crops.", "burn", "hypothetical"),
    ],
)
def test_reporting_verb_conjunct_takes_the_reporting_verbs_modality(nlp, text, verb, modality):
    assert _modality(nlp, text, verb)[0] == modality


# --------------------------------------------------------------------------
# an event noun that is cancelled, postponed, scrapped or called off did not take place


@pytest.mark.parametrize(
    "text, noun, cue",
    [
        ("Putin's visit to China was cancelled.", "visit", "cancel"),
        ("The president's visit to Kenya was postponed.", "visit", "postpone"),
        ("The summit between France and Germany was scrapped on Tuesday.", "summit", "scrap"),
        ("The meeting between the two leaders was called off.", "meeting", "call off"),
        ("Officials postponed the meeting between the two leaders.", "meeting", "postpone"),
        ("Officials called off the meeting between the two leaders.", "meeting", "call off"),
    ],
)
def test_undone_event_noun_is_negated(nlp, text, noun, cue):
    assert _modality(nlp, text, noun) == ("negated", cue)


@pytest.mark.parametrize(
    "text, noun",
    [
        ("Putin's visit to China was a success.", "visit"),
        ("The meeting between the two leaders was called a success.", "meeting"),
        # the one who cancels is no undone event
        ("The meeting cancelled its vote.", "meeting"),
    ],
)
def test_event_noun_not_undone_stays_asserted(nlp, text, noun):
    assert _modality(nlp, text, noun)[0] == "asserted"


def test_cancelled_visit_is_no_event(nlp):
    facts = document_facts(nlp, "Putin's visit to China was cancelled.", date=_DATE)
    (visit,) = relations_named(facts, "visit")
    assert visit.modality == "negated"
    assert visit.event is None


# --------------------------------------------------------------------------
# a role description in a quotation is not the speaker


@pytest.mark.parametrize(
    "text",
    [
        'President Joe Biden said: "I urge the president to end the war."',
        '"I urge the president to end the war," President Joe Biden said.',
        'President Joe Biden spoke on Monday. "I urge the president to end the war," Biden said.',
    ],
)
def test_description_bound_by_first_person_is_not_the_speaker(nlp, text):
    facts = document_facts(nlp, text, date=_DATE)
    (urge,) = relations_named(facts, "urge")
    assert urge.subject.actor_code == "USAGOV"  # "I" is the speaker
    assert urge.object.text == "the president"
    assert urge.object.actor_code != "USAGOV"


def test_description_with_a_third_person_subject_still_refers_back(nlp):
    facts = document_facts(nlp, "Kenyan police arrested two men. The police charged them with fraud.", date=_DATE)
    (charge,) = relations_named(facts, "charge")
    assert charge.subject.actor_code == "KENCOP"


def test_description_bound_by_first_person_refers_to_someone_other_than_the_speaker(nlp):
    # Schumer speaks; "the president" is still the president named before (2019: Trump, USAGOV)
    text = ('President Donald Trump met Senator Chuck Schumer. '
            '"We told the president we needed the government open," Schumer said.')
    facts = document_facts(nlp, text, date="2019-01-20")
    (tell,) = relations_named(facts, "tell")
    assert tell.object.text == "the president"
    assert tell.object.actor_code == "USAGOV"
