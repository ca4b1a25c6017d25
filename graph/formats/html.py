"""The interactive graph page: one self-contained HTML file drawn by vis-network.

The page is the project's own template (``graph/assets/page.html``);
vis-network's script and stylesheet are read from the installed pyvis
package and inlined, so the file works offline and loads nothing. The data
(``html_data.py``) embeds the whole graph compactly; a graph larger than
the browser can lay out is laid out here (``html_layout.py``) and the page
opens on an overview of its most important entities, from which search,
"expand" and the filters reach every entity.

Every string that comes from an article travels as JSON inside a
``<script type="application/json">`` element, with ``<``, ``>``, ``&`` and
the JavaScript line separators escaped, and the page's script renders it
with ``textContent`` only. A Content-Security-Policy lets only the page's
own two scripts run (by hash) and forbids every network request.

The page's script (``graph/assets/graph.js``) exposes ``window.newsgraph``:
``network``, ``nodes`` and ``edges`` (vis DataSets of what is drawn; node
ids are numbers, ``nodeId(key)`` maps an entity key to one), ``node(id)``
and ``edge(id)`` (an entity or relation of the whole graph), ``ready``,
``stats()``, ``search(name)``, ``expand(id)``, ``overview()``,
``showNode(id)``, ``showEdge(id)``, ``applyFilters()`` and
``resetFilters()``.

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
import importlib.util
import json
import re
from importlib import resources
from pathlib import Path
from typing import Any

import networkx as nx

from ..errors import GraphError
from ..io import atomic_write
from .html_data import ENTITY_COLOURS, EVENT_COLOURS, PageShape, page_data

__all__ = [
    "DEFAULT_MAX_ENTITIES",
    "DEFAULT_MAX_NODES",
    "DEFAULT_OVERVIEW",
    "ENTITY_COLOURS",
    "EVENT_COLOURS",
    "to_html",
    "write_html",
]

#: The most entities the page draws at once (the first view of a big graph is smaller).
DEFAULT_MAX_NODES = 2000

#: The most entities the page holds; a bigger graph keeps its most important ones.
DEFAULT_MAX_ENTITIES = 50_000

#: How many of the most important entities the overview of a big graph starts from.
DEFAULT_OVERVIEW = 300

# Up to this many entities the browser lays the graph out and draws it all.
_BROWSER_LAYOUT = 150
# vis-network draws a label when its size on screen is at least this many pixels.
_LABEL_THRESHOLD = 5
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


def to_html(
    kg,
    *,
    max_nodes: int = DEFAULT_MAX_NODES,
    title: str | None = None,
    overview: int = DEFAULT_OVERVIEW,
    max_entities: int = DEFAULT_MAX_ENTITIES,
) -> str:
    """Render a knowledge graph as one self-contained interactive HTML page.

    Parameters
    ----------
    kg : KnowledgeGraph or networkx.MultiDiGraph
        The graph; a ``KnowledgeGraph`` is read through its ``.graph``
        attribute, which follows the networkx schema of ARCHITECTURE.md.
    max_nodes : int, optional
        The most entities the page draws at once. A graph of up to this
        many entities (and at most 150) is drawn whole and laid out in the
        browser; a bigger one is laid out here and the page opens on an
        overview of its most important entities.
    title : str, optional
        The page's title; defaults to ``"newsgraph"``.
    overview : int, optional
        How many of the most important entities the overview starts from
        (at most ``max_nodes``); those left without a relation among them
        are not drawn.
    max_entities : int, optional
        The most entities the page holds. A bigger graph keeps its most
        important ones, and the page says so and suggests filters or the
        store.

    Returns
    -------
    str
        The page. It loads nothing from the network: vis-network's script
        and stylesheet are inlined.

    Raises
    ------
    GraphError
        If ``kg`` is not a graph or a number option is not a positive integer.

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
    for name, value in (("max_nodes", max_nodes), ("overview", overview), ("max_entities", max_entities)):
        if isinstance(value, bool) or not isinstance(value, int) or value < 1:
            raise GraphError(f"{name} must be a positive integer, got {value!r}")
    if title is not None and not isinstance(title, str):
        raise GraphError(f"title must be a string or None, got {type(title).__name__}")
    title = title or "newsgraph"
    n_nodes = min(graph.number_of_nodes(), max_entities)
    big = n_nodes > min(max_nodes, _BROWSER_LAYOUT)
    shape = PageShape(overview=big, initial=min(overview, max_nodes) if big else n_nodes, embedded=max_entities)
    data = page_data(graph, shape=shape)
    data["options"] = _options(n_nodes, fixed=big)
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
        Passed to :func:`to_html` (``max_nodes``, ``title``, ``overview``, ``max_entities``).

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


def _options(n_nodes: int, *, fixed: bool) -> dict:
    """vis-network options: bounded stabilisation, or (``fixed``) positions given and no physics."""
    large = fixed or n_nodes > 400
    return {
        "autoResize": True,
        "layout": {"improvedLayout": not fixed and n_nodes <= 150, "randomSeed": 7},
        "nodes": {
            "shape": "dot",
            "borderWidth": 1,
            "font": {"size": 14, "face": "sans-serif", "strokeWidth": 3, "strokeColor": "#ffffff"},
            "scaling": {"label": {"drawThreshold": _LABEL_THRESHOLD}},
        },
        "edges": {
            "arrows": {"to": {"enabled": True, "scaleFactor": 0.5}},
            "font": {"size": 11, "face": "sans-serif", "align": "middle", "strokeWidth": 3, "color": "#333333"},
            "selectionWidth": 2,
            "smooth": False,
        },
        "physics": {
            "enabled": not fixed,
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
                "enabled": not fixed,
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
    # Found without importing pyvis (its __init__ imports jinja2 and networkx: a tenth of a second).
    spec = importlib.util.find_spec("pyvis")
    if spec is None or not spec.submodule_search_locations:
        raise GraphError("pyvis is not installed: the page inlines its copy of vis-network")
    path = Path(list(spec.submodule_search_locations)[0], _VIS_DIR, name)
    text = path.read_text(encoding="utf-8")
    # The source map is not shipped; a reference to it would only fail.
    text = re.sub(r"\n//# sourceMappingURL=\S+\s*$", "\n", text)
    # An inlined script or style ends at the first "</script" or "</style".
    if re.search(r"</(script|style)", text, re.IGNORECASE):
        raise GraphError(f"pyvis {_VIS_DIR}/{name} cannot be inlined: it contains a closing tag")
    return text
