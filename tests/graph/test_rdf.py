"""RDF export and import."""

from __future__ import annotations

import pytest

from graph.model import KnowledgeGraph
from graph.rdf import FORMATS, from_rdf, from_rdf_bytes, to_rdf, to_rdf_bytes


@pytest.mark.parametrize("name", sorted(FORMATS))
def test_every_format_round_trips(corpus_facts, hostile_facts, name):
    kg = KnowledgeGraph([*corpus_facts, hostile_facts])
    data = to_rdf_bytes(kg, format=name)
    assert from_rdf_bytes(data, format=name) == kg


def test_dataset_round_trip(corpus_facts, hostile_facts):
    kg = KnowledgeGraph([*corpus_facts, hostile_facts])
    assert from_rdf(to_rdf(kg)) == kg
