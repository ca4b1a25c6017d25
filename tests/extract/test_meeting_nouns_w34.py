"""Meetings and talks whose parties are named inside the noun's phrase (extract.relations.meeting_nouns).

Expected values come from the text: "the meeting of A, B and C" and "a meeting between A and B" say the named
actors met each other (CAMEO 040, or 046 for talks, in both directions between each pair); a meeting that is
planned, possible, arranged, denied or only may happen is not said to take place, and the "of" phrase of a
meeting that names no two actors (a body, a mountain, a group of people) names no parties.
"""

from __future__ import annotations

from itertools import permutations

import pytest

from extract.facts import extract_facts
from extract.lexicon import get_lexicon
from extract.relations.meeting_nouns import meeting_words
from extract.types import Document

__all__: list[str] = []

_MEETING_WORDS = frozenset({"meeting", "meetings", "summit", "summits", "talks", "negotiations", "consultations"})


def _meetings(nlp, text: str) -> set[tuple[str, str, str]]:
    """(subject key, object key, CAMEO code) of the mutual typed relations whose predicate is a meeting noun."""
    facts = next(iter(extract_facts([Document(id="t", text=text, date="2020-10-04")], nlp=nlp)))
    return {(r.subject.key, r.object.key, r.event.code) for r in facts.relations
            if r.event is not None and r.mutual and r.predicate.text.lower() in _MEETING_WORDS}


def _each_to_each(keys, code: str) -> set[tuple[str, str, str]]:
    return {(a, b, code) for a, b in permutations(keys, 2)}


@pytest.mark.parametrize(
    ("text", "parties", "code"),
    [
        ("Leaders attended the trilateral meeting of Cyprus, Greece and Israel in Nicosia.",
         ("cyprus", "greece", "israel"), "040"),
        ("The summit of Russia, Turkey and Iran in Sochi ended without a deal.", ("russia", "turkey", "iran"), "040"),
        ("Ministers attended a meeting of Saudi Arabia and Russia in Vienna.", ("saudi arabia", "russia"), "040"),
        ("Delegates left the meeting of Hamas and Fatah in Cairo.", ("hamas", "fatah"), "040"),
        ("The meeting of OPEC and Russia agreed to cut output.", ("opec", "russia"), "040"),
        ("A meeting between Putin and Erdogan took place in Sochi on Tuesday.", ("putin", "erdogan"), "040"),
        ("Talks between the US and the Taliban resumed in Doha.", ("united states", "taliban"), "046"),
    ],
)
def test_the_named_parties_of_a_meeting_meet_each_other(nlp, text, parties, code):
    assert _each_to_each(parties, code) <= _meetings(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Officials proposed a meeting between Putin and Erdogan.",
        "Officials arranged a meeting between Putin and Erdogan.",
        "Diplomats planned a summit of Russia, Turkey and Iran.",
        "A possible summit between Russia and Turkey was discussed.",
        "The upcoming meeting between Putin and Erdogan will focus on Syria.",
        "The two leaders discussed the planned talks between Israel and Lebanon.",
        "Talks between the US and the Taliban would resume next week.",
        "Talks between the US and the Taliban did not resume.",
        "There was no meeting between Putin and Erdogan.",
        "The meeting between Johnson and Macron could not take place.",
        "There was talk of a summit between Russia and Turkey.",
        "The invitation to a summit of Russia, Turkey and Iran was declined.",
        "The prospects of talks between India and Pakistan are slim.",
    ],
)
def test_a_meeting_not_said_to_take_place_gives_none(nlp, text):
    assert not _meetings(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The meeting of the board of directors was held in London.",
        "The summit of Kilimanjaro and Mount Kenya is covered in snow.",
        "A meeting of NATO defence ministers took place in Brussels.",
        "The summit of the African Union opened in Addis Ababa.",
    ],
)
def test_an_of_phrase_without_two_named_actors_names_no_parties(nlp, text):
    assert not _meetings(nlp, text)


def test_a_meeting_that_agreed_on_something_still_took_place(nlp):
    found = _meetings(nlp, "The meeting of Egypt and Sudan agreed to share the river's water.")
    assert _each_to_each(("egypt", "sudan"), "040") <= found


def test_the_table_keeps_nouns_modifiers_and_governors_apart():
    lexicon = get_lexicon()
    assert "summit" in meeting_words(lexicon)
    assert "possible" in meeting_words(lexicon, "unasserted")
    assert "arrange" in meeting_words(lexicon, "governor")
    assert not meeting_words(lexicon) & meeting_words(lexicon, "unasserted")


@pytest.mark.parametrize(
    ("text", "parties", "code"),
    [
        ("During the trilateral meeting of Cyprus, Greece and Israel on January 28, 2016, the cable was considered "
         "as an alternative route.", ("cyprus", "greece", "israel"), "040"),
        ("After talks between Iran and the European Union, officials planned a second round.",
         ("iran", "european union"), "046"),
    ],
)
def test_a_meeting_that_dates_the_clause_took_place_whatever_the_clause_says(nlp, text, parties, code):
    assert _each_to_each(parties, code) <= _meetings(nlp, text)
