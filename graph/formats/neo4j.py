"""The Neo4j bulk-import CSV: ``nodes.csv``, ``relationships.csv`` and ``load.cypher`` in one folder.

The two CSV files follow the header grammar of ``neo4j-admin database
import``:

- ``nodes.csv``: ``id:ID`` (the entity's key), ``:LABEL`` (``Entity`` and
  the entity type, as a label) and the attributes of
  :data:`~graph.formats.property.NODE_FIELDS` as ``name:type``;
- ``relationships.csv``: ``:START_ID``, ``:END_ID``, ``:TYPE`` (the
  predicate as a relationship type, see :func:`relationship_type`) and the
  attributes of :data:`~graph.formats.property.EDGE_FIELDS`, the original
  predicate among them.

Types are Neo4j's: ``int``, ``long``, ``double``, ``boolean``, ``date``,
``string`` (no suffix) and ``string[]``, whose items are separated by
``;`` (Neo4j's default array delimiter, which has no escape: a ``;``
inside an item is written as U+FF1B, the full-width semicolon). A value
that is not known is an empty field (no property). Lines end in CRLF
(RFC 4180); a field is quoted when it holds a comma, a quote (doubled), a
carriage return or a newline; a name with a line break makes a quoted
multi-line field, so import with ``--multiline-fields=true``::

    neo4j-admin database import full --nodes=neo4j/nodes.csv \\
        --relationships=neo4j/relationships.csv --multiline-fields=true neo4j

``load.cypher`` is the other route: copy the two CSV files into the
database's import folder and run it with ``cypher-shell -f load.cypher``.
It reads each file once with ``LOAD CSV``; since plain Cypher cannot take
a label or a type from a value, it then gives each entity type's nodes
their label and moves each relationship type's relationships from an
interim type to their own, one short statement each.
"""

from __future__ import annotations

import csv
import os
import re
import unicodedata
from pathlib import Path

from ..io import finish_staged_writes, staged_writes
from .property import EDGE_FIELDS, NODE_FIELDS, property_rows

__all__ = ["NEO4J_FILES", "ARRAY_DELIMITER", "write_neo4j_csv", "relationship_type", "node_label",
           "node_header", "relationship_header", "load_cypher"]

#: The files of the folder, in the order they are written.
NEO4J_FILES = ("nodes.csv", "relationships.csv", "load.cypher")
#: Between the items of a ``string[]`` field.
ARRAY_DELIMITER = ";"
_ITEM_DELIMITER = "\uff1b"  # a ";" inside an item
_ENTITY_LABEL = "Entity"
_LOADING, _LOADING_TYPE = "NEWSGRAPH_LOADING", "newsgraph_type"  # load.cypher's interim type and its property
_NOT_WORD = re.compile(r"[\W_]+")
_STAGING_PREFIX = ".neo4j-staging-"
# Neo4j's names of the property types (a string has no suffix).
_SUFFIX = {"string": "", "int": ":int", "long": ":long", "double": ":double", "boolean": ":boolean",
           "date": ":date", "string[]": ":string[]"}
# LOAD CSV reads every field as a string: how load.cypher converts one.
_CONVERT = {"string": "{}", "int": "toInteger({})", "long": "toInteger({})", "double": "toFloat({})",
            "boolean": "({} = 'true')", "date": "date({})", "string[]": "split({}, ';')"}


def _identifier(text: str, *, fallback: str) -> str:
    """An upper-case Neo4j name of letters, digits and ``_``; ``fallback`` before one not led by a letter."""
    name = _NOT_WORD.sub("_", unicodedata.normalize("NFKC", text).upper()).strip("_")
    return name if name[:1].isalpha() else f"{fallback}_{name}".rstrip("_")


def relationship_type(predicate: str, negated: bool = False) -> str:
    """The Neo4j relationship type of a predicate: deterministic, a valid name without quoting.

    Upper case; each run of characters other than letters and digits is
    one ``_``; ``REL_`` before a name that does not start with a letter;
    ``NOT_`` before a negated one. Different predicates may share a type
    (``set up``, ``set-up``): each relationship keeps its ``predicate``.

    Examples
    --------
    >>> relationship_type("set up"), relationship_type("fire on", negated=True), relationship_type("9/11")
    ('SET_UP', 'NOT_FIRE_ON', 'REL_9_11')
    """
    name = _identifier(predicate, fallback="REL")
    return f"NOT_{name}" if negated else name


def node_label(entity_type: str) -> str:
    """The Neo4j label of an entity type (``GPE``, ``WORK_OF_ART``), named like :func:`relationship_type`."""
    return _identifier(entity_type, fallback="TYPE")


def node_header() -> list[str]:
    """The header of ``nodes.csv``."""
    return ["id:ID", ":LABEL", *(field.name + _SUFFIX[field.type] for field in NODE_FIELDS)]


