"""Typed precision, third round: event verbs used for no event (``extract/events/uses.py``, ``modality.py``).

Invented sentences, one family each, with a sentence where the event stays:
habits and histories, help given to a piece of work, attending school, "consider X as Y",
"think", a verbal event with no actor on either side, and a gerund
conjunct of a verb of liking. Relations are built by hand on real parses
(``annotate`` of ``test_events``), so the tests do not depend on the
relation rules.
"""

from __future__ import annotations

import pytest

from extract.events.modality import modality_of
from extract.lexicon import get_lexicon

from .test_events import annotate

_NOBODY = ("", "CONCEPT")


def _root(nlp, text, subject, predicate, obj):
    (rel, *_) = annotate(nlp, text, [(subject, predicate, obj)])
    return rel.event.root if rel.event is not None else None


# --- habits and histories


@pytest.mark.parametrize(
    "text, subject, predicate, obj",
    [
        ("Riot police often clashed with students in the capital.", ("Riot police", "CONCEPT"), "clashed",
         ("students", "CONCEPT")),
        ("The ministers usually praised the governor.", ("The ministers", "CONCEPT"), "praised",
         ("the governor", "CONCEPT")),
        ("Opposition leaders have historically been accused of fraud.", _NOBODY, "accused",
         ("Opposition leaders", "CONCEPT")),
        ("The army traditionally arrests striking miners.", ("The army", "CONCEPT"), "arrests",
         ("striking miners", "CONCEPT")),
    ],
)
def test_a_habit_or_a_history_is_no_event(nlp, text, subject, predicate, obj):
    assert _root(nlp, text, subject, predicate, obj) is None


@pytest.mark.parametrize(
    "text, subject, predicate, obj, root",
    [
        ("Opposition leaders were accused of fraud on Monday.", _NOBODY, "accused",
         ("Opposition leaders", "CONCEPT"), "11"),
        ("Riot police clashed with students in the capital.", ("Riot police", "CONCEPT"), "clashed",
         ("students", "CONCEPT"), "19"),
        # an adverb of repetition counts acts that happened
        ("The president repeatedly criticised the ministers.", ("The president", "CONCEPT"), "criticised",
         ("the ministers", "CONCEPT"), "11"),
    ],
)
def test_a_dated_or_repeated_act_stays(nlp, text, subject, predicate, obj, root):
    assert _root(nlp, text, subject, predicate, obj) == root


# --- help given to a piece of work


@pytest.mark.parametrize(
    "text, subject, predicate, obj",
    [
        ("She helped with the analysis.", ("She", "CONCEPT"), "helped", ("the analysis", "CONCEPT")),
        ("Dr Novak contributed to the report.", ("Dr Novak", "PERSON"), "contributed", ("the report", "CONCEPT")),
    ],
)
def test_help_with_a_task_is_no_aid(nlp, text, subject, predicate, obj):
    assert _root(nlp, text, subject, predicate, obj) is None


@pytest.mark.parametrize(
    "text, subject, predicate, obj",
    [
        ("The Red Cross helped the flood victims.", ("The Red Cross", "ORG"), "helped",
         ("the flood victims", "CONCEPT")),
        ("The government provided assistance to the affected.", ("The government", "CONCEPT"), "provided",
         ("assistance", "CONCEPT")),
    ],
)
def test_help_to_people_is_aid(nlp, text, subject, predicate, obj):
    assert _root(nlp, text, subject, predicate, obj) == "07"


# --- attending school


@pytest.mark.parametrize(
    "text, subject, predicate, obj",
    [
        ("The senator attended Howard University in the 1990s.", ("The senator", "CONCEPT"), "attended",
         ("Howard University", "ORG")),
        ("She attended law school in Maryland.", ("She", "CONCEPT"), "attended", ("law school", "CONCEPT")),
        ("Two of the ministers attended a military academy.", ("Two of the ministers", "CONCEPT"), "attended",
         ("a military academy", "CONCEPT")),
    ],
)
def test_attending_school_is_no_visit(nlp, text, subject, predicate, obj):
    assert _root(nlp, text, subject, predicate, obj) is None


@pytest.mark.parametrize(
    "text, subject, predicate, obj",
    [
        ("The prime minister attended the summit in Brussels.", ("The prime minister", "CONCEPT"), "attended",
         ("the summit", "CONCEPT")),
        ("The minister attended a meeting at the university.", ("The minister", "CONCEPT"), "attended",
         ("a meeting", "CONCEPT")),
    ],
)
def test_attending_a_meeting_is_a_visit(nlp, text, subject, predicate, obj):
    assert _root(nlp, text, subject, predicate, obj) == "04"


# --- regarding and thinking


@pytest.mark.parametrize(
    "text, subject, predicate, obj",
    [
        ("The senator considered strong families as fundamental.", ("The senator", "CONCEPT"), "considered",
         ("strong families", "CONCEPT")),
        ("The court considers him a threat to the state.", ("The court", "CONCEPT"), "considers",
         ("him", "CONCEPT")),
    ],
)
def test_considering_something_as_something_is_no_consultation(nlp, text, subject, predicate, obj):
    assert _root(nlp, text, subject, predicate, obj) is None


def test_considering_an_option_stays(nlp):
    assert _root(nlp, "The government considered sending troops to Mali.", ("The government", "CONCEPT"),
                 "considered", ("troops", "CONCEPT")) is not None


def test_considering_a_proposal_stays_an_event(nlp):
    # the verb patterns code "considered the proposal" (a statement on it): no predicate, so no opinion
    assert _root(nlp, "The cabinet considered the proposal from Kenya.", ("The cabinet", "CONCEPT"),
                 "considered", ("the proposal", "CONCEPT")) is not None


def test_thinking_is_no_event():
    lexicon = get_lexicon()
    for lemma in ("think", "speculate", "muse", "reason"):
        assert lexicon.cameo.event_of(lemma) is None, lemma
    assert lexicon.cameo.event_of("ponder").root == "04"
    assert lexicon.cameo.event_of("consult").root == "04"


# --- no actor on either side


def test_a_thing_that_undergoes_a_verbal_event_alone_is_no_event(nlp):
    assert _root(nlp, "The samples showed the protein was degraded.", _NOBODY, "degraded",
                 ("the protein", "CONCEPT")) is None


def test_an_agentless_criticism_of_a_plan_stays(nlp):
    assert _root(nlp, "The plan was criticised.", _NOBODY, "criticised", ("The plan", "CONCEPT")) == "11"


# --- a gerund conjunct of a verb of liking


def _modality(nlp, text, verb):
    doc = nlp(text)
    return modality_of(next(t for t in doc if t.text == verb), get_lexicon())[0]


def test_a_liked_gerund_and_its_conjunct_are_not_asserted(nlp):
    text = 'The minister said the general "likes dropping bombs on villages, and killing them."'
    assert _modality(nlp, text, "dropping") == "intended"
    assert _modality(nlp, text, "killing") == "intended"


def test_a_participle_after_a_deed_is_asserted(nlp):
    assert _modality(nlp, "The general bombed the villages and killed ten people.", "killed") == "asserted"
