"""A triple store that misbehaves: slow, drops the connection mid-upload,
answers 500 or 503.

A small local HTTP proxy stands between ``push`` and a real Oxigraph server
and injects the faults a plan lists, one per request, then forwards. After
each push the server holds exactly what the report says was uploaded; a
re-push completes the upload, with no duplicates. A request the server
applies after the client gave up on it never cuts a graph.
"""

from __future__ import annotations

import http.client
import http.server
import socket
import threading
import time
from urllib.parse import urlsplit

import pyoxigraph as ox
import pytest

from graph.queries import run_query
from graph.store import PushError, load_into_store, open_store, push
from tests.hardening.conftest import hand_facts, run_cli

pytestmark = pytest.mark.server


class FaultProxy(http.server.ThreadingHTTPServer):
    """Forwards to ``upstream``; each request first takes the next fault of ``plan``.

    Faults: ``"500"``, ``"503"`` (answer that, forward nothing); ``"drop"``
    (read half the body, then close the connection); ``"drop-after"``
    (forward, then close without answering: the server did the work, the
    client never hears); ``"slow"`` (wait ``delay`` seconds, then forward
    and answer); ``"hold"`` (wait until :meth:`release`, then forward and
    answer); anything else (``"ok"``) forwards at once. ``only`` limits the
    plan to requests whose URL or body contains it (such a request is read
    whole first, so ``"drop"`` then hangs up after the body). :meth:`settle`
    waits until every request taken is done, a late one landed.
    """

    daemon_threads = True

    def __init__(self, upstream: str, plan=(), *, only: str = "", delay: float = 1.5):
        super().__init__(("127.0.0.1", 0), _Handler)
        self.upstream = urlsplit(upstream)
        self.plan = list(plan)
        self.only = only
        self.delay = delay
        self.log: list[tuple[str, str, str]] = []
        self.lock = threading.Lock()
        self.busy = 0  # requests taken and not yet done with
        self.released = threading.Event()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"

    def settle(self, limit: float = 30.0) -> None:
        """Wait until every request taken is done: a late one has landed."""
        deadline = time.monotonic() + limit
        while self.busy:
            assert time.monotonic() < deadline, f"{self.busy} request(s) still held after {limit} s"
            time.sleep(0.05)

    def release(self) -> None:
        """Let the ``"hold"`` requests go on to the server."""
        self.released.set()

    def next_fault(self, path: str, body: bytes = b"") -> str | None:
        with self.lock:
            if self.plan and (self.only in path or self.only.encode() in body):
                return self.plan.pop(0)
            return None


