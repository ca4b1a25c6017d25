"""atomic_write: all or nothing."""

from __future__ import annotations

import os
import stat

import pytest

from graph.io import atomic_write


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
