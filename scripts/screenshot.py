"""Render a newsgraph page in Chromium and save a PNG screenshot.

Usage::

    python scripts/screenshot.py out/ docs/screenshot.png
    python scripts/screenshot.py out/graph.json docs/screenshot.png --relation
    python scripts/screenshot.py page.html shot.png --entity "Donald Trump"

SOURCE is a ``newsgraph build`` output folder (its ``graph.html``, else its
``graph.json``), a graph JSON file written by ``graph.model.write_json``, or
an HTML page. The page is opened from a ``file://`` URL in Debian's Chromium
(``/usr/bin/chromium``, or ``--chromium``); any request to anything but a
local file is refused.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

CHROMIUM = "/usr/bin/chromium"
_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


class ScreenshotError(Exception):
    """The source cannot be rendered or the page did not become ready."""


def page_path(source: Path, work: Path, *, max_nodes: int, title: str | None) -> Path:
    """The HTML page to open for ``source``, rendering it into ``work`` if needed."""
    if source.is_dir():
        if (source / "graph.html").is_file() and title is None:
            return source / "graph.html"
        if (source / "graph.json").is_file():
            source = source / "graph.json"
        else:
            raise ScreenshotError(f"SOURCE {str(source)!r}: no graph.html or graph.json in this folder")
    if not source.is_file():
        raise ScreenshotError(f"SOURCE {str(source)!r} does not exist")
    if source.suffix.lower() in (".html", ".htm"):
        return source
    from graph.html import write_html
    from graph.model import read_json

    return write_html(read_json(source), work / "graph.html", max_nodes=max_nodes, title=title)


def wait_for(page, expression: str, timeout: float) -> None:
    # Playwright's wait_for_function uses eval, which the page's CSP forbids.
    deadline = time.monotonic() + timeout
    while not page.evaluate(f"() => Boolean({expression})"):
        if time.monotonic() > deadline:
            raise ScreenshotError(f"the page was not ready after {timeout:.0f} s")
        time.sleep(0.1)


def screenshot(page_file: Path, output: Path, *, chromium: str = CHROMIUM, width: int = 1400,
               height: int = 860, entity: str | None = None, relation: bool = False,
               timeout: float = 120) -> dict:
    """Open ``page_file`` in Chromium, wait for the layout, save ``output``; return the page's stats."""
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as profile, sync_playwright() as p:
        context = p.chromium.launch_persistent_context(
            profile, executable_path=chromium, headless=True, args=_ARGS,
            viewport={"width": width, "height": height}, device_scale_factor=1,
        )
        try:
            context.route("**/*", lambda r: r.continue_() if r.request.url.startswith("file://") else r.abort())
            page = context.new_page()
            errors = []
            page.on("pageerror", lambda e: errors.append(str(e)))
            page.goto(page_file.resolve().as_uri())
            wait_for(page, "window.newsgraph && window.newsgraph.ready", timeout)
            if relation:
                # The relation with the most evidence, selected, its evidence in the panel.
                page.evaluate(
                    """() => {
                        const g = window.newsgraph;
                        const best = g.edges.get().map(e => g.edge(e.id)).sort((a, b) => b.count - a.count)[0];
                        if (!best) return;
                        g.network.selectEdges([best.id]);
                        g.showEdge(best.id);
                    }"""
                )
            if entity:
                page.fill("#ng-search", entity)
                page.press("#ng-search", "Enter")
                page.wait_for_timeout(600)  # the focus animation
            page.wait_for_timeout(300)
            if errors:
                raise ScreenshotError("the page raised: " + "; ".join(errors))
            output.parent.mkdir(parents=True, exist_ok=True)
            page.screenshot(path=str(output))
            return page.evaluate("window.newsgraph.stats()")
        finally:
            context.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("source", type=Path, help="build folder, graph JSON file or HTML page")
    parser.add_argument("output", type=Path, help="the PNG to write")
    parser.add_argument("--max-nodes", type=int, default=2000, help="when rendering a graph JSON file")
    parser.add_argument("--title", default=None, help="page title when rendering a graph JSON file")
    parser.add_argument("--entity", default=None, help="search this name and show its panel")
    parser.add_argument("--relation", action="store_true", help="show the best-evidenced relation's evidence")
    parser.add_argument("--width", type=int, default=1400)
    parser.add_argument("--height", type=int, default=860)
    parser.add_argument("--chromium", default=CHROMIUM, help=f"Chromium executable (default {CHROMIUM})")
    args = parser.parse_args(argv)
    try:
        with tempfile.TemporaryDirectory() as work:
            page_file = page_path(args.source, Path(work), max_nodes=args.max_nodes, title=args.title)
            if not Path(args.chromium).is_file():
                raise ScreenshotError(f"--chromium {args.chromium!r} does not exist")
            stats = screenshot(page_file, args.output, chromium=args.chromium, width=args.width,
                               height=args.height, entity=args.entity, relation=args.relation)
    except Exception as error:  # one clear line for any failure
        print(f"error: {error}", file=sys.stderr)
        return 1
    print(f"{args.output}: {stats['nodes']} entities, {stats['edges']} relations "
          f"(of {stats['entitiesTotal']} and {stats['relationsTotal']}), "
          f"laid out in {stats['timeToReady'] / 1000:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
