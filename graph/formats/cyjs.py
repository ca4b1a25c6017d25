"""Cytoscape JSON: the graph for Cytoscape, Cytoscape.js, ipycytoscape and ``networkx.cytoscape_graph``.

The shape of :func:`networkx.cytoscape_data`: ``{"data", "directed",
"multigraph", "elements": {"nodes", "edges"}}``, each element a
``{"data": {...}}``. A node's data holds ``id`` and ``value`` (its key),
``name`` (its label) and the attributes of
:data:`~graph.formats.property.NODE_FIELDS`; an edge's data holds ``id``
(``e0``, ``e1``, ...), ``source``, ``target``, ``key`` (its key in
``graph.json``) and the attributes of
:data:`~graph.formats.property.EDGE_FIELDS`. Lists stay JSON lists. The
nodes and edges are those of ``graph.json``, in its order; the file is
written element by element, atomically.
"""

from __future__ import annotations

import json
import os

from ..errors import FormatError
from .property import write_rows

__all__ = ["write_cyjs"]


def _dumps(value, path) -> str:
    try:
        return json.dumps(value, ensure_ascii=False, allow_nan=False)
    except ValueError as err:  # NaN or infinity: JSON has no such numbers
        raise FormatError(f"{os.fspath(path)}: cannot write {value['data']['id']!r} as JSON: {err}") from err


def write_cyjs(kg, path: str | os.PathLike) -> None:
    """Write ``kg`` as Cytoscape JSON (UTF-8) to ``path``, atomically.

    Parameters
    ----------
    kg : graph.model.KnowledgeGraph
        The graph; lists stay JSON lists.
    path : str or path-like
        The ``.cyjs`` file.

    Raises
    ------
    FormatError
        If a value cannot be written as JSON (a NaN confidence); the file
        is then left as it was.
    """
    write_rows(kg, path, lambda out, nodes, edges: _write(out, nodes, edges, path))


def _write(out, nodes: list, edges: list, path) -> None:
    out.write('{"data": {"name": "newsgraph"}, "directed": true, "multigraph": true, "elements": {"nodes": [')
    for position, (key, values) in enumerate(nodes):
        data = {"id": key, "value": key, "name": values["label"], **values}
        out.write(("," if position else "") + "\n" + _dumps({"data": data}, path))
    out.write('\n], "edges": [')
    for number, (source, target, key, values) in enumerate(edges):
        data = {"id": f"e{number}", "source": source, "target": target, "key": key, **values}
        out.write(("," if number else "") + "\n" + _dumps({"data": data}, path))
    out.write("\n]}}\n")
