"""Triple stores: the embedded on-disk store and the push to SPARQL 1.1 servers.

The embedded store is a pyoxigraph :class:`pyoxigraph.Store` (RocksDB
inside). Each article lives in its own named graph (see
``docs/ARCHITECTURE.md``), so loading an article the store already holds
replaces that graph and merged figures (mention counts, evidence counts)
stay sums over graphs.

Every document's graph is written in one transaction: a new graph with
:meth:`pyoxigraph.Store.extend` (transactional, unlike ``bulk_extend``), a
graph the store already holds with one SPARQL Update request
``DROP SILENT GRAPH <g> ; INSERT DATA { GRAPH <g> { ... } }`` (one update
request is one transaction). A build that is killed or fails part way
therefore leaves whole documents only.

The push to a remote store uses the SPARQL 1.1 Graph Store HTTP Protocol:
one ``PUT`` per named graph (so a re-push replaces it). Or SPARQL Update
(``DROP SILENT GRAPH`` then ``INSERT DATA``, one request). A graph too large
for one request goes into a fresh staging graph first and replaces its
target in one update request, so a slow server that applies a request late
cannot cut it (see :func:`push`). Terms are always serialised by
pyoxigraph, never pasted from article text.
"""

from __future__ import annotations

import os
import re
import time
import uuid
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyoxigraph as ox
import rdflib
import requests

from .errors import StoreError

__all__ = [
    "DEFAULT_GRAPH",
    "PUSH_METHODS",
    "Endpoint",
    "LoadReport",
    "PushReport",
    "PushError",
    "open_store",
    "to_oxigraph",
    "to_rdflib",
    "graphs_of",
    "read_graphs",
    "load_graphs",
    "load_into_store",
    "to_dataset",
    "read_store",
    "graph_sizes",
    "push",
    "SHAPES_PATH",
    "Violation",
    "ValidationReport",
    "validate",
]

#: The default graph, as pyoxigraph names it.
DEFAULT_GRAPH = ox.DefaultGraph()

#: Ways to upload: SPARQL 1.1 Graph Store HTTP Protocol or SPARQL Update.
PUSH_METHODS = ("graph-store", "update")

_RDFLIB_DEFAULT = rdflib.URIRef("urn:x-rdflib:default")
_QUAD_SUFFIXES = {".nq": ox.RdfFormat.N_QUADS, ".trig": ox.RdfFormat.TRIG}
_N_TRIPLES = "application/n-triples"
_SPARQL_UPDATE = "application/sparql-update"

Graphs = dict  # graph name (NamedNode | BlankNode | DefaultGraph) -> list[ox.Triple]


# --------------------------------------------------------------------------
# Terms: rdflib <-> pyoxigraph
# --------------------------------------------------------------------------


