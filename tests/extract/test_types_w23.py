"""Types and junk of wave 23 (extract.located_places, extract.model_years, rows of data/name_heads.tsv,
data/context_nouns.tsv and data/geo_regions.tsv), on the real model and on hand-built parses.

Expected values come from the text: an island, a sea or a region the tagger took for a person or a body is the
place; a name coordinated with a place after "in", or one no table knows after "a block of flats in", is a
place; a god is typed as God is (PERSON); a name with a small model number and a noun of
made things ("a Starliner 2 capsule", "the smartphone Galaxy S10") or with a model year ("a stolen 2012 Subaru
Outback") is a product, no node; a party's convention and a primary are events. Look-alikes: a company after
"a stake in", a company after a date ("In 2005 Volkswagen ..."), a channel with a number, a senator, the White
House after "outside" (a seat of government, and only another name of a city in the gazetteer).
"""

from __future__ import annotations

import pytest
from extract.lexicon import get_lexicon
from extract.located_places import located_type, region_type
from extract.model_years import model_name

from .helpers import hand_parse, named_types


@pytest.mark.parametrize("text, name, expected", [
    ("Rescuers searched a village near Lombok after the quake.", "Lombok", "LOC"),
    ("Gunmen attacked a convoy in the Sahel on Thursday.", "Sahel", "LOC"),
    ("The boat sank off a beach in Lampedusa with forty people on board.", "Lampedusa", "LOC"),
    ("The team trained in Crete before the tournament.", "Crete", "LOC"),
    ("Relief arrived in Goma and Rutshuru on Monday.", "Rutshuru", "GPE"),
    ("Delegates gathered at the Ohio Democratic Convention on Saturday.", "Ohio Democratic Convention", "EVENT"),
    ("Turnout was high in the Nevada Primary last week.", "Nevada Primary", "EVENT"),
    ("A second fire, in another block of flats in La Llagosta, killed another person.", "La Llagosta", "GPE"),
    ("Priests made offerings to Osiris at the temple, the papyrus says.", "Osiris", "PERSON"),
])
def test_places_and_events(nlp, text, name, expected):
    assert named_types(nlp, text).get(name) == expected


@pytest.mark.parametrize("text, name", [
    ("Fans queued for the smartphone Galaxy S10 in Seoul.", "Galaxy S10"),
    ("Thieves stole a 2012 Subaru Outback from the driveway.", "Subaru Outback"),
    ("Police stopped a 1999 Nissan Sentra on the motorway.", "Nissan Sentra"),
    ("He was voted the 2015 Ballon MVP after the final.", "Ballon MVP"),
])
def test_products_are_no_nodes(nlp, text, name):
    assert name not in named_types(nlp, text)


@pytest.mark.parametrize("text, name, expected", [
    ("The firm bought a stake in Siemens last year.", "Siemens", "ORG"),
    ("In 2005 Volkswagen sold more cars than ever.", "Volkswagen", "ORG"),
    ("Channel 9 reported the fire late on Monday.", "Channel 9", "ORG"),
    ("Senator Bennet said the bill would pass.", "Bennet", "PERSON"),
    ("Villagers in Haskovo and Kardzhali protested on Monday.", "Kardzhali", "GPE"),
    ("A crowd of students protested outside the White House on the last day.", "White House", "ORG"),
])
def test_look_alikes_keep_their_types(nlp, text, name, expected):
    assert named_types(nlp, text).get(name) == expected


def test_region_type_reads_the_dictionary():
    lexicon = get_lexicon()
    assert region_type("Borneo", lexicon=lexicon) == "LOC"
    assert region_type("Crimea", lexicon=lexicon) == "GPE"
    assert region_type("Houston", lexicon=lexicon) is None


def test_located_type_on_hand_built_parses(nlp):
    lexicon = get_lexicon()
    # "a river in Borneo": the object of "in" after a noun
    doc = hand_parse(nlp, [("a", 1, "det", "DET", "DT", "O"), ("river", 1, "ROOT", "NOUN", "NN", "O"),
                           ("in", 1, "prep", "ADP", "IN", "O"), ("Borneo", 2, "pobj", "PROPN", "NNP", "B-PERSON")])
    assert located_type(doc, 3, 4, lexicon=lexicon, label="PERSON") == "LOC"
    assert located_type(doc, 3, 4, lexicon=lexicon, label="GPE") is None  # the tagger's own place is left alone
    # "faith in Borneo": a word of abstract_in_words.txt before "in" says nothing of a place
    doc = hand_parse(nlp, [("faith", 0, "ROOT", "NOUN", "NN", "O"), ("in", 0, "prep", "ADP", "IN", "O"),
                           ("Borneo", 1, "pobj", "PROPN", "NNP", "B-PERSON")])
    assert located_type(doc, 2, 3, lexicon=lexicon, label="PERSON") is None
    # "Borneo said": no locative position
    doc = hand_parse(nlp, [("Borneo", 1, "nsubj", "PROPN", "NNP", "B-PERSON"), ("said", 1, "ROOT", "VERB", "VBD", "O")])
    assert located_type(doc, 0, 1, lexicon=lexicon, label="PERSON") is None
    # "tombs in Saqqara and Qurna": a person-tagged name coordinated with a place
    doc = hand_parse(nlp, [("tombs", 0, "ROOT", "NOUN", "NNS", "O"), ("in", 0, "prep", "ADP", "IN", "O"),
                           ("Saqqara", 1, "pobj", "PROPN", "NNP", "B-GPE"), ("and", 2, "cc", "CCONJ", "CC", "O"),
                           ("Qurna", 2, "conj", "PROPN", "NNP", "B-PERSON")])
    assert located_type(doc, 4, 5, lexicon=lexicon, label="PERSON") == "GPE"


def test_model_name_on_hand_built_parses(nlp):
    lexicon = get_lexicon()
    # "a Falcon 9 rocket": the name and its number modify a noun of model_nouns.txt
    doc = hand_parse(nlp, [("a", 3, "det", "DET", "DT", "O"), ("Falcon", 3, "compound", "PROPN", "NNP", "B-ORG"),
                           ("9", 1, "nummod", "NUM", "CD", "O"), ("rocket", 3, "ROOT", "NOUN", "NN", "O")])
    assert model_name(doc, 1, 2, lexicon=lexicon, label="ORG")
    # "Channel 9 news": no noun of made things
    doc = hand_parse(nlp, [("Channel", 2, "compound", "PROPN", "NNP", "B-ORG"), ("9", 0, "nummod", "NUM", "CD", "O"),
                           ("news", 2, "ROOT", "NOUN", "NN", "O")])
    assert not model_name(doc, 0, 1, lexicon=lexicon, label="ORG")
    # "a 2005 Zafira": a model year bound to the name
    doc = hand_parse(nlp, [("a", 2, "det", "DET", "DT", "O"), ("2005", 2, "nummod", "NUM", "CD", "O"),
                           ("Zafira", 2, "ROOT", "PROPN", "NNP", "B-ORG")])
    assert model_name(doc, 2, 3, lexicon=lexicon, label="ORG")
    assert not model_name(doc, 2, 3, lexicon=lexicon, label="EVENT")  # an event keeps its year
    # "the 2019 Zafira protests": the year is the protests'
    doc = hand_parse(nlp, [("the", 3, "det", "DET", "DT", "O"), ("2019", 3, "nummod", "NUM", "CD", "O"),
                           ("Zafira", 3, "compound", "PROPN", "NNP", "B-ORG"),
                           ("protests", 3, "ROOT", "NOUN", "NNS", "O")])
    assert not model_name(doc, 2, 3, lexicon=lexicon, label="ORG")
