"""Words the tagger leaves on a name and text that is no one name (extract.name_leftovers).

Each sentence is news-style text written for the test; what the nodes must be is read off the text.
"""

from __future__ import annotations

import pytest

from extract.entities import entities_of
from extract.lexicon import get_lexicon


def _labels(nlp, text: str) -> set[str]:
    return {e.label for e in entities_of(nlp(text), lexicon=get_lexicon()).entities if e.type != "CONCEPT"}


@pytest.mark.parametrize("text, good, bad", [
    # a lower-case word before the name is no part of it
    ("Chirac was an outspoken opponent of the United States-led Iraq War in 2003.", "Iraq War", "led Iraq War"),
    ("What has the railway planned for this International Women's Day?", "International Women's Day",
     "this International Women's Day"),
    # a lower-case run after the name that opens with a preposition is no part of it
    ("The gun was used by the man, reported by Associated Press of bank robberies.", "Associated Press",
     "Associated Press of bank"),
])
def test_leftover_words_come_off_the_name(nlp, text, good, bad):
    labels = _labels(nlp, text)
    assert good in labels
    assert bad not in labels


@pytest.mark.parametrize("text, bad", [
    ("Many other Chinese/Asian candidates are being teased.", "Chinese/Asian"),
    ("Voters should consider the Carroll/Patel ticket.", "Carroll/Patel"),
    ("Minecraft is currently costing USD 26.95 for its computer version.", "USD 26.95"),
    ("The senator has dropped out of the Presidential race.", "Presidential"),
    ("He was involved in the death of a Congressional intern in 2001.", "Congressional"),
])
def test_text_that_is_no_one_name_gives_no_node(nlp, text, bad):
    assert bad not in _labels(nlp, text)


@pytest.mark.parametrize("text, good", [
    ("Ludwig van Beethoven was born in Bonn.", "Bonn"),
    ("Ludwig van Beethoven and Vincent dela Vega were named.", "Vincent dela Vega"),
    ("Portugal coach Fernando Santos named his squad for the Euro.", "Portugal"),
    ("The Federal Reserve cut interest rates on Wednesday.", "Federal Reserve"),
    ("The Interstate 75 was closed near Detroit after the crash.", "Detroit"),
])
def test_names_of_the_same_shapes_stay(nlp, text, good):
    assert good in _labels(nlp, text)


def test_two_words_in_capitals_joined_by_a_slash_are_left_alone(nlp):
    from extract.name_leftovers import is_slash_pair

    doc = nlp("The band AC/DC played in Sydney.")
    i = next(t.i for t in doc if t.text.startswith("AC"))
    assert not is_slash_pair(doc, i, i + 3 if doc[i].text == "AC" else i + 1, lexicon=get_lexicon())
