"""Types and junk of wave 19 (extract.script_names, dash_appositions, common_capitals, aka_names), on the
real model.

Expected values come from the text: a word of a quoted Russian or Hindi original is no node; a name before a
dash and "a video-sharing platform" is an organisation; a word the article writes in lower case elsewhere is no name where a title capitalises it; a lone
given name the tagger called a place, after the full name, is the person.
"""

from __future__ import annotations

import pytest

from extract.dash_appositions import dash_apposition_type
from extract.lexicon import get_lexicon
from extract.script_names import is_foreign_script_name, letter_script

from .helpers import document_facts


def _types(nlp, text: str) -> dict[str, str]:
    facts = document_facts(nlp, text, date="2020-05-01")
    return {e.label: e.type for e in facts.entities if e.type not in ("CONCEPT", "ACTOR")}


@pytest.mark.parametrize("text, expected", [
    ("Скажем", True),  # one Cyrillic word: a quoted clause's first word
    ("Union नहीं है", True),  # two scripts
    ("मैसूर", True),  # a script without capitals
    ("Дмитрий Кошелев", False),  # two capitalised Cyrillic words: a credited name
    ("Léger", False),  # Latin with an accent
    ("Recep Tayyip Erdoğan", False),
])
def test_foreign_script_name(text, expected):
    assert is_foreign_script_name(text) is expected


def test_letter_script_reads_unicode_names():
    assert [letter_script(c) for c in "aЖमé1"] == ["LATIN", "CYRILLIC", "DEVANAGARI", "LATIN", ""]


def test_words_of_a_quoted_russian_original_are_no_nodes(nlp):
    types = _types(nlp, 'Bizheva said: "I give my victory to my mother." ((ru))Russian: Свою победу я дарю маме. '
                        'Одной рукой покачивала ребенка, другой держала книгу.')
    assert not any(is_foreign_script_name(name) for name in types)
    assert "Bizheva" in types


@pytest.mark.parametrize("text, name", [
    ("Users can still download videos from LiveLeak — a video-sharing platform for citizen journalism.",
     "LiveLeak"),
    ("The deal was signed with Grobnik — a company based in Split.", "Grobnik"),
    ("Players bought the game from Mojang — a Swedish company owned by Microsoft.", "Mojang"),
])
def test_dash_apposition_gives_the_type(nlp, text, name):
    assert _types(nlp, text).get(name) == "ORG"


def test_dash_before_a_clause_gives_nothing(nlp):
    doc = nlp("He spoke to Smith — a man said nothing.")
    start = [t.text for t in doc].index("Smith")
    assert dash_apposition_type(doc, start, start + 1, lexicon=get_lexicon()) is None


def test_word_written_in_lower_case_elsewhere_is_no_name(nlp):
    text = ("The second International Student Olympiad in Neurosurgery took place in the first week of April in "
            "Tyumen. The winners are awarded free tuition at the academic department of Neurosurgery at First "
            "Moscow State Medical University. Students of neurosurgery came from Kazakhstan. Sufianov said that "
            "neurosurgery needs English.")
    types = _types(nlp, text)
    assert "Neurosurgery" not in types
    assert types.get("Kazakhstan") == "GPE"


def test_institution_written_in_lower_case_elsewhere_stays(nlp):
    text = ("The Senate voted on the bill in Washington on Tuesday. The senate had met twice before, and "
            "the senate will vote again in May.")
    assert _types(nlp, text).get("Senate") == "ORG"


def test_lone_given_name_tagged_a_place_is_the_person(nlp):
    text = ("On Friday, Qaboos bin Said, the long-serving Sultan of Oman, died aged 79. Before Qaboos's burial at "
            "a family cemetery, his successor, Haitham bin Tariq Al Said, attended funeral prayers at the Sultan "
            "Qaboos Grand Mosque in Muscat. Qaboos became Sultan in 1970 after overthrowing his father, Sultan "
            "Said bin Taimur. By the time of his death, Qaboos's reign was the longest in the Arab world. "
            "Qaboos's 1970 overthrew of his father was a bloodless British-backed coup.")
    types = _types(nlp, text)
    assert types.get("Qaboos bin Said") == "PERSON"
    assert "Qaboos" not in types


def test_name_after_also_called_is_the_same_referent(nlp):
    text = ("The winners are awarded free tuition at First Moscow State Medical University (First MSMU), also "
            "called Sechenov University. Madina Bizheva studies at Sechenov University.")
    types = _types(nlp, text)
    assert "First Moscow State Medical University" in types
    assert "Sechenov University" not in types
