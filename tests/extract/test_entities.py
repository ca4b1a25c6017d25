"""Canonical entities: stripping, suffixes, nationalities, surnames, junk, type votes."""

from __future__ import annotations

import pytest

from extract.entities import KEPT_LABELS, concept_key, country_of, entities_of, entity_key
from extract.facts import extract_facts
from extract.types import Document

from .helpers import hand_parse as parse  # rows of (word, head index, dep, POS, tag, entity IOB)


def by_key(index):
    return {e.key: e for e in index}


@pytest.mark.parametrize(
    "name, country",
    [
        ("Israeli", "Israel"),
        ("Israelis", "Israel"),
        ("Russian", "Russia"),
        ("Syrian", "Syria"),
        ("US", "United States"),
        ("U.S.", "United States"),
        ("American", "United States"),
        ("Britain", "United Kingdom"),
        ("British", "United Kingdom"),
        ("Russian Federation", "Russia"),
        ("Iranian", "Iran"),
        ("Turkish", "Turkey"),
        ("Idlib", None),
        ("Kurdish", None),
    ],
)
def test_country_of(name, country):
    assert country_of(name) == country


@pytest.mark.parametrize(
    "label, key", [("Donald Trump", "donald trump"), ("  Idlib ", "idlib"), ("Al Qaida’s", "al qaida's")]
)
def test_entity_key(label, key):
    assert entity_key(label) == key


def test_concept_key():
    assert concept_key("Innocent Civilian") == "concept:innocent civilian"


def test_title_possessive_and_surname(nlp):
    # "President Donald Trump spoke . Trump ’s call came ."
    doc = parse(nlp, [
        ("President", 2, "compound", "PROPN", "NNP", "B-PERSON"),
        ("Donald", 2, "compound", "PROPN", "NNP", "I-PERSON"),
        ("Trump", 3, "nsubj", "PROPN", "NNP", "I-PERSON"),
        ("spoke", 3, "ROOT", "VERB", "VBD", "O"),
        (".", 3, "punct", "PUNCT", ".", "O"),
        ("Trump", 7, "poss", "PROPN", "NNP", "B-ORG"),
        ("’s", 5, "case", "PART", "POS", "I-ORG"),
        ("call", 8, "nsubj", "NOUN", "NN", "O"),
        ("came", 8, "ROOT", "VERB", "VBD", "O"),
    ])
    index = entities_of(doc)
    [trump] = list(index)
    assert trump.key == "donald trump" and trump.label == "Donald Trump"
    assert trump.type == "PERSON"  # the ORG mention is outvoted
    assert trump.mentions == 2
    assert "Trump" in trump.aliases
    mention = index.mention_at(5)
    assert mention.text == "Trump"  # no possessive ending
    assert index.entity_at(6) is None
    assert index.entity_at(0) is None  # the title is not the name


def test_place_suffix_variants_are_one_node(nlp):
    doc = parse(nlp, [
        ("Idlib", 1, "compound", "PROPN", "NNP", "B-GPE"),
        ("province", 1, "ROOT", "NOUN", "NN", "O"),
        (",", 1, "punct", "PUNCT", ",", "O"),
        ("Idlib", 4, "compound", "PROPN", "NNP", "B-GPE"),
        ("Province", 1, "conj", "PROPN", "NNP", "I-GPE"),
        ("and", 1, "cc", "CCONJ", "CC", "O"),
        ("Idlib", 7, "compound", "PROPN", "NNP", "B-GPE"),
        ("region", 1, "conj", "NOUN", "NN", "O"),
    ])
    index = entities_of(doc)
    [idlib] = list(index)
    assert idlib.key == "idlib" and idlib.label == "Idlib" and idlib.type == "GPE"
    assert idlib.mentions == 3
    assert {"Idlib province", "Idlib Province", "Idlib region"} <= set(idlib.aliases)
    # the head noun of "Idlib province" points at Idlib
    assert index.entity_at(1).key == "idlib"


