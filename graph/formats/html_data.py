"""The graph page's data: the whole graph, compactly, for the page's script.

Entities and relations are numbered (a node's id is its place in the
arrays) and stored column by column; every string (keys, labels, aliases,
predicates, titles, sentences) is stored once in a shared table and
referred to by number, so a sentence that is the evidence of several
relations is written once. ``-1`` stands for "none" wherever a number
refers to a table.

The page's script (``graph/assets/graph.js``) reads this and never needs
anything else: the overview, the filters, the search and "expand" all
work on these arrays.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass
from urllib.parse import urlsplit

import networkx as nx

from extract.types import MODALITIES

from ..model import is_asserted
from .html_layout import layout_graph

__all__ = ["ENTITY_COLOURS", "EVENT_COLOURS", "PageShape", "expand_page_data", "page_data"]

#: Node colour by entity type (colour-blind-safe Tableau 10 hues).
ENTITY_COLOURS = {
    "PERSON": "#e15759",
    "ORG": "#4e79a7",
    "GPE": "#59a14f",
    "LOC": "#76b7b2",
    "NORP": "#f28e2b",
    "FAC": "#b07aa1",
    "EVENT": "#edc948",
    "CONCEPT": "#bab0ac",
    "ACTOR": "#d37295",
}

#: Edge colour by CAMEO quad class; ``None`` is a relation with no event type.
EVENT_COLOURS = {
    "Verbal Cooperation": "#6baed6",
    "Material Cooperation": "#2ca25f",
    "Verbal Conflict": "#fd8d3c",
    "Material Conflict": "#d62728",
    None: "#8c8c8c",
}

_OTHER_COLOURS = ("#9c755f", "#ff9da7", "#17becf", "#bcbd22", "#7f7f7f", "#8c564b")
_QUAD_NAMES = {
    "1": "Verbal Cooperation",
    "2": "Material Cooperation",
    "3": "Verbal Conflict",
    "4": "Material Conflict",
    **{name.casefold(): name for name in EVENT_COLOURS if name},
}
_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}")
_QID = re.compile(r"Q[1-9][0-9]*")
_DETAIL_FIELDS = (
    ("time", "time"),
    ("place", "place"),
    ("casualties", "casualties"),
    ("complement", "complement"),
    ("attributed_to", "according to"),
    ("modality", "modality"),
    ("modality_cue", "modality cue"),
)
_NODE_SHAPES = {"ACTOR": "diamond"}
_ROLES = ("subject", "predicate", "object")


@dataclass(frozen=True)
class PageShape:
    """How the page draws a graph.

    Attributes
    ----------
    overview : bool
        True: positions computed here, physics off, the page opens on the
        ``initial`` most important entities. False: every entity drawn and
        laid out by the browser.
    initial : int
        The most entities the page's first view draws.
    embedded : int
        The most entities the page holds (the rest are left out, and the
        page says so).
    """

    overview: bool
    initial: int
    embedded: int


class _Strings:
    """The shared string table: each distinct string once, referred to by number."""

    def __init__(self) -> None:
        self.index: dict[str, int] = {}

    def __call__(self, value) -> int:
        if value is None:
            return -1
        text = str(value)
        found = self.index.get(text)
        if found is None:
            found = self.index[text] = len(self.index)
        return found

    def table(self) -> list[str]:
        return list(self.index)


def page_data(graph: nx.MultiDiGraph, *, shape: PageShape) -> dict:
    """The page's data for ``graph`` (see the module docstring).

    Parameters
    ----------
    graph : networkx.MultiDiGraph
        The knowledge graph (schema of ARCHITECTURE.md).
    shape : PageShape
        Overview or not, and how many entities to draw first and to hold.

    Returns
    -------
    dict
        JSON-ready: ``strings``, ``documents``, ``nodes``, ``edges``,
        ``evidence``, ``events``, ``legend``, ``communities``, ``view``
        and ``stats``.
    """
    strings = _Strings()
    total_nodes, total_edges = graph.number_of_nodes(), graph.number_of_edges()
    layout = layout_graph(graph) if shape.overview else None
    kept = _kept_nodes(graph, layout, shape.embedded)
    sub = graph.subgraph(kept) if len(kept) < total_nodes else graph
    doc_ids = _document_ids(graph, sub)
    doc_index = {d: i for i, d in enumerate(doc_ids)}
    documents = _documents(graph.graph.get("documents") or {}, doc_ids, strings)
    colours = _type_colours(sub)
    nodes, node_index = _nodes(graph, sub, kept, strings, doc_index=doc_index, colours=colours,
                               layout=layout)
    edges, evidence, events = _edges(sub, node_index, strings, doc_index=doc_index)
    notice = None
    if len(kept) < total_nodes:
        notice = (
            f"This page holds the {len(kept):,} most important of {total_nodes:,} entities "
            f"({len(edges['from']):,} of {total_edges:,} relations). Narrow the build with filters "
            "(fewer articles, a date range) or query the whole graph in the store (newsgraph query)."
        )
    types_present = Counter(str(a.get("type") or "CONCEPT") for _, a in sub.nodes(data=True))
    kinds = events.pop("kinds")
    return {
        "strings": strings.table(),
        "documents": documents,
        "nodes": nodes,
        "edges": edges,
        "evidence": evidence,
        "events": events["table"],
        "legend": {
            "types": [{"type": t, "colour": colours[t], "count": types_present[t]}
                      for t in sorted(types_present, key=_type_order)],
            "kinds": [{"kind": k, "colour": _event_colour(k), "count": n}
                      for k, n in sorted(kinds.items(), key=lambda kv: _kind_order(kv[0]))],
        },
        "communities": _communities(layout, node_index),
        "view": {"overview": shape.overview, "initial": shape.initial,
                 "conceptsOff": shape.overview and types_present.get("CONCEPT", 0) > 0},
        "stats": {
            "entities_total": total_nodes,
            "entities_shown": len(kept),
            "relations_total": total_edges,
            "relations_shown": len(edges["from"]),
            "truncated": notice is not None,
            "notice": notice,
        },
    }


def expand_page_data(data: dict) -> dict:
    """The page's compact data read back: one dict per entity, relation and article.

    For tests and tools that read a written page: ``nodes`` and ``edges``
    become lists of dicts (node ``id`` = place in the list), ``documents``
    a dict by article id, each evidence item's sentence a list of
    ``[text, role]`` segments as the page marks them; everything else is
    returned as it is.
    """
    strings = data["strings"]

    def text(i):
        return None if i < 0 else strings[i]

    docs = data["documents"]
    doc_ids = [strings[d] for d in docs["id"]]
    documents = {doc_id: {name: text(docs[name][i]) for name in ("title", "url", "link", "date", "day", "source")}
                 for i, doc_id in enumerate(doc_ids)}
    n = data["nodes"]
    extras = {row[0]: [text(v) for v in row[1:]] for row in n["extra"]}
    nodes = []
    for i in range(len(n["key"])):
        kind = n["types"][n["type"][i]]
        actor_code, country, role, wikidata = extras.get(i, [None] * 4)
        nodes.append({
            "id": i, "key": strings[n["key"][i]], "label": strings[n["label"][i]], "type": kind["type"],
            "color": kind["colour"], "shape": "diamond" if n["shape"][i] else "dot", "size": n["size"][i],
            "aliases": [strings[a] for a in n["aliases"][i]], "mentions": n["mentions"][i],
            "degree": n["degree"][i], "documents": [doc_ids[d] for d in n["docs"][i]],
            "actor_code": actor_code, "country": country, "role": role, "wikidata": wikidata,
        })
    colours = {k["kind"]: k["colour"] for k in data["legend"]["kinds"]}
    e, ev = data["edges"], data["evidence"]
    edges = []
    for i in range(len(e["from"])):
        first, last = e["evidence"][i]
        evidence = [{
            "doc": doc_ids[ev["doc"][j]] if ev["doc"][j] >= 0 else None,
            "segments": _segments(strings[ev["sentence"][j]], ev["spans"][j]),
            "confidence": ev["confidence"][j], "negated": bool(ev["negated"][j]),
            "details": [[strings[a], strings[b]] for a, b in ev["details"][j]],
        } for j in range(first, last)]
        kind, flags = text(e["kind"][i]), e["flags"][i]
        row = data["events"][e["event"][i]] if e["event"][i] >= 0 else None
        edges.append({
            "id": i, "from": e["from"][i], "to": e["to"][i], "label": strings[e["label"][i]],
            "predicate": strings[e["predicate"][i]], "kind": kind, "color": {"color": colours[kind]},
            "event": dict(zip(("code", "root", "label", "quad_class"), map(text, row))) if row else None,
            "count": e["count"][i], "confidence": e["confidence"][i],
            "modalities": [strings[m] for m in e["modalities"][i]], "asserted": bool(flags & 1),
            "dashes": not flags & 1, "mutual": bool(flags & 2), "negated": bool(flags & 4),
            "documents": sorted({x["doc"] for x in evidence if x["doc"] is not None}), "evidence": evidence,
        })
    return {**data, "documents": documents, "nodes": nodes, "edges": edges}


def _segments(sentence: str, spans: list) -> list:
    """``[text, role]`` pieces of a sentence, as the page marks them (an earlier span wins an overlap)."""
    marks = sorted((spans[2 * i], spans[2 * i + 1], role) for i, role in enumerate(_ROLES) if spans[2 * i] >= 0)
    pieces, at = [], 0
    for start, end, role in marks:
        start = max(start, at)
        if start >= end:
            continue
        if start > at:
            pieces.append([sentence[at:start], None])
        pieces.append([sentence[start:end], role])
        at = end
    if at < len(sentence):
        pieces.append([sentence[at:], None])
    return pieces


def _kept_nodes(graph: nx.MultiDiGraph, layout, limit: int) -> list:
    """All nodes, or the ``limit`` most important ones, most important first."""
    if layout is not None:
        order = list(layout.order)
    else:
        order = sorted(graph.nodes, key=lambda n: (-graph.degree(n), -int(graph.nodes[n].get("mentions") or 0),
                                                    str(n)))
    return order[:limit]


def _document_ids(graph: nx.MultiDiGraph, sub: nx.MultiDiGraph) -> list:
    """Every document the page refers to: the graph's, and any an entity or evidence names."""
    ids = {str(d) for d in graph.graph.get("documents") or {}}
    for _, docs in sub.nodes(data="documents"):
        ids.update(str(d) for d in docs or ())
    for _, _, items in sub.edges(data="evidence"):
        ids.update(str(i["doc"]) for i in items or () if isinstance(i, dict) and i.get("doc") is not None)
    return sorted(ids)


