"""The embedded store: a pyoxigraph :class:`pyoxigraph.Store` on disk, one named graph per article.

Every document's graph is written in one transaction: a new graph with
:meth:`pyoxigraph.Store.extend` (transactional, unlike ``bulk_extend``), a
graph the store already holds with one SPARQL Update request
``DROP SILENT GRAPH <g> ; INSERT DATA { GRAPH <g> { ... } }`` (one update
request is one transaction). A build that is killed or fails part way
therefore leaves whole documents only. Facts are loaded as quads made
straight from them (:func:`graph.formats.rdf.document_quads`), with no
text in between.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyoxigraph as ox
import rdflib

from ..errors import StoreError
from .terms import Graphs, _graph_label, _graph_name, _group, oxigraph_quads, to_oxigraph, to_rdflib

__all__ = [
    "LoadReport",
    "open_store",
    "graphs_of",
    "read_graphs",
    "load_graphs",
    "load_into_store",
    "add_copies",
    "to_dataset",
    "read_store",
    "graph_sizes",
]

_QUAD_SUFFIXES = {".nq": ox.RdfFormat.N_QUADS, ".trig": ox.RdfFormat.TRIG}


def graphs_of(source: Any) -> Graphs:
    """Group the RDF of ``source`` by named graph.

    Parameters
    ----------
    source
        A ``KnowledgeGraph`` (converted with ``graph.rdf.to_rdf``), an rdflib
        ``Dataset`` or ``Graph``, a pyoxigraph ``Store`` or ``Dataset``, an
        iterable of pyoxigraph ``Quad``, a mapping already grouped, or a path
        (see :func:`read_graphs`).

    Returns
    -------
    dict
        ``{graph name: [pyoxigraph.Triple, ...]}``; the graph name is a
        ``NamedNode`` or :data:`DEFAULT_GRAPH`.
    """
    if isinstance(source, Mapping):
        return {name: list(triples) for name, triples in source.items()}
    if isinstance(source, (str, os.PathLike)):
        return read_graphs(source)
    if isinstance(source, ox.Store):
        return _group(source.quads_for_pattern(None, None, None, None))
    if isinstance(source, rdflib.Graph) and source.context_aware:
        graphs: Graphs = {}
        for s, p, o, g in source.quads((None, None, None, None)):
            graphs.setdefault(_graph_name(g), []).append(
                ox.Triple(to_oxigraph(s), to_oxigraph(p), to_oxigraph(o))
            )
        return graphs
    if isinstance(source, rdflib.Graph):
        triples = [ox.Triple(to_oxigraph(s), to_oxigraph(p), to_oxigraph(o)) for s, p, o in source]
        return {_graph_name(source.identifier): triples} if triples else {}
    if hasattr(source, "documents") and hasattr(source, "graph"):
        # A KnowledgeGraph: the quads to_rdf gives, made as pyoxigraph terms directly.
        from ..formats.rdf import _quads

        return _group(oxigraph_quads(_quads(source, named=True)))
    if isinstance(source, Iterable):
        return _group(source)
    raise StoreError(f"source: cannot read RDF from a {type(source).__name__}")


def read_graphs(path: str | os.PathLike) -> Graphs:
    """Read RDF grouped by named graph from a file or a build output folder.

    N-Quads (``.nq``) and TriG (``.trig``) are parsed by pyoxigraph and keep
    their named graphs. Other RDF files and ``graph.json`` are read back
    into a ``KnowledgeGraph`` by the format registry (:func:`graph.formats.read_graph`)
    and converted, so each article gets its own named graph again. A folder
    is searched for ``*.nq``, then ``*.trig``, then ``graph.json``.

    Raises
    ------
    StoreError
        The path does not exist, holds no RDF or does not parse (the
        message names the file and the parser's line).
    """
    path = Path(path)
    if path.is_dir():
        for pattern in ("*.nq", "*.trig", "graph.json"):
            found = sorted(path.glob(pattern))
            if found:
                return read_graphs(found[0])
        raise StoreError(f"{path}: no .nq, .trig or graph.json file in this folder")
    if not path.is_file():
        raise StoreError(f"{path}: no such file or folder")
    suffix = path.suffix.lower()
    try:
        if suffix in _QUAD_SUFFIXES:
            return _group(ox.parse(path=str(path), format=_QUAD_SUFFIXES[suffix]))
        from ..formats import read_graph

        return graphs_of(read_graph(path))
    except SyntaxError as exc:
        raise StoreError(f"{path}: {exc}") from exc
    except (OSError, ValueError) as exc:
        raise StoreError(f"{path}: {exc}") from exc


def graph_sizes(graphs: Mapping) -> dict[str, int]:
    """Triples per graph, keyed by graph IRI (``""`` for the default graph)."""
    return {_graph_label(name): len(triples) for name, triples in graphs.items()}




# --------------------------------------------------------------------------
# The embedded store
# --------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class LoadReport:
    """What a load into the embedded store did.

    ``added`` and ``replaced`` hold graph IRIs; ``triples`` counts the
    triples written.
    """

    path: str
    added: tuple[str, ...] = ()
    replaced: tuple[str, ...] = ()
    triples: int = 0

    @property
    def graphs(self) -> int:
        return len(self.added) + len(self.replaced)

    def __add__(self, other: LoadReport) -> LoadReport:
        return LoadReport(
            self.path,
            self.added + other.added,
            self.replaced + other.replaced,
            self.triples + other.triples,
        )


def open_store(path: str | os.PathLike, *, read_only: bool = False) -> ox.Store:
    """Open (or create) the embedded store at ``path``.

    Raises
    ------
    StoreError
        The folder holds no store, or another process holds it open for
        writing.
    """
    path = Path(path)
    if read_only and not path.is_dir():
        raise StoreError(f"--store {path}: no store at this path")
    if path.exists() and not path.is_dir():
        raise StoreError(f"--store {path}: is a file, not a store folder")
    try:
        if not read_only:
            path.mkdir(parents=True, exist_ok=True)
        return ox.Store.read_only(str(path)) if read_only else ox.Store(str(path))
    except OSError as exc:
        raise StoreError(f"--store {path}: cannot open the store: {exc}") from exc


def _quads(name: Any, triples: Iterable[ox.Triple]) -> Iterator[ox.Quad]:
    for t in triples:
        yield ox.Quad(t.subject, t.predicate, t.object, name)


def _graph_ref(name: Any) -> str:
    return "DEFAULT" if isinstance(name, ox.DefaultGraph) else f"GRAPH {name}"


def _insert_data(name: Any, triples: Iterable[ox.Triple]) -> str:
    # Terms are serialised by pyoxigraph (N-Triples syntax, a subset of
    # SPARQL's), so article text can never break out of its literal.
    body = "\n".join(f"{t.subject} {t.predicate} {t.object} ." for t in triples)
    if isinstance(name, ox.DefaultGraph):
        return f"INSERT DATA {{\n{body}\n}}"
    return f"INSERT DATA {{ GRAPH {name} {{\n{body}\n}} }}"


def load_graphs(
    store: ox.Store, graphs: Mapping, *, path: str = "", append: set | None = None
) -> LoadReport:
    """Write each graph into ``store`` in one transaction, replacing it if present.

    Parameters
    ----------
    store
        An open, writable store.
    graphs
        ``{graph name: [triples]}`` as :func:`graphs_of` returns.
    append
        Graph names written earlier by the same load: their triples are
        added to, not replacing, what is there (a quad stream may split a
        graph).

    Returns
    -------
    LoadReport
    """
    added: list[str] = []
    replaced: list[str] = []
    triples = 0
    for name, content in graphs.items():
        content = list(content)
        label = _graph_label(name)
        exists = isinstance(name, ox.DefaultGraph) or store.contains_named_graph(name)
        try:
            if append is not None and name in append:
                store.extend(_quads(name, content))
            elif exists:
                store.update(f"DROP SILENT {_graph_ref(name)} ;\n" + _insert_data(name, content))
                replaced.append(label)
            else:
                store.extend(_quads(name, content))
                added.append(label)
        except (OSError, SyntaxError) as exc:
            raise StoreError(f"graph {label or 'DEFAULT'}: cannot write it: {exc}") from exc
        if append is not None:
            append.add(name)
        triples += len(content)
    return LoadReport(path, tuple(added), tuple(replaced), triples)


def load_into_store(
    kg_or_facts: Any,
    store_path: str | os.PathLike,
    *,
    on_graph: Any = None,
) -> LoadReport:
    """Load a graph, or facts document by document, into the store at ``store_path``.

    This is what ``newsgraph build INPUT... --store PATH`` calls. Each
    document's named graph is written in one transaction, so an interrupted
    load leaves whole documents only; loading a document the store already
    holds replaces its graph.

    Parameters
    ----------
    kg_or_facts
        A ``KnowledgeGraph``, an iterable of ``extract.types.DocumentFacts``
        (each converted and written as soon as it arrives, so memory stays
        flat), an iterable of pyoxigraph ``Quad`` grouped by graph (streamed
        one graph at a time), or any RDF source :func:`graphs_of` accepts.
    store_path
        The store folder (created if missing).
    on_graph
        Optional callable ``on_graph(graph_iri, triples)`` called after each
        graph is committed (for progress bars).

    Returns
    -------
    LoadReport
    """
    store = open_store(store_path)
    report = LoadReport(str(store_path))
    written: set = set()
    try:
        for graphs, streamed in _graph_batches(kg_or_facts):
            for name, triples in graphs.items():
                report = report + load_graphs(
                    store, {name: triples}, path=str(store_path), append=written if streamed else None
                )
                if on_graph is not None:
                    on_graph(_graph_label(name), len(triples))
        store.flush()
    finally:
        del store
    return report


def add_copies(store_path: str | os.PathLike, copies: Iterable[tuple[str, list[dict]]]) -> int:
    """Record syndicated copies in the named graphs of their originals the store holds.

    Parameters
    ----------
    copies : iterable of (document id, list of copy dicts)
        As a document's ``copies`` in graph.json; an original the store
        does not hold is passed over.

    Returns
    -------
    int
        The originals whose graphs were given their copies.
    """
    from ..formats.rdf import copy_quads
    from ..vocab import graph_iri
    from .terms import oxigraph_quads

    store = open_store(store_path)
    done = 0
    try:
        for doc_id, found in copies:
            name = str(graph_iri(doc_id))
            if found and store.contains_named_graph(ox.NamedNode(name)):
                store.extend(list(oxigraph_quads(copy_quads(doc_id, found, graph=name))))
                done += 1
        store.flush()
    finally:
        del store
    return done


def _graph_batches(source: Any) -> Iterator[tuple[Graphs, bool]]:
    """Graphs to write, and whether they are parts of a quad stream (appended
    to what the same load wrote before) rather than whole documents."""
    from extract.types import DocumentFacts

    from ..formats.rdf import document_quads

    if isinstance(source, DocumentFacts):
        source = [source]
    if isinstance(source, (list, tuple, Iterator)):
        items = iter(source)
        pending: list = []
        for item in items:
            if isinstance(item, DocumentFacts):
                yield _group(oxigraph_quads(document_quads(item))), False
            elif isinstance(item, ox.Quad):
                if pending and pending[-1].graph_name != item.graph_name:
                    yield _group(pending), True
                    pending = []
                pending.append(item)
            else:
                raise StoreError(
                    "kg_or_facts: expected DocumentFacts or pyoxigraph Quad items, "
                    f"got {type(item).__name__}"
                )
        if pending:
            yield _group(pending), True
        return
    yield graphs_of(source), False


def to_dataset(store: ox.Store) -> rdflib.Dataset:
    """Copy a pyoxigraph store into an in-memory rdflib ``Dataset``."""
    ds = rdflib.Dataset()
    for quad in store.quads_for_pattern(None, None, None, None):
        ds.add(
            (
                to_rdflib(quad.subject),
                to_rdflib(quad.predicate),
                to_rdflib(quad.object),
                to_rdflib(quad.graph_name),
            )
        )
    return ds


def read_store(path: str | os.PathLike) -> Any:
    """Read the whole embedded store back into a ``KnowledgeGraph``."""
    from ..formats.rdf import from_rdf

    store = open_store(path, read_only=True)
    return from_rdf(to_dataset(store))


