"""The interactive graph page: one self-contained HTML file drawn by vis-network.

pyvis computes the vis-network nodes, edges and options; the page itself is
the project's own template (``graph/assets/page.html``) because pyvis 0.3.2
links Bootstrap and vis-network from CDNs even when asked to inline them.
vis-network's script and stylesheet are read from the installed pyvis
package and inlined, so the file works offline and loads nothing.

Every string that comes from an article travels as JSON inside a
``<script type="application/json">`` element, with ``<``, ``>``, ``&`` and
the JavaScript line separators escaped, and the page's script renders it
with ``textContent`` only. A Content-Security-Policy lets only the page's
own two scripts run (by hash) and forbids every network request.

The page's script (``graph/assets/graph.js``) exposes ``window.newsgraph``:
``network``, ``nodes`` and ``edges`` (vis DataSets; node ids are numbers,
``nodeId(key)`` maps an entity key to one), ``data`` (the embedded JSON),
``ready`` (true once the bounded layout is done and physics is off),
``stats()``, ``search(name)``, ``showNode(id)``, ``showEdge(id)``,
``applyFilters()`` and ``resetFilters()``.

Generic actors (type ``ACTOR``: a country plus a role) are drawn as
diamonds; tooltips and the side panel give actor codes, countries, roles
and each relation's modality. The page shows asserted relations only until
the "not asserted too" box is ticked: a negated, hypothetical, intended or
claimed relation is drawn dashed when shown.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import math
import re
from collections import Counter
from importlib import resources
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import networkx as nx

from extract.types import MODALITIES

from ..errors import GraphError
from ..io import atomic_write
from ..model import is_asserted

__all__ = [
    "DEFAULT_MAX_NODES",
    "ENTITY_COLOURS",
    "EVENT_COLOURS",
    "to_html",
    "write_html",
]

#: Above this many entities the page shows the most connected ones.
DEFAULT_MAX_NODES = 2000

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
_VIS_DIR = "lib/vis-9.1.2"
_SLOT = re.compile(r"<!--@([A-Z_]+)@-->|/\*@([A-Z_]+)@\*/")
_JSON_ESCAPES = {
    "<": "\\u003c",
    ">": "\\u003e",
    "&": "\\u0026",
    "\u2028": "\\u2028",
    "\u2029": "\\u2029",
}
_JSON_UNSAFE = re.compile("[<>&\u2028\u2029]")
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


def to_html(kg, *, max_nodes: int = DEFAULT_MAX_NODES, title: str | None = None) -> str:
    """Render a knowledge graph as one self-contained interactive HTML page.

    Parameters
    ----------
    kg : KnowledgeGraph or networkx.MultiDiGraph
        The graph; a ``KnowledgeGraph`` is read through its ``.graph``
        attribute, which follows the networkx schema of ARCHITECTURE.md.
    max_nodes : int, optional
        The most entities to draw. A larger graph is cut down to its
        ``max_nodes`` most connected entities (by degree, then mentions)
        and the relations between them, and the page says so at the top
        ("showing 2,000 of 15,000 entities ...").
    title : str, optional
        The page's title; defaults to ``"newsgraph"``.

    Returns
    -------
    str
        The page. It loads nothing from the network: vis-network's script
        and stylesheet are inlined.

    Raises
    ------
    GraphError
        If ``kg`` is not a graph or ``max_nodes`` is not a positive integer.

    Examples
    --------
    >>> import networkx as nx
    >>> g = nx.MultiDiGraph(documents={})
    >>> g.add_node("idlib", label="Idlib", type="GPE", aliases=["Idlib"], mentions=2)
    >>> page = to_html(g, title="Idlib")
    >>> page.startswith("<!DOCTYPE html>") and "<title>Idlib</title>" in page
    True
    """
    graph = _as_graph(kg)
    if isinstance(max_nodes, bool) or not isinstance(max_nodes, int) or max_nodes < 1:
        raise GraphError(f"max_nodes must be a positive integer, got {max_nodes!r}")
    if title is not None and not isinstance(title, str):
        raise GraphError(f"title must be a string or None, got {type(title).__name__}")
    title = title or "newsgraph"
    data = _page_data(graph, max_nodes=max_nodes)
    notice = data["stats"]["notice"] or ""
    scripts = {"VIS_JS": _vendor("vis-network.min.js"), "JS": _asset("graph.js")}
    slots = {
        "CSP": _content_security_policy(scripts.values()),
        "TITLE": html.escape(title),
        "STATS": html.escape(_stats_line(data["stats"])),
        "NOTICE": html.escape(notice),
        "NOTICE_HIDDEN": "" if notice else "hidden",
        "VIS_CSS": _vendor("vis-network.css"),
        "CSS": _asset("graph.css"),
        **scripts,
        "DATA": _script_json(data),
    }
    return _SLOT.sub(lambda m: slots[m.group(1) or m.group(2)], _asset("page.html"))


def write_html(kg, path, **kw) -> Path:
    """Write :func:`to_html` of ``kg`` to ``path``, atomically.

    Parameters
    ----------
    kg : KnowledgeGraph or networkx.MultiDiGraph
    path : str or os.PathLike
        The file to write; its directory must exist.
    **kw
        Passed to :func:`to_html` (``max_nodes``, ``title``).

    Returns
    -------
    pathlib.Path
        The path written.
    """
    page = to_html(kg, **kw)
    path = Path(path)
    if not path.parent.is_dir():
        raise GraphError(f"cannot write {str(path)!r}: directory {str(path.parent)!r} does not exist")
    with atomic_write(path, encoding="utf-8", newline="\n") as fh:
        fh.write(page)
    return path


def _script_json(value: Any) -> str:
    """JSON that is safe inside a ``<script>`` element of an HTML page.

    >>> _script_json({"name": "</script><b>&"})
    '{"name":"\\\\u003c/script\\\\u003e\\\\u003cb\\\\u003e\\\\u0026"}'
    """
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    # These characters occur only inside JSON strings, where \uXXXX is equivalent.
    return _JSON_UNSAFE.sub(lambda m: _JSON_ESCAPES[m.group()], text)


# -- the page's data ---------------------------------------------------------


def _as_graph(kg) -> nx.MultiDiGraph:
    # A networkx graph has a ``graph`` attribute too: its attribute dict.
    graph = kg if isinstance(kg, nx.Graph) else getattr(kg, "graph", None)
    if not isinstance(graph, nx.MultiDiGraph):
        raise GraphError(
            "kg must be a KnowledgeGraph or a networkx.MultiDiGraph, "
            f"got {type(kg).__name__}"
        )
    return graph


def _page_data(graph: nx.MultiDiGraph, *, max_nodes: int) -> dict:
    from pyvis.network import Network

    documents = {
        str(doc_id): _document(meta) for doc_id, meta in (graph.graph.get("documents") or {}).items()
    }
    total_nodes = graph.number_of_nodes()
    total_edges = graph.number_of_edges()
    shown = _most_connected(graph, max_nodes)
    sub = graph.subgraph(shown)

    net = Network(directed=True, cdn_resources="in_line")
    sizes = _node_sizes(sub)
    colours = _type_colours(sub)
    ids = _add_nodes(net, graph, sub, colours=colours, sizes=sizes)

    pair_count: Counter = Counter()
    for index, (u, v, edge_key, attrs) in enumerate(sub.edges(keys=True, data=True)):
        pair = tuple(sorted((str(u), str(v))))
        nth = pair_count[pair]
        pair_count[pair] += 1
        event = attrs.get("event") or None
        quad = _quad_name(event.get("quad_class")) if isinstance(event, dict) else None
        raw = [item for item in attrs.get("evidence") or () if isinstance(item, dict)]
        evidence = [_evidence(item) for item in raw]
        asserted = not raw or any(is_asserted(item) for item in raw)
        net.add_edge(
            ids[u],
            ids[v],
            id=index,
            label=_edge_label(attrs, edge_key),
            color={"color": _event_colour(quad), "highlight": "#222222", "hover": _event_colour(quad)},
            width=1 + min(int(attrs.get("count") or len(evidence) or 1), 10) * 0.4,
            smooth=_smooth(nth, str(u) < str(v)),
            dashes=not asserted,
            asserted=asserted,
            modalities=sorted({_modality(item) for item in raw}),
            mutual=any(bool(item.get("mutual")) for item in raw),
            predicate=str(attrs.get("predicate") or edge_key),
            negated=bool(attrs.get("negated")),
            kind=quad,
            event=_event(event),
            count=int(attrs.get("count") or len(evidence)),
            confidence=_number(attrs.get("confidence")),
            evidence=evidence,
            documents=sorted({e["doc"] for e in evidence if e["doc"] is not None}),
        )

    shown_nodes = len(net.nodes)
    notice = None
    if shown_nodes < total_nodes:
        notice = (
            f"showing {shown_nodes:,} of {total_nodes:,} entities "
            f"({len(net.edges):,} of {total_edges:,} relations); use --max-nodes or filters"
        )
    types_present = Counter(n["type"] for n in net.nodes)
    kinds_present = Counter(e["kind"] for e in net.edges)
    return {
        "nodes": net.nodes,
        "edges": net.edges,
        "documents": documents,
        "options": _options(shown_nodes),
        "legend": {
            "types": [
                {"type": t, "colour": colours[t], "count": types_present[t]}
                for t in sorted(types_present, key=_type_order)
            ],
            "kinds": [
                {"kind": k, "colour": _event_colour(k), "count": kinds_present[k]}
                for k in sorted(kinds_present, key=_kind_order)
            ],
        },
        "stats": {
            "entities_total": total_nodes,
            "entities_shown": shown_nodes,
            "relations_total": total_edges,
            "relations_shown": len(net.edges),
            "truncated": notice is not None,
            "notice": notice,
        },
    }


def _add_nodes(net, graph: nx.MultiDiGraph, sub: nx.MultiDiGraph, *, colours: dict, sizes: dict) -> dict:
    """Add the shown entities to ``net``; return their page ids by key."""
    # vis-network keeps nodes in plain objects, where an id such as
    # "__proto__" breaks it: the page numbers the entities and keeps the key.
    ids = {key: i for i, key in enumerate(sub.nodes)}
    for key, attrs in sub.nodes(data=True):
        node_type = str(attrs.get("type") or "CONCEPT")
        label = str(attrs.get("label") or key)
        aliases = sorted({str(a) for a in attrs.get("aliases") or ()} | {label})
        country = attrs.get("country")
        net.add_node(
            ids[key],
            key=str(key),
            label=label,
            color=colours[node_type],
            size=sizes[key],
            shape=_NODE_SHAPES.get(node_type, "dot"),
            type=node_type,
            actor_code=_text(attrs.get("actor_code")),
            country=_country_label(graph, country),
            role=_text(attrs.get("role")),
            aliases=aliases,
            mentions=int(attrs.get("mentions") or 0),
            degree=graph.degree(key),
            documents=[str(d) for d in attrs.get("documents") or ()],
            wikidata=_qid(attrs.get("wikidata")),
        )
    return ids


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


def _most_connected(graph: nx.MultiDiGraph, max_nodes: int) -> list:
    """All nodes, or the ``max_nodes`` best connected ones (degree, then mentions)."""
    if graph.number_of_nodes() <= max_nodes:
        return list(graph.nodes)

    def rank(node):
        return (-graph.degree(node), -int(graph.nodes[node].get("mentions") or 0), str(node))

    return sorted(graph.nodes, key=rank)[:max_nodes]


def _node_sizes(graph: nx.MultiDiGraph) -> dict:
    """Dot radius by mentions, or by degree where no mentions are recorded."""
    weights = {n: int(a.get("mentions") or 0) for n, a in graph.nodes(data=True)}
    if not any(weights.values()):
        weights = dict(graph.degree)
    top = max(weights.values(), default=0) or 1
    return {n: round(8 + 24 * math.sqrt(max(w, 0) / top), 1) for n, w in weights.items()}


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


def _smooth(nth: int, forward: bool):
    """Straight for the first edge between two entities, then alternate arcs."""
    if nth == 0:
        return False
    arc = "curvedCW" if (nth % 2 == 1) == forward else "curvedCCW"
    return {"enabled": True, "type": arc, "roundness": 0.25 * ((nth + 1) // 2)}


def _event(event) -> dict | None:
    if not isinstance(event, dict):
        return None
    return {
        "code": _text(event.get("code")),
        "root": _text(event.get("root")),
        "label": _text(event.get("label")),
        "quad_class": _quad_name(event.get("quad_class")),
    }


def _document(meta) -> dict:
    meta = meta if isinstance(meta, dict) else {}
    url = _text(meta.get("url"))
    date = _text(meta.get("date"))
    day = date[:10] if date and _DAY.match(date) else None
    return {
        "title": _text(meta.get("title")),
        "url": url,
        "link": url if url and _is_web_link(url) else None,
        "date": date,
        "day": day,
        "source": _text(meta.get("source")),
    }


def _is_web_link(url: str) -> bool:
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return False
    return parts.scheme.lower() in ("http", "https") and bool(parts.netloc)


def _evidence(item) -> dict:
    item = item if isinstance(item, dict) else {}
    sentence = _text(item.get("sentence")) or ""
    base = item.get("sentence_start")
    spans = []
    for role in ("subject", "predicate", "object"):
        span = _relative_span(sentence, base, item.get(role), item.get(f"{role}_text"))
        if span is not None:
            spans.append((span[0], span[1], role))
    details = []
    for field, name in _DETAIL_FIELDS:
        text = _describe(item.get(field))
        if text:
            details.append([name, text])
    if item.get("mutual"):
        details.append(["mutual", "yes: the same event in both directions"])
    for role in ("subject", "object"):
        surface = _text(item.get(f"resolved_from_{role}"))
        if surface:
            details.append([f"{role} resolved from", surface])
        code = _text(item.get(f"{role}_actor_code"))
        if code:
            confidence = _number(item.get(f"{role}_actor_confidence"))
            details.append([f"{role} actor code", code if confidence is None else f"{code} ({confidence:.2f})"])
    return {
        "doc": _text(item.get("doc")),
        "segments": _segments(sentence, spans),
        "confidence": _number(item.get("confidence")),
        "negated": bool(item.get("negated")),
        "details": details,
    }


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


def _segments(sentence: str, spans: list) -> list:
    """Split a sentence into ``[text, role]`` pieces; role is None between spans."""
    pieces = []
    at = 0
    for start, end, role in sorted(spans):
        start = max(start, at)
        if start >= end:
            continue  # overlaps an earlier span
        if start > at:
            pieces.append([sentence[at:start], None])
        pieces.append([sentence[start:end], role])
        at = end
    if at < len(sentence):
        pieces.append([sentence[at:], None])
    return pieces


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


def _text(value) -> str | None:
    return None if value is None else str(value)


def _number(value) -> float | None:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    return value if math.isfinite(value) else None


def _options(n_nodes: int) -> dict:
    """vis-network options; stabilisation is bounded so big pages settle quickly."""
    large = n_nodes > 400
    return {
        "autoResize": True,
        "layout": {"improvedLayout": n_nodes <= 150, "randomSeed": 7},
        "nodes": {
            "shape": "dot",
            "borderWidth": 1,
            "font": {"size": 14, "face": "sans-serif", "strokeWidth": 3, "strokeColor": "#ffffff"},
        },
        "edges": {
            "arrows": {"to": {"enabled": True, "scaleFactor": 0.5}},
            "font": {"size": 11, "face": "sans-serif", "align": "middle", "strokeWidth": 3, "color": "#333333"},
            "selectionWidth": 2,
            "smooth": False,
        },
        "physics": {
            "enabled": True,
            "solver": "forceAtlas2Based",
            "forceAtlas2Based": {
                "gravitationalConstant": -60,
                "centralGravity": 0.01,
                "springLength": 120,
                "springConstant": 0.08,
                # Coarser Barnes-Hut and no overlap pass: cheaper steps for big graphs.
                "avoidOverlap": 0 if large else 0.4,
                "theta": 0.9 if large else 0.5,
            },
            "maxVelocity": 60,
            "minVelocity": 1,
            "timestep": 0.5,
            "stabilization": {
                "enabled": True,
                "iterations": _stabilisation_iterations(n_nodes),
                "updateInterval": 10 if large else 25,
                "fit": True,
            },
        },
        "interaction": {
            "hover": True,
            "tooltipDelay": 150,
            "hideEdgesOnDrag": large,
            "hideEdgesOnZoom": large,
            "multiselect": False,
        },
    }


def _stabilisation_iterations(n_nodes: int) -> int:
    """Fewer layout steps for bigger graphs: each step costs O(n log n).

    >>> [_stabilisation_iterations(n) for n in (20, 400, 1000, 2000, 15000)]
    [400, 400, 160, 80, 60]
    """
    return 400 if n_nodes <= 400 else max(60, 160_000 // n_nodes)


def _stats_line(stats: dict) -> str:
    return f"{stats['entities_shown']:,} entities, {stats['relations_shown']:,} relations"


def _content_security_policy(scripts) -> str:
    """Only the page's own scripts run, and the page may load nothing."""
    hashes = " ".join(
        "'sha256-" + base64.b64encode(hashlib.sha256(s.encode("utf-8")).digest()).decode("ascii") + "'"
        for s in scripts
    )
    return (
        f"default-src 'none'; script-src {hashes}; style-src 'unsafe-inline'; "
        "img-src data:; font-src 'none'; connect-src 'none'; base-uri 'none'; form-action 'none'"
    )


# -- assets ------------------------------------------------------------------


def _asset(name: str) -> str:
    return resources.files("graph").joinpath("assets", name).read_text(encoding="utf-8")


def _vendor(name: str) -> str:
    text = resources.files("pyvis").joinpath(_VIS_DIR, name).read_text(encoding="utf-8")
    # The source map is not shipped; a reference to it would only fail.
    text = re.sub(r"\n//# sourceMappingURL=\S+\s*$", "\n", text)
    # An inlined script or style ends at the first "</script" or "</style".
    if re.search(r"</(script|style)", text, re.IGNORECASE):
        raise GraphError(f"pyvis {_VIS_DIR}/{name} cannot be inlined: it contains a closing tag")
    return text
