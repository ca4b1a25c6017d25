"""atomic_write and staged_writes: all or nothing."""

from __future__ import annotations

import os
import stat

import pytest

from graph.io import atomic_write, finish_staged_writes, staged_writes


def _leftovers(directory) -> list[str]:
    return sorted(p.name for p in directory.iterdir() if p.name.endswith(".tmp"))


@pytest.mark.parametrize(("mode", "data"), [("w", "Idlib – “bombardments”\n"), ("wb", b"\x00\xff binary")])
def test_writes_and_replaces(tmp_path, mode, data):
    path = tmp_path / "out"
    path.write_text("old", encoding="utf-8")
    with atomic_write(path, mode) as handle:
        handle.write(data)
    read = path.read_bytes() if mode == "wb" else path.read_text(encoding="utf-8")
    assert read == data
    assert _leftovers(tmp_path) == []


def test_error_inside_keeps_the_previous_file(tmp_path):
    path = tmp_path / "graph.json"
    path.write_text('{"previous": true}', encoding="utf-8")
    with pytest.raises(RuntimeError, match="boom"):
        with atomic_write(path) as handle:
            handle.write('{"half": ')
            raise RuntimeError("boom")
    assert path.read_text(encoding="utf-8") == '{"previous": true}'
    assert _leftovers(tmp_path) == []


def test_error_inside_creates_nothing(tmp_path):
    path = tmp_path / "new.ttl"
    with pytest.raises(KeyboardInterrupt):
        with atomic_write(path, "wb") as handle:
            handle.write(b"@prefix")
            raise KeyboardInterrupt
    assert not path.exists()
    assert list(tmp_path.iterdir()) == []


def test_nothing_visible_until_done(tmp_path):
    path = tmp_path / "graph.html"
    path.write_text("old", encoding="utf-8")
    with atomic_write(path) as handle:
        handle.write("new")
        handle.flush()
        assert path.read_text(encoding="utf-8") == "old"
        assert len(_leftovers(tmp_path)) == 1
    assert path.read_text(encoding="utf-8") == "new"


def test_permissions(tmp_path):
    fresh = tmp_path / "fresh.txt"
    with atomic_write(fresh) as handle:
        handle.write("x")
    umask = os.umask(0o022)
    os.umask(umask)
    assert stat.S_IMODE(fresh.stat().st_mode) == 0o666 & ~umask  # not mkstemp's 0600

    kept = tmp_path / "kept.txt"
    kept.write_text("x")
    kept.chmod(0o640)
    with atomic_write(kept) as handle:
        handle.write("y")
    assert stat.S_IMODE(kept.stat().st_mode) == 0o640


def test_bad_mode_and_missing_directory(tmp_path):
    with pytest.raises(ValueError, match="mode must be 'w' or 'wb', got 'a'"):
        with atomic_write(tmp_path / "x", "a"):
            pass
    missing = tmp_path / "no" / "such"
    with pytest.raises(FileNotFoundError, match="directory does not exist") as info:
        with atomic_write(missing / "x.json"):
            pass
    assert info.value.filename == str(missing)


# -- staged_writes: several files, all or none ---------------------------------


def _hidden(directory) -> list[str]:
    return sorted(p.name for p in directory.iterdir() if p.name.startswith("."))


def test_staged_writes_replace_every_file_together(tmp_path):
    (tmp_path / "graph.json").write_text("old json", encoding="utf-8")
    with staged_writes(tmp_path) as files:
        with files.open("graph.json") as handle:
            handle.write("new json")
        files.path("graph.nt").write_bytes(b"<a> <b> <c> .\n")
        # Nothing is visible before the block ends.
        assert (tmp_path / "graph.json").read_text(encoding="utf-8") == "old json"
        assert not (tmp_path / "graph.nt").exists()
    assert (tmp_path / "graph.json").read_text(encoding="utf-8") == "new json"
    assert (tmp_path / "graph.nt").read_bytes() == b"<a> <b> <c> .\n"
    assert files.targets == [tmp_path / "graph.json", tmp_path / "graph.nt"]
    assert _hidden(tmp_path) == []