def _communities(layout, node_index: dict) -> dict:
    if layout is None:
        return {"count": 0, "top": []}
    tops = [[node_index[n] for n in members if n in node_index] for members in layout.community_labels]
    return {"count": len(tops), "top": tops}


def _documents(meta_by_id: dict, doc_ids: list, strings: _Strings) -> dict:
    columns = {name: [] for name in ("id", "title", "url", "link", "date", "day", "source")}
    for doc_id in doc_ids:
        meta = meta_by_id.get(doc_id)
        if meta is None:  # ids that were not strings in the graph
            meta = next((m for d, m in meta_by_id.items() if str(d) == doc_id), None)
        meta = meta if isinstance(meta, dict) else {}
        url = _text(meta.get("url"))
        date = _text(meta.get("date"))
        columns["id"].append(strings(doc_id))
        columns["title"].append(strings(_text(meta.get("title"))))
        columns["url"].append(strings(url))
        columns["link"].append(strings(url if url and _is_web_link(url) else None))
        columns["date"].append(strings(date))
        columns["day"].append(strings(date[:10] if date and _DAY.match(date) else None))
        columns["source"].append(strings(_text(meta.get("source"))))
    return columns


def _nodes(graph, sub, kept, strings, *, doc_index, colours, layout) -> tuple[dict, dict]:
    """The node columns; node ids are places in ``kept``."""
    node_index = {key: i for i, key in enumerate(kept)}
    columns = {name: [] for name in ("key", "label", "type", "shape", "aliases", "mentions", "degree", "docs",
                                     "size", "x", "y", "community", "extra")}
    types = {name: i for i, name in enumerate(colours)}
    degree = dict(graph.degree(kept))
    sizes = _sizes(sub, layout)
    for key in kept:
        attrs = sub.nodes[key]
        node_type = str(attrs.get("type") or "CONCEPT")
        label = str(attrs.get("label") or key)
        aliases = sorted({str(a) for a in attrs.get("aliases") or ()} | {label})
        columns["key"].append(strings(str(key)))
        columns["label"].append(strings(label))
        columns["type"].append(types[node_type])
        columns["shape"].append(1 if _NODE_SHAPES.get(node_type) else 0)
        columns["aliases"].append([strings(a) for a in aliases])
        columns["mentions"].append(int(attrs.get("mentions") or 0))
        columns["degree"].append(degree[key])
        columns["docs"].append(sorted(doc_index[str(d)] for d in attrs.get("documents") or ()
                                      if str(d) in doc_index))
        columns["size"].append(sizes[key])
        if layout is not None:
            x, y = layout.positions[key]
            columns["x"].append(x)
            columns["y"].append(y)
            columns["community"].append(layout.community[key])
        extra = [_text(attrs.get("actor_code")), _country_label(graph, attrs.get("country")),
                 _text(attrs.get("role")), _qid(attrs.get("wikidata"))]
        if any(extra):
            columns["extra"].append([node_index[key], *map(strings, extra)])
    columns["types"] = [{"type": t, "colour": colours[t]} for t in types]
    return columns, node_index


