"""Fixtures of the hardening tests: the command line in a subprocess, the
Wikinews corpus, a real Chromium and a real Oxigraph server.

Tests marked ``soak`` run only when asked for (``pytest -m soak``): they
take many minutes, so ``make test`` leaves them out and ``make soak`` runs
them.
"""

from __future__ import annotations

import contextlib
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from extract.types import Argument, Document, DocumentFacts, Entity, Predicate, Relation

from tests.conftest import ROOT
from tests.server.conftest import oxigraph_server, oxigraph_url  # noqa: F401  (fixtures)

WIKINEWS = ROOT / "benchmarks" / "data" / "wikinews_2019_2020.jsonl"
NEWSGRAPH = [sys.executable, "-m", "graph.cli"]
ENV = {**os.environ, "PYTHONPATH": str(ROOT), "PYTHONHASHSEED": "0"}


def pytest_configure(config):
    config.addinivalue_line("markers", "soak: long load test, run by `make soak` (pytest -m soak)")


def pytest_collection_modifyitems(config, items):
    # A soak test runs only when the marker expression names it.
    if "soak" in (config.option.markexpr or ""):
        return
    keep, drop = [], []
    for item in items:
        (drop if item.get_closest_marker("soak") else keep).append(item)
    if drop:
        config.hook.pytest_deselected(items=drop)
        items[:] = keep


def run_cli(*args, check: bool = False, timeout: float = 900, **kwargs) -> subprocess.CompletedProcess:
    """Run ``newsgraph ARGS`` in a subprocess; text output."""
    proc = subprocess.run(
        [*NEWSGRAPH, *map(str, args)], cwd=ROOT, capture_output=True, text=True, env=ENV,
        timeout=timeout, **kwargs,
    )
    if check and proc.returncode != 0:
        raise AssertionError(f"exit {proc.returncode}\nstdout:\n{proc.stdout}\nstderr:\n{proc.stderr}")
    return proc


def wikinews_records(n: int | None = None, *, first_paragraph: bool = False) -> list[dict]:
    """Records of the Wikinews corpus (the first ``n``), optionally cut to their first paragraph."""
    records = []
    with WIKINEWS.open(encoding="utf-8") as stream:
        for line in stream:
            record = json.loads(line)
            if first_paragraph:
                record["text"] = record["text"].split("\n\n")[0]
            records.append({k: record[k] for k in ("id", "title", "date", "url", "text")})
            if n is not None and len(records) == n:
                break
    return records


def write_jsonl(path: Path, records) -> Path:
    with path.open("w", encoding="utf-8") as stream:
        for record in records:
            stream.write(json.dumps(record, ensure_ascii=False) + "\n")
    return path


@pytest.fixture(scope="session")
def chromium(chromium_context):
    """The session's Chromium context (see tests/conftest.py)."""
    return chromium_context


def hand_facts(doc_id: str, clauses, *, title: str | None = None, date: str | None = None,
               url: str | None = None) -> DocumentFacts:
    """The facts of a document made of ``clauses``: ``(subject, verb, lemma, object)`` labels.

    The text is the clauses as sentences ("Russia bombed Idlib."), and every
    offset points into it; entity keys are the labels normalised as the
    graph does. Any string may be a label, hostile ones included.
    """
    from graph.model import normalise_name

    text, relations, entities = "", [], {}

    def argument(label: str, start: int) -> Argument:
        key = normalise_name(label)
        entity = entities.get(key)
        entities[key] = Entity(key, label, "ORG", (label,), (entity.mentions + 1) if entity else 1)
        return Argument(key, label, "ORG", label, start, start + len(label))

    for subject, verb, lemma, obj in clauses:
        start = len(text)
        sentence = f"{subject} {verb} {obj}."
        s = argument(subject, start)
        p = Predicate(lemma, verb, s.end + 1, s.end + 1 + len(verb))
        o = argument(obj, p.end + 1)
        relations.append(Relation(doc_id, s, p, o, sentence, start, confidence=0.9))
        text += sentence + " "
    document = Document(doc_id, text.rstrip() or "Nothing.", title=title, url=url, date=date)
    return DocumentFacts(document, tuple(entities.values()), tuple(relations))


