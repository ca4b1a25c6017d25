"""Hostile names in the graph page, in a real Chromium: no script runs.

Names, titles, links, ids and sentences that try to run script are built
into a graph from facts (and, end to end, by ``newsgraph build`` from a
hostile article), the page is opened, every node and edge panel is shown,
and the page must have run none of it: no ``window.__pwned``, no dialog,
no element the payloads would create. The escaping is checked with the
page's Content-Security-Policy removed too, so it does not rest on the
policy alone.
"""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from graph.html import to_html
from graph.model import KnowledgeGraph
from tests.conftest import ROOT
from tests.hardening.conftest import hand_facts, run_cli, write_jsonl

pytestmark = pytest.mark.browser

HOSTILE_NAMES = [
    "</script><script>window.__pwned=1</script>",
    '"><img src=x onerror="window.__pwned=1">',
    "'><svg onload=window.__pwned=1>",
    "<iframe srcdoc=\"<script>parent.__pwned=1</script>\">",
    "{{constructor.constructor('window.__pwned=1')()}}",
    "${window.__pwned=1}",
    "javascript:window.__pwned=1",
    "\\\"); window.__pwned=1; (\"",
    "back\\slash \\u003cscript\\u003e",
    "<!-- <script>window.__pwned=1</script> -->",
    "]]><script>window.__pwned=1</script>",
    "\u2028\u2029</script>",
    "__proto__",
    "constructor",
    "hasOwnProperty",
    "&lt;img src=x onerror=window.__pwned=1&gt;",
    "<a href=\"javascript:window.__pwned=1\">click</a>",
    "<style>*{display:none}</style>",
    "\u202eevil\u202c",
]


def fuzzed_names(n: int, *, seed: int) -> list[str]:
    """``n`` names drawn from the characters that matter in HTML, JS and JSON."""
    alphabet = list("<>\"'`&\\/=;(){}[]$#%!-\u2028\u2029\x00\t\n") + ["script", "img", "on", "error",
                                                                     "window.__pwned=1", " "]
    rng = random.Random(seed)
    return ["".join(rng.choice(alphabet) for _ in range(rng.randint(1, 25))) for _ in range(n)]


def hostile_kg() -> KnowledgeGraph:
    names = HOSTILE_NAMES + fuzzed_names(40, seed=7)
    facts = []
    for i, name in enumerate(names):
        other = names[(i + 1) % len(names)]
        facts.append(hand_facts(
            f"doc<{i}>\"'&", [(name, f"<b>{i}</b>", f"did <i>{i}</i>", other)],
            title=name, url=("javascript:window.__pwned=1" if i % 2 else f"https://example.org/?q={name}"),
            date="2020-01-01",
        ))
    return KnowledgeGraph(facts)


_CHECK_CLEAN = """() => ({
    pwned: window.__pwned === undefined && window.parent.__pwned === undefined,
    handlers: [...document.querySelectorAll('*')].filter(
        e => [...e.attributes].some(a => /^on/i.test(a.name))).length,
    injected: document.querySelectorAll('img, svg[onload], iframe, a[href^="javascript:" i]').length,
    scripts: document.querySelectorAll('script').length,
})"""


def open_page(chromium, path: Path):
    page = chromium.new_page()
    seen = {"dialogs": [], "errors": []}
    page.on("dialog", lambda d: (seen["dialogs"].append(d.message), d.dismiss()))
    page.on("pageerror", lambda e: seen["errors"].append(str(e)))
    page.goto(path.as_uri())
    page.wait_for_load_state("load")
    return page, seen


def show_everything(page) -> int:
    """Open every node's and every edge's panel, as a reader clicking around would."""
    return page.evaluate("""() => {
        const api = window.newsgraph;
        let shown = 0;
        for (const id of api.nodes.getIds()) { api.showNode(id); shown++; }
        for (const id of api.edges.getIds()) { api.showEdge(id); shown++; }
        return shown;
    }""")


@pytest.mark.parametrize("csp", [True, False], ids=["with-csp", "without-csp"])
def test_hostile_names_run_no_script(chromium, tmp_path, csp):
    kg = hostile_kg()
    page_html = to_html(kg, title="</title><script>window.__pwned=1</script>")
    if not csp:
        page_html, n = re.subn(r'<meta http-equiv="Content-Security-Policy"[^>]*>', "", page_html, count=1)
        assert n == 1
    path = tmp_path / "graph.html"
    path.write_text(page_html, encoding="utf-8")
    # The page's own scripts, as its template has them: no more may appear.
    scripts_before = (ROOT / "graph" / "assets" / "page.html").read_text(encoding="utf-8").count("<script")
    page, seen = open_page(chromium, path)
    try:
        page.evaluate("() => window.newsgraph.ready")
        shown = show_everything(page)
        assert shown == kg.number_of_entities() + kg.graph.number_of_edges()
        state = page.evaluate(_CHECK_CLEAN)
        assert state == {"pwned": True, "handlers": 0, "injected": 0, "scripts": scripts_before}
        assert seen == {"dialogs": [], "errors": []}
        # Names are shown as the text they are.
        labels = set(page.evaluate("() => window.newsgraph.nodes.get().map(n => n.label)"))
        assert {"__proto__", "constructor", HOSTILE_NAMES[0]} <= {label.strip() for label in labels} | labels
        assert page.title() == "</title><script>window.__pwned=1</script>"
    finally:
        page.close()


def test_built_page_of_a_hostile_article_runs_no_script(chromium, tmp_path):
    # End to end: the article's own text, title, link and id are hostile.
    text = ('Mr. "><img src=x onerror=window.__pwned=1> Smith met Russia in Idlib. '
            "Russia bombed Idlib on Monday. </script><script>window.__pwned=1</script> "
            "Syria accused Israel of {{constructor.constructor('window.__pwned=1')()}}.")
    feed = write_jsonl(tmp_path / "evil.jsonl", [{
        "id": "</script><script>window.__pwned=1</script>",
        "title": "<svg onload=window.__pwned=1>",
        "url": "javascript:window.__pwned=1",
        "date": "2020-01-01",
        "text": text,
    }])
    out = tmp_path / "out"
    run_cli("build", feed, "-o", out, "--quiet", check=True)
    page, seen = open_page(chromium, out / "graph.html")
    try:
        assert show_everything(page) > 0
        state = page.evaluate(_CHECK_CLEAN)
        assert state["pwned"] and state["handlers"] == 0 and state["injected"] == 0
        assert seen == {"dialogs": [], "errors": []}
        # The evidence reaches the page as the text it is.
        panels = page.evaluate("""() => window.newsgraph.edges.getIds().map(id => {
            window.newsgraph.showEdge(id); return document.body.innerText; }).join("\\n")""")
        assert "Russia bombed Idlib on Monday." in panels
        assert "<svg onload=window.__pwned=1>" in panels  # the article's title
    finally:
        page.close()
