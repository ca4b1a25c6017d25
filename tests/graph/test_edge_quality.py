"""Doubtful relations are kept by the extraction (low confidence) and are no graph edges, in every output."""

from __future__ import annotations

import pytest

from extract.facts import extract_facts
from extract.quality import DOUBTFUL_CONFIDENCE, edge_doubts
from extract.types import Document
from graph.formats.rdf import document_quads, to_rdf
from graph.model import KnowledgeGraph, edge_facts
from graph.vocab import REL, predicate_iri

# Invented news: each sentence but the last gives one doubtful relation, the last a good edge.
TEXT = (
    "Two smugglers were arrested in Lyon on Monday. "
    "Maria Costa, a member of the cycling club, criticised the decision. "
    "Spain took the lead in the talks. "
    "The Dutch minister told reporters that Belgium had disclosed the matter on Friday. "
    'Speaking in Madrid, Pedro Alvarez said Morocco "is punishing our fishermen." '
    "Kenya accused Ethiopia of shelling the border town."
)
DOUBTFUL = {  # (subject, predicate, object) -> the doubt the sentence gives
    ("concept:unspecified", "arrest", "concept:smuggler"): "unspecified",
    ("maria costa", "is a", "concept:member"): "vacuous description",
    ("spain", "take", "concept:lead"): "light verb",
    ("belgium", "disclose", "concept:matter"): "shell object",
    ("morocco", "punish", "concept:fisherman"): "quoted",
}


@pytest.fixture(scope="module")
def facts(nlp):
    (item,) = extract_facts([Document(id="invented:1", text=TEXT, date="2021-03-02")], nlp=nlp)
    return item


def triples(relations):
    return {(r.subject.key, r.predicate.lemma, r.object.key): r for r in relations}


def test_the_extraction_keeps_doubtful_relations_with_a_low_confidence(facts):
    found = triples(facts.relations)
    for triple, doubt in DOUBTFUL.items():
        assert triple in found, triple
        assert doubt in edge_doubts(found[triple])
        assert found[triple].confidence <= DOUBTFUL_CONFIDENCE
    good = found[("kenya", "accuse", "ethiopia")]
    assert edge_doubts(good) == () and good.confidence > DOUBTFUL_CONFIDENCE


def test_the_graph_draws_no_doubtful_edge(facts):
    kg = KnowledgeGraph([facts])
    edges = {(u, attrs["predicate"], v) for u, v, attrs in kg.graph.edges(data=True)}
    assert ("kenya", "accuse", "ethiopia") in edges
    assert not edges & set(DOUBTFUL)
    # a concept only a doubtful relation names is no node
    for key in ("concept:unspecified", "concept:member", "concept:lead", "concept:matter", "concept:reporter"):
        assert key not in kg
    assert "maria costa" in kg and "spain" in kg  # named entities stay nodes


def test_rdf_and_store_quads_agree_with_the_graph(facts):
    kg = KnowledgeGraph([facts])
    in_graph = {str(p) for _, p, _, _ in to_rdf(kg).quads() if str(p).startswith(REL)}
    in_store = {p for _, p, _, _ in document_quads(facts) if p.startswith(REL)}  # what the store loads
    assert in_store == in_graph
    assert str(predicate_iri("accuse")) in in_store
    for lemma in ("arrest", "take", "disclose", "punish"):
        assert str(predicate_iri(lemma)) not in in_store
    assert list(document_quads(facts)) == list(document_quads(edge_facts(facts)))
