"""scripts/screenshot.py, run as a command: a page in Chromium to a PNG."""

from __future__ import annotations

import struct
import subprocess
import sys

import pytest

from graph.html import write_html
from tests.browser.conftest import CHROMIUM
from tests.browser.graphs import seed_graph
from tests.conftest import ROOT, require_executable

pytestmark = pytest.mark.browser

SCRIPT = ROOT / "scripts" / "screenshot.py"


def run(*args) -> subprocess.CompletedProcess:
    # A separate process: Playwright's sync API cannot nest inside the session's browser.
    return subprocess.run([sys.executable, str(SCRIPT), *map(str, args)], capture_output=True, text=True,
                          cwd=ROOT, timeout=300)


def png_size(path) -> tuple[int, int]:
    head = path.read_bytes()[:24]
    assert head[:8] == b"\x89PNG\r\n\x1a\n" and head[12:16] == b"IHDR"
    return struct.unpack(">II", head[16:24])


def test_screenshot_of_a_build_folder(tmp_path):
    require_executable(CHROMIUM)
    out = tmp_path / "out"
    out.mkdir()
    write_html(seed_graph(), out / "graph.html")
    png = tmp_path / "docs" / "shot.png"
    result = run(out, png, "--relation", "--width", "1200", "--height", "700")
    assert result.returncode == 0, result.stderr
    assert png_size(png) == (1200, 700)
    assert result.stdout.startswith(f"{png}: 22 entities, 17 relations (of 22 and 17)")


@pytest.mark.parametrize(
    "make, message",
    [
        (lambda d: d / "missing.json", "does not exist"),
        (lambda d: d, "no graph.html or graph.json in this folder"),
    ],
)
def test_screenshot_names_a_bad_source(tmp_path, make, message):
    result = run(make(tmp_path), tmp_path / "x.png")
    assert result.returncode == 1
    assert message in result.stderr
    assert not (tmp_path / "x.png").exists()
