"""Edges an analyst keeps, wave 14: classes of wrong and empty edges found on unseen articles (set g).

Invented sentences, each class with one of the same shape whose edge must stay:

- a hyphenated modifier is kept whole in a concept's label ("the three-dimensional images" is no
  "dimensional image"); where a label still starts or ends inside a compound, the edge is doubtful;
- ``is a`` a noun whose phrase held a name the label lost ("a Labour councillor" -> "councillor"),
  ``is a`` a superlative ("the biggest employer in the region"), ``is a`` under a modal;
- a thing as the subject of a verb with no event type ("the lawsuit seeks damages from X"); a noun
  for people stays an actor ("some patients deceived X");
- ``located in`` read from a nationality's people ("protections for Mexicans in the United States");
- a direct object that is the subject of the verb's later finite clause ("announced the tests by a
  laboratory found lead") is none; a verb that takes an object and a clause with its own subject stays;
- "take part", "the suspect" (a suspect of what?) are no edges.
"""

from __future__ import annotations

import pytest

from extract.edge_shapes import SHAPE_DOUBTS, shape_doubts
from extract.facts import extract_document
from extract.quality import DOUBTS, edge_doubts, is_edge
from extract.types import Argument, Document, Predicate, Relation


def _relations(nlp, text):
    return extract_document(Document(id="t", text=text, date="2020-01-02"), nlp=nlp).relations


def _find(nlp, text, predicate):
    found = [r for r in _relations(nlp, text) if r.predicate.lemma == predicate]
    assert found, [(r.subject.label, r.predicate.lemma, r.object.label) for r in _relations(nlp, text)]
    return found


def test_every_shape_doubt_is_a_doubt():
    assert set(SHAPE_DOUBTS) <= set(DOUBTS)


@pytest.mark.parametrize("text, label", [
    # (no "of" phrase after the object: an object that lost one is no edge, extract/edge_complements.py)
    ("Dr. Maria Lopez studied the two-dimensional images from the telescope.", "two-dimensional image"),
    ("Senator Ann Berg opposed the Russian-led operation in the region.", "russian-led operation"),
])
def test_a_hyphenated_modifier_stays_whole_in_the_label(nlp, text, label):
    relations = _relations(nlp, text)
    objects = {r.object.label for r in relations}
    assert label in objects, objects
    assert not any(o.startswith(("dimensional", "led ")) for o in objects), objects
    assert all(is_edge(r) for r in relations if r.object.label == label)


def _relation(sentence, subject, predicate, obj, *, modality="asserted"):
    """A relation over ``sentence`` whose arguments are (key, label, type, surface text) found in it."""
    def argument(spec):
        key, label, kind, text = spec
        start = sentence.index(text)
        return Argument(key, label, kind, text, start, start + len(text))

    start = sentence.index(predicate[1])
    return Relation("d", argument(subject), Predicate(predicate[0], predicate[1], start, start + len(predicate[1])),
                    argument(obj), sentence, 0, modality=modality)


def test_a_label_cut_inside_a_compound_is_doubtful():
    # a name the recogniser cut after the hyphen: "the United States-led war" -> "led war"
    sentence = "Pierre Blanc was an opponent of the United States-led war in 2003."
    rel = _relation(sentence, ("pierre blanc", "Pierre Blanc", "PERSON", "Pierre Blanc"), ("opponent of", "opponent"),
                    ("led war", "led war", "EVENT", "led war"))
    assert "cut compound" in edge_doubts(rel)
    whole = _relation("Pierre Blanc was an opponent of the war in 2003.",
                      ("pierre blanc", "Pierre Blanc", "PERSON", "Pierre Blanc"), ("opponent of", "opponent"),
                      ("war", "war", "EVENT", "war"))
    assert "cut compound" not in shape_doubts(whole)


def test_a_label_that_ends_before_a_hyphen_is_doubtful():
    sentence = "The court was petitioned by Jane Roe and 78 co-petitioners for a ruling."
    rel = _relation(sentence, ("concept:co", "co", "CONCEPT", "78 co"), ("petition", "petitioned"),
                    ("court", "court", "ORG", "court"))
    assert "cut compound" in shape_doubts(rel)


