"""Events whose arguments are things (``extract/events/things.py``).

Invented sentences, one family each, with a sentence where the event stays.
Relations are built by hand on real parses (``annotate`` of ``test_events``),
so the tests do not depend on the relation rules.
"""

from __future__ import annotations

import pytest

from extract.lexicon import get_lexicon

from .test_events import annotate


def _code(nlp, text, subject, predicate, obj):
    (rel, *_) = annotate(nlp, text, [(subject, predicate, obj)])
    return rel.event.code if rel.event is not None else None


def _root(nlp, text, subject, predicate, obj):
    code = _code(nlp, text, subject, predicate, obj)
    return code[:2] if code is not None else None


@pytest.mark.parametrize(
    "text, subject, obj",
    [
        ("Cyclone Idai killed more than 600 people in Mozambique.", ("Cyclone Idai", "EVENT"),
         ("more than 600 people", "CONCEPT")),
        ("Hurricane Maria killed dozens of residents on the island.", ("Hurricane Maria", "PERSON"),
         ("dozens of residents", "CONCEPT")),
        ("The outbreak killed 40 villagers last year.", ("The outbreak", "CONCEPT"), ("40 villagers", "CONCEPT")),
    ],
)
def test_a_natural_force_is_no_actor(nlp, text, subject, obj):
    assert _code(nlp, text, subject, "killed", obj) is None


def test_a_bombing_still_kills(nlp):
    # an event noun stands for its actors: the bombing is an attack
    assert _root(nlp, "The bombing killed 12 soldiers near the border.", ("The bombing", "CONCEPT"), "killed",
                 ("12 soldiers", "CONCEPT")) in ("18", "19")


@pytest.mark.parametrize(
    "text, subject, predicate, obj",
    [
        ("The economist attributed the fall to lower oil prices.", ("The economist", "CONCEPT"), "attributed",
         ("the fall", "CONCEPT")),
        ("The mayor blamed the delays on heavy snow.", ("The mayor", "CONCEPT"), "blamed", ("the delays", "CONCEPT")),
    ],
)
def test_blame_laid_on_a_thing_is_no_accusation(nlp, text, subject, predicate, obj):
    assert _code(nlp, text, subject, predicate, obj) is None


def test_blame_laid_on_an_actor_stays(nlp):
    assert _root(nlp, "The government blamed the explosion on the rebels.", ("The government", "CONCEPT"),
                 "blamed", ("the explosion", "CONCEPT")) == "11"


@pytest.mark.parametrize(
    "text, subject, predicate, obj",
    [
        ("The bakery offered a free loaf to every customer.", ("The bakery", "CONCEPT"), "offered",
         ("a free loaf", "CONCEPT")),
        ("Ms. Lee offered a $ 200 reward for her lost dog.", ("Ms. Lee", "PERSON"), "offered",
         ("a $ 200 reward", "CONCEPT")),
        ("The carmaker expects profits of 2 billion euros this year.", ("The carmaker", "CONCEPT"), "expects",
         ("profits", "CONCEPT")),
    ],
)
def test_an_intent_with_no_partner_is_none(nlp, text, subject, predicate, obj):
    assert _code(nlp, text, subject, predicate, obj) is None


def test_an_offer_to_a_state_stays_an_intent(nlp):
    assert _root(nlp, "Germany offered medical supplies to Italy.", ("Germany", "GPE"), "offered",
                 ("Italy", "GPE")) == "03"


def test_coercion_of_a_thing_is_none(nlp):
    assert _code(nlp, "Two hundred marines reinforced the airport terminal overnight.",
                 ("Two hundred marines", "CONCEPT"), "reinforced", ("the airport terminal", "CONCEPT")) is None


def test_an_arrest_of_a_person_stays(nlp):
    assert _root(nlp, "Police arrested the suspect on Monday.", ("Police", "CONCEPT"), "arrested",
                 ("the suspect", "CONCEPT")) == "17"


@pytest.mark.parametrize(
    "text, subject, obj",
    [
        ("The singer released a new album in March.", ("The singer", "CONCEPT"), ("a new album", "CONCEPT")),
        ("The agency released a survey of 2,000 farmers.", ("The agency", "CONCEPT"), ("a survey", "CONCEPT")),
    ],
)
def test_releasing_a_work_is_no_release(nlp, text, subject, obj):
    assert _code(nlp, text, subject, "released", obj) is None


def test_releasing_hostages_stays(nlp):
    assert _root(nlp, "The militants released three hostages on Sunday.", ("The militants", "CONCEPT"), "released",
                 ("three hostages", "CONCEPT")) == "08"


def test_showing_is_no_demonstration(nlp):
    assert _code(nlp, "The experiment demonstrates a strong link between sleep and memory.",
                 ("The experiment", "CONCEPT"), "demonstrates", ("a strong link", "CONCEPT")) is None


def test_word_lists_are_loaded():
    words = get_lexicon().word_sets
    assert {"typhoon", "earthquake", "virus"} <= words["natural_forces"]
    assert {"album", "survey"} <= words["work_nouns"]
    assert "hostage" not in words["work_nouns"]


def test_reading_a_work_is_no_investigation(nlp):
    assert _code(nlp, "The young priest studied theology books every evening.", ("The young priest", "CONCEPT"),
                 "studied", ("theology books", "CONCEPT")) is None


def test_an_investigation_of_a_company_stays(nlp):
    assert _root(nlp, "The regulator is investigating the bank for fraud.", ("The regulator", "CONCEPT"),
                 "investigating", ("the bank", "CONCEPT")) == "09"
