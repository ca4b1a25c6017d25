"""A real Oxigraph server for the push and remote query tests.

One server per session, started on a free port and stopped by its PID;
``oxigraph_url`` empties it before each test.
"""

from __future__ import annotations

import http.server
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
import requests

from tests.conftest import require_executable

_OXIGRAPH = Path(sys.executable).parent / "oxigraph"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="session")
def oxigraph_server(tmp_path_factory):
    """Start ``oxigraph serve`` and yield its base URL."""
    binary = require_executable(str(_OXIGRAPH) if _OXIGRAPH.exists() else "oxigraph")
    location = tmp_path_factory.mktemp("oxigraph")
    port = free_port()
    log = open(location.parent / f"oxigraph-{port}.log", "wb")
    proc = subprocess.Popen(
        [binary, "serve", "--location", str(location), "--bind", f"127.0.0.1:{port}"],
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            if proc.poll() is not None:
                pytest.fail(f"oxigraph serve exited with {proc.returncode}")
            try:
                requests.get(url + "/query", params={"query": "ASK {}"}, timeout=1)
                break
            except requests.ConnectionError:
                if time.monotonic() > deadline:
                    pytest.fail("oxigraph serve did not answer within 30 s")
                time.sleep(0.1)
        yield url
    finally:
        os.kill(proc.pid, signal.SIGTERM)
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            os.kill(proc.pid, signal.SIGKILL)
            proc.wait()
        log.close()


@pytest.fixture
def oxigraph_url(oxigraph_server):
    """The session's server, emptied for this test."""
    requests.post(
        oxigraph_server + "/update",
        data=b"DROP ALL",
        headers={"Content-Type": "application/sparql-update"},
        timeout=10,
    ).raise_for_status()
    return oxigraph_server


class _Stub(http.server.BaseHTTPRequestHandler):
    """Answers with ``server.status(method, path)``; records every request."""

    def _answer(self):
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        self.server.requests.append((self.command, self.path, dict(self.headers), body))
        status = self.server.status(self.command, self.path)
        payload = b"" if status == 204 else f"stub answer {status}".encode()
        self.send_response(status)
        self.send_header("Content-Type", "text/plain")
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    do_GET = do_POST = do_PUT = do_DELETE = _answer

    def log_message(self, *args):
        pass


@pytest.fixture
def stub_server():
    """Start local HTTP stubs for fault injection: ``stub_server(status)`` -> base URL.

    ``status`` is an int or a callable ``(method, path) -> int``; the
    server object (``.requests``) is returned too.
    """
    servers = []

    def start(status):
        server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Stub)
        server.requests = []
        server.status = status if callable(status) else (lambda method, path: status)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        servers.append(server)
        return f"http://127.0.0.1:{server.server_address[1]}", server

    try:
        yield start
    finally:
        for server in servers:
            server.shutdown()
            server.server_close()


@pytest.fixture(scope="session")
def wikinews_facts_extracted(nlp):
    """The seed article and the Wikinews sample through the real extraction."""
    from extract.documents import read_documents
    from extract.facts import extract_facts

    from tests.conftest import DATA

    return list(extract_facts(read_documents([DATA / "seed.txt", DATA / "wikinews_sample.jsonl"]), nlp=nlp))


@pytest.fixture(scope="session")
def wikinews_kg(wikinews_facts_extracted):
    from graph.model import KnowledgeGraph

    return KnowledgeGraph(wikinews_facts_extracted)


#: The result cap of the test Virtuoso ([SPARQL] ResultSetMaxRows): low, so
#: the truncation test needs few rows; above every other test's answers.
VIRTUOSO_MAX_ROWS = 500


@pytest.fixture(scope="session")
def virtuoso_server(tmp_path_factory):
    """Start ``virtuoso-t +foreground`` once for the session; yield the server.

    Its database lives in a temporary folder (the packaged ``virtuoso.ini``
    with paths, loopback ports and the result cap changed); the anonymous
    SPARQL user may update. Stopped by its PID.
    """
    from tests.server.virtuoso import ISQL, VIRTUOSO, packaged_ini, start_virtuoso

    require_executable(VIRTUOSO)
    require_executable(ISQL)
    from tests.conftest import require

    require(packaged_ini() is not None, "the packaged virtuoso.ini is missing")
    server = start_virtuoso(tmp_path_factory.mktemp("virtuoso"), max_rows=VIRTUOSO_MAX_ROWS)
    try:
        yield server
    finally:
        server.stop()


#: Graphs the tests write (the project's and the staging graphs, and test data).
_OURS = ("https://w3id.org/newsgraph/", "urn:newsgraph:", "urn:test:")


def virtuoso_graphs(url: str) -> dict[str, int]:
    """Triples per graph of ours on the Virtuoso at ``url`` (not through newsgraph)."""
    import csv
    import io

    test = " || ".join(f'STRSTARTS(STR(?g), "{prefix}")' for prefix in _OURS)
    answer = requests.get(url + "/sparql", params={
        "query": f"SELECT ?g (COUNT(*) AS ?n) WHERE {{ GRAPH ?g {{ ?s ?p ?o }} FILTER({test}) }} GROUP BY ?g"},
        headers={"Accept": "text/csv"}, timeout=60)
    answer.raise_for_status()
    return {row["g"]: int(row["n"]) for row in csv.DictReader(io.StringIO(answer.text))}


@pytest.fixture
def virtuoso_url(virtuoso_server):
    """The session's Virtuoso, with no graph of ours left from an earlier test."""
    url = virtuoso_server.url
    graphs = virtuoso_graphs(url)
    if graphs:
        drop = " ;\n".join(f"DROP SILENT GRAPH <{g}>" for g in graphs)
        requests.post(url + "/sparql", data={"update": drop}, timeout=60).raise_for_status()
    assert virtuoso_graphs(url) == {}
    return url
