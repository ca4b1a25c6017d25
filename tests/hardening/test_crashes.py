"""Crashes and faults: SIGKILL during ``build --store`` and while writing the
output files, and a full disk.

- A build killed part way (between documents, or inside a document's
  transaction) leaves a store that opens and holds whole documents only;
  rerunning the same command completes it, with no duplicates.
- A build killed while writing ``graph.*`` leaves every file as it was
  until all new files are written and staged; killed in between the final
  renames, each file is whole, old or new, and the next build into the
  folder completes the renames first: never a truncated file, and a mix
  only until the next run.
- A full disk (a small tmpfs) or a file size limit part way through the
  outputs gives one clear error naming the file, and every previous output
  stays byte for byte as it was: never a mix of old and new files.
"""

from __future__ import annotations

import resource
import signal
import subprocess
from pathlib import Path

import pytest

from graph.model import read_json
from graph.store import open_store
from tests.conftest import require
from tests.hardening.conftest import ENV, NEWSGRAPH, ROOT, kill_build_at, run_cli, wikinews_records, write_jsonl

pytestmark = pytest.mark.slow  # newsgraph subprocesses killed part way

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


def output_state(out: Path, old: dict[str, bytes], new: Path) -> dict[str, str]:
    """Each output is byte for byte the previous file ("old") or the complete new one ("new")."""
    state = {}
    for name in OUTPUTS:
        data = (out / name).read_bytes()
        if data == old[name]:
            state[name] = "old"
        else:
            assert data == (new / name).read_bytes(), f"{name}: neither the old file nor the new one"
            state[name] = "new"
    return state


def test_killed_while_writing_outputs_leaves_every_old_file_until_all_are_written(tmp_path, feed, reference):
    out = tmp_path / "out"
    first = write_jsonl(tmp_path / "first.jsonl", wikinews_records(3, first_paragraph=True))
    run_cli("build", first, "-o", out, "--quiet", check=True)
    old = {name: (out / name).read_bytes() for name in OUTPUTS}
    assert all(old[name] != (reference["out"] / name).read_bytes() for name in OUTPUTS)
    args = ["build", feed, "-o", out, "--quiet"]
    # Each output is written to a temporary file ("write"), moved into the
    # staging folder when whole ("replace" 1-4); then the staging folder is
    # marked committed ("replace" 5) and the files are renamed into place
    # ("replace" 6-9).
    staging_kills = [("write", 1, False),     # in the middle of graph.json
                     ("replace", 3, True),    # graph.json and graph.ttl staged
                     ("write", 4, False),     # in the middle of the page
                     ("replace", 5, True)]    # everything staged, not yet marked committed
    for event, n, pause in staging_kills:
        kill_build_at(args, event, n, pause=pause)
        assert output_state(out, old, reference["out"]) == dict.fromkeys(OUTPUTS, "old"), (event, n)
        # Leftovers of a kill are hidden temporary files and folders only.
        assert {p.name for p in out.iterdir()} - set(OUTPUTS) <= {
            p.name for p in out.iterdir() if p.name.startswith(".") and p.name.endswith(".tmp")}
    # Killed between two renames, after every file was written and fsynced:
    # the ones renamed are new, the rest old, each whole ...
    kill_build_at(args, "replace", 8, pause=True)
    assert list(output_state(out, old, reference["out"]).values()) == ["new", "new", "old", "old"]
    assert read_json(out / "graph.json").number_of_entities() > 0
    # ... until the next build into the folder, which finishes the renames
    # first, even when it then has nothing to write.
    proc = run_cli("build", tmp_path / "missing.txt", "-o", out)
    assert proc.returncode == 1  # the input could not be read
    assert f"{out / 'graph.trig'}: put in place from an earlier build" in proc.stderr
    assert set(output_state(out, old, reference["out"]).values()) == {"new"}
    assert sorted(p.name for p in out.iterdir()) == sorted(OUTPUTS)
    run_cli(*args, check=True)
    assert set(output_state(out, old, reference["out"]).values()) == {"new"}
    assert sorted(p.name for p in out.iterdir()) == sorted(OUTPUTS)


# -- a full disk -------------------------------------------------------------


@pytest.fixture(scope="module")
def old_outputs(tmp_path_factory) -> dict[str, bytes]:
    """The outputs of a one-document build: what a failed build must leave as it is."""
    root = tmp_path_factory.mktemp("old-outputs")
    one = write_jsonl(root / "one.jsonl", wikinews_records(1, first_paragraph=True))
    run_cli("build", one, "-o", root / "out", "--quiet", check=True)
    return {name: (root / "out" / name).read_bytes() for name in OUTPUTS}


def _pages(size: int) -> int:
    return -(-size // 4096)


def _mount_small_tmpfs(path: Path, size: int) -> bool:
    path.mkdir()
    proc = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(path)],
                          capture_output=True)
    return proc.returncode == 0


def _limit_file_size(limit: int):
    def limit_in_child():
        # Past the limit a write fails with EFBIG instead of killing the process.
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
    return limit_in_child


def _put(out: Path, files: dict[str, bytes]) -> None:
    out.mkdir()
    for name, data in files.items():
        (out / name).write_bytes(data)


def assert_failed_and_left_as_before(proc, out: Path, failing: str, message: str, old: dict[str, bytes]):
    assert proc.returncode == 1
    errors = [line for line in proc.stderr.splitlines() if line.startswith("newsgraph: error:")]
    assert errors == [f"newsgraph: error: {out / failing}: {message}"], proc.stderr
    assert "wrote " not in proc.stdout
    # Every output byte for byte as before, and nothing else: no temporary file, no staging folder.
    assert {p.name: p.read_bytes() for p in out.iterdir()} == old


@pytest.mark.parametrize("failing", ["graph.trig", "graph.html"])
def test_a_full_disk_part_way_through_the_outputs_keeps_every_old_file(tmp_path, feed, reference, old_outputs,
                                                                      failing):
    new = {name: (reference["out"] / name).stat().st_size for name in OUTPUTS}
    earlier = OUTPUTS[:OUTPUTS.index(failing)]
    # Room for the old outputs, the new ones staged before `failing`, and half of `failing`.
    pages = (sum(_pages(len(data)) for data in old_outputs.values())
             + sum(_pages(new[name]) for name in earlier) + _pages(new[failing]) // 2)
    disk = tmp_path / "disk"
    mounted = _mount_small_tmpfs(disk, pages * 4096)
    try:
        require(mounted, "cannot mount a tmpfs here (needs CAP_SYS_ADMIN)")
        out = disk / "out"
        _put(out, old_outputs)
        proc = run_cli("build", feed, "-o", out, "--quiet")
        assert_failed_and_left_as_before(proc, out, failing, "No space left on device", old_outputs)
    finally:
        if mounted:
            subprocess.run(["umount", str(disk)], check=False)


def test_a_file_size_limit_part_way_through_the_outputs_keeps_every_old_file(tmp_path, feed, reference,
                                                                            old_outputs):
    # graph.json fits under the limit and is staged; graph.ttl does not.
    new = {name: (reference["out"] / name).stat().st_size for name in OUTPUTS}
    assert new["graph.json"] < new["graph.ttl"]
    limit = (new["graph.json"] + new["graph.ttl"]) // 2
    out = tmp_path / "out"
    _put(out, old_outputs)
    proc = subprocess.run([*NEWSGRAPH, "build", str(feed), "-o", str(out), "--quiet"], cwd=ROOT, env=ENV,
                          capture_output=True, text=True, preexec_fn=_limit_file_size(limit))
    assert_failed_and_left_as_before(proc, out, "graph.ttl", "File too large", old_outputs)
