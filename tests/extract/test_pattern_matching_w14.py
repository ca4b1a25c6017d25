"""Verb-pattern matching as strict as PETRARCH's (``extract/events/coding.py``, ``extract/lexicon/cameo_verbs.py``).

Invented sentences. Two loosenesses: a participle used as a preposition ("according to", "including")
lent its lemma to the frame ("according" -> "accord", a member of CAMEO's &TREATY set, so "entered the
town according to state media" signed an agreement, 057); and a pattern's words before its first
preposition ("GIVE * + HOURS [139]", the verb's object) were filled by the noun of an adjunct
("gave masks to residents within hours" set a deadline). Each family has a sentence where the pattern
still fits. Relations are built by hand on real parses (``annotate`` of ``test_events``).
"""

from __future__ import annotations

import pytest

from extract.events.coding import NO_SENSE, frame_words, verb_sense
from extract.lexicon import get_lexicon

from .test_events import annotate


def _root(nlp, text, subject, predicate, obj):
    (rel, *_) = annotate(nlp, text, [(subject, predicate, obj)])
    return rel.event.root if rel.event is not None else None


def _verb(doc, text):
    return next(t for t in doc if t.text == text)


# --- a participle as preposition lends no word to the frame


@pytest.mark.parametrize(
    "text, verb, absent",
    [
        ("The soldiers entered the village according to local officials.", "entered", "accord"),
        ("The army entered the city following the talks.", "entered", "talks"),
    ],
)
def test_participle_preposition_is_no_frame_word(nlp, text, verb, absent):
    doc = nlp(text)
    pred = _verb(doc, verb)
    prep = next(t for t in pred.children if t.dep_ == "prep" and t.pos_ == "VERB")  # the parse the rule is for
    words, heads = frame_words(pred)
    assert absent not in words and prep.lower_ not in words and prep.lower_ not in heads


def test_entering_a_town_according_to_media_is_no_agreement(nlp):
    text = "The soldiers entered the village according to local officials."
    assert _root(nlp, text, ("The soldiers", "CONCEPT"), "entered", ("the village", "GPE")) != "05"


def test_entering_a_city_following_talks_is_no_negotiation(nlp):
    text = "The army entered the city following the talks."
    assert _root(nlp, text, ("The army", "CONCEPT"), "entered", ("the city", "GPE")) != "04"


def test_entering_an_accord_stays_an_agreement(nlp):
    doc = nlp("The two parties entered an accord on trade.")
    sense = verb_sense("enter", _verb(doc, "entered"), None, get_lexicon())
    assert sense is not NO_SENSE and sense is not None and sense.code == "057"


def test_entering_into_an_agreement_stays_an_agreement(nlp):
    # no object of its own: the prepositional verb's object stands for the pattern's ("* &TREATY")
    text = "The two parties entered into a trade agreement."
    assert _root(nlp, text, ("The two parties", "CONCEPT"), "entered", ("a trade agreement", "CONCEPT")) == "05"


# --- a pattern's object word is not filled from an adjunct when the verb has an object


def _sense(nlp, text, lemma, verb):
    doc = nlp(text)
    return verb_sense(lemma, _verb(doc, verb), None, get_lexicon())


@pytest.mark.parametrize(
    "text",
    [
        "The city gave masks to residents within hours.",
        "The charity gave blankets to the families after several hours.",
    ],
)
def test_giving_things_within_hours_is_no_ultimatum(nlp, text):
    sense = _sense(nlp, text, "give", "gave")
    assert sense is NO_SENSE or sense is None or sense.code[:2] != "13"


def test_giving_a_country_hours_stays_an_ultimatum(nlp):
    sense = _sense(nlp, "Hamas gave Israel 24 hours to stop the raids.", "give", "gave")
    assert sense is not NO_SENSE and sense is not None and sense.code == "139"


def test_entering_into_an_agreement_keeps_the_pattern(nlp):
    # no object of its own: the prepositional verb's object stands for the pattern's ("* &TREATY")
    sense = _sense(nlp, "The two parties entered into a trade agreement.", "enter", "entered")
    assert sense is not NO_SENSE and sense is not None and sense.code == "057"


# --- the frame ends at a clause coordinated after the verb


def test_word_past_a_coordinated_clause_is_no_frame_word(nlp):
    text = "The mayor gave us some masks, but we were told to throw them away after a short time [2-3 hours], the nurse said."
    doc = nlp(text)
    gave = _verb(doc, "gave")
    assert any(c.lower_ == "hours" for c in gave.children)  # the misattachment the rule is for
    words, _ = frame_words(gave)
    assert "hours" not in words and "masks" in words
    sense = verb_sense("give", gave, None, get_lexicon())
    assert sense is NO_SENSE or sense is None or sense.code[:2] != "13"


def test_object_before_a_coordinated_clause_stays(nlp):
    doc = nlp("The army entered the town and the rebels signed an agreement.")
    words, _ = frame_words(_verb(doc, "entered"))
    assert "town" in words and "agreement" not in words