def test_staged_writes_take_writers_that_use_atomic_write(tmp_path):
    with staged_writes(tmp_path) as files:
        staged = files.path("graph.ttl")
        assert staged.name == "graph.ttl" and staged.parent.parent == tmp_path  # the extension is kept
        with atomic_write(staged, "wb") as handle:
            handle.write(b"@prefix ng: <https://w3id.org/newsgraph/ns#> .\n")
    assert (tmp_path / "graph.ttl").read_bytes().startswith(b"@prefix ng:")
    assert _hidden(tmp_path) == []


def test_an_error_part_way_keeps_every_previous_file(tmp_path):
    old = {"graph.json": b"{}", "graph.ttl": b"# old", "graph.html": b"<p>old</p>"}
    for name, data in old.items():
        (tmp_path / name).write_bytes(data)
    with pytest.raises(RuntimeError, match="third file failed"):
        with staged_writes(tmp_path) as files:
            files.path("graph.json").write_bytes(b'{"new": 1}')
            with files.open("graph.ttl", "wb") as handle:
                handle.write(b"# new")
            files.path("graph.html").write_bytes(b"<p>ha")
            raise RuntimeError("third file failed")
    assert {p.name: p.read_bytes() for p in tmp_path.iterdir()} == old


def test_an_os_error_names_the_target_not_the_staging_file(tmp_path):
    with pytest.raises(OSError) as info:
        with staged_writes(tmp_path) as files:
            staged = files.path("graph.trig")
            with atomic_write(staged, "wb"):
                raise OSError(28, "No space left on device")
    assert info.value.filename == str(tmp_path / "graph.trig")
    assert info.value.strerror == "No space left on device"
    assert list(tmp_path.iterdir()) == []


def test_staged_writes_keep_permissions(tmp_path):
    kept = tmp_path / "kept.txt"
    kept.write_text("x")
    kept.chmod(0o640)
    with staged_writes(tmp_path) as files:
        files.path("kept.txt").write_text("y")
        with files.open("fresh.txt") as handle:
            handle.write("z")
    umask = os.umask(0o022)
    os.umask(umask)
    assert stat.S_IMODE(kept.stat().st_mode) == 0o640
    assert stat.S_IMODE((tmp_path / "fresh.txt").stat().st_mode) == 0o666 & ~umask


@pytest.mark.parametrize("name", ["", ".", "..", "a/b/graph.json", "../graph.json", "sub/..", "/etc/passwd"])
def test_staged_writes_refuse_names_that_are_not_plain(tmp_path, name):
    with pytest.raises(ValueError, match="plain file name"):
        with staged_writes(tmp_path) as files:
            files.path(name)
    assert list(tmp_path.iterdir()) == []


def test_staged_writes_take_files_of_a_sub_folder(tmp_path):
    (tmp_path / "neo4j").mkdir()
    (tmp_path / "neo4j" / "nodes.csv").write_text("old")
    with staged_writes(tmp_path) as files:
        files.path("graph.json").write_text("{}")
        files.path("neo4j/nodes.csv").write_text("new nodes")
        with files.open("neo4j/load.cypher") as handle:
            handle.write("MATCH (n) RETURN n")
        assert not (tmp_path / "neo4j" / "load.cypher").exists()  # nothing in place before the commit
    assert (tmp_path / "neo4j" / "nodes.csv").read_text() == "new nodes"
    assert (tmp_path / "neo4j" / "load.cypher").read_text() == "MATCH (n) RETURN n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["graph.json", "neo4j"]
    with pytest.raises(RuntimeError):
        with staged_writes(tmp_path) as files:
            files.path("neo4j/nodes.csv").write_text("newer")
            raise RuntimeError("stop")
    assert (tmp_path / "neo4j" / "nodes.csv").read_text() == "new nodes"
    (tmp_path / "sub").write_text("a file where a folder is staged")
    with pytest.raises(FileExistsError):
        with staged_writes(tmp_path) as files:
            files.path("graph.json").write_text("newer")
            files.path("sub/x.csv").write_text("x")
    assert (tmp_path / "graph.json").read_text() == "{}"  # nothing replaced
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]