@pytest.mark.parametrize("text, doubt, kept", [
    ("Tom Baker, a Labour councillor, resigned on Monday.", "lost name",
     "Tom Baker, a retired councillor, resigned on Monday."),
    ("Acme Corp is the biggest employer in the region.", "superlative description",
     "Acme Corp is a chemical manufacturer."),
])
def test_descriptions_that_lost_what_they_said(nlp, text, doubt, kept):
    rel = _find(nlp, text, "is a")[0]
    assert doubt in edge_doubts(rel), (rel.object.label, edge_doubts(rel))
    assert all(is_edge(r) for r in _find(nlp, kept, "is a"))


def test_a_description_under_a_modal_is_no_fact():
    sentence = "Japan may be a tough market for outsiders."
    args = (("japan", "Japan", "GPE", "Japan"), ("is a", "be"), ("concept:tough market", "tough market", "CONCEPT",
                                                                   "a tough market"))
    assert "unreal description" in shape_doubts(_relation(sentence, *args, modality="hypothetical"))
    assert "unreal description" not in shape_doubts(_relation(sentence, *args))


def test_a_thing_is_no_actor_but_people_are(nlp):
    (suit,) = _find(nlp, "The lawsuit seeks damages from Acme Corp.", "seek")
    assert suit.subject.label == "lawsuit" and "thing as actor" in edge_doubts(suit)
    (deceit,) = _find(nlp, "Some patients deceived Dr. John Smith.", "deceive")
    assert deceit.object.label == "John Smith" and is_edge(deceit)


def test_a_place_fact_read_from_a_nationality_is_none(nlp):
    text = "The government promised better protections for Mexicans in the United States."
    located = [r for r in _find(nlp, text, "located in") if r.subject.label == "Mexico"]
    assert located and all("demonym place" in edge_doubts(r) for r in located)
    (juarez,) = _find(nlp, "The mayor of Juarez, Mexico, resigned.", "located in")
    assert (juarez.subject.label, juarez.object.label) == ("Juarez", "Mexico") and is_edge(juarez)


@pytest.mark.parametrize("text", [
    "Acme Corp reported the tests by a private laboratory found lead in the water.",
    "The German government announced the tests by a military laboratory found poison in the blood of Ivan Petrov.",
])
def test_the_subject_of_a_later_clause_is_no_object(nlp, text):
    assert not any(r.predicate.lemma in ("report", "announce") and r.object.label == "test"
                   for r in _relations(nlp, text)), [(r.subject.label, r.predicate.lemma, r.object.label)
                                                     for r in _relations(nlp, text)]


def test_an_object_before_a_clause_of_its_own_stays(nlp):
    (plain,) = _find(nlp, "Acme Corp announced the tests on Monday.", "announce")
    assert plain.object.label == "test"
    (warned,) = _find(nlp, "Senator Jane Doe warned residents the river would flood.", "warn")
    assert warned.object.label == "resident"


@pytest.mark.parametrize("text, predicate, doubt", [
    ("Thousands of students took part in the march against the government.", "take", "shell object"),
    ("John Doe, the suspect in the robbery, was arrested by police.", "is a", "vacuous description"),
])
def test_empty_objects(nlp, text, predicate, doubt):
    rel = _find(nlp, text, predicate)[0]
    assert doubt in edge_doubts(rel), (rel.object.label, edge_doubts(rel))


def test_an_object_whose_clause_has_a_nearer_noun_stays(nlp):
    # "by observing the area turned orange": the area turned, not the population
    text = "Dr. Ana Ruiz estimates the population by observing the area turned orange by butterflies."
    assert any(r.predicate.lemma == "estimate" and r.object.label == "population" for r in _relations(nlp, text)), \
        [(r.subject.label, r.predicate.lemma, r.object.label) for r in _relations(nlp, text)]
