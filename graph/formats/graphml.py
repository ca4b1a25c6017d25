"""GraphML: the graph for Gephi, yEd, Cytoscape and ``networkx.read_graphml``.

One ``<key>`` per attribute of :data:`~graph.formats.property.NODE_FIELDS`
and :data:`~graph.formats.property.EDGE_FIELDS` with its ``attr.type``
(``string``, ``int``, ``long``, ``double``, ``boolean``; a date is a
``YYYY-MM-DD`` string, a list is joined by
:func:`~graph.formats.property.join_list`); one ``<node>`` per entity (its
key is the id) and one ``<edge>`` per relation (ids ``e0``, ``e1``, ...),
the nodes and edges of ``graph.json`` in its order. Characters XML 1.0
cannot carry are replaced by U+FFFD (:func:`~graph.formats.property.xml_text`).
The file is written as it is built, atomically.
"""

from __future__ import annotations

import os

from .property import EDGE_FIELDS, NODE_FIELDS, iter_xml_values, write_rows, xml_escape

__all__ = ["write_graphml"]

_TYPES = {"string": "string", "int": "int", "long": "long", "double": "double", "boolean": "boolean",
          "date": "string", "string[]": "string"}
_HEAD = ('<?xml version="1.0" encoding="UTF-8"?>\n'
         '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" '
         'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
         'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns '
         'http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n')


def write_graphml(kg, path: str | os.PathLike) -> None:
    """Write ``kg`` as GraphML (UTF-8) to ``path``, atomically.

    Parameters
    ----------
    kg : graph.model.KnowledgeGraph
        The graph; its edges get the ids ``e0``, ``e1``, ...
    path : str or path-like
        The ``.graphml`` file.
    """
    write_rows(kg, path, _write)


def _write(out, nodes: list, edges: list) -> None:
    out.write(_HEAD)
    for scope, prefix, fields in (("node", "n", NODE_FIELDS), ("edge", "e", EDGE_FIELDS)):
        for position, field in enumerate(fields):
            out.write(f'<key id="{prefix}{position}" for="{scope}" attr.name="{field.name}" '
                      f'attr.type="{_TYPES[field.type]}"/>\n')
    out.write('<graph id="newsgraph" edgedefault="directed">\n')
    for key, values in nodes:
        data = "".join(f'<data key="n{i}">{text}</data>' for i, text in iter_xml_values(NODE_FIELDS, values))
        out.write(f'<node id="{xml_escape(key)}">{data}</node>\n')
    for number, (source, target, _, values) in enumerate(edges):
        data = "".join(f'<data key="e{i}">{text}</data>' for i, text in iter_xml_values(EDGE_FIELDS, values))
        out.write(f'<edge id="e{number}" source="{xml_escape(source)}" target="{xml_escape(target)}">'
                  f'{data}</edge>\n')
    out.write("</graph>\n</graphml>\n")