def _sizes(sub, layout) -> dict:
    """Dot radius by importance (overview) or by mentions, else degree."""
    if layout is not None:
        return {n: round(6 + 30 * math.sqrt(layout.importance.get(n, 0.0)), 1) for n in sub}
    weights = {n: int(a.get("mentions") or 0) for n, a in sub.nodes(data=True)}
    if not any(weights.values()):
        weights = dict(sub.degree)
    top = max(weights.values(), default=0) or 1
    return {n: round(8 + 24 * math.sqrt(max(w, 0) / top), 1) for n, w in weights.items()}


def _edges(sub, node_index, strings, *, doc_index) -> tuple[dict, dict, dict]:
    columns = {name: [] for name in ("from", "to", "label", "predicate", "kind", "event", "count", "confidence",
                                     "modalities", "flags", "evidence")}
    evidence = {name: [] for name in ("sentence", "doc", "spans", "confidence", "negated", "details")}
    event_table: list = []
    event_index: dict = {}
    kinds: Counter = Counter()
    kind_names: list = []
    for u, v, edge_key, attrs in sub.edges(keys=True, data=True):
        event = attrs.get("event") if isinstance(attrs.get("event"), dict) else None
        quad = _quad_name(event.get("quad_class")) if event else None
        raw = [item for item in attrs.get("evidence") or () if isinstance(item, dict)]
        asserted = not raw or any(is_asserted(item) for item in raw)
        modalities = {_modality(item) for item in raw}
        if quad not in kind_names:
            kind_names.append(quad)
        kinds[quad] += 1
        columns["from"].append(node_index[u])
        columns["to"].append(node_index[v])
        columns["label"].append(strings(_edge_label(attrs, edge_key)))
        columns["predicate"].append(strings(str(attrs.get("predicate") or edge_key)))
        columns["kind"].append(strings(quad))
        columns["event"].append(_event_ref(event, event_table, event_index, strings))
        columns["count"].append(int(attrs.get("count") or len(raw)))
        columns["confidence"].append(_number(attrs.get("confidence")))
        columns["modalities"].append([strings(m) for m in sorted(modalities)])
        columns["flags"].append(int(asserted) | 2 * any(bool(i.get("mutual")) for i in raw)
                                | 4 * bool(attrs.get("negated")))
        first = len(evidence["sentence"])
        for item in raw:
            _add_evidence(evidence, item, strings, doc_index)
        columns["evidence"].append([first, len(evidence["sentence"])])
    return columns, evidence, {"table": event_table, "kinds": kinds}


