"""Looking the graph up and reading it as tables: the bodies of :class:`~graph.model.KnowledgeGraph`'s
look-up, summary and DataFrame methods, which delegate here.

Every function takes the :class:`~graph.model.KnowledgeGraph` first and only reads it.
"""

from __future__ import annotations

import copy
from collections import Counter

import networkx as nx

from .errors import GraphError

__all__ = ["RELATION_COLUMNS", "ENTITY_COLUMNS", "name_index", "find", "resolve", "neighbours", "ego",
           "top_entities", "summary", "relations_frame", "entities_frame"]

#: Columns of :func:`relations_frame`.
RELATION_COLUMNS = (
    "subject", "subject_label", "subject_type", "predicate", "negated", "object",
    "object_label", "object_type", "count", "confidence", "documents", "sentence",
    "event_code", "event_root", "event_label", "event_quad_class", "time", "place",
    "killed", "injured", "subject_actor_code", "object_actor_code", "asserted", "mutual",
)
#: Columns of :func:`entities_frame`.
ENTITY_COLUMNS = (
    "key", "label", "type", "aliases", "mentions", "documents", "n_documents",
    "in_degree", "out_degree", "actor_code", "geonames_id", "lat", "lon", "country", "role", "wikidata",
)


def name_index(kg) -> dict[str, str]:
    """``{normalised name: key}`` of every key, label and alias (cached on the graph)."""
    from .model import normalise_name

    if kg._names is None:
        best: dict[str, tuple] = {}
        for key, attrs in kg.graph.nodes(data=True):
            rank_of_key = (-attrs["mentions"], key)
            names = [(0, key), (1, attrs["label"])]
            names += [(2, alias) for alias in attrs["aliases"]]
            for priority, name in names:
                norm = normalise_name(name)
                rank = (priority, *rank_of_key)
                if norm not in best or rank < best[norm]:
                    best[norm] = rank
        kg._names = {norm: rank[2] for norm, rank in best.items()}
    return kg._names


def find(kg, name: str) -> str | None:
    """The key of the entity called ``name`` (key, label or alias; any case).

    When several entities share a name, a key beats a label, a label an
    alias, and then the most mentioned entity wins.
    """
    from .model import normalise_name

    if not isinstance(name, str):
        return None
    return name_index(kg).get(normalise_name(name))


def resolve(kg, key_or_alias: str) -> str:
    """The key of an entity named by key, label or alias."""
    if key_or_alias in kg.graph:
        return key_or_alias
    key = find(kg, key_or_alias)
    if key is None:
        raise _unknown(f"no entity with key or alias {key_or_alias!r}")
    return key


def neighbours(kg, key_or_alias: str, *, direction: str = "both") -> list[str]:
    """Sorted keys of the entities linked to an entity.

    Parameters
    ----------
    key_or_alias : str
        An entity key, label or alias.
    direction : {"both", "out", "in"}
        Objects of its relations (``out``), subjects (``in``) or both.

    Raises
    ------
    UnknownEntityError
        If no entity has that name.
    """
    key = resolve(kg, key_or_alias)
    if direction not in ("both", "out", "in"):
        raise GraphError(f"direction must be 'both', 'out' or 'in', got {direction!r}")
    found = set()
    if direction in ("both", "out"):
        found.update(kg.graph.successors(key))
    if direction in ("both", "in"):
        found.update(kg.graph.predecessors(key))
    return sorted(found)


def ego(kg, key_or_alias: str, radius: int = 1):
    """The subgraph within ``radius`` hops of an entity (either direction), as a copy."""
    key = resolve(kg, key_or_alias)
    if not isinstance(radius, int) or radius < 0:
        raise GraphError(f"radius must be an int >= 0, got {radius!r}")
    keep = nx.single_source_shortest_path_length(kg.graph.to_undirected(as_view=True), key, cutoff=radius)
    sub = copy.deepcopy(kg.graph.subgraph(keep).copy())
    docs = set()
    for _, entries in sub.nodes(data="doc_entities"):
        docs.update(entries)
    sub.graph["documents"] = {d: dict(kg.documents[d]) for d in sorted(docs)}
    return type(kg)._from_graph(sub)


