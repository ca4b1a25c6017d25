"""Across documents: a lone surname joins the one full name the corpus gives it, and never two."""

from __future__ import annotations

import pytest

from extract.types import Argument, Document, DocumentFacts, Entity, Predicate, Relation
from graph.joins import surnames
from graph.model import KnowledgeGraph, from_node_link, to_node_link


def _facts(doc_id: str, text: str, entities, relations=()) -> DocumentFacts:
    return DocumentFacts(Document(id=doc_id, text=text), tuple(entities), tuple(relations))


def _argument(text: str, key: str, etype: str, start: int) -> Argument:
    return Argument(key=key, label=text, type=etype, text=text, start=start, end=start + len(text))


def _met(doc_id: str, text: str, subject: tuple, obj: tuple) -> Relation:
    """The relation "<subject> met <object>" of a one-sentence text."""
    s = _argument(*subject, start=text.index(subject[0]))
    o = _argument(*obj, start=text.index(obj[0]))
    at = text.index(" met ") + 1
    return Relation(doc_id=doc_id, subject=s, predicate=Predicate("meet", "met", at, at + 3), object=o,
                    sentence=text, sentence_start=0, confidence=0.9)


def _merkel_alone() -> DocumentFacts:
    text = "Merkel met Macron in Paris."
    return _facts("alone", text, [Entity("merkel", "Merkel", "PERSON"), Entity("macron", "Macron", "PERSON")],
                  [_met("alone", text, ("Merkel", "merkel", "PERSON"), ("Macron", "macron", "PERSON"))])


def _merkel_full() -> DocumentFacts:
    return _facts("full", "Angela Merkel spoke in Berlin.", [Entity("angela merkel", "Angela Merkel", "PERSON")])


@pytest.mark.parametrize("order", [(0, 1), (1, 0)])
def test_a_lone_surname_joins_the_one_full_name(order):
    docs = [_merkel_alone(), _merkel_full()]
    kg = KnowledgeGraph([docs[i] for i in order])
    nodes = kg.graph.nodes
    assert "merkel" not in nodes
    merkel = nodes["angela merkel"]
    assert merkel["label"] == "Angela Merkel" and "Merkel" in merkel["aliases"]
    assert merkel["documents"] == ["alone", "full"] and merkel["mentions"] == 2
    # the relation moved with the node
    assert kg.graph.has_edge("angela merkel", "macron", key="meet")
    assert kg.find("Merkel") == "angela merkel"


def test_a_later_document_joins_on_the_next_read():
    kg = KnowledgeGraph([_merkel_alone()])
    assert "merkel" in kg.graph.nodes
    kg.add(_merkel_full())
    assert "merkel" not in kg.graph.nodes and kg.graph.has_edge("angela merkel", "macron", key="meet")


def test_two_people_of_one_surname_join_neither():
    kg = KnowledgeGraph([
        _facts("a", "Franklin Roosevelt won.", [Entity("franklin roosevelt", "Franklin Roosevelt", "PERSON")]),
        _facts("b", "Theodore Roosevelt won.", [Entity("theodore roosevelt", "Theodore Roosevelt", "PERSON")]),
        _facts("c", "Roosevelt won.", [Entity("roosevelt", "Roosevelt", "PERSON")]),
    ])
    assert {"roosevelt", "franklin roosevelt", "theodore roosevelt"} <= set(kg.graph.nodes)


@pytest.mark.parametrize(
    "lone, full",
    [
        (Entity("merkel", "Merkel", "ORG"), Entity("angela merkel", "Angela Merkel", "PERSON")),  # not a person
        (Entity("merkel", "Merkel", "PERSON", wikidata="Q1"), Entity("angela merkel", "Angela Merkel", "PERSON",
                                                                      wikidata="Q567")),  # two links
        (Entity("jordan", "Jordan", "PERSON"), Entity("river jordan", "River Jordan", "LOC")),  # not a person
    ],
)
def test_no_join(lone, full):
    kg = KnowledgeGraph([_facts("a", "", [lone]), _facts("b", "", [full])])
    assert {lone.key, full.key} <= set(kg.graph.nodes)


def test_a_joined_graph_reads_back_equal():
    kg = KnowledgeGraph([_merkel_alone(), _merkel_full()])
    assert from_node_link(to_node_link(kg)) == kg


@pytest.mark.parametrize(
    "key, forms",
    [("angela merkel", ("merkel",)), ("edward j. debartolo jr.", ("debartolo",)),
     ("bashar al-assad", ("al-assad", "assad")), ("merkel", ()), ("a b c d e", ())],
)
def test_surnames(key, forms):
    assert surnames(key) == forms


def test_a_groups_adjective_joins_its_plural_across_documents():
    kg = KnowledgeGraph([
        _facts("a", "Kurds protested.", [Entity("kurds", "Kurds", "NORP")]),
        _facts("b", "Kurdish leaders met.", [Entity("kurdish", "Kurdish", "NORP")]),
        _facts("c", "Amish farmers met.", [Entity("amish", "Amish", "NORP")]),
    ])
    nodes = kg.graph.nodes
    assert "kurdish" not in nodes and nodes["kurds"]["documents"] == ["a", "b"]
    assert "Kurdish" in nodes["kurds"]["aliases"]
    assert "amish" in nodes  # no plural of that stem


@pytest.mark.parametrize(
    "lone, full",
    [
        ("Chan", "Tanya Chan"),  # the knowledge base knows Jackie Chan too
        ("John", "Seth John"),  # a given name of the knowledge base's people
    ],
)
def test_a_known_namesake_or_given_name_joins_nothing(lone, full):
    kg = KnowledgeGraph([
        _facts("a", "", [Entity(lone.casefold(), lone, "PERSON")]),
        _facts("b", "", [Entity(full.casefold(), full, "PERSON")]),
    ])
    assert {lone.casefold(), full.casefold()} <= set(kg.graph.nodes)
