"""Two generic actors of one head noun and different countries in graph.json (wave 18,
``extract/relations/sides.py``): the edge runs between the two ACTOR nodes ("actor:rusmil" ->
"actor:ukrmil"), and a mutual verb ("clashed with") gives both directions.

The sentences are invented for the test; the node keys come from the nationality words and the agent
nouns (forces, troops ``MIL``).
"""

from __future__ import annotations

from extract.facts import extract_document
from extract.types import Document
from graph.model import KnowledgeGraph, to_node_link

_DATE = "2020-06-01"


def test_graph_edge_between_the_two_actor_nodes(nlp):
    text = "Indian troops clashed with Chinese troops in the Himalayas. Russian forces attacked Ukrainian forces."
    facts = extract_document(Document(id="t", text=text, date=_DATE), nlp=nlp)
    data = to_node_link(KnowledgeGraph([facts]))
    nodes = {n["id"]: n for n in data["nodes"]}
    assert {"actor:indmil", "actor:chnmil", "actor:rusmil", "actor:ukrmil"} <= set(nodes)
    assert nodes["actor:rusmil"]["type"] == "ACTOR"
    links = {(e["source"], e["target"], e["key"]) for e in data[_edges_field(data)]}
    assert ("actor:rusmil", "actor:ukrmil", "attack") in links
    assert ("actor:ukrmil", "actor:rusmil", "attack") not in links
    assert {("actor:indmil", "actor:chnmil", "clash"), ("actor:chnmil", "actor:indmil", "clash")} <= links


def _edges_field(data) -> str:
    return "links" if "links" in data else "edges"
