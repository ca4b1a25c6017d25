"""Statements through the news media and speeches given (issue 11, fresh round 7).

Invented sentences, the real spaCy pipeline. A statement made to a news medium or carried by one is the
speaker's statement (010) with no one it was made to (``extract/relations/media_sourcing.py``); a
spokesperson is no medium (``data/spokesperson_nouns.txt``); a speech performed ("gave a speech",
"delivered remarks") is its speaker's statement (``extract/events/speeches.py``). The seventh round of the
fresh gold is checked for form.
"""

from __future__ import annotations

import pytest

from extract.events.speeches import speech_noun

from .helpers import fresh_round_problems, text_relations

_DATE = "2021-06-14"


def coded(nlp, text):
    """(subject text, lemma, object text, CAMEO code or None) of the asserted relations of ``text``."""
    return {(r.subject.text, r.predicate.lemma, r.object.text, r.event.code if r.event else None)
            for r in text_relations(nlp, text, date=_DATE) if r.modality == "asserted"}


@pytest.mark.parametrize("text, speaker", [
    ("Foreign Minister Sergei Lavrov told Reuters that the talks had failed.", "Lavrov"),
    ("Chancellor Angela Merkel told state television that Germany would send doctors.", "Merkel"),
    ("Governor Ricardo Molina told CNN Philippines the bridges were closed.", "Molina"),
])
def test_a_statement_told_to_a_medium_is_the_speakers_with_no_listener(nlp, text, speaker):
    found = coded(nlp, text)
    statements = [(s, o) for s, lemma, o, c in found if lemma == "tell" and c == "010"]
    assert any(speaker in s for s, _o in statements), found
    # the outlet is no one the statement was made to, and no actor of the event
    assert all(o == "" for _s, o in statements), found


def test_a_listener_beside_the_medium_stays(nlp):
    found = coded(nlp, "Prime Minister Viktor Orban told Reuters and the Polish president that the deal was dead.")
    assert any("Orban" in s and "president" in o and c == "010" for s, _lm, o, c in found), found


def test_telling_a_spokeswoman_is_no_sourcing(nlp):
    found = coded(nlp, "Senator Maria Alvarez told the White House spokeswoman that the bill would pass.")
    assert any("Alvarez" in s and "spokeswoman" in o for s, _lm, o, _c in found), found


@pytest.mark.parametrize("text, speaker", [
    ("According to state media, President Xi Jinping said the talks were friendly.", "Xi Jinping"),
    ("Prime Minister Imran Khan said the border would reopen, according to Reuters.", "Imran Khan"),
    ("The BBC reported Prime Minister Boris Johnson said the lockdown would end in June.", "Boris Johnson"),
])
def test_words_carried_by_a_medium_are_the_speakers_statement(nlp, text, speaker):
    found = coded(nlp, text)
    assert any(speaker in s and lemma == "say" and c == "010" for s, lemma, _o, c in found), found


@pytest.mark.parametrize("text", [
    # an official's plain "said" is his statement unless what it says is coded (extract/said_sources.py)
    "President Xi Jinping said the two countries would cooperate.",
    # a private person's is none, whoever carries it
    "A shopkeeper in the town said the border would reopen, according to the police.",
])
def test_a_plain_said_stays_no_predicate(nlp, text):
    found = coded(nlp, text)
    assert not any(lemma == "say" for _s, lemma, _o, _c in found), found


def test_the_medium_reporting_is_no_event(nlp):
    found = coded(nlp, "Rescuers treated the wounded, CNN Philippines reported the mayor said.")
    assert not any("CNN" in s or "Philippines" in s for s, _lm, _o, _c in found), found


def test_a_spokesman_reporting_a_clause_is_a_statement(nlp):
    found = coded(nlp, "The army spokesman reported that the convoy had been attacked near Kidal.")
    assert any("spokesman" in s and lemma == "report" and c == "010" for s, lemma, _o, c in found), found


@pytest.mark.parametrize("text, speaker", [
    ("Prime Minister Narendra Modi gave a speech in Delhi on Monday.", "Modi"),
    ("Joe Biden delivered his acceptance speech at the Chase Center.", "Biden"),
    ("Chancellor Angela Merkel delivered remarks at the summit.", "Merkel"),
    ("Michelle Obama gave the keynote address on the opening night.", "Michelle Obama"),
])
def test_a_speech_given_is_a_statement(nlp, text, speaker):
    found = coded(nlp, text)
    assert any(speaker in s and c == "010" for s, _lm, _o, c in found), found


def test_a_speech_to_a_body_is_a_statement_to_it(nlp):
    found = coded(nlp, "President Barack Obama delivered a speech to Congress.")
    assert any("Obama" in s and "Congress" in o and c == "010" for s, _lm, o, c in found), found


@pytest.mark.parametrize("text", [
    "The United Nations delivered tents and food to the refugees.",
    "Senator Ted Cruz criticised the speech.",
])
def test_no_speech_statement_without_a_speech_performed(nlp, text):
    found = coded(nlp, text)
    assert not any(lemma in ("deliver", "criticise", "criticize") and c == "010" for _s, lemma, _o, c in found), found


@pytest.mark.parametrize("phrase, expected", [
    ("acceptance speech", True), ("remarks", True), ("speeches", True), ("press conference", True),
    ("aid", False), ("vaccines", False),
])
def test_speech_nouns(phrase, expected):
    assert speech_noun(phrase) is expected


def test_seventh_fresh_round_rows_are_well_formed_and_quotes_are_in_their_articles():
    assert fresh_round_problems("tune7", "held7", tune_docs=6, held_docs=4) == []