def test_nationality_as_actor_maps_to_country(nlp):
    # "the Russian army attacked . Israeli strikes"
    doc = parse(nlp, [
        ("the", 2, "det", "DET", "DT", "O"),
        ("Russian", 2, "amod", "ADJ", "JJ", "B-NORP"),
        ("army", 3, "nsubj", "NOUN", "NN", "O"),
        ("attacked", 3, "ROOT", "VERB", "VBD", "O"),
        (".", 3, "punct", "PUNCT", ".", "O"),
        ("Israeli", 6, "amod", "ADJ", "JJ", "B-NORP"),
        ("strikes", 6, "ROOT", "NOUN", "NNS", "O"),
    ])
    index = entities_of(doc)
    ents = by_key(index)
    assert set(ents) == {"russia", "israel"}
    assert ents["russia"].type == "GPE" and ents["russia"].label == "Russia"
    # "the Russian army" is the actor layer's "Russia: military", no alias of the country
    assert "Russian" in ents["russia"].aliases and "Russian army" not in ents["russia"].aliases
    assert index.entity_at(1).key == "russia" and index.entity_at(2) is None  # "army" is no mention of Russia
    assert ents["israel"].aliases == ("Israeli",)
    assert index.entity_at(6) is None  # "strikes" is not Israel


def test_nationality_on_other_nouns_stays_a_modifier(nlp):
    doc = parse(nlp, [
        ("Syrian", 1, "amod", "ADJ", "JJ", "B-NORP"),
        ("civilians", 2, "nsubj", "NOUN", "NNS", "O"),
        ("fled", 2, "ROOT", "VERB", "VBD", "O"),
    ])
    index = entities_of(doc)
    assert index.entity_at(0).key == "syria"
    assert index.entity_at(1) is None


def test_sentence_initial_common_word_is_dropped(nlp):
    doc = parse(nlp, [
        ("Smoke", 1, "compound", "NOUN", "NN", "B-NORP"),
        ("plumes", 2, "nsubj", "NOUN", "NNS", "O"),
        ("rose", 2, "ROOT", "VERB", "VBD", "O"),
        ("over", 2, "prep", "ADP", "IN", "O"),
        ("Homs", 3, "pobj", "PROPN", "NNP", "B-GPE"),
    ])
    assert [e.key for e in entities_of(doc)] == ["homs"]


def test_dateline_is_a_place_and_cut_at_the_dash(nlp):
    # "Maarat Al Numan - Bombardments killed ..." with one NER span over the dash
    doc = parse(nlp, [
        ("Maarat", 2, "compound", "PROPN", "NNP", "O"),
        ("Al", 2, "compound", "PROPN", "NNP", "B-PERSON"),
        ("Numan", 4, "compound", "PROPN", "NNP", "I-PERSON"),
        ("-", 4, "punct", "PUNCT", "HYPH", "I-PERSON"),
        ("Bombardments", 5, "nsubj", "PROPN", "NNP", "I-PERSON"),
        ("killed", 5, "ROOT", "VERB", "VBD", "O"),
    ])
    ents = list(entities_of(doc))
    assert [(e.label, e.type) for e in ents] == [("Maarat Al Numan", "GPE")]


def test_town_of_makes_a_place(nlp):
    doc = parse(nlp, [
        ("the", 1, "det", "DET", "DT", "O"),
        ("town", 1, "ROOT", "NOUN", "NN", "O"),
        ("of", 1, "prep", "ADP", "IN", "O"),
        ("Khan", 4, "compound", "PROPN", "NNP", "B-PERSON"),
        ("Sheikhun", 2, "pobj", "PROPN", "NNP", "I-PERSON"),
    ])
    [town] = list(entities_of(doc))
    assert (town.key, town.type) == ("khan sheikhun", "GPE")


