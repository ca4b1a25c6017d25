"""Names of bodies at the start of a sentence (wave 16b, ``extract/start_names.py``).

A capitalised word that opens a sentence is a name when the tables know it as an organisation or a place
and it is the subject of the verb after it; not when it modifies a noun or the article writes it in lower
case. Every sentence is invented for the test; the expected names come from the text.
"""

from __future__ import annotations

import pytest

from extract.entities import entities_of
from extract.lexicon import get_lexicon
from extract.start_names import known_subject_type, start_names


def _named(nlp, text):
    index = entities_of(nlp(text), resolve=False)
    types = {e.key: e.type for e in index.entities}
    return {m.text: types[m.key] for m in index.mentions}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Labour lost 40 seats in the local elections last May.", "Labour"),
        ("Dell cut its forecast for the year on Tuesday.", "Dell"),
        ("Le Monde published the leaked documents in full.", "Le Monde"),
        ("Samsung opened a new factory near Hanoi.", "Samsung"),
    ],
)
def test_known_subject_at_sentence_start_is_an_organisation(nlp, text, name):
    named = _named(nlp, text)
    assert named.get(name) == "ORG", named


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Labour shortages hit farms across the region.", "Labour"),  # a modifier: the noun "labour"
        ("Apple orchards were flooded after the storm.", "Apple"),
        ("Police cars blocked the road near the stadium.", "Police"),
    ],
)
def test_known_word_as_modifier_is_no_name(nlp, text, word):
    named = _named(nlp, text)
    assert not any(word in text_.split() for text_ in named), named


def test_word_written_lower_in_the_article_stays_a_common_noun(nlp):
    doc = nlp("Police said the road was closed. The police asked drivers to avoid the area.")
    assert start_names(doc, [], lexicon=get_lexicon()) == []


def test_known_type_needs_the_subject_of_the_next_verb(nlp):
    lexicon = get_lexicon()
    said = nlp("Dell announced new laptops.")
    assert known_subject_type(said, 0, 1, lexicon=lexicon) == "ORG"
    modifier = nlp("Dell laptops sold well.")
    assert known_subject_type(modifier, 0, 1, lexicon=lexicon) is None


def test_speaker_label_is_no_mention(nlp):
    text = ("Wikinews spoke to the mayor.\n\n((Wikinews)) What happened?\n\n((Mayor)) The river rose.")
    index = entities_of(nlp(text), resolve=False)
    starts = [m.start for m in index.mentions if m.text == "Wikinews"]
    assert starts == [0], starts