def relationship_header() -> list[str]:
    """The header of ``relationships.csv``."""
    return [":START_ID", ":END_ID", ":TYPE", *(field.name + _SUFFIX[field.type] for field in EDGE_FIELDS)]


def _field(field, values: dict) -> str:
    value = values.get(field.name)
    if value is None:
        return ""
    if field.type == "string[]":
        return ARRAY_DELIMITER.join(item.replace(ARRAY_DELIMITER, _ITEM_DELIMITER) for item in value)
    if field.type == "boolean":
        return "true" if value else "false"
    return value if field.type in ("string", "date") else repr(value)


def _cypher_string(text: str) -> str:
    return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'"


def _quoted(name: str) -> str:
    return "`" + name.replace("`", "``") + "`"


def _assignments(variable: str, fields, header: list[str]) -> str:
    return ",\n  ".join(
        f"{variable}.{field.name} = {_CONVERT[field.type].format('row.' + _quoted(column))}"
        for field, column in zip(fields, header)
    )


def load_cypher(labels: list[str], types: list[str]) -> str:
    """The ``LOAD CSV`` script for the CSV files, whose entity labels and relationship types are given."""
    nodes, relationships = node_header(), relationship_header()
    lines = [
        "// Load neo4j/nodes.csv and neo4j/relationships.csv with LOAD CSV: copy both files into the",
        "// database's import folder, then run: cypher-shell -f load.cypher",
        f"CREATE CONSTRAINT newsgraph_entity_id IF NOT EXISTS FOR (n:{_ENTITY_LABEL}) REQUIRE n.id IS UNIQUE;",
        "LOAD CSV WITH HEADERS FROM 'file:///nodes.csv' AS row",
        f"MERGE (n:{_ENTITY_LABEL} {{id: row.{_quoted(nodes[0])}}})",
        f"SET {_assignments('n', NODE_FIELDS, nodes[2:])};",
    ]
    lines += [f"MATCH (n:{_ENTITY_LABEL}) WHERE n.type = {_cypher_string(label)} SET n:{_quoted(node_label(label))};"
              for label in labels]
    # One pass over the relationships under a loading type, then one short statement per type
    # (plain Cypher cannot take a type from a value) that moves them to their own.
    lines += [
        "LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row",
        f"MATCH (a:{_ENTITY_LABEL} {{id: row.{_quoted(':START_ID')}}}), "
        f"(b:{_ENTITY_LABEL} {{id: row.{_quoted(':END_ID')}}})",
        f"CREATE (a)-[r:{_LOADING}]->(b)",
        f"SET r.{_LOADING_TYPE} = row.{_quoted(':TYPE')},",
        f"  {_assignments('r', EDGE_FIELDS, relationships[3:])};",
    ]
    lines += [f"MATCH (a)-[r:{_LOADING} {{{_LOADING_TYPE}: {_cypher_string(type_)}}}]->(b) "
              f"CREATE (a)-[s:{_quoted(type_)}]->(b) SET s = properties(r) REMOVE s.{_LOADING_TYPE} DELETE r;"
              for type_ in types]
    return "\n".join(lines) + "\n"


def write_neo4j_csv(kg, folder: str | os.PathLike) -> None:
    """Write ``kg`` as ``nodes.csv``, ``relationships.csv`` and ``load.cypher`` into ``folder``.

    The three files are written as one set (all new, or all as they were);
    ``folder`` is created if need be.

    Parameters
    ----------
    kg : graph.model.KnowledgeGraph
        The graph.
    folder : str or path-like
        The folder (a build writes ``neo4j`` in its output folder).
    """
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    finish_staged_writes(folder, prefix=_STAGING_PREFIX)
    nodes, edges = property_rows(kg)
    labels, types = set(), set()
    with staged_writes(folder, prefix=_STAGING_PREFIX) as files:
        with files.open(NEO4J_FILES[0], newline="") as handle:
            writer = csv.writer(handle)  # RFC 4180: CRLF; a field with CR or LF is quoted
            writer.writerow(node_header())
            for key, values in nodes:
                labels.add(values["type"])
                writer.writerow([key, f"{_ENTITY_LABEL};{node_label(values['type'])}",
                                 *(_field(field, values) for field in NODE_FIELDS)])
        with files.open(NEO4J_FILES[1], newline="") as handle:
            writer = csv.writer(handle)  # RFC 4180: CRLF; a field with CR or LF is quoted
            writer.writerow(relationship_header())
            for source, target, _, values in edges:
                type_ = relationship_type(values["predicate"], values.get("negated", False))
                types.add(type_)
                writer.writerow([source, target, type_, *(_field(field, values) for field in EDGE_FIELDS)])
        with files.open(NEO4J_FILES[2]) as handle:
            handle.write(load_cypher(sorted(labels), sorted(types)))
