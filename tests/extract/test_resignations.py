"""Leaving an office (extract.events.resignations): a resignation accedes to a demand (083) only where
pressure or a demand is named; asking for one demands a change in leadership (1041).

Invented sentences. Expected values come from the CAMEO codebook (083 is yielding to another's demand;
1041 "Demand leadership change") and the events gold's conventions ("asked for X's resignation" 1041, a
resignation for family reasons no event).
"""

from __future__ import annotations

import pytest

from extract.events.resignations import demanded_resignation, leaves_office, resignation_event
from extract.lexicon import get_lexicon
from extract.types import Argument, Event

_ACCEDE = Event(code="083", root="08", label="Accede to requests or demands for political reform",
                quad_class="material cooperation")
_APPEAL = Event(code="020", root="02", label="Make an appeal or request", quad_class="verbal cooperation")
_DEMAND = Event(code="100", root="10", label="Demand", quad_class="verbal conflict")


def _arg(sentence, text, type_="PERSON", code=None):
    start = sentence.find(text)
    return Argument(key=text, label=text, type=type_, text=text, start=start, end=start + len(text), actor_code=code)


def _token(doc, word):
    return next(t for t in doc if t.lower_ == word)


@pytest.mark.parametrize("text, word, expected", [
    ("The envoy resigned on Friday.", "resigned", True),
    ("The mayor stepped down last week.", "stepped", True),
    ("The mayor stepped onto the stage.", "stepped", False),
    ("His resignation surprised the party.", "resignation", True),
])
def test_words_of_leaving_office(nlp, text, word, expected):
    assert leaves_office(_token(nlp(text), word), get_lexicon()) is expected


@pytest.mark.parametrize("text, word, who", [
    # another post, no reason, a private reason: no one demanded it
    ("The senator resigned to become ambassador to Canada.", "resigned", "The senator"),
    ("The trade envoy resigned without public explanation.", "resigned", "The trade envoy"),
    ("Councillor Marta Ruiz resigned for family reasons.", "resigned", "Marta Ruiz"),
])
def test_a_resignation_no_one_demanded_is_no_event(nlp, text, word, who):
    doc = nlp(text)
    assert resignation_event(_ACCEDE, _token(doc, word), _arg(text, who), None, get_lexicon()) is None


@pytest.mark.parametrize("text, word, who", [
    ("The interior minister resigned amid mass protests over the police raid.", "resigned", "The interior minister"),
    ("Mayor Tom Lindqvist resigned after allegations of bribery.", "resigned", "Tom Lindqvist"),
    ("Facing impeachment, the governor resigned on Sunday.", "resigned", "the governor"),
])
def test_a_resignation_under_pressure_keeps_its_code(nlp, text, word, who):
    doc = nlp(text)
    assert resignation_event(_ACCEDE, _token(doc, word), _arg(text, who), None, get_lexicon()) == _ACCEDE


def test_a_demand_elsewhere_in_the_article_for_the_same_person_keeps_the_code(nlp):
    text = ("Teachers called for Halvorsen's resignation after the exam leak. "
            "On Monday Halvorsen announced that he would resign.")
    doc = nlp(text)
    lexicon = get_lexicon()
    assert demanded_resignation(doc, lexicon, name="Halvorsen")
    assert not demanded_resignation(doc, lexicon, name="Brekke")
    verb = _token(doc, "resign")
    assert resignation_event(_ACCEDE, verb, _arg(text, "Halvorsen", "PERSON"), None, lexicon) == _ACCEDE


@pytest.mark.parametrize("text, verb, event, code", [
    ("Opposition leaders called for the finance minister's resignation.", "called", _APPEAL, "0241"),
    ("Students urged the rector to step down.", "urged", _APPEAL, "0241"),
    ("The farmers' union demanded the resignation of the agriculture minister.", "demanded", _DEMAND, "1041"),
    ("The president asked for the adviser's resignation.", "asked", _APPEAL, "1041"),
])
def test_asking_for_a_resignation_asks_for_a_leadership_change(nlp, text, verb, event, code):
    doc = nlp(text)
    found = resignation_event(event, _token(doc, verb), None, None, get_lexicon())
    assert found is not None and found.code == code


def test_an_appeal_for_something_else_keeps_its_code(nlp):
    doc = nlp("Opposition leaders called for an independent inquiry.")
    assert resignation_event(_APPEAL, _token(doc, "called"), None, None, get_lexicon()) == _APPEAL
