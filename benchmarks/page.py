"""Size and time to ready of the graph page, in Debian's Chromium.

Usage::

    python benchmarks/page.py            # 293 Wikinews articles, 300, 3,000 and 50,000 entities
    python benchmarks/page.py --runs 5 --sizes 300 50000

The 293-article graph is ``tests/data/wikinews_graph.json.xz``; the others
are generated (``tests.browser.graphs.synthetic_graph``: about 1.5
relations per entity, a few hubs, one evidence sentence each). For each
page it prints the time ``to_html`` took, the page's size, and the time
from the start of navigation to ``window.newsgraph.ready`` (the median of
``--runs`` loads, each in a fresh tab), then checks the bounds of the
graph page's issue: the Wikinews page ready in 3 s or less; the
50,000-entity page 40 MB or less and ready in 10 s or less. The exit code
is 1 if a bound is missed.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from graph.html import write_html  # noqa: E402
from graph.model import read_json  # noqa: E402
from tests.browser.graphs import synthetic_graph, wikinews_graph_json  # noqa: E402

CHROMIUM = "/usr/bin/chromium"
_ARGS = ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"]
#: name -> (largest page in bytes or None, slowest time to ready in seconds or None)
BOUNDS = {"wikinews": (None, 3.0), "50000": (40_000_000, 10.0)}


def time_to_ready(context, path: Path, *, timeout: float = 120) -> float:
    """Seconds from navigation to ``window.newsgraph.ready`` in a fresh tab."""
    page = context.new_page()
    try:
        page.goto(path.as_uri())
        deadline = time.monotonic() + timeout
        while not page.evaluate("() => Boolean(window.newsgraph && window.newsgraph.ready)"):
            if time.monotonic() > deadline:
                raise RuntimeError(f"{path.name}: not ready after {timeout:.0f} s")
            time.sleep(0.05)
        return page.evaluate("window.newsgraph.stats().timeToReady") / 1000
    finally:
        page.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="*", default=[300, 3000, 50_000],
                        help="generated graphs of this many entities")
    parser.add_argument("--no-wikinews", action="store_true", help="leave out the 293-article page")
    parser.add_argument("--runs", type=int, default=3, help="loads per page (median reported)")
    parser.add_argument("--chromium", default=CHROMIUM)
    args = parser.parse_args(argv)
    from playwright.sync_api import sync_playwright

    failed = False
    with tempfile.TemporaryDirectory() as work, sync_playwright() as p:
        work = Path(work)
        context = p.chromium.launch_persistent_context(
            str(work / "profile"), executable_path=args.chromium, headless=True, args=_ARGS,
            viewport={"width": 1280, "height": 800})
        context.route("**/*", lambda r: r.continue_() if r.request.url.startswith("file://") else r.abort())
        cases = [] if args.no_wikinews else [("wikinews", None)]
        cases += [(str(n), n) for n in args.sizes]
        print(f"{'page':>10} {'entities':>9} {'relations':>9} {'to_html s':>9} {'MB':>6} {'ready s':>8}  bound")
        for name, size in cases:
            if size is None:
                graph = read_json(wikinews_graph_json(work / "wikinews.json")).graph
            else:
                graph = synthetic_graph(size)
            started = time.perf_counter()
            path = write_html(graph, work / f"{name}.html")
            built = time.perf_counter() - started
            megabytes = path.stat().st_size / 1e6
            ready = statistics.median(time_to_ready(context, path) for _ in range(args.runs))
            most_bytes, most_seconds = BOUNDS.get(name, (None, None))
            ok = (most_bytes is None or path.stat().st_size <= most_bytes) and (
                most_seconds is None or ready <= most_seconds)
            failed |= not ok
            bound = " ".join(filter(None, [
                f"<= {most_bytes / 1e6:.0f} MB" if most_bytes else "",
                f"<= {most_seconds:.0f} s" if most_seconds else "",
            ]))
            print(f"{name:>10} {graph.number_of_nodes():>9,} {graph.number_of_edges():>9,} {built:>9.1f} "
                  f"{megabytes:>6.1f} {ready:>8.2f}  {bound + (' ok' if ok else ' MISSED') if bound else ''}")
        context.close()
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
