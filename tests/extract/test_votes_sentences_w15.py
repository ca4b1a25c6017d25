"""A vote's side and a detention sentence received (wave 15).

- "voted for X", "voted in favour of X" endorse X (051), "voted for X but against Y" disapproves Y
  (110): CAMEO's VOTE "* AGAINST [110]", "* TO SUPPORT [051]", FAVOR "IN_* OF" [051]
  (:mod:`extract.relations.votes`); "for the first time" or an office ("voted for president") is no side.
- "X received a prison term", "was handed a life sentence" is (unspecified, term, X) 173: CAMEO's RECEIVE
  "*_&DETENTION_SENTENCES [173]" (:mod:`extract.relations.sentences`); a suspended sentence, a fine or
  a term of office is none.

Invented sentences through the real pipeline.
"""

from __future__ import annotations

import pytest

from extract.relations.implicit import UNSPECIFIED_KEY

from .helpers import find, text_relations

DATE = "2021-05-04"


def codes(nlp, text, subject, lemma, obj=None):
    """The event codes of the relations (subject, lemma, obj) of ``text``."""
    return {r.event.code if r.event else None for r in find(text_relations(nlp, text, date=DATE), subject, lemma, obj)}


@pytest.mark.parametrize("text, subject, lemma, obj, code", [
    ("Senator Susan Collins voted for the bill on Tuesday.", "Susan Collins", "vote for", "bill", "051"),
    ("Senator Susan Collins voted in favour of the motion on Tuesday.", "Susan Collins", "vote in favor of",
     "motion", "051"),
    ("Jared Golden voted for the first article but against the second.", "Jared Golden", "vote for", "article",
     "051"),
    ("Senator Susan Collins voted against the bill on Tuesday.", "Susan Collins", "vote against", "bill", "110"),
])
def test_a_vote_codes_its_side(nlp, text, subject, lemma, obj, code):
    assert code in codes(nlp, text, subject, lemma, obj)


@pytest.mark.parametrize("text", [
    "Senator Doug Jones voted for the first time in 1980.",
    "Maria Lopez voted for president in 2016.",
    "Senator Doug Jones voted for two hours on Tuesday.",
])
def test_a_time_or_an_office_is_no_side(nlp, text):
    relations = text_relations(nlp, text, date=DATE)
    assert not [r for r in relations if r.predicate.lemma.startswith("vote ")]


def test_a_vote_not_cast_is_no_endorsement(nlp):
    relations = find(text_relations(nlp, "Senator Susan Collins did not vote for the bill.", date=DATE),
                     "Susan Collins", "vote for")
    assert relations and all(r.event is None for r in relations)


@pytest.mark.parametrize("text, receiver", [
    ("Former governor Rod Blagojevich received a 14-year prison sentence in 2011.", "Rod Blagojevich"),
    ("The two police officers received seven-year prison terms on Thursday.", "officers"),
    ("Senator Ana Ruiz received a sentence of five years in prison.", "Ana Ruiz"),
    ("Karl Weber was handed a life sentence by a court in Munich.", "Karl Weber"),
])
def test_a_detention_sentence_received_is_173(nlp, text, receiver):
    relations = [r for r in text_relations(nlp, text, date=DATE)
                 if receiver in r.object.text and r.event is not None and r.event.code == "173"]
    assert relations
    assert all(r.subject.key == UNSPECIFIED_KEY or "court" in r.subject.text for r in relations)


@pytest.mark.parametrize("text", [
    "Former mayor Karl Weber received a suspended sentence of two years.",
    "Karl Weber received a fine of 5,000 euros.",
    "Senator Ana Ruiz received a second term in office in 2018.",
    "Senator Ana Ruiz did not receive a prison term.",
])
def test_no_detention_sentence(nlp, text):
    relations = text_relations(nlp, text, date=DATE)
    assert not [r for r in relations if r.predicate.lemma in ("term", "sentence") and r.event is not None]


def test_an_ordinal_stands_for_the_name_after_it(nlp):
    text = ("Two Democrats, Collin Peterson and Jeff Van Drew, opposed both articles of impeachment, and a third, "
            "Jared Golden, voted for the first article but against the second.")
    assert "051" in codes(nlp, text, "Jared Golden", "vote for", "article")
