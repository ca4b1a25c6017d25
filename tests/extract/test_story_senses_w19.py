"""Talks with a news medium are an interview (040), and harm with no doer in a story of an accident is no
attack (extract.events.interviews, extract.events.accident_stories).

Expected values come from the text: a senator discussing a bill with the BBC gives an interview, which the
events gold codes as a consultation (040), not a negotiation (046); two governments discussing a dispute
negotiate (046 by CAMEO's "DISCUSS * WITH +"). Guests injured in a hotel fire were hurt by no one; victims of a
gunman were attacked.
"""

from __future__ import annotations

import pytest

from extract.events.accident_stories import accident_harm
from extract.events.interviews import interview_event
from extract.lexicon import get_lexicon
from extract.types import Argument, Document, Event

_NEGOTIATE = Event(code="046", root="04", label="Engage in negotiation", quad_class="verbal cooperation")
_ASSAULT = Event(code="182", root="18", label="Physically assault", quad_class="material conflict")


def _arg(text, type_, code):
    return Argument(key=text, label=text, type=type_, text=text, start=0, end=len(text), actor_code=code)


def _relations(nlp, text):
    from extract.facts import extract_facts

    facts = next(iter(extract_facts([Document(id="t", text=text, date="2020-06-01")], nlp=nlp)))
    return facts.relations


def _codes(nlp, text, lemma):
    return {r.event.code for r in _relations(nlp, text) if r.event is not None and r.predicate.lemma.split()[0] == lemma}


def test_no_event_stays_none(nlp):
    doc = nlp("The senator discussed the bill with the BBC.")
    verb = next(t for t in doc if t.lemma_ == "discuss")
    assert interview_event(None, verb, None, None, get_lexicon()) is None


def test_talks_between_governments_stay_a_negotiation(nlp):
    doc = nlp("Putin discussed the gas dispute with Zelensky.")
    verb = next(t for t in doc if t.lemma_ == "discuss")
    found = interview_event(_NEGOTIATE, verb, _arg("Putin", "PERSON", "RUSGOV"), _arg("Zelensky", "PERSON", "UKRGOV"),
                            get_lexicon())
    assert found.code == "046"


def test_medium_as_target_is_an_interview(nlp):
    doc = nlp("Boccaletti discussed his findings with Wikinews last month.")
    verb = next(t for t in doc if t.lemma_ == "discuss")
    found = interview_event(_NEGOTIATE, verb, _arg("Boccaletti", "PERSON", None), _arg("Wikinews", "ORG", "MED"),
                            get_lexicon())
    assert found.code == "040"


@pytest.mark.parametrize("text", [
    "The senator discussed her new bill with reporters on Tuesday.",
    "Boccaletti discussed his findings with Wikinews last month.",
])
def test_talks_with_the_press_are_no_negotiation(nlp, text):
    assert "046" not in _codes(nlp, text, "discuss")


def test_agentless_harm_in_a_fire_story_is_no_event(nlp):
    text = "A fire broke out in a hotel in central Mumbai on Sunday. Two guests were seriously injured, officials said."
    assert not {c[:2] for c in _codes(nlp, text, "injure")} & {"18", "19", "20"}


def test_agentless_harm_in_a_shooting_story_stays(nlp):
    doc = nlp("A gunman opened fire at a shopping centre in Bangkok. Twelve people were injured.")
    verb = next(t for t in doc if t.lemma_ == "injure")
    assert not accident_harm(_ASSAULT, verb, None, get_lexicon())


def test_harm_with_a_doer_in_a_crash_story_stays(nlp):
    doc = nlp("A bus overturned near Quito. Two passengers were injured by a falling tree.")
    verb = next(t for t in doc if t.lemma_ == "injure")
    assert not accident_harm(_ASSAULT, verb, None, get_lexicon())


def test_agentless_harm_in_a_crash_story_is_dropped(nlp):
    doc = nlp("A bus overturned near Quito. Two passengers were injured.")
    verb = next(t for t in doc if t.lemma_ == "injure")
    assert accident_harm(_ASSAULT, verb, None, get_lexicon())
