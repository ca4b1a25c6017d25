"""scripts/screenshot.py: a page in Chromium to a PNG."""

from __future__ import annotations

import importlib.util
import struct

import pytest

from graph.html import write_html
from tests.browser.conftest import CHROMIUM
from tests.browser.graphs import seed_graph
from tests.conftest import ROOT, require_executable

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def screenshot_script():
    spec = importlib.util.spec_from_file_location("screenshot", ROOT / "scripts" / "screenshot.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def png_size(path) -> tuple[int, int]:
    head = path.read_bytes()[:24]
    assert head[:8] == b"\x89PNG\r\n\x1a\n" and head[12:16] == b"IHDR"
    return struct.unpack(">II", head[16:24])


def test_screenshot_of_a_build_folder(screenshot_script, tmp_path, capsys):
    require_executable(CHROMIUM)
    out = tmp_path / "out"
    out.mkdir()
    write_html(seed_graph(), out / "graph.html")
    png = tmp_path / "docs" / "shot.png"
    assert screenshot_script.main([str(out), str(png), "--relation", "--width", "1200", "--height", "700"]) == 0
    assert png_size(png) == (1200, 700)
    assert capsys.readouterr().out.startswith(f"{png}: 22 entities, 17 relations (of 22 and 17)")


@pytest.mark.parametrize(
    "make, message",
    [
        (lambda d: d / "missing.json", "does not exist"),
        (lambda d: d, "no graph.html or graph.json in this folder"),
    ],
)
def test_screenshot_names_a_bad_source(screenshot_script, tmp_path, capsys, make, message):
    require_executable(CHROMIUM)
    assert screenshot_script.main([str(make(tmp_path)), str(tmp_path / "x.png")]) == 1
    assert message in capsys.readouterr().err
    assert not (tmp_path / "x.png").exists()