def test_numbers_and_dates_are_not_nodes(nlp):
    doc = parse(nlp, [
        ("six", 1, "nummod", "NUM", "CD", "B-CARDINAL"),
        ("civilians", 2, "nsubj", "NOUN", "NNS", "O"),
        ("died", 2, "ROOT", "VERB", "VBD", "O"),
        ("Monday", 2, "npadvmod", "PROPN", "NNP", "B-DATE"),
    ])
    assert len(entities_of(doc)) == 0
    assert {"DATE", "CARDINAL", "QUANTITY"}.isdisjoint(KEPT_LABELS)


def test_same_entity_same_key_across_articles(nlp):
    texts = [
        "US President Donald Trump urged Syria to stop. Trump spoke on Sunday.",
        "Mr Trump met Israeli officials in Washington. The Israeli army struck Idlib Province.",
        "Donald Trump's call came as Israel bombed the Idlib region.",
    ]
    documents = [Document(id=str(i), text=t) for i, t in enumerate(texts)]
    keys = [{e.key for e in facts.entities} for facts in extract_facts(documents, nlp=nlp)]
    assert "donald trump" in keys[0] and "donald trump" in keys[2]
    assert "trump" not in keys[0] | keys[2]
    # an article that never gives the full name keeps the surname, title stripped
    assert "trump" in keys[1] and not any(k.startswith("mr") for k in keys[1])
    assert "israel" in keys[1] and "israel" in keys[2]
    assert "idlib" in keys[1] and "idlib" in keys[2]
    assert not any("israeli" in k or "province" in k or "region" in k for ks in keys for k in ks)


def test_entity_of_span_and_with_entities(nlp):
    doc = parse(nlp, [
        ("Iran", 1, "nsubj", "PROPN", "NNP", "B-GPE"),
        ("spoke", 1, "ROOT", "VERB", "VBD", "O"),
    ])
    index = entities_of(doc)
    assert index.entity_of(doc[0:1]).key == "iran"
    assert "iran" in index and index["iran"].mentions == 1
    from dataclasses import replace

    coded = index.with_entities([replace(index["iran"], actor_code="IRN")])
    assert coded.entity_at(0).actor_code == "IRN"
    assert index.entity_at(0).actor_code is None  # the original is unchanged


def test_parenthesised_acronym_is_the_same_organisation(nlp):
    # "Syrian Democratic Forces ( SDF ) said . SDF fought"
    doc = parse(nlp, [
        ("Syrian", 2, "compound", "PROPN", "NNP", "B-ORG"),
        ("Democratic", 2, "compound", "PROPN", "NNP", "I-ORG"),
        ("Forces", 6, "nsubj", "PROPN", "NNPS", "I-ORG"),
        ("(", 2, "punct", "PUNCT", "-LRB-", "O"),
        ("SDF", 2, "appos", "PROPN", "NNP", "B-ORG"),
        (")", 2, "punct", "PUNCT", "-RRB-", "O"),
        ("said", 6, "ROOT", "VERB", "VBD", "O"),
        (".", 6, "punct", "PUNCT", ".", "O"),
        ("SDF", 9, "nsubj", "PROPN", "NNP", "B-ORG"),
        ("fought", 9, "ROOT", "VERB", "VBD", "O"),
    ])
    [sdf] = list(entities_of(doc))
    assert sdf.key == "syrian democratic forces" and sdf.mentions == 3 and "SDF" in sdf.aliases


def test_surname_with_particle_and_shared_surnames(nlp):
    text = (
        "Syrian President Bashar al-Assad met Vladimir Putin in Sochi. Assad thanked Putin. "
        "George Bush met Laura Bush and Jeb Bush. Bush spoke."
    )
    [facts] = extract_facts([Document(id="s", text=text)], nlp=nlp)
    ents = {e.key: e for e in facts.entities}
    assert {"Assad"} <= set(ents["bashar al-assad"].aliases)
    assert ents["vladimir putin"].mentions == 2
    assert "assad" not in ents and "putin" not in ents
    # three people named Bush: a lone "Bush" is not guessed
    assert "bush" in ents
    assert ents["george bush"].mentions == 1