def _event_ref(event, table: list, index: dict, strings: _Strings) -> int:
    if not event:
        return -1
    row = (strings(_text(event.get("code"))), strings(_text(event.get("root"))),
           strings(_text(event.get("label"))), strings(_quad_name(event.get("quad_class"))))
    if row not in index:
        index[row] = len(table)
        table.append(list(row))
    return index[row]


def _add_evidence(columns: dict, item: dict, strings: _Strings, doc_index: dict) -> None:
    sentence = _text(item.get("sentence")) or ""
    base = item.get("sentence_start")
    spans = []
    for role in _ROLES:
        span = _relative_span(sentence, base, item.get(role), item.get(f"{role}_text"))
        spans.extend(span if span is not None else (-1, -1))
    doc = _text(item.get("doc"))
    columns["sentence"].append(strings(sentence))
    columns["doc"].append(doc_index.get(doc, -1) if doc is not None else -1)
    columns["spans"].append(spans)
    columns["confidence"].append(_number(item.get("confidence")))
    columns["negated"].append(int(bool(item.get("negated"))))
    columns["details"].append([[strings(name), strings(text)] for name, text in _details(item)])


def _details(item: dict) -> list:
    details = []
    for field, name in _DETAIL_FIELDS:
        text = _describe(item.get(field))
        if text:
            details.append((name, text))
    if item.get("mutual"):
        details.append(("mutual", "yes: the same event in both directions"))
    for role in ("subject", "object"):
        surface = _text(item.get(f"resolved_from_{role}"))
        if surface:
            details.append((f"{role} resolved from", surface))
        code = _text(item.get(f"{role}_actor_code"))
        if code:
            confidence = _number(item.get(f"{role}_actor_confidence"))
            details.append((f"{role} actor code", code if confidence is None else f"{code} ({confidence:.2f})"))
    return details


