"""A local ``oxigraph serve`` for the store benchmarks, on a free loopback port, stopped by PID."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

__all__ = ["free_port", "start_oxigraph", "stop_server"]


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_oxigraph(location: Path) -> tuple[subprocess.Popen, str]:
    """Start ``oxigraph serve`` on ``location`` and wait until it answers; return the process and its URL.

    The binary beside this Python (the pyoxigraph wheel's ``oxigraph`` console
    script) is preferred over one on ``PATH``.
    """
    import requests

    binary = Path(sys.executable).parent / "oxigraph"
    port = free_port()
    proc = subprocess.Popen([str(binary if binary.exists() else "oxigraph"), "serve", "--location",
                             str(location), "--bind", f"127.0.0.1:{port}"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    for _ in range(300):
        try:
            requests.get(url + "/query", params={"query": "ASK {}"}, timeout=1)
            return proc, url
        except requests.ConnectionError:
            time.sleep(0.1)
    stop_server(proc)
    raise SystemExit("oxigraph serve did not start")


def stop_server(proc: subprocess.Popen) -> None:
    """Stop a server started here, by its PID."""
    os.kill(proc.pid, signal.SIGTERM)
    proc.wait(timeout=30)