# The command line with probes: it reports, on the file descriptor
# NG_PROBE_FD, each store transaction ("begin"/"commit" with the graph
# IRIs), each output file it starts ("write") and each rename ("replace"/
# "replaced"). With NG_PROBE_PAUSE="event:n" it stops for good at the n-th
# such event, so a test can SIGKILL it at exactly that point.
_PROBE = r'''
import os, sys, tempfile, time
import graph.store.embedded as _store  # where load_into_store looks load_graphs up

_out = os.fdopen(int(os.environ["NG_PROBE_FD"]), "w", buffering=1)
_pause_event, _, _pause_n = os.environ.get("NG_PROBE_PAUSE", ":").partition(":")
_seen = {}

def _event(kind, detail=""):
    _seen[kind] = _seen.get(kind, 0) + 1
    _out.write(f"{kind} {detail}\n")
    if kind == _pause_event and str(_seen[kind]) == _pause_n:
        _out.write("paused\n")
        while True:
            time.sleep(60)

_load_graphs = _store.load_graphs
def load_graphs(store, graphs, **kwargs):
    names = " ".join(getattr(name, "value", "") for name in graphs)
    _event("begin", names)
    report = _load_graphs(store, graphs, **kwargs)
    _event("commit", names)
    return report
_store.load_graphs = load_graphs

_mkstemp = tempfile.mkstemp
def mkstemp(*args, **kwargs):
    fd, name = _mkstemp(*args, **kwargs)
    _event("write", name)
    return fd, name
tempfile.mkstemp = mkstemp

_replace = os.replace
def replace(src, dst, **kwargs):
    _event("replace", dst)
    _replace(src, dst, **kwargs)
    _event("replaced", dst)
os.replace = replace

from graph.cli import main
sys.argv[0] = "newsgraph"
main()
'''


def kill_build_at(args, event: str, n: int, *, pause: bool, timeout: float = 600) -> list[str]:
    """Run ``newsgraph ARGS`` with probes and SIGKILL it at the ``n``-th ``event``.

    With ``pause`` the process is stopped at that very point before the
    kill; without, the kill races on from there (into a transaction, or
    into the middle of a file being written). Returns the events seen.
    """
    import signal
    import time

    read_fd, write_fd = os.pipe()
    env = {**ENV, "NG_PROBE_FD": str(write_fd)}
    if pause:
        env["NG_PROBE_PAUSE"] = f"{event}:{n}"
    proc = subprocess.Popen(
        [sys.executable, "-c", _PROBE, *map(str, args)], cwd=ROOT, env=env, pass_fds=(write_fd,),
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        start_new_session=True,  # its spaCy worker processes die with it
    )
    os.close(write_fd)
    events: list[str] = []
    deadline = time.monotonic() + timeout
    with os.fdopen(read_fd, "r") as stream:
        try:
            count = 0
            for line in stream:
                events.append(line.rstrip("\n"))
                if line.split(" ", 1)[0] == event:
                    count += 1
                if count >= n and (not pause or line == "paused\n"):
                    os.killpg(proc.pid, signal.SIGKILL)
                    break
                if time.monotonic() > deadline:
                    break
        finally:
            if proc.poll() is None and time.monotonic() > deadline:
                os.kill(proc.pid, signal.SIGKILL)
            proc.wait(timeout=60)
            with contextlib.suppress(ProcessLookupError):
                os.killpg(proc.pid, signal.SIGKILL)  # no orphaned worker survives the test
            # What the process reported before the kill landed (it races on until then): a
            # commit written to the pipe after the n-th event is still a commit.
            events.extend(line.rstrip("\n") for line in stream)
    assert proc.returncode == -signal.SIGKILL, f"not killed at {event} {n} (exit {proc.returncode}): {events}"
    return events
