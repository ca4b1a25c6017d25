"""Junk and duplicate entity nodes of the classes audit round w15j names (``benchmarks/data/entities_audit.md``):
a name inside a hyphenated adjective of likeness, a party's word fused with an institution or with its members'
noun, an acronym in brackets after a name the tagger began with "the" or that follows a small word.

Invented sentences through the real pipeline (the tagger's own names), and the rules on hand-built parses.
"""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from extract.doctrine_words import is_doctrine_word
from extract.facts import extract_document
from extract.lexicon import get_lexicon
from extract.manner_compounds import is_manner_compound
from extract.party_phrases import party_phrase_bounds
from extract.types import Document


def _nodes(nlp, text: str) -> dict:
    facts = extract_document(Document(id="t", text=text, date="2020-01-01"), nlp=nlp)
    return {e.label: e for e in facts.entities if e.type != "CONCEPT"}


def _aliases(entity) -> set[str]:
    return set(getattr(entity, "aliases", ()) or ())


#: A blank English vocabulary: its lexical attributes ("lower_", "is_title") are the language's.
_VOCAB = spacy.blank("en").vocab


@pytest.fixture(scope="module")
def lexicon():
    return get_lexicon()


# --- a name inside an adjective of likeness ----------------------------------------------------------------

@pytest.mark.parametrize("text, junk", [
    ("Senator Paul Hardy of Ohio called the inquiry a Soviet-style purge.", "Soviet"),
    ("The company built a Jupiter-like planet model for NASA.", "Jupiter"),
])
def test_a_name_in_an_adjective_of_likeness_is_no_node(nlp, text, junk):
    got = _nodes(nlp, text)
    assert junk not in got and not any(junk in _aliases(e) for e in got.values())


def test_a_name_before_a_word_of_agency_stays(nlp):
    got = _nodes(nlp, "Iranian-backed militias attacked a US-led coalition base in Iraq.")
    assert "Iran" in got and "United States" in got


@pytest.mark.parametrize("words, spaces, expected", [
    (["a", "Soviet", "-", "style", "purge"], [True, False, False, True, False], True),
    (["a", "Kafka", "-", "esque", "trial"], [True, False, False, True, False], True),
    (["a", "Berlin", "-", "based", "firm"], [True, False, False, True, False], False),
    (["Soviet", "-", "Style"], [False, True, False], False),  # spaced on the right: no compound
    (["a", "Soviet", "style", "purge"], [True, True, True, False], False),
])
def test_manner_compound_on_hand_built_tokens(lexicon, words, spaces, expected):
    doc = Doc(_VOCAB, words=words, spaces=spaces)
    start = 1 if words[0] == "a" else 0
    assert is_manner_compound(doc, start, start + 1, lexicon=lexicon) is expected


# --- a party's word fused with a body's name or its members' noun -----------------------------------------

def test_a_party_word_before_an_institution_is_no_part_of_its_name(nlp):
    got = _nodes(nlp, "The Republican Senate voted against the bill.")
    assert "Republican Senate" not in got
    assert "Senate" in got


def test_a_party_word_before_members_is_the_party(nlp):
    got = _nodes(nlp, "Republican Representatives walked out of the chamber on Tuesday. "
                      "Republicans say the vote was unfair.")
    assert "Republican Representatives" not in got
    assert "Republican Party" in got


@pytest.mark.parametrize("words, ts, te, label, expected", [
    (["the", "Republican", "Senate", "voted"], 1, 3, "ORG", (2, 3)),
    (["Labour", "MPs", "voted"], 0, 2, "ORG", (0, 1)),
    (["the", "Democratic", "National", "Committee"], 1, 4, "ORG", (1, 4)),  # a body's own name keeps its word
    (["Liberal", "Democrats", "won"], 0, 2, "ORG", (0, 2)),  # a party's name
    (["Republican", "Senators"], 0, 2, "PERSON", (0, 2)),  # a person's name is not judged
])
def test_party_phrase_bounds_on_hand_built_tokens(lexicon, words, ts, te, label, expected):
    doc = Doc(_VOCAB, words=words)
    assert party_phrase_bounds(doc, ts, te, label, lexicon=lexicon) == expected


# --- an acronym in brackets after a name the tagger began with "the" --------------------------------------

@pytest.mark.parametrize("text", [
    "He joined the Council of Ex-Muslims of Britain (CEMB) in 2010. The CEMB said it would return.",
    "Members of the Council of Ex-Muslims of Britain (CEMB) marched on Sunday. The CEMB said it would return.",
])
def test_an_acronym_after_a_name_begun_with_the_is_that_body(nlp, text):
    got = _nodes(nlp, text)
    assert "Council of Ex-Muslims" not in got and "CEMB" not in got
    assert "Council of Ex-Muslims of Britain" in got


def test_an_acronym_of_the_place_after_of_stays_the_place(nlp):
    got = _nodes(nlp, "Lawmakers in the Parliament of New South Wales (NSW) voted on Monday.")
    assert "Parliament of New South Wales" in got


def test_names_before_a_defined_name_stay(nlp):
    got = _nodes(nlp, "Ned Carter of Hartford said the Council of Ex-Muslims of Britain (CEMB) would go on.")
    assert "Ned Carter" in got and "Hartford" in got
    assert "Council of Ex-Muslims of Britain" in got


# --- doctrines and aversions ---------------------------------------------------------------------------------

def test_a_doctrine_or_an_aversion_is_no_node(nlp):
    got = _nodes(nlp, "He wrote a book on Islamophobia and Zionism. Islamophobia is rising, he said.")
    assert "Islamophobia" not in got and "Zionism" not in got


@pytest.mark.parametrize("word, expected", [
    ("Collectivism", True),
    ("Muslimphobia", True),
    ("Judaism", False),  # a religion
    ("Prism", False),  # too short a stem
    ("ISM", False),  # capitals
    ("Berlin", False),
])
def test_doctrine_word_on_hand_built_tokens(lexicon, word, expected):
    doc = Doc(_VOCAB, words=["on", word, "today"])
    assert is_doctrine_word(doc, 1, 2, lexicon=lexicon) is expected


# --- a region's adjective beside the region's name -----------------------------------------------------------

@pytest.mark.parametrize("text, adjective, place", [
    ("Central European states objected. Leaders from Central Europe met in Vienna.", "Central European",
     "Central Europe"),
    ("Latin American leaders met in Lima. Latin America is divided.", "Latin American", "Latin America"),
])
def test_a_regions_adjective_joins_the_region_the_article_names(nlp, text, adjective, place):
    got = _nodes(nlp, text)
    assert adjective not in got
    assert place in got


def test_a_regions_adjective_alone_stays(nlp):
    got = _nodes(nlp, "South American leaders met in Lima on Monday.")
    assert "South American" in got


def test_a_lone_adjective_does_not_join_the_continent(nlp):
    got = _nodes(nlp, "European leaders met on Monday. Europe is divided, they said.")
    assert "European" in got and "Europe" in got
