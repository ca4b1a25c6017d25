"""Start and stop a real OpenLink Virtuoso for tests and benchmarks.

The packaged ``virtuoso.ini`` is copied into a folder of its own with the
database paths, both ports (isql and HTTP) and the result cap changed;
``virtuoso-t +foreground`` runs on loopback ports and is stopped by its PID.
"""

from __future__ import annotations

import os
import re
import signal
import socket
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

import requests

__all__ = ["VIRTUOSO", "ISQL", "VirtuosoServer", "start_virtuoso", "packaged_ini"]

VIRTUOSO = "/usr/bin/virtuoso-t"
ISQL = "/usr/bin/isql-vt"
_INI_PLACES = ("/etc/virtuoso-opensource-7/virtuoso.ini",
               "/var/lib/virtuoso-opensource-7/db/virtuoso.ini")

#: What the tests need from Virtuoso beyond the packaged defaults: the
#: anonymous SPARQL user may update (SPARQL_UPDATE) and use the Graph
#: Store protocol (DB.DBA.SPARQL_GS_* run as that user), and the dba
#: account answers Digest on /sparql-auth.
_GRANTS = (
    'grant SPARQL_UPDATE to "SPARQL";',
    'grant execute on DB.DBA.SPARQL_INSERT_DICT_CONTENT to "SPARQL";',
    'grant execute on DB.DBA.SPARQL_DELETE_DICT_CONTENT to "SPARQL";',
    "DB.DBA.RDF_DEFAULT_USER_PERMS_SET ('nobody', 7);",
)


def packaged_ini() -> Path | None:
    return next((Path(p) for p in _INI_PLACES if Path(p).is_file()), None)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@dataclass(frozen=True, slots=True)
class VirtuosoServer:
    """A running ``virtuoso-t``: its HTTP base URL, isql port and process."""

    url: str
    isql_port: int
    folder: Path
    process: subprocess.Popen

    def isql(self, *statements: str, timeout: float = 60) -> str:
        """Run SQL statements as dba through ``isql-vt``; returns its output."""
        done = subprocess.run(
            [ISQL, str(self.isql_port), "dba", "dba", "exec=" + " ".join(statements)],
            capture_output=True, text=True, timeout=timeout, check=False,
        )
        if done.returncode != 0 or "*** Error" in done.stdout + done.stderr:
            raise RuntimeError(f"isql-vt failed: {done.stdout}{done.stderr}")
        return done.stdout

    def stop(self) -> None:
        """Stop the server by its PID (SIGTERM, then SIGKILL after 20 s)."""
        if self.process.poll() is None:
            os.kill(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                os.kill(self.process.pid, signal.SIGKILL)
                self.process.wait()


def _rewrite(ini: str, changes: dict[tuple[str, str], str]) -> str:
    """Set ``changes[(section, key)]`` in the ini text; other lines stay."""
    out, section, seen = [], "", set()
    for line in ini.splitlines():
        header = re.match(r"\s*\[([^\]]+)\]", line)
        if header:
            out.extend(f"{k} = {v}" for (s, k), v in changes.items()
                       if s == section and (s, k) not in seen)
            seen.update(key for key in changes if key[0] == section)
            section = header.group(1)
        else:
            key = re.match(r"\s*([A-Za-z0-9_]+)\s*=", line)
            if key and (section, key.group(1)) in changes:
                if (section, key.group(1)) in seen:
                    continue
                line = f"{key.group(1)} = {changes[section, key.group(1)]}"
                seen.add((section, key.group(1)))
            elif key and section == "Plugins" and key.group(1).startswith("Load"):
                continue  # wiki and wbxml plugins: not needed, slower start
        out.append(line)
    out.extend(f"{k} = {v}" for (s, k), v in changes.items() if s == section and (s, k) not in seen)
    return "\n".join(out) + "\n"


def start_virtuoso(folder: Path, *, max_rows: int = 10_000, wait: float = 120) -> VirtuosoServer:
    """Start ``virtuoso-t +foreground`` with a fresh database in ``folder``.

    Returns once the HTTP port answers and the grants are in place.
    ``max_rows`` is ``[SPARQL] ResultSetMaxRows``, the server's result cap.
    """
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    source = packaged_ini()
    if source is None:
        raise FileNotFoundError("no packaged virtuoso.ini (is virtuoso-opensource installed?)")
    isql_port, http_port = _free_port(), _free_port()
    db = folder.as_posix()
    changes = {
        ("Database", "DatabaseFile"): f"{db}/virtuoso.db",
        ("Database", "ErrorLogFile"): f"{db}/virtuoso.log",
        ("Database", "LockFile"): f"{db}/virtuoso.lck",
        ("Database", "TransactionFile"): f"{db}/virtuoso.trx",
        ("Database", "xa_persistent_file"): f"{db}/virtuoso.pxa",
        ("TempDatabase", "DatabaseFile"): f"{db}/virtuoso-temp.db",
        ("TempDatabase", "TransactionFile"): f"{db}/virtuoso-temp.trx",
        ("Parameters", "ServerPort"): f"127.0.0.1:{isql_port}",
        ("Parameters", "DirsAllowed"): f"., {db}, /usr/share/virtuoso-opensource-7/vad",
        ("Parameters", "NumberOfBuffers"): "4000",
        ("Parameters", "MaxDirtyBuffers"): "3000",
        ("Parameters", "ThreadsPerQuery"): "1",
        ("HTTPServer", "ServerPort"): f"127.0.0.1:{http_port}",
        ("HTTPServer", "ServerRoot"): "/var/lib/virtuoso-opensource-7/vsp",
        ("URIQA", "DefaultHost"): f"127.0.0.1:{http_port}",
        ("SPARQL", "ResultSetMaxRows"): str(max_rows),
    }
    (folder / "virtuoso.ini").write_text(_rewrite(source.read_text(), changes))
    log = open(folder / "stdout.log", "wb")
    process = subprocess.Popen(
        [VIRTUOSO, "+foreground", "+configfile", str(folder / "virtuoso.ini")],
        cwd=folder, stdout=log, stderr=subprocess.STDOUT,
    )
    log.close()
    server = VirtuosoServer(f"http://127.0.0.1:{http_port}", isql_port, folder, process)
    try:
        deadline = time.monotonic() + wait
        while True:
            if process.poll() is not None:
                tail = (folder / "virtuoso.log").read_text(errors="replace")[-2000:] \
                    if (folder / "virtuoso.log").exists() else ""
                raise RuntimeError(f"virtuoso-t exited with {process.returncode}: {tail}")
            try:
                if requests.get(server.url + "/sparql", params={"query": "ASK {}"},
                                timeout=2).status_code == 200:
                    break
            except requests.RequestException:
                pass
            if time.monotonic() > deadline:
                raise RuntimeError(f"virtuoso-t did not answer within {wait:g} s")
            time.sleep(0.2)
        server.isql(*_GRANTS)
    except BaseException:
        server.stop()
        raise
    return server
