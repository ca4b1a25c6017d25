"""Where the graph page draws each entity, computed once when the page is written.

A graph too big for the browser to lay out gets its picture here, the same
on every open: importance by PageRank, communities by Louvain (seeded), a
spring layout (seeded) of the most important entities, and every other
entity placed next to a placed neighbour, component by component, so a
search or an "expand" brings an entity in at a sensible place without any
layout work in the browser.

The cost is linear past the core: PageRank (numpy), Louvain and the spring
layout run on at most :data:`CORE_NODES` entities; the rest is one
breadth-first walk.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import networkx as nx

__all__ = ["CORE_NODES", "PageLayout", "layout_graph", "simple_graph"]

#: The most entities laid out by the spring layout and split by Louvain.
CORE_NODES = 480

#: The layout's radius in vis-network units (the core fits in it).
_RADIUS = 520.0
_SEED = 7
_GOLDEN = math.pi * (3 - math.sqrt(5))
_STEP = 34.0
_PAGERANK_STEPS = 100  # distance from an anchor to its first ring of placed neighbours


@dataclass(frozen=True)
class PageLayout:
    """Positions, importance and communities of every entity of a graph.

    Attributes
    ----------
    order : tuple of str
        Every node, most important first (PageRank, then mentions, then key).
    importance : dict
        Node -> PageRank scaled so that the most important entity is 1.
    positions : dict
        Node -> ``(x, y)`` rounded to whole units.
    community : dict
        Node -> community number (0 is the largest community of the core;
        -1 an entity without relations).
    community_labels : tuple of tuple of str
        The most important nodes of each community (at most three).
    """

    order: tuple
    importance: dict
    positions: dict
    community: dict
    community_labels: tuple


def simple_graph(graph: nx.MultiDiGraph) -> nx.Graph:
    """The undirected graph of ``graph``: one edge per pair weighted by evidence, no loops.

    Nodes and edges are added in sorted order, whatever order the graph was
    built in: Louvain and the spring layout walk a graph in its insertion
    order, so the same graph gives the same page every time.
    """
    weights: dict = {}
    for u, v, count in graph.edges(data="count"):
        if u == v:
            continue
        pair = (u, v) if str(u) <= str(v) else (v, u)
        weights[pair] = weights.get(pair, 0) + int(count or 1)
    simple = nx.Graph()
    simple.add_nodes_from(sorted(graph.nodes, key=str))
    simple.add_weighted_edges_from(
        (u, v, w) for (u, v), w in sorted(weights.items(), key=lambda item: (str(item[0][0]), str(item[0][1]))))
    return simple


def layout_graph(graph: nx.MultiDiGraph, *, core: int = CORE_NODES, seed: int = _SEED,
                 background: frozenset = frozenset({"CONCEPT"})) -> PageLayout:
    """Lay out ``graph`` deterministically (see the module docstring).

    Parameters
    ----------
    graph : networkx.MultiDiGraph
        The knowledge graph (schema of ARCHITECTURE.md).
    core : int, optional
        How many of the most important connected entities the spring
        layout and Louvain see.
    seed : int, optional
        The seed of Louvain and of the spring layout.
    background : frozenset of str, optional
        Entity types left out of the core and of the community labels
        (concepts: the page hides them at corpus scale).

    Returns
    -------
    PageLayout
    """
    simple = simple_graph(graph)
    importance = _importance(simple)

    def rank(node):
        return (-importance[node], -int(graph.nodes[node].get("mentions") or 0), str(node))

    order = tuple(sorted(simple.nodes, key=rank))
    foreground = {n for n in order if str(graph.nodes[n].get("type") or "CONCEPT") not in background}
    connected = [n for n in order if simple.degree(n) and n in foreground]
    core_nodes = connected[:core]
    core_graph = simple.subgraph(core_nodes)
    community = _communities(core_graph, seed=seed)
    positions = _core_positions(core_graph, seed=seed)
    _place_rest(simple, order, positions, community)
    labels = [[] for _ in range(max(community.values(), default=-1) + 1)]
    for node in sorted(order, key=lambda n: n not in foreground):
        members = labels[community[node]] if community[node] >= 0 else None
        if members is not None and len(members) < 3:
            members.append(node)
    return PageLayout(
        order=order,
        importance=importance,
        positions={n: (round(x), round(y)) for n, (x, y) in positions.items()},
        community=community,
        community_labels=tuple(tuple(m) for m in labels),
    )


def _importance(simple: nx.Graph) -> dict:
    """PageRank (damping 0.85, weighted, by power iteration in numpy), scaled so that the top entity has 1."""
    if simple.number_of_edges() == 0:
        return {n: 0.0 for n in simple}
    import numpy as np

    nodes = list(simple)
    index = {n: i for i, n in enumerate(nodes)}
    pairs = [(index[u], index[v], w) for u, v, w in simple.edges(data="weight")]
    source = np.array([p[0] for p in pairs] + [p[1] for p in pairs])
    target = np.array([p[1] for p in pairs] + [p[0] for p in pairs])
    weight = np.array([float(p[2]) for p in pairs] * 2)
    n = len(nodes)
    out = np.bincount(source, weights=weight, minlength=n)
    dangling = out == 0
    share = weight / out[source]
    rank = np.full(n, 1.0 / n)
    for _ in range(_PAGERANK_STEPS):
        previous = rank
        spread = np.bincount(target, weights=rank[source] * share, minlength=n)
        rank = 0.85 * (spread + rank[dangling].sum() / n) + 0.15 / n
        if np.abs(rank - previous).sum() < n * 1e-10:
            break
    top = float(rank.max()) or 1.0
    return {node: float(rank[i]) / top for i, node in enumerate(nodes)}


def _communities(core_graph: nx.Graph, *, seed: int) -> dict:
    """Louvain communities of the core, numbered by size (then by their best member)."""
    if core_graph.number_of_edges() == 0:
        return {n: 0 for n in core_graph}
    # Louvain walks sets of nodes: with string nodes their order, and so the communities, would follow
    # the per-process string hash (PYTHONHASHSEED). Small integers hash to themselves: run it on the
    # nodes' ranks in sorted order, the same graph in every process.
    nodes = sorted(core_graph.nodes, key=str)
    rank = {node: i for i, node in enumerate(nodes)}
    numbered = nx.Graph()
    numbered.add_nodes_from(range(len(nodes)))
    numbered.add_weighted_edges_from(sorted(
        (min(rank[u], rank[v]), max(rank[u], rank[v]), w) for u, v, w in core_graph.edges(data="weight", default=1)))
    groups = [{nodes[i] for i in group}
              for group in nx.community.louvain_communities(numbered, weight="weight", seed=seed)]
    groups = sorted(groups, key=lambda g: (-len(g), min(map(str, g))))
    return {node: i for i, group in enumerate(groups) for node in group}


def _core_positions(core_graph: nx.Graph, *, seed: int) -> dict:
    """The largest component in the middle, the others packed on rings round it."""
    components = sorted(nx.connected_components(core_graph), key=lambda c: (-len(c), min(map(str, c))))
    if not components:
        return {}
    positions: dict = {}
    main = components[0]
    main_radius = _RADIUS
    positions.update(_component_positions(core_graph.subgraph(main), main_radius, (0.0, 0.0), seed=seed))
    ring, angle = main_radius + 90.0, 0.0
    for component in components[1:]:
        radius = 18.0 * math.sqrt(len(component))
        step = 2 * math.asin(min(1.0, (radius + 12.0) / ring))
        if angle + 2 * step > 2 * math.pi:
            ring, angle = ring + 2 * radius + 40.0, 0.0
            step = 2 * math.asin(min(1.0, (radius + 12.0) / ring))
        angle += step
        centre = (ring * math.cos(angle), ring * math.sin(angle))
        positions.update(_component_positions(core_graph.subgraph(component), radius, centre, seed=seed))
        angle += step
    return positions


def _component_positions(component: nx.Graph, radius: float, centre: tuple, *, seed: int) -> dict:
    """A connected part laid out by the spring layout (seeded), within ``radius`` of ``centre``."""
    cx, cy = centre
    if component.number_of_nodes() == 1:
        return {next(iter(component)): (cx, cy)}
    # Log weights keep one heavy pair from collapsing onto itself.
    weighted = nx.Graph()
    weighted.add_nodes_from(sorted(component.nodes, key=str))
    for u, v, w in component.edges(data="weight"):
        weighted.add_edge(u, v, weight=1.0 + math.log(w))
    k = 3.0 / math.sqrt(weighted.number_of_nodes())
    raw = nx.spring_layout(weighted, seed=seed, k=k, iterations=100, weight="weight", method="force")
    mx = sum(x for x, _ in raw.values()) / len(raw)
    my = sum(y for _, y in raw.values()) / len(raw)
    reach = max((math.hypot(x - mx, y - my) for x, y in raw.values()), default=1.0) or 1.0
    return {n: (cx + (float(x) - mx) * radius / reach, cy + (float(y) - my) * radius / reach)
            for n, (x, y) in raw.items()}


def _place_rest(simple: nx.Graph, order: tuple, positions: dict, community: dict) -> None:
    """Place every node without a position next to a placed neighbour, or on an outer spiral."""
    children: dict = {}
    frontier = [n for n in order if n in positions]
    spiral = 0
    next_community = max(community.values(), default=-1) + 1
    pending = iter(order)
    while True:
        _grow(simple, frontier, positions, community, children)
        # A part of the graph the core does not reach: its best node goes on the spiral.
        start = next((n for n in pending if n not in positions), None)
        if start is None:
            return
        spiral += 1
        radius = _RADIUS * 1.25 + 40.0 * math.sqrt(spiral)
        angle = spiral * _GOLDEN
        positions[start] = (radius * math.cos(angle), radius * math.sin(angle))
        # An entity without relations is in no community.
        if simple.degree(start):
            community[start] = next_community
            next_community += 1
        else:
            community[start] = -1
        frontier = [start]


def _grow(simple: nx.Graph, frontier: list, positions: dict, community: dict, children: dict) -> None:
    """Breadth-first from ``frontier``: each new node on a ring round the neighbour that reached it."""
    while frontier:
        reached = []
        for anchor in frontier:
            ax, ay = positions[anchor]
            # The anchor's outward direction, so rings open away from the centre.
            base = math.atan2(ay, ax) if (ax or ay) else 0.0
            for node in sorted(simple[anchor], key=str):
                if node in positions:
                    continue
                k = children.get(anchor, 0)
                children[anchor] = k + 1
                radius = _STEP * (1 + 0.35 * math.sqrt(k))
                angle = base + k * _GOLDEN
                positions[node] = (ax + radius * math.cos(angle), ay + radius * math.sin(angle))
                community[node] = community.get(anchor, 0)
                reached.append(node)
        frontier = reached
