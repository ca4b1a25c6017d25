"""People's names read from a person cue where the tagger left them out (extract.person_cues), a faith's
adjective that is no person's name, and a town written with its district ("Washington, D.C.").

Invented sentences: hand-built parses for the rule itself (stable whatever the tagger does) and the real
pipeline for the node types.
"""

from __future__ import annotations

import pytest

from extract.entity_context import is_personal_name
from extract.lexicon import get_lexicon
from extract.person_cues import cued_persons

from .helpers import hand_parse, named_types

# "She named preacher Miriam Calloway as her deputy ." with nothing tagged.
_CUED = [
    ("She", 1, "nsubj", "PRON", "PRP", "she", "O"),
    ("named", 1, "ROOT", "VERB", "VBD", "name", "O"),
    ("preacher", 4, "compound", "NOUN", "NN", "preacher", "O"),
    ("Miriam", 4, "compound", "PROPN", "NNP", "Miriam", "O"),
    ("Calloway", 1, "oprd", "PROPN", "NNP", "Calloway", "O"),
    ("as", 1, "prep", "ADP", "IN", "as", "O"),
    ("her", 7, "poss", "PRON", "PRP$", "her", "O"),
    ("deputy", 5, "pobj", "NOUN", "NN", "deputy", "O"),
    (".", 1, "punct", "PUNCT", ".", ".", "O"),
]


def test_an_untagged_name_after_a_person_noun_is_a_person(nlp):
    doc = hand_parse(nlp, _CUED)
    assert cued_persons(doc, [], lexicon=get_lexicon()) == [(3, 5, "PERSON")]


def test_an_untagged_name_with_no_cue_is_left_alone(nlp):
    rows = [row for row in _CUED if row[0] != "preacher"]
    rows = [(w, h - (h > 2), d, p, t, lem, e) for w, h, d, p, t, lem, e in rows]
    doc = hand_parse(nlp, rows)
    assert cued_persons(doc, [], lexicon=get_lexicon()) == []


def test_a_name_a_mention_covers_is_not_read_again(nlp):
    doc = hand_parse(nlp, _CUED)
    assert cued_persons(doc, [(3, 5, "ORG")], lexicon=get_lexicon()) == []


# "Kessler said Miriam Calloway , 61 , was hurt ." with nothing tagged: an age after the name.
_AGED = [
    ("Kessler", 1, "nsubj", "PROPN", "NNP", "Kessler", "O"),
    ("said", 1, "ROOT", "VERB", "VBD", "say", "O"),
    ("Miriam", 3, "compound", "PROPN", "NNP", "Miriam", "O"),
    ("Calloway", 8, "nsubjpass", "PROPN", "NNP", "Calloway", "O"),
    (",", 3, "punct", "PUNCT", ",", ",", "O"),
    ("61", 3, "appos", "NUM", "CD", "61", "O"),
    (",", 3, "punct", "PUNCT", ",", ",", "O"),
    ("was", 8, "auxpass", "AUX", "VBD", "be", "O"),
    ("hurt", 1, "ccomp", "VERB", "VBN", "hurt", "O"),
    (".", 1, "punct", "PUNCT", ".", ".", "O"),
]


def test_an_untagged_name_with_an_age_after_it_is_a_person(nlp):
    doc = hand_parse(nlp, _AGED)
    assert cued_persons(doc, [], lexicon=get_lexicon()) == [(2, 4, "PERSON")]


@pytest.mark.parametrize("name, person", [
    ("Roman Catholic", False),  # a given name before a faith's adjective
    ("Roman Polanski", True),
    ("Michelle Tidwell", True),
])
def test_a_faith_word_ends_no_persons_name(name, person):
    assert is_personal_name(name, lexicon=get_lexicon()) is person


def test_a_faiths_adjective_before_a_noun_is_no_person(nlp):
    got = named_types(nlp, "Two people were hurt when a bomb went off inside the Roman Catholic cathedral of the town.")
    assert got.get("Roman Catholic") != "PERSON"


def test_a_town_written_with_its_district_is_no_namesakes_surname(nlp):
    got = named_types(nlp, "Jordan Washington, a lawyer, said he would meet lawmakers in Washington, D.C. on Friday.")
    assert got.get("Jordan Washington") == "PERSON"
    assert got.get("Washington") == "GPE"
