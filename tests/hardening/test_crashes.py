"""Crashes and faults: SIGKILL during ``build --store`` and while writing the
output files, and a full disk.

- A build killed part way (between documents, or inside a document's
  transaction) leaves a store that opens and holds whole documents only;
  rerunning the same command completes it, with no duplicates.
- A build killed while writing ``graph.*`` leaves each file either as it
  was or complete and new: never a truncated file.
- A full disk (a 1 MB tmpfs, or a file size limit) gives one clear error
  naming the file, and the earlier outputs stay intact.
"""

from __future__ import annotations

import json
import os
import resource
import signal
import subprocess
from pathlib import Path

import pytest

from graph.model import read_json
from graph.store import open_store
from tests.hardening.conftest import ENV, NEWSGRAPH, ROOT, kill_build_at, run_cli, wikinews_records, write_jsonl

OUTPUTS = ("graph.json", "graph.ttl", "graph.trig", "graph.html")
N_DOCS = 16


@pytest.fixture(scope="module")
def feed(tmp_path_factory) -> Path:
    # Short documents (first paragraphs) keep each run's parse to seconds.
    folder = tmp_path_factory.mktemp("crash-input")
    return write_jsonl(folder / "news.jsonl", wikinews_records(N_DOCS, first_paragraph=True))


@pytest.fixture(scope="module")
def reference(tmp_path_factory, feed):
    """One clean, uninterrupted build of the feed: its store and its outputs."""
    root = tmp_path_factory.mktemp("reference")
    run_cli("build", feed, "-o", root / "out", "--store", root / "store", "--quiet", check=True)
    store = open_store(root / "store", read_only=True)
    graphs: dict[str, set] = {}
    for quad in store.quads_for_pattern(None, None, None, None):
        graphs.setdefault(quad.graph_name.value, set()).add(quad)
    assert len(graphs) == N_DOCS
    return {"graphs": graphs, "quads": len(store), "out": root / "out"}


def store_graphs(path: Path) -> tuple[dict[str, set], int]:
    store = open_store(path)  # read-write: the killed writer's lock must be gone
    graphs: dict[str, set] = {}
    for quad in store.quads_for_pattern(None, None, None, None):
        graphs.setdefault(quad.graph_name.value, set()).add(quad)
    size = len(store)
    del store
    return graphs, size


def assert_whole_documents(path: Path, reference: dict) -> dict[str, set]:
    graphs, _ = store_graphs(path)
    for name, quads in graphs.items():
        assert name in reference["graphs"], f"a graph no document makes: {name}"
        assert quads == reference["graphs"][name], f"{name}: not the whole document"
    return graphs


def test_killed_store_builds_hold_whole_documents_and_a_rerun_completes(tmp_path, feed, reference):
    store = tmp_path / "store"
    args = ["build", feed, "-o", tmp_path / "out", "--store", store, "--quiet"]
    # Between documents, inside the 6th and 15th transactions, then again between documents.
    points = [("commit", 3, True), ("begin", 6, False), ("commit", 11, True), ("begin", 15, False)]
    held = 0
    for event, n, pause in points:
        events = kill_build_at(args, event, n, pause=pause)
        committed = sum(1 for e in events if e.startswith("commit "))
        graphs = assert_whole_documents(store, reference)
        # What was committed stays; the one in flight is all there or not at all.
        assert committed <= len(graphs) <= committed + 1, (event, n, committed, len(graphs))
        assert len(graphs) >= held
        held = len(graphs)
    assert held < N_DOCS
    run_cli(*args, check=True)
    graphs, size = store_graphs(store)
    assert graphs == reference["graphs"]
    assert size == reference["quads"]  # no document twice, nothing left over


def assert_old_or_new(out: Path, old: dict[str, bytes], new: Path) -> dict[str, str]:
    """Each output is byte for byte the previous file or the complete new one."""
    state = {}
    for name in OUTPUTS:
        data = (out / name).read_bytes()
        if data == old[name]:
            state[name] = "old"
        else:
            assert data == (new / name).read_bytes(), f"{name}: neither the old file nor the new one"
            state[name] = "new"
    return state


