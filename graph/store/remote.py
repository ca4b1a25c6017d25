"""The push to a remote store (SPARQL 1.1 Graph Store HTTP Protocol or SPARQL Update).

One ``PUT`` per named graph (so a re-push replaces it), or SPARQL Update
(``DROP SILENT GRAPH`` then ``INSERT DATA``, one request). A graph too large
for one request goes into a fresh staging graph first and replaces its
target in one update request, so a slow server that applies a request late
cannot cut it (see :func:`push`). Terms are always serialised by
pyoxigraph, never pasted from article text.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import pyoxigraph as ox
import requests

from ..errors import StoreError
from .embedded import _graph_ref, _insert_data, graphs_of
from .auth import make_auth
from .http import _N_TRIPLES, _SPARQL_UPDATE, Endpoint, _Retriable, _send, _with_retries
from .profiles import SERVER_PROFILES
from .terms import _graph_label

__all__ = ["PUSH_METHODS", "PushReport", "PushError", "push"]

#: Ways to upload: SPARQL 1.1 Graph Store HTTP Protocol or SPARQL Update.
PUSH_METHODS = ("graph-store", "update")


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

    Staging graphs of failed attempts are dropped after the graph, and once
    more at the end of the push, best effort, through the URL that took
    their batches: ``DELETE <store>?graph=...`` with the Graph Store
    protocol, ``DROP SILENT GRAPH`` through the update URL with SPARQL
    Update. A push whose final request fails (a wrong ``update_url``, a
    refused update) so leaves no staging graph behind, but one may
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
        ``(user, password)`` for basic authentication, a bearer token, or a
        requests auth object (:func:`graph.store.auth.make_auth` makes a
        Digest one).
    timeout, retries, backoff
        Seconds per request; how many times a graph is retried after a
        connection error, a timeout, a 502, 503 or 504 answer (a 500: once),
        waiting ``backoff * 2**n`` seconds.
        A retry starts the graph over, into a new staging graph. The request
        that puts a staging graph in place may take twice ``timeout`` per
        batch, since the server deletes the old graph and copies the whole
        new one in that one request (on Oxigraph 0.5 it takes longer than
        uploading the batches did).
    batch_size
        Triples per request (with ``"update"``, at most the server
        profile's ``update_batch``: 800 on Virtuoso).

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
    target, batch_size = _push_options(method, endpoint, batch_size, retries=retries, timeout=timeout)
    graphs = graphs_of(source)
    http = session or requests.Session()
    credentials = make_auth(auth)
    try:
        refused = _prime_digest(http, target, method, credentials, timeout)
        if refused is not None:
            url = target.store_url if method == "graph-store" else target.update_url
            raise PushError(PushReport(url, method, (), tuple((_graph_label(name), refused)
                                                            for name in graphs)))
        uploaded, failed = _push_graphs(http, target, graphs, method=method, credentials=credentials,
                                        timeout=timeout, batch_size=batch_size, retries=retries,
                                        backoff=backoff, on_graph=on_graph)
    finally:
        if session is None:
            http.close()
    url = target.store_url if method == "graph-store" else target.update_url
    report = PushReport(url, method, tuple(uploaded), tuple(failed))
    if failed:
        raise PushError(report)
    return report


#: A graph no one names: the Digest handshake reads it, so no upload
#: carries the unauthenticated first try.
_PROBE_GRAPH = "urn:newsgraph:auth-probe"


def _prime_digest(http, target: Endpoint, method: str, credentials, timeout: float) -> str | None:
    """Do the Digest handshake with a small read before any upload.

    requests sends a Digest request once without credentials, reads the
    401 and sends it again. With a large body the server may answer 401
    and close the connection while the body is still going out, and the
    client then sees "connection reset" instead of the 401 (Virtuoso
    does). A bodiless GET first leaves the nonce in ``credentials``, so
    every upload carries its credentials from its first byte. Returns the
    refusal message when the credentials are refused; other answers and
    errors are left to the uploads to report.
    """
    if not isinstance(credentials, requests.auth.HTTPDigestAuth):
        return None
    if method == "graph-store":
        url, params = target.store_url, {"graph": _PROBE_GRAPH}
    else:
        url, params = target.update_url, {"query": "ASK {}"}
    try:
        _send(http, "GET", url, timeout=timeout, params=params, auth=credentials,
              passthrough=tuple(s for s in range(200, 600) if s != 401))
    except StoreError as exc:
        return None if isinstance(exc, _Retriable) else str(exc)
    return None


def _push_options(method: str, endpoint, batch_size: int, *, retries: int, timeout: float) -> tuple[Endpoint, int]:
    """Check the options of :func:`push`: the endpoint, and the batch size the server takes."""
    if method not in PUSH_METHODS:
        raise StoreError(f"method {method!r}: expected one of {', '.join(PUSH_METHODS)}")
    if batch_size < 1:
        raise StoreError(f"batch_size {batch_size!r}: expected a positive number of triples")
    if retries < 0 or timeout <= 0:
        raise StoreError("retries must be >= 0 and timeout > 0")
    target = endpoint if isinstance(endpoint, Endpoint) else Endpoint.from_url(endpoint)
    profile = SERVER_PROFILES.get(target.server)
    if method == "update" and profile is not None and profile.update_batch:
        batch_size = min(batch_size, profile.update_batch)
    return target, batch_size


def _push_graphs(http, target: Endpoint, graphs: dict, *, method: str, credentials, timeout: float,
                 batch_size: int, retries: int, backoff: float, on_graph) -> tuple[list, list]:
    """Upload each graph (with retries), dropping the staging graphs of failed attempts.

    Returns ``(uploaded, failed)``: ``(label, triples)`` and ``(label, message)`` pairs.
    """
    uploaded: list[tuple[str, int]] = []
    failed: list[tuple[str, str]] = []
    abandoned: list[Any] = []  # staging graphs of failed attempts
    upload = _put_graph if method == "graph-store" else _update_graph
    drop = _delete_staging if method == "graph-store" else _drop_staging
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
                failed.extend(
                    (_graph_label(rest), "not attempted: the server is unreachable")
                    for rest in list(graphs)[len(uploaded) + len(failed):]
                )
                return uploaded, failed
            drop(http, target, staged, credentials, timeout)
            continue
        # The last staging graph was moved into place; earlier ones failed.
        abandoned.extend(staged[:-1])
        drop(http, target, staged[:-1], credentials, timeout)
        uploaded.append((label, len(triples)))
        if on_graph is not None:
            on_graph(label, len(triples))
    # Again: a request given up on may have landed since.
    drop(http, target, abandoned, credentials, timeout)
    return uploaded, failed


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
    # The guard counts the staging graph once, before the target is
    # matched: a LIMIT 1 sub-select joined with the target instead took
    # Virtuoso 7.2 30-45 s for a graph of 1,500 triples (0.5 s this way).
    guard = (f"{{ SELECT (COUNT(*) AS ?staged) WHERE {{ GRAPH {staging} {{ ?ss ?sp ?so }} }} }}\n"
             "  FILTER(?staged > 0)")
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


def _delete_staging(http, target, staged: list, auth, timeout) -> None:
    """Delete staging graphs through the Graph Store URL that took their
    batches, best effort (a 404: already gone)."""
    for name in dict.fromkeys(staged):
        try:
            _send(http, "DELETE", target.store_url, timeout=timeout, params={"graph": name.value},
                  auth=auth, passthrough=(404,))
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


