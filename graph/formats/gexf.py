"""GEXF 1.2: the graph for Gephi and ``networkx.read_gexf``.

Node attributes and edge attributes are declared as two attribute classes
(``<attributes class="node">``, ``class="edge"``) with their GEXF types
(``string``, ``integer``, ``long``, ``double``, ``boolean``; a date is a
``YYYY-MM-DD`` string, a list is joined by
:func:`~graph.formats.property.join_list`). A node's label is its
``label`` attribute and an edge's label its predicate; an edge's weight
is its count, which Gephi draws as thickness. The nodes and edges are
those of ``graph.json``, in its order; characters XML 1.0 cannot carry
are replaced by U+FFFD (:func:`~graph.formats.property.xml_text`). The
file is written as it is built, atomically.
"""

from __future__ import annotations

import os

from .property import EDGE_FIELDS, NODE_FIELDS, iter_xml_values, write_rows, xml_escape

__all__ = ["write_gexf"]

_TYPES = {"string": "string", "int": "integer", "long": "long", "double": "double", "boolean": "boolean",
          "date": "string", "string[]": "string"}
# The node's label is the element's label; it is not declared again as an attribute.
_NODE_ATTRIBUTES = tuple(field for field in NODE_FIELDS if field.name != "label")
_HEAD = ('<?xml version="1.0" encoding="UTF-8"?>\n'
         '<gexf xmlns="http://www.gexf.net/1.2draft" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
         'xsi:schemaLocation="http://www.gexf.net/1.2draft http://www.gexf.net/1.2draft/gexf.xsd" version="1.2">\n'
         '<meta><creator>newsgraph</creator><description>entities and who did what to whom</description></meta>\n'
         '<graph defaultedgetype="directed" mode="static">\n')


def _attvalues(fields, values: dict) -> str:
    inner = "".join(f'<attvalue for="{i}" value="{text}"/>' for i, text in iter_xml_values(fields, values))
    return f"<attvalues>{inner}</attvalues>" if inner else ""


def write_gexf(kg, path: str | os.PathLike) -> None:
    """Write ``kg`` as GEXF 1.2 (UTF-8) to ``path``, atomically.

    Parameters
    ----------
    kg : graph.model.KnowledgeGraph
        The graph; an edge's weight is its count.
    path : str or path-like
        The ``.gexf`` file.
    """
    write_rows(kg, path, _write)


def _write(out, nodes: list, edges: list) -> None:
    out.write(_HEAD)
    for scope, fields in (("node", _NODE_ATTRIBUTES), ("edge", EDGE_FIELDS)):
        out.write(f'<attributes class="{scope}" mode="static">\n')
        for position, field in enumerate(fields):
            out.write(f'<attribute id="{position}" title="{field.name}" type="{_TYPES[field.type]}"/>\n')
        out.write("</attributes>\n")
    out.write("<nodes>\n")
    for key, values in nodes:
        out.write(f'<node id="{xml_escape(key)}" label="{xml_escape(values["label"])}">'
                  f'{_attvalues(_NODE_ATTRIBUTES, values)}</node>\n')
    out.write("</nodes>\n<edges>\n")
    for number, (source, target, _, values) in enumerate(edges):
        out.write(f'<edge id="{number}" source="{xml_escape(source)}" target="{xml_escape(target)}" '
                  f'label="{xml_escape(values["predicate"])}" weight="{values["count"]}">'
                  f'{_attvalues(EDGE_FIELDS, values)}</edge>\n')
    out.write("</edges>\n</graph>\n</gexf>\n")