class _Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def _handle(self):
        server: FaultProxy = self.server
        with server.lock:
            server.busy += 1
        try:
            self._handle_one()
        finally:
            with server.lock:
                server.busy -= 1

    def _handle_one(self):
        server: FaultProxy = self.server
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if server.only and length else None
        fault = server.next_fault(self.path, body or b"")
        server.log.append((self.command, self.path, fault or "ok"))
        if fault == "drop":
            if body is None:
                self.rfile.read(length // 2)
            self._hang_up()
            return
        if body is None:
            body = self.rfile.read(length) if length else b""
        if fault in ("500", "503"):
            self._answer(int(fault), {"Content-Type": "text/plain", "Retry-After": "0"},
                         b"fault injection: try again")
            return
        if fault == "slow":
            time.sleep(server.delay)
        if fault == "hold":
            server.released.wait(30)
        status, headers, answer = self._forward(body)
        if fault == "drop-after":
            self._hang_up()
            return
        self._answer(status, headers, answer)

    do_GET = do_POST = do_PUT = do_DELETE = _handle

    def _forward(self, body: bytes):
        upstream = self.server.upstream
        conn = http.client.HTTPConnection(upstream.hostname, upstream.port, timeout=30)
        headers = {k: v for k, v in self.headers.items() if k.lower() not in ("host", "connection")}
        conn.request(self.command, self.path, body=body, headers=headers)
        response = conn.getresponse()
        answer = response.read()
        kept = {k: v for k, v in response.getheaders()
                if k.lower() not in ("transfer-encoding", "connection", "content-length")}
        conn.close()
        return response.status, kept, answer

    def _answer(self, status: int, headers: dict, body: bytes):
        try:
            self.send_response(status)
            for key, value in headers.items():
                self.send_header(key, value)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            self.close_connection = True  # the client gave up waiting (a "slow" answer)

    def _hang_up(self):
        self.close_connection = True
        try:
            self.connection.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass

    def log_message(self, *args):
        pass


@pytest.fixture
def proxy(oxigraph_url):
    servers = []

    def start(plan=(), **options) -> FaultProxy:
        server = FaultProxy(oxigraph_url, plan, **options)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        servers.append(server)
        return server

    yield start
    for server in servers:
        server.shutdown()
        server.server_close()


DOCS = 6


@pytest.fixture(scope="module")
def source(tmp_path_factory):
    """A store of six articles, some large enough to need several requests each."""
    path = tmp_path_factory.mktemp("fault-source") / "store"
    facts = []
    for d in range(DOCS):
        clauses = [(f"Actor {d}-{i}", "attacked", "attack", f"Target {d}-{i}") for i in range(1 + 4 * d)]
        facts.append(hand_facts(f"doc{d}", clauses, title=f"Article {d}", date="2020-03-0" + str(d + 1)))
    load_into_store(facts, path)
    store = open_store(path, read_only=True)
    graphs: dict[str, set] = {}
    for quad in store.quads_for_pattern(None, None, None, None):
        graphs.setdefault(quad.graph_name.value, set()).add(quad)
    assert len(graphs) == DOCS
    return {"path": path, "store": store, "graphs": graphs}


def server_graphs(url: str) -> tuple[dict[str, set], int]:
    """What the real server holds, asked directly (not through the proxy)."""
    result = run_query(url, "SELECT ?g ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } }")
    graphs: dict[str, set] = {}
    for g, s, p, o in result.rows:
        graphs.setdefault(g.value, set()).add(ox.Quad(s, p, o, g))
    count = run_query(url, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")
    return graphs, int(count.rows[0][0].value)


def assert_server_holds(url: str, source: dict, names) -> None:
    graphs, count = server_graphs(url)
    assert set(graphs) == set(names)
    for name in names:
        assert graphs[name] == source["graphs"][name], name
    assert count == sum(len(source["graphs"][n]) for n in names)  # no duplicates


def total(source: dict) -> int:
    return sum(len(q) for q in source["graphs"].values())


def push_through(server, source, method, batch_size, **options):
    # Against a "slow" proxy the client gives up at 2 s, the proxy answers at 4 s;
    # otherwise the timeout only has to outlast a loaded machine.
    timeout = options.pop("timeout", 2.0 if {"slow", "hold"} & set(server.plan) else 20.0)
    return push(source["store"], server.url, method=method, retries=5, backoff=0.05, timeout=timeout,
                batch_size=batch_size, **options)


# A slow server answers too late for the client, but still does the work:
# a late request is harmless only if it is the graph's one and only request.
_BATCHES = {"500": 40, "503": 40, "drop": 40, "drop-after": 40, "slow": 50_000}


@pytest.mark.parametrize("method", ["graph-store", "update"])
@pytest.mark.parametrize("fault", list(_BATCHES))
def test_each_fault_is_retried_and_the_report_is_true(oxigraph_url, proxy, source, fault, method):
    faults = 1 if fault == "500" else 2  # a 500 is retried once only
    server = proxy([fault] * faults, delay=4.0)
    report = push_through(server, source, method, _BATCHES[fault])
    assert report.ok and report.graphs == DOCS and report.triples == total(source)
    assert sorted(name for name, _ in report.uploaded) == sorted(source["graphs"])
    assert [f for _, _, f in server.log].count(fault) == faults
    if _BATCHES[fault] == 40:
        assert len(server.log) > DOCS + 2  # large graphs did take several requests
    if fault == "slow":
        server.settle()  # let requests the client gave up on land on the server
    assert_server_holds(oxigraph_url, source, source["graphs"])
    # A re-push over the faults again replaces each graph: no duplicates.
    server.plan = [fault]
    again = push_through(server, source, method, _BATCHES[fault])
    assert again.ok and again.triples == total(source)
    if fault == "slow":
        server.settle()
    assert_server_holds(oxigraph_url, source, source["graphs"])


STAGING = "urn:newsgraph:staging:"


def land_after(server, graph: str):
    """An ``on_graph`` callback: once ``graph`` is uploaded (and the push
    cleaned up after it), the held request reaches the server."""

    def on_graph(label, triples):
        if label == graph:
            server.release()
            server.settle()  # the push waits here: nothing else is in flight

    return on_graph


@pytest.mark.parametrize("method", ["graph-store", "update"])
def test_a_late_first_batch_does_not_cut_a_graph(oxigraph_url, proxy, source, method):
    # doc0 has 50 triples: with 40 a request it takes two uploads, then the
    # request that puts it in place. The first upload is held until after
    # the client gave up on it (2 s), retried and finished doc0; it then
    # lands while the push goes on with the other articles.
    doc0 = next(name for name in source["graphs"] if name.endswith("/doc0"))
    server = proxy(["hold"])
    report = push_through(server, source, method, 40, on_graph=land_after(server, doc0))
    assert report.ok and report.triples == total(source)
    assert server.log[0] == ("PUT" if method == "graph-store" else "POST", server.log[0][1], "hold")
    server.settle()
    assert_server_holds(oxigraph_url, source, source["graphs"])  # and no staging graph left


@pytest.mark.parametrize("method", ["graph-store", "update"])
def test_a_first_batch_landing_after_the_push_only_leaves_a_staging_graph(oxigraph_url, proxy, source,
                                                                          method):
    server = proxy(["hold"])
    report = push_through(server, source, method, 40)
    assert report.ok and report.triples == total(source)
    server.release()
    server.settle()
    graphs, _ = server_graphs(oxigraph_url)
    targets = {name: quads for name, quads in graphs.items() if not name.startswith(STAGING)}
    assert set(targets) == set(source["graphs"])
    for name in source["graphs"]:
        assert targets[name] == source["graphs"][name], name
    # The late request only filled the staging graph of the attempt given up
    # on, after the push had dropped it: the first 40 triples of doc0.
    leftovers = [quads for name, quads in graphs.items() if name.startswith(STAGING)]
    assert len(leftovers) == 1 and len(leftovers[0]) == 40
    doc0 = next(name for name in source["graphs"] if name.endswith("/doc0"))
    assert {q.triple for q in leftovers[0]} < {q.triple for q in source["graphs"][doc0]}


@pytest.mark.parametrize("method", ["graph-store", "update"])
def test_a_late_replacing_request_does_not_cut_a_graph(oxigraph_url, proxy, source, method):
    # The third request, the one that puts doc0 (two batches of 40) in
    # place, is held; the client gives up on it at twice 1 s a batch (4 s),
    # retries into a new staging graph and drops the old one. Landing
    # after that, the first replacing request finds its staging graph gone.
    doc0 = next(name for name in source["graphs"] if name.endswith("/doc0"))
    server = proxy(["ok", "ok", "hold"])
    report = push_through(server, source, method, 40, on_graph=land_after(server, doc0), timeout=1.0)
    assert report.ok and report.triples == total(source)
    assert server.log[2] == ("POST", "/update", "hold")
    server.settle()
    assert_server_holds(oxigraph_url, source, source["graphs"])  # and no staging graph left


def test_a_graph_that_keeps_failing_is_reported_and_a_repush_completes(oxigraph_url, proxy, source):
    bad = next(name for name in source["graphs"] if name.endswith("/doc3"))
    server = proxy(["503"] * 4, only="doc3")
    with pytest.raises(PushError) as raised:
        push(source["store"], server.url, retries=3, backoff=0.05, timeout=20, batch_size=40)
    report = raised.value.report
    assert [name for name, _ in report.failed] == [bad]
    assert "503" in report.failed[0][1] and "gave up after 4 attempts" in report.failed[0][1]
    uploaded = [name for name, _ in report.uploaded]
    assert sorted(uploaded) == sorted(set(source["graphs"]) - {bad})
    assert report.triples == total(source) - len(source["graphs"][bad])
    assert_server_holds(oxigraph_url, source, uploaded)  # the report is the truth
    report = push(source["store"], server.url, retries=3, backoff=0.05, timeout=20, batch_size=40)
    assert report.ok and report.graphs == DOCS
    assert_server_holds(oxigraph_url, source, source["graphs"])


def test_a_server_that_hangs_up_on_everything_is_reported_unreachable(oxigraph_url, proxy, source):
    server = proxy(["drop"] * 1000)
    with pytest.raises(PushError) as raised:
        push(source["store"], server.url, retries=2, backoff=0.05, timeout=20)
    report = raised.value.report
    assert report.uploaded == () and len(report.failed) == DOCS
    assert sum("not attempted: the server is unreachable" in reason for _, reason in report.failed) == DOCS - 1
    assert len(server.log) == 3  # one graph, tried three times, then no more waiting
    assert server_graphs(oxigraph_url) == ({}, 0)


def test_the_push_command_reports_the_truth(oxigraph_url, proxy, source):
    server = proxy(["503"] * 4, only="doc2")
    proc = run_cli("push", "--store", source["path"], "--endpoint", server.url, "--retries", "3",
                   "--batch-size", "40", "--quiet")
    assert proc.returncode == 1
    bad = next(name for name in source["graphs"] if name.endswith("/doc2"))
    good = sorted(set(source["graphs"]) - {bad})
    uploaded = total(source) - len(source["graphs"][bad])
    assert f"not uploaded: {bad}: " in proc.stderr
    assert f"1 graph(s) NOT uploaded; {DOCS - 1} graph(s) ({uploaded} triples) uploaded" in proc.stderr
    assert_server_holds(oxigraph_url, source, good)
    proc = run_cli("push", "--store", source["path"], "--endpoint", server.url, "--batch-size", "40")
    assert proc.returncode == 0, proc.stderr
    assert f"uploaded {DOCS} graphs ({total(source)} triples)" in proc.stdout
    assert_server_holds(oxigraph_url, source, source["graphs"])
