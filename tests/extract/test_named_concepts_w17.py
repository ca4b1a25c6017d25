"""A concept argument that is an untagged mention of a named entity of the same article, wave 17
(``extract/relations/named_concepts.py``): the bare name joins the one entity whose full label (or an
alias of several words) it is; a surname or part of a longer name, or a name "a" makes one of a kind,
stays a concept.
"""

from __future__ import annotations

from extract.entities import entities_of
from extract.relations.named_concepts import named_concept

from .helpers import hand_parse


def _join(nlp, rows, head: int, label: str):
    doc = hand_parse(nlp, rows)
    index = entities_of(doc)
    return named_concept(doc[head], index, label, label, 0, 0), index


def test_an_untagged_mention_of_a_person_is_that_person(nlp):
    # "Hatice Cengiz waited. Police questioned national Hatice Cengiz.": the second mention untagged
    arg, index = _join(nlp, [
        ("Hatice", 1, "compound", "PROPN", "NNP", "B-PERSON"),
        ("Cengiz", 2, "nsubj", "PROPN", "NNP", "I-PERSON"),
        ("waited", 2, "ROOT", "VERB", "VBD", "O"),
        (".", 2, "punct", "PUNCT", ".", "O"),
        ("Police", 5, "nsubj", "NOUN", "NNS", "O"),
        ("questioned", 5, "ROOT", "VERB", "VBD", "O"),
        ("national", 8, "compound", "NOUN", "NN", "O"),
        ("Hatice", 8, "compound", "PROPN", "NNP", "O"),
        ("Cengiz", 5, "dobj", "PROPN", "NNP", "O"),
        (".", 5, "punct", "PUNCT", ".", "O"),
    ], 8, "Hatice Cengiz")
    person = [e for e in index if e.type == "PERSON"]
    assert arg is not None and len(person) == 1
    assert (arg.key, arg.label, arg.type) == (person[0].key, "Hatice Cengiz", "PERSON")


def test_a_surname_alone_does_not_join_the_full_name(nlp):
    # "Henry Ford spoke. Investors praised automaker Ford.": the company is not the man
    arg, _ = _join(nlp, [
        ("Henry", 1, "compound", "PROPN", "NNP", "B-PERSON"),
        ("Ford", 2, "nsubj", "PROPN", "NNP", "I-PERSON"),
        ("spoke", 2, "ROOT", "VERB", "VBD", "O"),
        (".", 2, "punct", "PUNCT", ".", "O"),
        ("Investors", 5, "nsubj", "NOUN", "NNS", "O"),
        ("praised", 5, "ROOT", "VERB", "VBD", "O"),
        ("automaker", 7, "compound", "NOUN", "NN", "O"),
        ("Ford", 5, "dobj", "PROPN", "NNP", "O"),
        (".", 5, "punct", "PUNCT", ".", "O"),
    ], 7, "Ford")
    assert arg is None


def test_a_name_made_one_of_a_kind_stays_a_concept(nlp):
    # "Tesla opened a plant. He bought a Tesla.": a car, not the company
    arg, index = _join(nlp, [
        ("Tesla", 1, "nsubj", "PROPN", "NNP", "B-ORG"),
        ("opened", 1, "ROOT", "VERB", "VBD", "O"),
        ("a", 3, "det", "DET", "DT", "O"),
        ("plant", 1, "dobj", "NOUN", "NN", "O"),
        (".", 1, "punct", "PUNCT", ".", "O"),
        ("He", 6, "nsubj", "PRON", "PRP", "O"),
        ("bought", 6, "ROOT", "VERB", "VBD", "O"),
        ("a", 8, "det", "DET", "DT", "O"),
        ("Tesla", 6, "dobj", "PROPN", "NNP", "O"),
        (".", 6, "punct", "PUNCT", ".", "O"),
    ], 8, "Tesla")
    assert any(e.label == "Tesla" for e in index)
    assert arg is None
