"""Shared fixtures: the spaCy model once per session, paths to test data."""

from __future__ import annotations

import logging
import os
import shutil
from pathlib import Path

import pytest

DATA = Path(__file__).parent / "data"
ROOT = Path(__file__).parent.parent
IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")


def require(condition: bool, reason: str) -> None:
    """Skip a test whose real part is missing, but fail instead under CI."""
    if condition:
        return
    if IN_CI:
        pytest.fail(f"required in CI: {reason}")
    pytest.skip(reason)


def require_executable(name: str) -> str:
    path = shutil.which(name) or (name if os.access(name, os.X_OK) else None)
    require(path is not None, f"{name} is not installed")
    return path


@pytest.fixture(autouse=True)
def _newsgraph_logger_restored():
    """Each test ends with the ``newsgraph`` logger as a library user has it.

    The command line, run in-process (in a test or a module's fixture), gives that logger its own
    stderr handler and stops it propagating; a later test of the same process that reads warnings
    through ``caplog`` would then see none. Under ``pytest -n`` the order of files per process differs
    from run to run, so every test puts the logger back: propagating, no level, no command-line handler.
    """
    yield
    logger = logging.getLogger("newsgraph")
    logger.propagate = True
    logger.setLevel(logging.NOTSET)
    logger.handlers[:] = [h for h in logger.handlers if type(h).__name__ != "_StderrHandler"]


@pytest.fixture(scope="session")
def nlp():
    from extract.pipeline import load_pipeline

    return load_pipeline()


@pytest.fixture(scope="session")
def seed_text() -> str:
    return (DATA / "seed.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def data_dir() -> Path:
    return DATA


CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]


@pytest.fixture(scope="session")
def chromium_context(tmp_path_factory):
    """One persistent headless Chromium context for the session (Debian's chromium).

    Playwright's sync API allows one instance per thread, so every browser
    test shares this context. Requests to anything but file:// are refused.
    """
    executable = require_executable(CHROMIUM)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        context = p.chromium.launch_persistent_context(
            str(tmp_path_factory.mktemp("chromium-profile")),
            executable_path=executable,
            headless=True,
            args=CHROMIUM_ARGS,
            viewport={"width": 1280, "height": 800},
        )
        context.route(
            "**/*",
            lambda route: route.continue_() if route.request.url.startswith("file://") else route.abort(),
        )
        yield context
        context.close()
