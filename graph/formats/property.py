"""The graph as flat, typed property rows: what the property-graph formats write.

GraphML, GEXF, the Neo4j import CSV and Cytoscape JSON (:mod:`graph.formats.graphml`,
:mod:`graph.formats.gexf`, :mod:`graph.formats.neo4j`, :mod:`graph.formats.cyjs`)
hold a node or an edge as a flat set of typed values, not the nested
evidence of ``graph.json``. :func:`property_rows` gives those values for the
nodes and edges of ``graph.json`` (the same sorted nodes and links, see
:func:`graph.model.to_node_link`), one schema for every format:

- a node: :data:`NODE_FIELDS` (label, type, aliases, mentions, documents,
  actor code, country, role, Wikidata id, GeoNames id and coordinates);
- an edge: :data:`EDGE_FIELDS` (predicate, negated, the event's code,
  label, root and quad class, count, confidence, the first and last date
  of its documents, and the documents).

A value that is not known is left out of the row, never written as empty.
A list is a list here; a format that has no lists joins it with
:func:`join_list`, which :func:`split_list` undoes.

XML 1.0 cannot carry most control characters (U+0000-U+0008, U+000B,
U+000C, U+000E-U+001F), nor U+FFFE, U+FFFF or a lone surrogate:
:func:`xml_text` replaces each by U+FFFD, so a GraphML or GEXF file always
parses; every other character, tabs, newlines and carriage returns
included, reads back as written.

Examples
--------
>>> join_list(["a|b", "c"]), split_list("a\\\\|b|c")
('a\\\\|b|c', ['a|b', 'c'])
>>> xml_text("bell\\x07 and tab\\t")
'bell\\ufffd and tab\\t'
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import TextIO

from ..io import atomic_write

__all__ = ["PropertyField", "NODE_FIELDS", "EDGE_FIELDS", "property_rows", "write_rows", "join_list", "split_list",
           "xml_text", "xml_escape", "xml_value", "iter_xml_values", "LIST_SEPARATOR"]

#: What :func:`join_list` puts between the items of a list.
LIST_SEPARATOR = "|"
_ESCAPE = "\\"
_XML_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_XML_REPLACEMENT = "\ufffd"
# In an attribute value a parser turns a raw tab, newline or CR into a space: write them as references.
_XML_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;",
                              "\t": "&#9;", "\n": "&#10;", "\r": "&#13;"})


@dataclass(frozen=True, slots=True)
class PropertyField:
    """One flat, typed attribute of a node or an edge.

    Attributes
    ----------
    name : str
        The attribute's name in every format.
    type : {"string", "int", "long", "double", "boolean", "date", "string[]"}
        Its type; ``date`` is ``YYYY-MM-DD``, ``string[]`` a list of strings.
    """

    name: str
    type: str


#: The attributes of a node, in the order the formats write them.
NODE_FIELDS = tuple(PropertyField(*spec) for spec in (
    ("label", "string"), ("type", "string"), ("aliases", "string[]"), ("mentions", "int"),
    ("documents", "string[]"), ("actor_code", "string"), ("country", "string"), ("role", "string"),
    ("wikidata", "string"), ("geonames_id", "long"), ("lat", "double"), ("lon", "double"),
))
#: The attributes of an edge, in the order the formats write them.
EDGE_FIELDS = tuple(PropertyField(*spec) for spec in (
    ("predicate", "string"), ("negated", "boolean"), ("event_code", "string"), ("event_label", "string"),
    ("event_root", "string"), ("event_quad_class", "string"), ("count", "int"), ("confidence", "double"),
    ("first_date", "date"), ("last_date", "date"), ("documents", "string[]"),
))
_CAST = {"string": str, "int": int, "long": int, "double": float, "boolean": bool, "date": str, "string[]": list}


def _typed(fields: tuple[PropertyField, ...], values: dict) -> dict:
    """The known values of ``fields``, each cast to its type (an empty list is not known)."""
    row = {}
    for field in fields:
        value = values.get(field.name)
        if value is None or (field.type == "string[]" and not value):
            continue
        row[field.name] = [str(item) for item in value] if field.type == "string[]" else _CAST[field.type](value)
    return row


def property_rows(kg) -> tuple[list[tuple[str, dict]], list[tuple[str, str, str, dict]]]:
    """The flat rows of the nodes and edges of ``graph.json``, in its order.

    Returns
    -------
    (nodes, edges)
        ``nodes``: ``(key, values)`` per node; ``edges``: ``(source, target,
        key, values)`` per edge; ``values`` maps the names of
        :data:`NODE_FIELDS` or :data:`EDGE_FIELDS` to typed values, the
        unknown ones left out.
    """
    from ..model import _node_link_parts

    _, nodes, links = _node_link_parts(kg, clone=False)
    dates = {doc: meta["date"][:10] for doc, meta in kg.documents.items() if meta.get("date")}
    node_rows = [(node["id"], _typed(NODE_FIELDS, node)) for node in nodes]
    edge_rows = []
    for link in links:
        event = link.get("event") or {}
        documents = sorted({ev["doc"] for ev in link["evidence"]})
        known = sorted(dates[doc] for doc in documents if doc in dates)
        values = {
            **link, "documents": documents, "first_date": known[0] if known else None,
            "last_date": known[-1] if known else None,
            **{f"event_{name}": event.get(name) for name in ("code", "label", "root", "quad_class")},
        }
        edge_rows.append((link["source"], link["target"], link["key"], _typed(EDGE_FIELDS, values)))
    return node_rows, edge_rows


def write_rows(kg, path: str | os.PathLike, write: Callable[[TextIO, list, list], None]) -> None:
    """Write the rows of ``kg`` to the text file ``path`` (UTF-8), atomically.

    Parameters
    ----------
    kg : graph.model.KnowledgeGraph
        The graph.
    path : str or path-like
        The file.
    write : callable
        ``write(out, nodes, edges)`` writes the rows of :func:`property_rows`
        to the open file ``out``; when it raises, the file is left as it was.
    """
    nodes, edges = property_rows(kg)
    with atomic_write(path, "w", encoding="utf-8") as out:
        write(out, nodes, edges)


def join_list(items) -> str:
    """The items as one string: ``|`` between them, ``\\`` and ``|`` inside one escaped by ``\\``."""
    return LIST_SEPARATOR.join(
        item.replace(_ESCAPE, _ESCAPE * 2).replace(LIST_SEPARATOR, _ESCAPE + LIST_SEPARATOR) for item in items
    )


def split_list(text: str) -> list[str]:
    """The items :func:`join_list` joined."""
    items, current, chars = [], [], iter(text)
    for char in chars:
        if char == _ESCAPE:
            current.append(next(chars, ""))
        elif char == LIST_SEPARATOR:
            items.append("".join(current))
            current = []
        else:
            current.append(char)
    items.append("".join(current))
    return items


def xml_text(value: str) -> str:
    """``value`` with each character XML 1.0 cannot carry replaced by U+FFFD."""
    return _XML_FORBIDDEN.sub(_XML_REPLACEMENT, value)


def xml_escape(value: str) -> str:
    """``value`` ready for XML text or a double-quoted attribute: :func:`xml_text`, then escaped.

    Markup characters, quotes, tabs, newlines and carriage returns become
    references, so every parser reads back exactly :func:`xml_text` of
    ``value`` (a raw carriage return would be read as a newline).
    """
    return xml_text(value).translate(_XML_ESCAPES)


def xml_value(field: PropertyField, value) -> str:
    """A typed value as the escaped XML text of GraphML and GEXF (lists joined, booleans lower case)."""
    if field.type == "string[]":
        return xml_escape(join_list(value))
    if field.type == "boolean":
        return "true" if value else "false"
    return xml_escape(str(value)) if field.type in ("string", "date") else repr(value)


def iter_xml_values(fields: tuple[PropertyField, ...], values: dict) -> Iterator[tuple[int, str]]:
    """``(position of the field, escaped XML value)`` of each known value, in field order."""
    for position, field in enumerate(fields):
        if field.name in values:
            yield position, xml_value(field, values[field.name])
