"""Fixtures of the hardening tests: the command line in a subprocess, the
Wikinews corpus, a real Chromium and a real Oxigraph server.

Tests marked ``soak`` run only when asked for (``pytest -m soak``): they
take many minutes, so ``make test`` leaves them out and ``make soak`` runs
them.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT, require_executable
from tests.server.conftest import oxigraph_server, oxigraph_url  # noqa: F401  (fixtures)

WIKINEWS = ROOT / "benchmarks" / "data" / "wikinews_2019_2020.jsonl"
CHROMIUM = "/usr/bin/chromium"
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
def chromium(tmp_path_factory):
    """A headless Chromium context that may load file:// URLs only."""
    executable = require_executable(CHROMIUM)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        context = p.chromium.launch_persistent_context(
            str(tmp_path_factory.mktemp("chromium-profile")),
            executable_path=executable,
            headless=True,
            args=["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"],
        )
        context.route(
            "**/*",
            lambda route: route.continue_() if route.request.url.startswith("file://") else route.abort(),
        )
        yield context
        context.close()
