"""A real Chromium (Debian's /usr/bin/chromium) driven by Playwright, once per session."""

from __future__ import annotations

import re
import time
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from tests.conftest import CHROMIUM, ROOT  # noqa: F401  (CHROMIUM is imported from here)

ARTIFACTS = ROOT / "tests" / "artifacts"


@dataclass
class Watch:
    """What a page did: console errors, uncaught errors, requests, failed requests."""

    console_errors: list = field(default_factory=list)
    page_errors: list = field(default_factory=list)
    requests: list = field(default_factory=list)
    failed: list = field(default_factory=list)

    def attach(self, page) -> None:
        page.on("console", lambda m: m.type in ("error", "warning") and self.console_errors.append(m.text))
        page.on("pageerror", lambda e: self.page_errors.append(str(e)))
        page.on("request", lambda r: self.requests.append(r.url))
        page.on("requestfailed", lambda r: self.failed.append((r.url, r.failure)))

    def assert_clean(self) -> None:
        assert self.page_errors == []
        assert self.console_errors == []
        assert self.failed == []
        assert [u for u in self.requests if not u.startswith("file://")] == []


def wait_for(page, expression: str, *, timeout: float = 10.0) -> None:
    """Poll a JavaScript expression until it is truthy.

    Playwright's ``wait_for_function`` evaluates strings with ``eval``, which the
    page's Content-Security-Policy forbids; ``evaluate`` of a function is allowed.
    """
    deadline = time.monotonic() + timeout
    while not page.evaluate(f"() => Boolean({expression})"):
        if time.monotonic() > deadline:
            raise AssertionError(f"still false after {timeout} s: {expression}")
        time.sleep(0.05)


def without_csp(page_html: str) -> str:
    """The page without its Content-Security-Policy, to test the escaping on its own."""
    stripped, n = re.subn(r'<meta http-equiv="Content-Security-Policy"[^>]*>', "", page_html, count=1)
    assert n == 1
    return stripped


@pytest.fixture(scope="session")
def browser(chromium_context):
    """The session's Chromium context (see tests/conftest.py)."""
    return chromium_context


@pytest.fixture
def open_page(browser):
    """``open_page(path, timeout=60) -> (page, watch)``: load a page file, wait until it is ready."""
    pages = []

    def open_(path, *, timeout: float = 60):
        page = browser.new_page()
        pages.append(page)
        watch = Watch()
        watch.attach(page)
        page.goto(Path(path).as_uri())
        wait_for(page, "window.newsgraph && window.newsgraph.ready === true", timeout=timeout)
        return page, watch

    yield open_
    for page in pages:
        page.close()


@pytest.fixture
def open_graph(open_page, tmp_path):
    """``open_graph(graph, **to_html_options) -> (page, watch)``: write the page, load it, wait until idle.

    ``csp=False`` removes the page's Content-Security-Policy first.
    """
    from graph.html import to_html

    def open_(graph, *, name: str = "graph.html", timeout: float = 60, csp: bool = True, **options):
        page_html = to_html(graph, **options)
        path = tmp_path / name
        path.write_text(page_html if csp else without_csp(page_html), encoding="utf-8")
        return open_page(path, timeout=timeout)

    return open_


@pytest.fixture(scope="session")
def artifacts() -> Path:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    return ARTIFACTS
