"""The output-format registry: one entry (name, extensions, writer, reader) per format.

Like networkx's ``readwrite``: :data:`OUTPUT_FORMATS` lists every format
the build writes and the readers read, the JSON node-link file
(:mod:`graph.model`), the RDF serialisations (:mod:`graph.formats.rdf`),
the HTML page (:mod:`graph.formats.html`, written only) and the
property-graph formats (written only, from the flat rows of
:mod:`graph.formats.property`): GraphML (:mod:`graph.formats.graphml`),
GEXF (:mod:`graph.formats.gexf`), Cytoscape JSON (:mod:`graph.formats.cyjs`)
and the Neo4j import CSV (:mod:`graph.formats.neo4j`), a folder of files.
A new format is one entry here and one module.

Writers and readers import their module on first use, so looking a format
up costs nothing.

Examples
--------
>>> output_format("ttl").name, output_format(path="out/graph.json").name
('turtle', 'json')
>>> output_format("docx")
Traceback (most recent call last):
...
graph.errors.FormatError: unknown output format 'docx'; valid names: csv, cyjs, gexf, graphml, html, json, json-ld, nquads, nt, trig, turtle, xml (aliases: cytoscape, jsonld, n-quads, n-triples, neo4j, nq, ntriples, rdf, rdf/xml, rdfxml, ttl)
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass

from ..errors import FormatError
from .lookup import find_format

__all__ = ["OutputFormat", "OUTPUT_FORMATS", "output_format", "write_graph", "read_graph"]


@dataclass(frozen=True, slots=True)
class OutputFormat:
    """One output format.

    Attributes
    ----------
    name : str
        The name ``--format`` and ``format=`` take.
    aliases : tuple of str
        Other names for it.
    extensions : tuple of str
        File extensions, the first one for ``graph<ext>``.
    writer : callable
        ``writer(kg, path, **options)``; it takes the ``options`` it names.
    reader : callable or None
        ``reader(path) -> KnowledgeGraph``; None for a format that is only written.
    options : tuple of str
        Keyword options of the writer (``max_nodes`` for HTML).
    rdf : bool
        An RDF serialisation (see :func:`graph.formats.rdf.rdf_format`).
    folder : str or None
        For a format written as a folder of files: the folder's name (the
        writer then takes the folder's path).
    files : tuple of str
        The files such a writer writes in its folder.
    """

    name: str
    aliases: tuple[str, ...]
    extensions: tuple[str, ...]
    writer: Callable
    reader: Callable | None
    options: tuple[str, ...] = ()
    rdf: bool = False
    folder: str | None = None
    files: tuple[str, ...] = ()

    @property
    def filename(self) -> str:
        """The file a build writes: ``graph`` and the first extension (or the folder)."""
        return self.folder if self.folder is not None else f"graph{self.extensions[0]}"


def _write_json(kg, path, **_) -> None:
    from ..model import write_json

    write_json(kg, path)


def _read_json(path):
    from ..model import read_json

    return read_json(path)


def _write_html(kg, path, *, max_nodes: int | None = None, **_) -> None:
    from .html import DEFAULT_MAX_NODES, write_html

    write_html(kg, path, max_nodes=DEFAULT_MAX_NODES if max_nodes is None else max_nodes)


def _writer(module: str, function: str) -> Callable:
    """``function`` of ``graph.formats.<module>``, imported when first called."""

    def write(kg, path, **_) -> None:
        from importlib import import_module

        getattr(import_module(f"{__name__}.{module}"), function)(kg, path)

    write.__name__ = function
    return write


def _rdf_writer(name: str) -> Callable:
    def write(kg, path, **_) -> None:
        from .rdf import write_rdf

        write_rdf(kg, path, format=name)

    write.__name__ = f"write_{name.replace('-', '_')}"
    return write


def _rdf_reader(name: str) -> Callable:
    def read(path):
        from .rdf import read_rdf

        return read_rdf(path, format=name)

    read.__name__ = f"read_{name.replace('-', '_')}"
    return read


# The RDF rows repeat graph.formats.rdf.FORMATS (names, aliases, extensions);
# a test checks that they agree, so that this module need not import rdflib.
_RDF_ROWS = (
    ("turtle", ("ttl",), (".ttl",)),
    ("nt", ("ntriples", "n-triples"), (".nt",)),
    ("nquads", ("nq", "n-quads"), (".nq",)),
    ("trig", (), (".trig",)),
    ("json-ld", ("jsonld",), (".jsonld", ".json-ld")),
    ("xml", ("rdf/xml", "rdfxml", "rdf"), (".rdf", ".owl", ".xml")),
)

#: Every output format by name.
OUTPUT_FORMATS: dict[str, OutputFormat] = {
    f.name: f
    for f in (
        OutputFormat("json", (), (".json",), _write_json, _read_json),
        *(OutputFormat(name, aliases, extensions, _rdf_writer(name), _rdf_reader(name), rdf=True)
          for name, aliases, extensions in _RDF_ROWS),
        OutputFormat("html", (), (".html", ".htm"), _write_html, None, options=("max_nodes",)),
        OutputFormat("graphml", (), (".graphml",), _writer("graphml", "write_graphml"), None),
        OutputFormat("gexf", (), (".gexf",), _writer("gexf", "write_gexf"), None),
        OutputFormat("cyjs", ("cytoscape",), (".cyjs",), _writer("cyjs", "write_cyjs"), None),
        # The NEO4J_FILES of graph.formats.neo4j; a test checks that they agree.
        OutputFormat("csv", ("neo4j",), (), _writer("neo4j", "write_neo4j_csv"), None, folder="neo4j",
                     files=("nodes.csv", "relationships.csv", "load.cypher")),
    )
}
_BY_NAME = {alias: f for f in OUTPUT_FORMATS.values() for alias in (f.name, *f.aliases)}
_BY_EXTENSION = {ext: f for f in OUTPUT_FORMATS.values() for ext in f.extensions}


def _valid_names() -> str:
    aliases = sorted(a for f in OUTPUT_FORMATS.values() for a in f.aliases)
    return f"{', '.join(sorted(OUTPUT_FORMATS))} (aliases: {', '.join(aliases)})"


def output_format(format: str | None = None, *, path: str | os.PathLike | None = None) -> OutputFormat:
    """Look a format up by name (or alias), or else by the extension of ``path``.

    Raises
    ------
    FormatError
        If the name or extension is unknown; the message lists the valid ones.
    """
    return find_format(_BY_NAME, _BY_EXTENSION, format, path, what="output format", valid_names=_valid_names())


def write_graph(kg, path: str | os.PathLike, *, format: str | None = None, **options) -> None:
    """Write ``kg`` to ``path`` (atomically) in ``format``, or the format of the extension.

    ``options`` the format does not take (see :attr:`OutputFormat.options`) are ignored.
    For a format written as a folder (``csv``), ``path`` is the folder.

    Raises
    ------
    FormatError
        If the format is unknown or cannot write this graph.
    """
    fmt = output_format(format, path=path)
    fmt.writer(kg, path, **{key: value for key, value in options.items() if key in fmt.options})


def read_graph(path: str | os.PathLike, *, format: str | None = None):
    """Read a graph written by :func:`write_graph` (any format but HTML).

    Raises
    ------
    FormatError
        If the format is unknown or is only written (HTML).
    """
    fmt = output_format(format, path=path)
    if fmt.reader is None:
        raise FormatError(f"{os.fspath(path)}: {fmt.name} is written, not read; "
                          f"read one of {', '.join(n for n, f in OUTPUT_FORMATS.items() if f.reader)}")
    return fmt.reader(path)
