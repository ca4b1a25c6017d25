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


class _Failing(http.server.BaseHTTPRequestHandler):
    """Answers every request with 500 and counts them."""

    def _fail(self):
        length = int(self.headers.get("Content-Length") or 0)
        if length:
            self.rfile.read(length)
        self.server.hits += 1
        body = b"internal error (fault injection)"
        self.send_response(500)
        self.send_header("Content-Type", "text/plain")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    do_GET = do_POST = do_PUT = do_DELETE = _fail

    def log_message(self, *args):
        pass


@pytest.fixture
def failing_server():
    """A local HTTP server whose every answer is 500; ``.hits`` counts requests."""
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Failing)
    server.hits = 0
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()