def _relative_span(sentence: str, base, span, surface) -> tuple[int, int] | None:
    """The span's offsets within the sentence, or None if they do not fit it."""
    if isinstance(base, int) and isinstance(span, (list, tuple)) and len(span) == 2:
        start, end = span
        if isinstance(start, int) and isinstance(end, int):
            start, end = start - base, end - base
            if 0 <= start < end <= len(sentence):
                return start, end
    surface = _text(surface)
    if surface:
        found = sentence.find(surface)
        if found >= 0:
            return found, found + len(surface)
    return None


def _describe(value) -> str | None:
    """A short readable text for an optional evidence value (dicts, lists, scalars)."""
    if value is None or value == "" or value == {} or value == []:
        return None
    if isinstance(value, dict):
        if "label" in value and value["label"]:
            return str(value["label"])
        if "text" in value and value["text"]:
            bounds = [value.get("start"), value.get("end")]
            span = " to ".join(str(b) for b in dict.fromkeys(bounds) if b)
            return f"{value['text']} ({span})" if span else str(value["text"])
        parts = [f"{k}: {_describe(v)}" for k, v in value.items() if _describe(v)]
        return ", ".join(parts) or None
    if isinstance(value, (list, tuple)):
        return ", ".join(filter(None, map(_describe, value))) or None
    return str(value)


def _country_label(graph: nx.MultiDiGraph, country) -> str | None:
    """The label of an actor's country node, or the key when the graph lacks it."""
    if country is None:
        return None
    attrs = graph.nodes[country] if country in graph else {}
    return _text(attrs.get("label") or country)


def _modality(item: dict) -> str:
    """The modality of one piece of evidence; a graph made before modalities gives asserted or negated."""
    modality = item.get("modality")
    if modality in MODALITIES:
        return modality
    return "negated" if item.get("negated") else ("asserted" if modality is None else str(modality))


def _type_colours(graph: nx.MultiDiGraph) -> dict:
    colours = dict(ENTITY_COLOURS)
    others = sorted({str(a.get("type") or "CONCEPT") for _, a in graph.nodes(data=True)} - set(colours))
    for i, name in enumerate(others):
        colours[name] = _OTHER_COLOURS[i % len(_OTHER_COLOURS)]
    return colours


def _type_order(name: str):
    order = list(ENTITY_COLOURS)
    return (order.index(name) if name in order else len(order), name)


def _kind_order(kind):
    order = list(EVENT_COLOURS)
    return (order.index(kind) if kind in order else len(order) - 0.5, str(kind))


def _quad_name(value) -> str | None:
    if value is None or value == "":
        return None
    text = re.sub(r"[_\-\s]+", " ", str(value)).strip()
    return _QUAD_NAMES.get(text.casefold(), text)


def _event_colour(quad: str | None) -> str:
    if quad in EVENT_COLOURS:
        return EVENT_COLOURS[quad]
    return _OTHER_COLOURS[sum(map(ord, quad)) % len(_OTHER_COLOURS)]


def _qid(value) -> str | None:
    """A Wikidata QID the page may link to, or None (anything else is dropped)."""
    return value if isinstance(value, str) and _QID.fullmatch(value) else None


def _edge_label(attrs: dict, edge_key) -> str:
    predicate = attrs.get("predicate")
    if predicate is None:
        return str(edge_key)
    return ("not " if attrs.get("negated") else "") + str(predicate)


def _is_web_link(url: str) -> bool:
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return False
    return parts.scheme.lower() in ("http", "https") and bool(parts.netloc)


def _text(value) -> str | None:
    return None if value is None else str(value)


def _number(value) -> float | None:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    return value if math.isfinite(value) else None