def test_staged_writes_refuse_the_same_name_twice_and_a_file_never_written(tmp_path):
    (tmp_path / "a.txt").write_text("old")
    with pytest.raises(ValueError, match="'a.txt' is already staged"):
        with staged_writes(tmp_path) as files:
            files.path("a.txt").write_text("new")
            files.path("a.txt")
    with pytest.raises(FileNotFoundError, match="staged but never written") as info:
        with staged_writes(tmp_path) as files:
            files.path("a.txt").write_text("new")
            files.path("b.txt")
    assert info.value.filename == str(tmp_path / "b.txt")
    assert [p.name for p in tmp_path.iterdir()] == ["a.txt"]
    assert (tmp_path / "a.txt").read_text() == "old"


def test_staged_writes_need_the_directory(tmp_path):
    with pytest.raises(FileNotFoundError, match="directory does not exist"):
        staged_writes(tmp_path / "missing")


_KILLED_WRITER = r"""
import os, signal, sys
from graph.io import staged_writes

out, kill_at = sys.argv[1], int(sys.argv[2])
calls = 0
_replace = os.replace
def replace(src, dst):
    global calls
    calls += 1
    if calls == kill_at:
        os.kill(os.getpid(), signal.SIGKILL)
    _replace(src, dst)
os.replace = replace
with staged_writes(out) as files:
    for name in ("a.txt", "sub/b.txt", "c.txt"):
        with files.open(name) as handle:
            handle.write("new " + name)
"""


# The renames of a commit: the staging folder to ".commit" (1), then a, b, c (2-4).
@pytest.mark.parametrize(("kill_at", "after_kill", "after_finish"), [
    (1, "old old old", "old old old"),  # not every file marked written: dropped
    (2, "old old old", "new new new"),  # all written, none renamed: completed
    (3, "new old old", "new new new"),
    (4, "new new old", "new new new"),
])
def test_a_kill_among_the_renames_is_completed_by_finish_staged_writes(tmp_path, kill_at, after_kill,
                                                                       after_finish):
    import signal
    import subprocess
    import sys

    from tests.conftest import ROOT

    names = ("a.txt", "sub/b.txt", "c.txt")  # one in a sub-folder, as a folder format writes
    (tmp_path / "sub").mkdir()
    for name in names:
        (tmp_path / name).write_text("old " + name)
    proc = subprocess.run([sys.executable, "-c", _KILLED_WRITER, str(tmp_path), str(kill_at)], cwd=ROOT,
                          env={**os.environ, "PYTHONPATH": str(ROOT)}, capture_output=True)
    assert proc.returncode == -signal.SIGKILL, proc.stderr

    def state() -> str:
        return " ".join((tmp_path / name).read_text().split()[0] for name in names)

    assert state() == after_kill
    completed = finish_staged_writes(tmp_path)
    assert state() == after_finish
    assert len(completed) == after_finish.split().count("new") - after_kill.split().count("new")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt", "c.txt", "sub"]  # nothing left over
    assert [p.name for p in (tmp_path / "sub").iterdir()] == ["b.txt"]
    assert finish_staged_writes(tmp_path) == []


def test_finish_staged_writes_leaves_other_files_alone(tmp_path):
    (tmp_path / ".staging-x.commit").write_text("a file, not a staging folder")
    (tmp_path / ".other-y.commit").mkdir()
    (tmp_path / ".other-y.commit" / "graph.json").write_text("{}")
    assert finish_staged_writes(tmp_path) == []
    assert finish_staged_writes(tmp_path / "missing") == []
    assert sorted(p.name for p in tmp_path.iterdir()) == [".other-y.commit", ".staging-x.commit"]
