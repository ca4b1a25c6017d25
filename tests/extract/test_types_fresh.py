"""Types that the name's words or the article settle: a company's name cut short, places by their head word,
languages before words of speech, bodies of musicians; and the look-alikes each rule must leave alone.

Invented sentences and sentences of the Wikinews corpus, through the real pipeline (the tagger's own names).
"""

from __future__ import annotations

import pytest

from extract.language_uses import is_language_use

from .helpers import document_facts, named_types

_SHORT_FORMS = [
    # a company named in full, then by its name without the head word: one body, whatever the tagger said
    ("Hunter Biden sat on the board of Burisma Holdings, a Ukrainian gas company. The investigation into "
     "Burisma had been inactive for a year.", "Burisma", "ORG"),
    ("According to a recent report by The Atlantic, the Watch Tower Society maintains a database of the accused "
     "molesters; the Watch Tower has been penalised in various jurisdictions. The Watch Tower declined to comment.",
     "Watch Tower", "ORG"),
    ("Kepler Robotics raised money on Tuesday. Kepler said it would hire forty engineers.", "Kepler", "ORG"),
    ("Valiant Entertainment announced a new series. Valiant said the comic would come out in May.",
     "Valiant", "ORG"),
    # a person named in full keeps the surname, though a company of the article ends in it
    ("Donald Trump founded Trump Entertainment. Trump said on Monday that he was proud.", "Trump", "PERSON"),
    ("Marta Kessler chairs Kessler Holdings. Kessler told reporters the deal was closed.", "Kessler", "PERSON"),
]

_PLACE_HEADS = [
    ("Bison were brought to the Wind River Reservation in Wyoming from the National Bison Range in Montana.",
     "Wind River Reservation", "LOC"),
    ("Bison were brought to the Wind River Reservation in Wyoming from the National Bison Range in Montana.",
     "National Bison Range", "LOC"),
    ("Divers surveyed the Great Barrier Reef and the Arctic National Wildlife Refuge last year.",
     "Arctic National Wildlife Refuge", "LOC"),
    # a head word inside a body's name, and a person whose surname is a head word, stay what they are
    ("Range Resources, a gas driller, said it would cut jobs.", "Range Resources", "ORG"),
    ("The Mountain Range Company sold shares on Monday.", "Mountain Range Company", "ORG"),
]

_BODIES = [
    ("Clapton and Baker were later in another supergroup Blind Faith with Steve Winwood.", "Blind Faith", "ORG"),
    ("She sang with the choir Cantus Felix before she joined the orchestra Arcadia Sinfonia.",
     "Cantus Felix", "ORG"),
]


@pytest.mark.parametrize(("text", "name", "expected"), _SHORT_FORMS + _PLACE_HEADS + _BODIES)
def test_named_types(nlp, text, name, expected):
    assert named_types(nlp, text).get(name) == expected


def test_a_short_form_is_the_same_node_as_the_full_name(nlp):
    text = ("Kepler Robotics raised money on Tuesday. Kepler said it would hire forty engineers.")
    nodes = [e for e in document_facts(nlp, text, date="2020-05-01").entities if e.type == "ORG"]
    assert len(nodes) == 1
    assert "Kepler" in (nodes[0].label, *nodes[0].aliases)


def _language(nlp, text: str, word: str, label: str) -> bool:
    doc = nlp(text)
    i = next(t.i for t in doc if t.text == word)
    return is_language_use(doc, i, i + 1, label)


def test_a_language_before_a_phrase_is_the_language(nlp):
    text = "The PALM trial, named for the Swahili phrase pamoja tulinde maisha, began in November."
    assert "Swahili" not in named_types(nlp, text)  # the language is no node (the tagger said FAC)
    assert _language(nlp, text, "Swahili", "FAC")
    assert _language(nlp, "The crowd chanted a Spanish slogan outside the hall.", "Spanish", "NORP")


def test_a_people_before_other_nouns_stays_the_people(nlp):
    assert not _language(nlp, "Arabic media reported the visit on Monday.", "Arabic", "NORP")
    assert not _language(nlp, "French troops left the base on Monday.", "French", "NORP")
