"""Merge bookkeeping of :class:`~graph.model.KnowledgeGraph`: settling pending changes, wrapping a graph.

Adding and removing documents only records what changed; :func:`settle`
recomputes the merged values once per touched node or edge
(:func:`graph.model._merge_node`, :func:`graph.model._merge_edge`) when the
graph is next read, which keeps adding documents one by one linear.
"""

from __future__ import annotations

import networkx as nx

__all__ = ["settle", "wrap"]


def settle(kg) -> None:
    """Recompute the merged values of every node and edge touched since the last read."""
    from .model import _merge_edge, _merge_node, _no_gc

    graph = kg._graph
    adjacency = graph._succ
    with _no_gc():
        for edge in kg._pending_edges:
            u, v, key = edge
            attrs = adjacency[u][v][key]
            evidence = attrs["evidence"]
            removed = kg._removed.pop(edge, None)
            if removed:
                evidence = [ev for ev in evidence if ev["doc"] not in removed]
            evidence += kg._added.pop(edge, ())
            if evidence:
                attrs["evidence"] = evidence
                _merge_edge(attrs)
            else:
                graph.remove_edge(u, v, key)
        for key in kg._pending_nodes:
            attrs = graph._node.get(key)
            if attrs is None:
                continue
            if attrs["doc_entities"]:
                _merge_node(attrs)
            else:
                graph.remove_node(key)
    kg._pending_nodes = set()
    kg._pending_edges = set()
    kg._added.clear()
    kg._removed.clear()


def wrap(cls, graph: nx.MultiDiGraph):
    """A ``cls`` around a graph that follows the schema (taken over, not copied)."""
    kg = cls()
    kg._graph = graph
    graph.graph.setdefault("documents", {})
    for key, entries in graph.nodes(data="doc_entities"):
        for doc_id in entries:
            kg._doc_nodes.setdefault(doc_id, set()).add(key)
    for u, v, key, evidence in graph.edges(keys=True, data="evidence"):
        for ev in evidence:
            kg._doc_edges.setdefault(ev["doc"], set()).add((u, v, key))
    return kg