def test_killed_while_writing_outputs_leaves_old_or_complete_files(tmp_path, feed, reference):
    out = tmp_path / "out"
    first = write_jsonl(tmp_path / "first.jsonl", wikinews_records(3, first_paragraph=True))
    run_cli("build", first, "-o", out, "--quiet", check=True)
    old = {name: (out / name).read_bytes() for name in OUTPUTS}
    assert all(old[name] != (reference["out"] / name).read_bytes() for name in OUTPUTS)
    args = ["build", feed, "-o", out, "--quiet"]
    seen = set()
    # In the middle of the first file, after the second is written but before
    # its rename, in the middle of the page, and just before the last rename.
    for event, n, pause in [("write", 1, False), ("replace", 2, True), ("write", 4, False),
                            ("replace", 4, True)]:
        kill_build_at(args, event, n, pause=pause)
        state = assert_old_or_new(out, old, reference["out"])
        seen.add(tuple(state.values()))
        assert read_json(out / "graph.json").number_of_entities() > 0
        # Leftovers of a kill are hidden temporary files only.
        assert {p.name for p in out.iterdir()} - set(OUTPUTS) <= {
            p.name for p in out.iterdir() if p.name.startswith(".") and p.name.endswith(".tmp")}
    assert ("old", "old", "old", "old") in seen and len(seen) >= 3
    run_cli(*args, check=True)
    assert set(assert_old_or_new(out, old, reference["out"]).values()) == {"new"}


# -- a full disk -------------------------------------------------------------


def _mount_small_tmpfs(path: Path) -> bool:
    path.mkdir()
    proc = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(path)],
                          capture_output=True)
    return proc.returncode == 0


def _limit_file_size(limit: int):
    def limit_in_child():
        # Past the limit a write fails with EFBIG instead of killing the process.
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
    return limit_in_child


def test_a_full_disk_is_a_clear_error_and_earlier_outputs_stay(tmp_path, feed):
    disk = tmp_path / "disk"
    mounted = _mount_small_tmpfs(disk)
    try:
        out = disk / "out"
        one = write_jsonl(tmp_path / "one.jsonl", wikinews_records(1, first_paragraph=True))
        run_cli("build", one, "-o", out, "--quiet", check=True)
        old = {name: (out / name).read_bytes() for name in OUTPUTS}
        if mounted:
            # 1 MB cannot hold the old page and the new one (each is ~750 kB).
            proc = run_cli("build", feed, "-o", out, "--quiet")
            message = "No space left on device"
        else:  # no mount here: a file size limit gives EFBIG the same way
            proc = subprocess.run([*NEWSGRAPH, "build", str(feed), "-o", str(out), "--quiet"], cwd=ROOT,
                                  env=ENV, capture_output=True, text=True,
                                  preexec_fn=_limit_file_size(200_000))
            message = "File too large"
        assert proc.returncode == 1
        failed = [line for line in proc.stderr.splitlines() if line.startswith("newsgraph: error:")]
        assert len(failed) == 1, proc.stderr
        assert failed[0].startswith(f"newsgraph: error: {out}{os.sep}graph.") and failed[0].endswith(message)
        name = Path(failed[0].split(": ")[2]).name
        assert (out / name).read_bytes() == old[name]  # the file that failed is the old one, whole
        for other in OUTPUTS:
            data = (out / other).read_bytes()
            if data != old[other]:
                assert other in OUTPUTS[:OUTPUTS.index(name)]  # replaced, whole, before the failure
                json.loads((out / "graph.json").read_text(encoding="utf-8"))
        assert not [p for p in out.iterdir() if p.name.endswith(".tmp")]
    finally:
        if mounted:
            subprocess.run(["umount", str(disk)], check=False)


def test_a_file_size_limit_is_a_clear_error_and_earlier_outputs_stay(tmp_path, feed):
    out = tmp_path / "out"
    run_cli("build", write_jsonl(tmp_path / "one.jsonl", wikinews_records(1, first_paragraph=True)),
            "-o", out, "--quiet", check=True)
    old = {name: (out / name).read_bytes() for name in OUTPUTS}
    proc = subprocess.run([*NEWSGRAPH, "build", str(feed), "-o", str(out), "--quiet"], cwd=ROOT, env=ENV,
                          capture_output=True, text=True, preexec_fn=_limit_file_size(60_000))
    assert proc.returncode == 1
    assert proc.stderr.strip().endswith("File too large")
    assert f"newsgraph: error: {out}{os.sep}graph." in proc.stderr
    failed = Path(proc.stderr.strip().split(": ")[2]).name
    assert (out / failed).read_bytes() == old[failed]
    for name in OUTPUTS[OUTPUTS.index(failed):]:
        assert (out / name).read_bytes() == old[name]
    assert not [p for p in out.iterdir() if p.name.endswith(".tmp")]
