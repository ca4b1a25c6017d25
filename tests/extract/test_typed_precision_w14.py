"""Typed precision, fourth round: dealings read as political events (``extract/events/dealings.py``).

Invented sentences, one family each, with a sentence where the event stays: abuse of an office,
denying someone something, organising an occasion, meeting at a place of leisure, challenging
someone in an election, and a disease named "corona". Relations are built by hand on real parses
(``annotate`` of ``test_events``), so the tests do not depend on the relation rules.
"""

from __future__ import annotations

import pytest

from .test_events import annotate

_NOBODY = ("", "CONCEPT")


def _root(nlp, text, subject, predicate, obj):
    (rel, *_) = annotate(nlp, text, [(subject, predicate, obj)])
    return rel.event.root if rel.event is not None else None


# --- abuse of an office


@pytest.mark.parametrize(
    "text, subject, predicate, obj",
    [
        ("The senators have abused their power for years, the governor said.", ("The senators", "CONCEPT"),
         "abused", ("their power", "CONCEPT")),
        ("The mayor abused his office to reward friends.", ("The mayor", "CONCEPT"), "abused",
         ("his office", "CONCEPT")),
    ],
)
def test_abuse_of_an_office_is_no_violence(nlp, text, subject, predicate, obj):
    assert _root(nlp, text, subject, predicate, obj) is None


def test_abuse_of_prisoners_stays_violence(nlp):
    text = "The guards abused the prisoners at the camp."
    assert _root(nlp, text, ("The guards", "CONCEPT"), "abused", ("the prisoners", "CONCEPT")) == "18"


# --- denying someone something


def test_denying_someone_something_is_no_denial(nlp):
    text = "The minister vowed to deny the rebels any victory."
    assert _root(nlp, text, ("The minister", "CONCEPT"), "deny", ("any victory", "CONCEPT")) is None


def test_denying_an_accusation_stays(nlp):
    text = "The minister denied the accusations on Tuesday."
    assert _root(nlp, text, ("The minister", "CONCEPT"), "denied", ("the accusations", "CONCEPT")) == "01"


# --- organising an occasion


@pytest.mark.parametrize(
    "text, subject, predicate, obj",
    [
        ("The concert was organised by the teachers' union.", ("the teachers' union", "ORG"), "organised",
         ("The concert", "CONCEPT")),
        ("The student council organized a festival in the park.", ("The student council", "ORG"), "organized",
         ("a festival", "CONCEPT")),
    ],
)
def test_organising_an_occasion_is_no_cooperation(nlp, text, subject, predicate, obj):
    assert _root(nlp, text, subject, predicate, obj) is None


def test_organising_a_rally_stays_a_protest(nlp):
    text = "The opposition party organized a rally against the president."
    assert _root(nlp, text, ("The opposition party", "ORG"), "organized", ("a rally", "CONCEPT")) == "14"


# --- meeting at a place of leisure


def test_meeting_at_a_pub_is_private(nlp):
    text = "The tourist met two soldiers at a pub near the station."
    assert _root(nlp, text, ("The tourist", "CONCEPT"), "met", ("two soldiers", "CONCEPT")) is None


def test_meeting_at_a_ministry_stays(nlp):
    text = "The prime minister met the Iranian ambassador at the ministry on Monday."
    assert _root(nlp, text, ("The prime minister", "CONCEPT"), "met",
                 ("the Iranian ambassador", "CONCEPT")) == "04"


# --- challenging someone in an election


@pytest.mark.parametrize(
    "text, subject, predicate, obj",
    [
        ("The senator will run in the party primaries, challenging the incumbent governor.",
         ("The senator", "CONCEPT"), "challenging", ("the incumbent governor", "CONCEPT")),
        ("The deputy challenged the party leader for the nomination last year.", ("The deputy", "CONCEPT"),
         "challenged", ("the party leader", "CONCEPT")),
    ],
)
def test_challenging_someone_in_an_election_is_no_disapproval(nlp, text, subject, predicate, obj):
    assert _root(nlp, text, subject, predicate, obj) is None


def test_challenging_a_decision_stays(nlp):
    text = "The opposition challenged the government's decision to close the border."
    assert _root(nlp, text, ("The opposition", "CONCEPT"), "challenged",
                 ("the government's decision", "CONCEPT")) == "11"


# --- a disease called corona


def test_challenging_corona_is_no_disapproval(nlp):
    text = "The ministers have challenged corona by shaking hands in public."
    assert _root(nlp, text, ("The ministers", "CONCEPT"), "challenged", ("corona", "CONCEPT")) is None
