"""More misreadings of an event's sense (``extract/events/senses.py``, ``extract/events/coding.py``).

Invented sentences, one family each: a verb-object row read by the object's
surface form ("data", lemmatised "datum"), harm in an accident named by a
"when" clause, a search or rescue of one's own called off, an arrival at a
site, cooperation with a facility, an inverted reporting clause, and an
investigation with nothing investigated. Each
family has a sentence where the event stays. Relations are built by hand on
real parses (``annotate`` of ``test_events``), so the tests do not depend on
the relation rules.
"""

from __future__ import annotations

import pytest

from .test_events import annotate


def _code(text, subject, predicate, obj, nlp):
    (rel, *_) = annotate(nlp, text, [(subject, predicate, obj)])
    return rel.event.code if rel.event is not None else None


@pytest.mark.parametrize(
    "text, subject, predicate, obj",
    [
        # "release data" is a row of its own (no release of persons); the tagger lemmatises "data" as "datum"
        ("The ministry released the data on Friday.", ("The ministry", "CONCEPT"), "released",
         ("the data", "CONCEPT")),
        # the noun a participle modifies is its object
        ("The study used data released by the health ministry.", ("the health ministry", "CONCEPT"), "released",
         ("data", "CONCEPT")),
    ],
)
def test_released_data_is_no_release_of_persons(nlp, text, subject, predicate, obj):
    assert _code(text, subject, predicate, obj, nlp) is None


def test_released_prisoners_stay_a_release(nlp):
    code = _code("The army released the prisoners on Friday.", ("The army", "CONCEPT"), "released",
                 ("the prisoners", "CONCEPT"), nlp)
    assert code is not None and code[:2] == "08"


@pytest.mark.parametrize(
    "text, predicate, obj",
    [
        ("Five workers were killed on Sunday when a crane collapsed at the building site.", "killed",
         ("Five workers", "CONCEPT")),
        ("Twelve people were injured yesterday, when two trains collided near the station.", "injured",
         ("Twelve people", "CONCEPT")),
    ],
)
def test_harm_in_an_accident_is_no_attack(nlp, text, predicate, obj):
    (rel, *_) = annotate(nlp, text, [(("", "CONCEPT"), predicate, obj)])
    assert rel.event is None


def test_harm_in_a_raid_stays_violence(nlp):
    code = _code("Gunmen killed four villagers when they raided the market.", ("Gunmen", "CONCEPT"), "killed",
                 ("four villagers", "CONCEPT"), nlp)
    assert code is not None and code[:2] in ("18", "19", "20")


def _halt(text, subject, obj, nlp):
    (rel,) = annotate(nlp, text, [(subject, "called off", obj, {"lemma": "call off"})])
    return rel.event.code if rel.event is not None else None


def test_calling_off_a_search_of_ones_own_reduces_no_relations(nlp):
    assert _halt("The navy called off its search on Sunday.", ("The navy", "CONCEPT"), ("its search", "CONCEPT"),
                 nlp) is None
    assert _halt("The coastguard called off the rescue operation at night.", ("The coastguard", "CONCEPT"),
                 ("the rescue operation", "CONCEPT"), nlp) is None


def test_calling_off_talks_reduces_relations(nlp):
    code = _halt("The government called off the talks on Sunday.", ("The government", "CONCEPT"),
                 ("the talks", "CONCEPT"), nlp)
    assert code is not None and code[:2] == "16"


def test_an_arrival_at_a_store_is_no_visit(nlp):
    text = "Officers arrived at the Walmart six minutes later."  # a business named in the dictionaries (USABUS)
    assert _code(text, ("Officers", "CONCEPT"), "arrived", ("Walmart", "ORG"), nlp) is None


def test_an_arrival_in_a_capital_stays_a_visit(nlp):
    code = _code("The Chinese premier arrived in Berlin on Monday.", ("The Chinese premier", "CONCEPT"), "arrived",
                 ("Berlin", "GPE"), nlp)
    assert code is not None and code[:2] == "04"


def test_cooperation_with_a_facility_has_no_partner(nlp):
    text = "The Harbour Bridge is administered by the city council."
    bridge = _code(text, ("the city council", "CONCEPT"), "administered", ("The Harbour Bridge", "FAC"), nlp)
    assert bridge is None
    # the same verb with a body as its object keeps its cooperation
    text = "The committee is administered by the city council."
    committee = _code(text, ("the city council", "CONCEPT"), "administered", ("The committee", "ORG"), nlp)
    assert committee is not None and committee[:2] == "06"


def test_an_inverted_speaker_is_not_read_as_the_target(nlp):
    text = "The board was misled, argued the company's lawyer, Jane Doe."
    assert _code(text, ("The board", "ORG"), "argued", ("Jane Doe", "PERSON"), nlp) is None


def test_a_speaker_before_the_verb_keeps_the_event(nlp):
    code = _code("The board rejected the plan. Jane Doe argued the case before the judges.", ("Jane Doe", "PERSON"), "argued",
                 ("the case", "CONCEPT"), nlp)
    assert code is not None


def test_an_investigation_of_nothing_is_no_event(nlp):
    text = "The patients were taken to a clinic, where they were monitored by the health ministry."
    assert _code(text, ("the health ministry", "CONCEPT"), "monitored", ("", "CONCEPT"), nlp) is None
    code = _code("The health ministry monitored the patients.", ("The health ministry", "CONCEPT"), "monitored",
                 ("the patients", "CONCEPT"), nlp)
    assert code is not None and code[:2] == "09"


def test_a_participle_of_saying_keeps_its_target(nlp):
    text = "The campaign criticized the plan, accusing the president of hiding the costs."
    code = _code(text, ("The campaign", "ORG"), "accusing", ("the president", "CONCEPT"), nlp)
    assert code is not None and code[:2] == "11"


def test_talking_at_the_moment_is_no_arrival(nlp):
    code = _code("The minister is talking to NBC at the moment.", ("The minister", "CONCEPT"), "talking",
                 ("the moment", "CONCEPT"), nlp)
    assert code is not None and code[:2] == "04"