def top_entities(kg, n: int = 10, *, type: str | None = None) -> list[tuple[str, int]]:
    """The ``n`` most mentioned entities as ``(key, mentions)``, optionally of one type.

    Ties go to the entity with more relations, then to the smaller key.
    """
    degree = kg.graph.degree
    rows = [
        (key, attrs["mentions"])
        for key, attrs in kg.graph.nodes(data=True)
        if type is None or attrs["type"] == type
    ]
    rows.sort(key=lambda row: (-row[1], -degree(row[0]), row[0]))
    return rows[:n]


def summary(kg) -> dict:
    """Counts: documents, entities, relations, evidence, predicates, entity types."""
    graph = kg.graph
    types = Counter(t for _, t in graph.nodes(data="type"))
    predicates = {p for _, _, p in graph.edges(data="predicate")}
    return {
        "documents": len(kg.documents),
        "entities": graph.number_of_nodes(),
        "relations": graph.number_of_edges(),
        "evidence": sum(c for _, _, c in graph.edges(data="count")),
        "mentions": sum(m for _, m in graph.nodes(data="mentions")),
        "predicates": len(predicates),
        "entity_types": dict(sorted(types.items())),
    }


def relations_frame(kg):
    """The relations as a :class:`pandas.DataFrame`, one row per edge, sorted.

    ``sentence`` is the first evidence's sentence; ``time``, ``place``,
    ``killed`` and ``injured`` come from the first evidence giving them.
    ``subject_actor_code`` and ``object_actor_code`` are the nodes' actor
    codes; ``asserted`` is True when some evidence asserts the relation
    (:func:`graph.model.is_asserted`), ``mutual`` when some evidence codes
    it as one side of a mutual event.
    """
    import pandas as pd

    from .model import is_asserted

    nodes = kg.graph.nodes
    rows = []
    for u, v, _, attrs in sorted(kg.graph.edges(keys=True, data=True), key=lambda e: e[:3]):
        evidence = attrs["evidence"]
        event = attrs.get("event") or {}

        def first(getter):
            for ev in evidence:
                value = getter(ev)
                if value is not None:
                    return value
            return None

        rows.append((
            u, nodes[u]["label"], nodes[u]["type"], attrs["predicate"], attrs["negated"], v,
            nodes[v]["label"], nodes[v]["type"], attrs["count"], attrs["confidence"],
            sorted({ev["doc"] for ev in evidence}), evidence[0]["sentence"],
            event.get("code"), event.get("root"), event.get("label"), event.get("quad_class"),
            first(lambda ev: (ev.get("time") or {}).get("text")),
            first(lambda ev: (ev.get("place") or {}).get("label")),
            first(lambda ev: (ev.get("casualties") or {}).get("killed")),
            first(lambda ev: (ev.get("casualties") or {}).get("injured")),
            nodes[u].get("actor_code"), nodes[v].get("actor_code"),
            any(is_asserted(ev) for ev in evidence), any(ev.get("mutual") for ev in evidence),
        ))
    return pd.DataFrame(rows, columns=list(RELATION_COLUMNS))


def entities_frame(kg):
    """The entities as a :class:`pandas.DataFrame`, one row per node, sorted by key."""
    import pandas as pd

    graph = kg.graph
    rows = [
        (
            key, attrs["label"], attrs["type"], list(attrs["aliases"]), attrs["mentions"],
            list(attrs["documents"]), len(attrs["documents"]), graph.in_degree(key),
            graph.out_degree(key), attrs.get("actor_code"), attrs.get("geonames_id"),
            attrs.get("lat"), attrs.get("lon"), attrs.get("country"), attrs.get("role"), attrs.get("wikidata"),
        )
        for key, attrs in sorted(graph.nodes(data=True))
    ]
    return pd.DataFrame(rows, columns=list(ENTITY_COLUMNS))


def _unknown(message: str) -> Exception:
    from .model import UnknownEntityError

    return UnknownEntityError(message)
