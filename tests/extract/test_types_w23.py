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
from spacy.tokens import Doc

from extract.lexicon import get_lexicon
from extract.located_places import located_type, region_type
from extract.model_years import model_name

from .helpers import document_facts


def _types(nlp, text: str) -> dict[str, str]:
    facts = document_facts(nlp, text, date="2020-05-01")
    types = {}
    for e in facts.entities:
        if e.type not in ("CONCEPT", "ACTOR"):
            for form in (e.label, *e.aliases):
                types[form] = e.type
    return types


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
    assert _types(nlp, text).get(name) == expected


@pytest.mark.parametrize("text, name", [
    ("Fans queued for the smartphone Galaxy S10 in Seoul.", "Galaxy S10"),
    ("Thieves stole a 2012 Subaru Outback from the driveway.", "Subaru Outback"),
    ("Police stopped a 1999 Nissan Sentra on the motorway.", "Nissan Sentra"),
    ("He was voted the 2015 Ballon MVP after the final.", "Ballon MVP"),
])
def test_products_are_no_nodes(nlp, text, name):
    assert name not in _types(nlp, text)


@pytest.mark.parametrize("text, name, expected", [
    ("The firm bought a stake in Siemens last year.", "Siemens", "ORG"),
    ("In 2005 Volkswagen sold more cars than ever.", "Volkswagen", "ORG"),
    ("Channel 9 reported the fire late on Monday.", "Channel 9", "ORG"),
    ("Senator Bennet said the bill would pass.", "Bennet", "PERSON"),
    ("Villagers in Haskovo and Kardzhali protested on Monday.", "Kardzhali", "GPE"),
    ("A crowd of students protested outside the White House on the last day.", "White House", "ORG"),
])
def test_look_alikes_keep_their_types(nlp, text, name, expected):
    assert _types(nlp, text).get(name) == expected


def test_region_type_reads_the_dictionary():
    lexicon = get_lexicon()
    assert region_type("Borneo", lexicon=lexicon) == "LOC"
    assert region_type("Crimea", lexicon=lexicon) == "GPE"
    assert region_type("Houston", lexicon=lexicon) is None


def _doc(nlp, words, heads, deps, pos, ents=()):
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos)
    if ents:
        from spacy.tokens import Span

        doc.ents = [Span(doc, s, e, label=label) for s, e, label in ents]
    return doc


def test_located_type_on_hand_built_parses(nlp):
    lexicon = get_lexicon()
    # "a river in Borneo": the object of "in" after a noun
    doc = _doc(nlp, ["a", "river", "in", "Borneo"], [1, 1, 1, 2], ["det", "ROOT", "prep", "pobj"],
               ["DET", "NOUN", "ADP", "PROPN"])
    assert located_type(doc, 3, 4, lexicon=lexicon, label="PERSON") == "LOC"
    assert located_type(doc, 3, 4, lexicon=lexicon, label="GPE") is None  # the tagger's own place is left alone
    # "faith in Borneo": a word of abstract_in_words.txt before "in" says nothing of a place
    doc = _doc(nlp, ["faith", "in", "Borneo"], [0, 0, 1], ["ROOT", "prep", "pobj"], ["NOUN", "ADP", "PROPN"])
    assert located_type(doc, 2, 3, lexicon=lexicon, label="PERSON") is None
    # "Borneo said": no locative position
    doc = _doc(nlp, ["Borneo", "said"], [1, 1], ["nsubj", "ROOT"], ["PROPN", "VERB"])
    assert located_type(doc, 0, 1, lexicon=lexicon, label="PERSON") is None
    # "tombs in Saqqara and Qurna": a person-tagged name coordinated with a place
    doc = _doc(nlp, ["tombs", "in", "Saqqara", "and", "Qurna"], [0, 0, 1, 2, 2],
               ["ROOT", "prep", "pobj", "cc", "conj"], ["NOUN", "ADP", "PROPN", "CCONJ", "PROPN"],
               ents=[(2, 3, "GPE"), (4, 5, "PERSON")])
    assert located_type(doc, 4, 5, lexicon=lexicon, label="PERSON") == "GPE"


def test_model_name_on_hand_built_parses(nlp):
    lexicon = get_lexicon()
    # "a Falcon 9 rocket": the name and its number modify a noun of model_nouns.txt
    doc = _doc(nlp, ["a", "Falcon", "9", "rocket"], [3, 3, 1, 3], ["det", "compound", "nummod", "ROOT"],
               ["DET", "PROPN", "NUM", "NOUN"])
    assert model_name(doc, 1, 2, lexicon=lexicon, label="ORG")
    # "Channel 9 news": no noun of made things
    doc = _doc(nlp, ["Channel", "9", "news"], [2, 0, 2], ["compound", "nummod", "ROOT"], ["PROPN", "NUM", "NOUN"])
    assert not model_name(doc, 0, 1, lexicon=lexicon, label="ORG")
    # "a 2005 Zafira": a model year bound to the name
    doc = _doc(nlp, ["a", "2005", "Zafira"], [2, 2, 2], ["det", "nummod", "ROOT"], ["DET", "NUM", "PROPN"])
    assert model_name(doc, 2, 3, lexicon=lexicon, label="ORG")
    assert not model_name(doc, 2, 3, lexicon=lexicon, label="EVENT")  # an event keeps its year
    # "the 2019 Zafira protests": the year is the protests'
    doc = _doc(nlp, ["the", "2019", "Zafira", "protests"], [3, 3, 3, 3], ["det", "nummod", "compound", "ROOT"],
               ["DET", "NUM", "PROPN", "NOUN"])
    assert not model_name(doc, 2, 3, lexicon=lexicon, label="ORG")
