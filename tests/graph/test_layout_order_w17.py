"""The page's layout depends on the graph, not on the order it was built in: Louvain and the spring layout
walk a graph in insertion order, so the same nodes and edges added in another order must give the same
communities, positions and order."""

from __future__ import annotations

import random

import networkx as nx

from graph.formats.html_layout import layout_graph


def _graph(edges, nodes) -> nx.MultiDiGraph:
    g = nx.MultiDiGraph()
    for n in nodes:
        g.add_node(n, type="GPE" if n.startswith("c") else "PERSON", mentions=1)
    for u, v in edges:
        g.add_edge(u, v, count=1)
    return g


def test_the_same_graph_built_in_another_order_gets_the_same_layout():
    rng = random.Random(17)
    # two dense clusters joined by one bridge, and a ring of weakly tied nodes: several near-equal partitions
    nodes = [f"c{i}" for i in range(12)] + [f"p{i}" for i in range(12)]
    edges = [(f"c{i}", f"c{j}") for i in range(6) for j in range(i + 1, 6)]
    edges += [(f"p{i}", f"p{j}") for i in range(6) for j in range(i + 1, 6)]
    edges += [("c0", "p0")] + [(nodes[k], nodes[(k + 1) % 24]) for k in range(6, 24)]
    first = layout_graph(_graph(edges, nodes))
    for _ in range(5):
        shuffled_nodes, shuffled_edges = nodes[:], [(v, u) if rng.random() < 0.5 else (u, v) for u, v in edges]
        rng.shuffle(shuffled_nodes)
        rng.shuffle(shuffled_edges)
        again = layout_graph(_graph(shuffled_edges, shuffled_nodes))
        assert again.community == first.community
        assert again.positions == first.positions
        assert again.order == first.order


def test_two_clusters_joined_by_a_bridge_are_two_communities():
    nodes = [f"c{i}" for i in range(5)] + [f"p{i}" for i in range(5)]
    edges = [(f"c{i}", f"c{j}") for i in range(5) for j in range(i + 1, 5)]
    edges += [(f"p{i}", f"p{j}") for i in range(5) for j in range(i + 1, 5)] + [("c0", "p0")]
    layout = layout_graph(_graph(edges, nodes))
    assert len({layout.community[n] for n in nodes}) == 2
    assert len({layout.community[f"c{i}"] for i in range(5)}) == 1