def to_oxigraph(term: rdflib.term.Node) -> Any:
    """Convert an rdflib term to the equal pyoxigraph term.

    Examples
    --------
    >>> to_oxigraph(rdflib.Literal("Idlib", lang="en"))
    <Literal value=Idlib language=en>
    """
    if isinstance(term, rdflib.URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, rdflib.BNode):
        return ox.BlankNode(str(term))
    if isinstance(term, rdflib.Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype is not None:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    raise StoreError(f"cannot store the RDF term {term!r} (a {type(term).__name__})")


def to_rdflib(term: Any) -> rdflib.term.Node:
    """Convert a pyoxigraph term to the equal rdflib term.

    Examples
    --------
    >>> to_rdflib(ox.NamedNode("https://w3id.org/newsgraph/id/x"))
    rdflib.term.URIRef('https://w3id.org/newsgraph/id/x')
    """
    if isinstance(term, ox.NamedNode):
        return rdflib.URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return rdflib.BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return rdflib.Literal(term.value, lang=term.language)
        datatype = term.datatype.value
        if datatype == "http://www.w3.org/2001/XMLSchema#string":
            return rdflib.Literal(term.value)
        return rdflib.Literal(term.value, datatype=rdflib.URIRef(datatype))
    if isinstance(term, ox.DefaultGraph):
        return _RDFLIB_DEFAULT
    raise StoreError(f"cannot convert the RDF term {term!r} to rdflib")


# --------------------------------------------------------------------------
# Sources: anything that holds RDF -> {graph name: [triples]}
# --------------------------------------------------------------------------


def _graph_name(identifier: Any) -> Any:
    if isinstance(identifier, rdflib.Graph):
        identifier = identifier.identifier
    if identifier is None or identifier == _RDFLIB_DEFAULT:
        return DEFAULT_GRAPH
    if isinstance(identifier, rdflib.BNode):
        return DEFAULT_GRAPH
    return ox.NamedNode(str(identifier))


def _group(quads: Iterable[ox.Quad]) -> Graphs:
    graphs: Graphs = {}
    for quad in quads:
        graphs.setdefault(quad.graph_name, []).append(quad.triple)
    return graphs


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
        # A KnowledgeGraph: the RDF module's fast path (pyoxigraph's
        # serializer) gives the same quads as to_rdf, several times faster.
        from .rdf import to_rdf_bytes

        return _group(ox.parse(to_rdf_bytes(source, format="nquads"), format=ox.RdfFormat.N_QUADS))
    if isinstance(source, Iterable):
        return _group(source)
    raise StoreError(f"source: cannot read RDF from a {type(source).__name__}")


def read_graphs(path: str | os.PathLike) -> Graphs:
    """Read RDF grouped by named graph from a file or a build output folder.

    N-Quads (``.nq``) and TriG (``.trig``) are parsed by pyoxigraph and keep
    their named graphs. Other RDF files and ``graph.json`` are read back
    into a ``KnowledgeGraph`` (``graph.rdf.read_rdf`` / ``graph.model.read_json``)
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
        if suffix == ".json":
            from .model import read_json

            return graphs_of(read_json(path))
        from .rdf import read_rdf

        return graphs_of(read_rdf(path))
    except SyntaxError as exc:
        raise StoreError(f"{path}: {exc}") from exc
    except (OSError, ValueError) as exc:
        raise StoreError(f"{path}: {exc}") from exc


def graph_sizes(graphs: Mapping) -> dict[str, int]:
    """Triples per graph, keyed by graph IRI (``""`` for the default graph)."""
    return {_graph_label(name): len(triples) for name, triples in graphs.items()}


def _graph_label(name: Any) -> str:
    return "" if isinstance(name, ox.DefaultGraph) else name.value


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


def _graph_batches(source: Any) -> Iterator[tuple[Graphs, bool]]:
    """Graphs to write, and whether they are parts of a quad stream (appended
    to what the same load wrote before) rather than whole documents."""
    from extract.types import DocumentFacts

    if isinstance(source, DocumentFacts):
        source = [source]
    if isinstance(source, (list, tuple, Iterator)):
        items = iter(source)
        pending: list = []
        for item in items:
            if isinstance(item, DocumentFacts):
                yield graphs_of(_kg_of(item)), False
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


def _kg_of(facts: Any) -> Any:
    from .model import KnowledgeGraph

    kg = KnowledgeGraph()
    kg.add(facts)
    return kg


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
    from .rdf import from_rdf

    store = open_store(path, read_only=True)
    return from_rdf(to_dataset(store))


# --------------------------------------------------------------------------
# Remote stores
# --------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Endpoint:
    """The URLs of a SPARQL 1.1 server.

    :meth:`from_url` derives them from the server's base URL the way
    Oxigraph lays them out (``/query``, ``/update``, ``/store``); pass the
    URLs explicitly for other servers (Fuseki: ``/ds/query``,
    ``/ds/update``, ``/ds/data``).

    Examples
    --------
    >>> Endpoint.from_url("http://localhost:7878/query").store_url
    'http://localhost:7878/store'
    """

    query_url: str
    update_url: str
    store_url: str

    @classmethod
    def from_url(
        cls,
        url: str,
        *,
        query_url: str | None = None,
        update_url: str | None = None,
        store_url: str | None = None,
    ) -> Endpoint:
        if not re.match(r"^https?://[^/\s]+", url or ""):
            raise StoreError(f"--endpoint {url!r}: expected an http:// or https:// URL")
        base = re.sub(r"/(query|update|store|sparql)/?$", "", url.rstrip("/"))
        return cls(
            query_url or base + "/query",
            update_url or base + "/update",
            store_url or base + "/store",
        )


class _BearerAuth(requests.auth.AuthBase):
    def __init__(self, token: str) -> None:
        self.token = token

    def __call__(self, request: requests.PreparedRequest) -> requests.PreparedRequest:
        request.headers["Authorization"] = f"Bearer {self.token}"
        return request


def _auth(auth: Any) -> Any:
    """``(user, password)`` -> basic auth; a string -> bearer token."""
    if auth is None or isinstance(auth, requests.auth.AuthBase):
        return auth
    if isinstance(auth, str):
        return _BearerAuth(auth)
    if isinstance(auth, tuple) and len(auth) == 2:
        return requests.auth.HTTPBasicAuth(*auth)
    raise StoreError("auth: expected (user, password) or a bearer token string")


class _Retriable(StoreError):
    """A connection error or a 5xx answer: worth another try."""

    unreachable = False


class _Unreachable(_Retriable):
    """No connection to the server at all."""

    unreachable = True


class _GaveUp(StoreError):
    def __init__(self, message: str, *, unreachable: bool) -> None:
        super().__init__(message)
        self.unreachable = unreachable


def _snippet(text: str, limit: int = 300) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit] + "..."


def _send(
    session: requests.Session,
    method: str,
    url: str,
    *,
    timeout: float,
    **kwargs: Any,
) -> requests.Response:
    """One HTTP request; connection errors and 5xx raise :class:`_Retriable`."""
    try:
        response = session.request(method, url, timeout=timeout, **kwargs)
    except requests.Timeout as exc:
        raise _Retriable(f"{method} {url}: no answer within {timeout:g} s") from exc
    except requests.ConnectionError as exc:
        raise _Unreachable(f"{method} {url}: cannot connect ({_reason(exc)})") from exc
    if response.status_code >= 500:
        raise _Retriable(
            f"{method} {url}: server error {response.status_code} {response.reason}: "
            f"{_snippet(response.text)}"
        )
    if response.status_code >= 400:
        raise StoreError(
            f"{method} {url}: refused with {response.status_code} {response.reason}: "
            f"{_snippet(response.text)}"
        )
    return response


def _reason(exc: Exception) -> str:
    text = str(exc)
    match = re.search(r"\] ([^'\")]+)", text)
    return match.group(1).strip() if match else text[:200]


def _with_retries(action: Any, *, retries: int, backoff: float) -> Any:
    attempt = 0
    while True:
        try:
            return action()
        except _Retriable as exc:
            if attempt >= retries:
                raise _GaveUp(
                    f"{exc} (gave up after {attempt + 1} attempts)", unreachable=exc.unreachable
                ) from exc
            time.sleep(backoff * 2**attempt)
            attempt += 1


def _batches(triples: list, size: int) -> Iterator[list]:
    """Split ``triples`` into batches of about ``size``.

    Triples joined by a blank node stay in the same batch: each request
    has its own blank-node scope, so splitting them would cut the graph.
    """
    if len(triples) <= size:
        yield triples
        return
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for t in triples:
        nodes = [n.value for n in (t.subject, t.object) if isinstance(n, ox.BlankNode)]
        if len(nodes) == 2:
            parent[find(nodes[0])] = find(nodes[1])
        elif nodes:
            find(nodes[0])
    groups: dict[Any, list] = {}
    for i, t in enumerate(triples):
        bnode = next((n.value for n in (t.subject, t.object) if isinstance(n, ox.BlankNode)), None)
        groups.setdefault(find(bnode) if bnode else ("", i), []).append(t)
    batch: list = []
    for group in groups.values():
        if batch and len(batch) + len(group) > size:
            yield batch
            batch = []
        batch.extend(group)
    if batch:
        yield batch


@dataclass(frozen=True, slots=True)
class PushReport:
    """What a push uploaded: ``uploaded`` is ``((graph IRI, triples), ...)``,
    ``failed`` is ``((graph IRI, reason), ...)``; ``""`` names the default graph."""

    endpoint: str
    method: str
    uploaded: tuple[tuple[str, int], ...] = ()
    failed: tuple[tuple[str, str], ...] = ()

    @property
    def ok(self) -> bool:
        return not self.failed

    @property
    def graphs(self) -> int:
        return len(self.uploaded)

    @property
    def triples(self) -> int:
        return sum(n for _, n in self.uploaded)


class PushError(StoreError):
    """Some graphs were not uploaded; ``report`` says which."""

    def __init__(self, report: PushReport) -> None:
        self.report = report
        names = ", ".join(name or "DEFAULT" for name, _ in report.failed)
        first = report.failed[0][1] if report.failed else ""
        super().__init__(
            f"{len(report.failed)} of {len(report.failed) + len(report.uploaded)} graphs "
            f"not uploaded to {report.endpoint}: {names}. First error: {first}"
        )


def push(
    source: Any,
    endpoint: str | Endpoint,
    *,
    method: str = "graph-store",
    auth: Any = None,
    timeout: float = 30.0,
    retries: int = 3,
    backoff: float = 0.5,
    batch_size: int = 50_000,
    session: requests.Session | None = None,
    on_graph: Any = None,
) -> PushReport:
    """Upload every named graph of ``source`` to a SPARQL 1.1 server.

    A graph that fits in one request (every article at the default
    ``batch_size``) is replaced by that one request. A larger graph is
    uploaded batch by batch into a fresh staging graph
    (``urn:newsgraph:staging:<uuid>``, a new one for every attempt), then
    replaces the target graph in one SPARQL Update request through the
    update URL, for either method. A request that the server applies after
    the client gave up on it (a slow server) therefore only touches the
    staging graph of its own attempt, never the target. The replacing
    request does nothing when its staging graph is gone, so a late copy of
    it from an earlier attempt cannot empty or cut the target either
    (unlike ``MOVE SILENT``, which Oxigraph runs as "clear the target, then
    copy nothing" when the source is missing).

    Staging graphs of failed attempts are dropped (``DROP SILENT``) after
    the graph, and once more at the end of the push, best effort: one may
    survive a crash, an unreachable server, or a request the server applies
    after the push ended. They are named ``urn:newsgraph:staging:...`` and
    can be dropped with
    ``DELETE { GRAPH ?g { ?s ?p ?o } } WHERE { GRAPH ?g { ?s ?p ?o }
    FILTER(STRSTARTS(STR(?g), "urn:newsgraph:staging:")) }``
    once no push is running.

    Parameters
    ----------
    source
        Anything :func:`graphs_of` reads: a ``KnowledgeGraph``, an rdflib
        ``Dataset``, a pyoxigraph ``Store``, a path to an RDF file or build
        folder.
    endpoint
        The server's base URL (``http://host:7878``) or an :class:`Endpoint`.
    method
        ``"graph-store"``: ``PUT <store>?graph=IRI`` with an N-Triples body
        (``PUT`` then ``POST`` into the staging graph for a large graph).
        ``"update"``: ``DROP SILENT GRAPH`` and ``INSERT DATA`` through the
        update URL (``INSERT DATA`` into the staging graph for a large
        graph). Either way re-pushing a graph replaces it.
    auth
        ``(user, password)`` for basic authentication, or a bearer token.
    timeout, retries, backoff
        Seconds per request; how many times a graph is retried after a
        connection error or a 5xx answer, waiting ``backoff * 2**n`` seconds.
        A retry starts the graph over, into a new staging graph. The request
        that puts a staging graph in place may take twice ``timeout`` per
        batch, since the server deletes the old graph and copies the whole
        new one in that one request (on Oxigraph 0.5 it takes longer than
        uploading the batches did).
    batch_size
        Triples per request.

    Returns
    -------
    PushReport

    Raises
    ------
    PushError
        One or more graphs were not uploaded; the report names them. Graphs
        already uploaded stay uploaded.
    StoreError
        Bad parameters or an unreadable source.
    """
    if method not in PUSH_METHODS:
        raise StoreError(f"method {method!r}: expected one of {', '.join(PUSH_METHODS)}")
    if batch_size < 1:
        raise StoreError(f"batch_size {batch_size!r}: expected a positive number of triples")
    if retries < 0 or timeout <= 0:
        raise StoreError("retries must be >= 0 and timeout > 0")
    target = endpoint if isinstance(endpoint, Endpoint) else Endpoint.from_url(endpoint)
    graphs = graphs_of(source)
    http = session or requests.Session()
    credentials = _auth(auth)
    uploaded: list[tuple[str, int]] = []
    failed: list[tuple[str, str]] = []
    abandoned: list[Any] = []  # staging graphs of failed attempts
    upload = _put_graph if method == "graph-store" else _update_graph
    reachable = True
    try:
        for name, triples in graphs.items():
            label = _graph_label(name)
            staged: list[Any] = []
            try:
                _with_retries(
                    lambda: upload(http, target, name, triples, credentials, timeout, batch_size,
                                   staged=staged),
                    retries=retries,
                    backoff=backoff,
                )
            except StoreError as exc:
                failed.append((label, str(exc)))
                abandoned.extend(staged)
                if getattr(exc, "unreachable", False):
                    # The server is down: do not wait out the retries once per graph.
                    reachable = False
                    failed.extend(
                        (_graph_label(rest), "not attempted: the server is unreachable")
                        for rest in list(graphs)[len(uploaded) + len(failed):]
                    )
                    break
                _drop_staging(http, target, staged, credentials, timeout)
                continue
            # The last staging graph was moved into place; earlier ones failed.
            abandoned.extend(staged[:-1])
            _drop_staging(http, target, staged[:-1], credentials, timeout)
            uploaded.append((label, len(triples)))
            if on_graph is not None:
                on_graph(label, len(triples))
        if reachable:
            # Again: a request given up on may have landed since.
            _drop_staging(http, target, abandoned, credentials, timeout)
    finally:
        if session is None:
            http.close()
    report = PushReport(
        target.store_url if method == "graph-store" else target.update_url,
        method,
        tuple(uploaded),
        tuple(failed),
    )
    if failed:
        raise PushError(report)
    return report


#: Staging graphs are named by this prefix and a random UUID.
_STAGING = "urn:newsgraph:staging:"


def _staging_graph() -> ox.NamedNode:
    return ox.NamedNode(_STAGING + str(uuid.uuid4()))


def _in_graph(name: Any, pattern: str) -> str:
    if isinstance(name, ox.DefaultGraph):
        return pattern
    return f"GRAPH {name} {{ {pattern} }}"


def _move_into_place(staging: ox.NamedNode, name: Any) -> str:
    """One update request that replaces graph ``name`` by ``staging``, if
    ``staging`` still exists; without it, the request changes nothing.

    A late copy of this request, sent by an attempt given up on, then finds
    its staging graph dropped and does no harm. ``MOVE SILENT`` would clear
    the target (Oxigraph runs MOVE as drop, copy, drop), and plain ``MOVE``
    protects it only on a server that rolls back a failed request.
    """
    # Both names are serialised by pyoxigraph, which only makes valid IRIs.
    guard = f"{{ SELECT ?staged WHERE {{ GRAPH {staging} {{ ?staged ?sp ?so }} }} LIMIT 1 }}"
    return (
        f"DELETE {{ {_in_graph(name, '?s ?p ?o')} }}\n"
        f"WHERE {{ {guard}\n  {_in_graph(name, '?s ?p ?o')} }} ;\n"
        f"INSERT {{ {_in_graph(name, '?s ?p ?o')} }}\n"
        f"WHERE {{ GRAPH {staging} {{ ?s ?p ?o }} }} ;\n"
        f"DROP SILENT GRAPH {staging}"
    )


def _move_timeout(timeout: float, batches: list) -> float:
    # One request deletes the old graph and copies the new one, all batches.
    return 2 * timeout * len(batches)


def _post_update(http, target, update: str, auth, timeout) -> requests.Response:
    return _send(http, "POST", target.update_url, timeout=timeout, data=update.encode("utf-8"),
                 headers={"Content-Type": _SPARQL_UPDATE + "; charset=utf-8"}, auth=auth)


def _drop_staging(http, target, staged: list, auth, timeout) -> None:
    """Drop staging graphs, best effort: a failure here loses no data."""
    if not staged:
        return
    update = " ;\n".join(f"DROP SILENT GRAPH {name}" for name in dict.fromkeys(staged))
    try:
        _post_update(http, target, update, auth, timeout)
    except StoreError:
        pass


def _put_graph(http, target, name, triples, auth, timeout, batch_size, *, staged: list) -> None:
    """One attempt with the Graph Store protocol; ``staged`` collects the
    staging graph of this attempt, if the graph needs several requests."""
    batches = list(_batches(triples, batch_size)) if triples else [[]]
    into = name if len(batches) == 1 else _staging_graph()
    if into is not name:
        staged.append(into)
    params = {"default": ""} if isinstance(into, ox.DefaultGraph) else {"graph": into.value}
    headers = {"Content-Type": _N_TRIPLES}
    verb = "PUT"
    for batch in batches:
        body = ox.serialize(batch, format=ox.RdfFormat.N_TRIPLES) if batch else b""
        _send(http, verb, target.store_url, timeout=timeout, params=params,
              data=body, headers=headers, auth=auth)
        verb = "POST"
    if into is not name:
        _post_update(http, target, _move_into_place(into, name), auth, _move_timeout(timeout, batches))


def _update_graph(http, target, name, triples, auth, timeout, batch_size, *, staged: list) -> None:
    """One attempt with SPARQL Update; ``staged`` as for :func:`_put_graph`."""
    batches = list(_batches(triples, batch_size)) if triples else [[]]
    if len(batches) == 1:
        # One request, one transaction: drop and insert together.
        update = f"DROP SILENT {_graph_ref(name)} ;\n" + (
            _insert_data(name, batches[0]) if batches[0] else "")
        _post_update(http, target, update.rstrip(" ;\n"), auth, timeout)
        return
    staging = _staging_graph()
    staged.append(staging)
    for batch in batches:
        _post_update(http, target, _insert_data(staging, batch), auth, timeout)
    _post_update(http, target, _move_into_place(staging, name), auth, _move_timeout(timeout, batches))


# --------------------------------------------------------------------------
# SHACL validation
# --------------------------------------------------------------------------

#: The project's SHACL shapes.
SHAPES_PATH = Path(__file__).with_name("shapes.ttl")

_SH = rdflib.Namespace("http://www.w3.org/ns/shacl#")


@dataclass(frozen=True, slots=True)
class Violation:
    """One SHACL result: which graph, which node, which property, why."""

    graph: str
    focus: str
    path: str | None
    message: str
    value: str | None = None
    severity: str = "Violation"

    def __str__(self) -> str:
        where = f"<{self.graph}>" if self.graph else "default graph"
        prop = f" {self.path}" if self.path else ""
        value = f" (value {self.value})" if self.value is not None else ""
        return f"{where}: <{self.focus}>{prop}: {self.message}{value}"


@dataclass(frozen=True, slots=True)
class ValidationReport:
    """The outcome of :func:`validate`."""

    conforms: bool
    graphs: int
    triples: int
    violations: tuple[Violation, ...] = ()


def _shapes(shapes: Any) -> rdflib.Graph:
    if isinstance(shapes, rdflib.Graph):
        return shapes
    path = Path(shapes) if shapes is not None else SHAPES_PATH
    graph = rdflib.Graph()
    try:
        graph.parse(path, format="turtle")
    except Exception as exc:  # rdflib raises many parser exception types
        raise StoreError(f"--shapes {path}: cannot read the SHACL shapes: {exc}") from exc
    return graph


def _violations(results: rdflib.Graph, graph_label: str) -> list[Violation]:
    found = []
    for result in results.subjects(rdflib.RDF.type, _SH.ValidationResult):
        def one(prop):
            value = results.value(result, prop)
            return None if value is None else str(value)

        severity = one(_SH.resultSeverity) or str(_SH.Violation)
        found.append(
            Violation(
                graph=graph_label,
                focus=one(_SH.focusNode) or "",
                path=one(_SH.resultPath),
                message=one(_SH.resultMessage) or "constraint not met",
                value=one(_SH.value),
                severity=severity.rsplit("#", 1)[-1],
            )
        )
    return sorted(found, key=lambda v: (v.graph, v.focus, v.path or "", v.message))


def validate(source: Any, *, shapes: Any = None) -> ValidationReport:
    """Check every named graph of ``source`` against SHACL shapes with pySHACL.

    Each article graph is validated on its own, since each must be
    self-contained (it names the labels and types of the entities it uses).

    Parameters
    ----------
    source
        Anything :func:`graphs_of` reads (a ``KnowledgeGraph``, an rdflib
        ``Dataset``, a pyoxigraph ``Store``, a file or build folder).
    shapes
        A shapes file or rdflib ``Graph``; default :data:`SHAPES_PATH`.

    Returns
    -------
    ValidationReport
        ``violations`` name the graph, focus node, property and message.
    """
    from pyshacl import validate as shacl_validate

    shapes_graph = _shapes(shapes)
    violations: list[Violation] = []
    graphs = graphs_of(source)
    triples = 0
    for name, content in graphs.items():
        data = rdflib.Graph()
        for t in content:
            data.add((to_rdflib(t.subject), to_rdflib(t.predicate), to_rdflib(t.object)))
        triples += len(content)
        conforms, results, _ = shacl_validate(
            data, shacl_graph=shapes_graph, inference="none", advanced=True, inplace=True
        )
        if not conforms:
            violations.extend(_violations(results, _graph_label(name)))
    return ValidationReport(not violations, len(graphs), triples, tuple(violations))
