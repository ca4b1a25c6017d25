"""The graph page at corpus scale, in a real Chromium: overview, search, expand, filters, time, size.

The 293 Wikinews articles' graph is read from ``tests/data/wikinews_graph.json.xz``
(see ``tests/data/NOTICE``) and its page written once per session. Every
expected count is worked out here from the graph's JSON, by rules written
again in this file (not by the page's code), and compared with what the
page reports and draws.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

import pytest

from tests.browser.conftest import wait_for
from tests.browser.graphs import synthetic_graph, wikinews_graph_json

pytestmark = pytest.mark.browser

_DRAWN_KEYS = "window.newsgraph.nodes.getIds().map(id => window.newsgraph.node(id).key)"
_DRAWN_EDGES = """window.newsgraph.edges.getIds().map(id => {
    const e = window.newsgraph.edge(id);
    return [window.newsgraph.node(e.from).key, window.newsgraph.node(e.to).key, e.label];
})"""


@dataclass
class Corpus:
    """The graph's JSON (node-link), read without the project's code."""

    nodes: dict
    links: list
    days: dict = field(default_factory=dict)   # document id -> "YYYY-MM-DD" or None
    incident: dict = field(default_factory=dict)  # entity key -> its links, made on first use

    @property
    def first_day(self) -> str:
        return min(d for d in self.days.values() if d)

    @property
    def last_day(self) -> str:
        return max(d for d in self.days.values() if d)

    def matching(self, *, types_off=(), concepts=False, all_modalities=False, predicate=None,
                 quad=None, min_evidence=1, date_from=None, date_to=None) -> tuple[set, list]:
        """Entities with a relation, and relations, that the filters let through."""
        date_from, date_to = date_from or self.first_day, date_to or self.last_day
        dated = (date_from, date_to) != (self.first_day, self.last_day)

        def in_range(docs) -> bool:
            if not dated or not docs:
                return True
            return any(self.days.get(d) is None or date_from <= self.days[d] <= date_to for d in docs)

        def node_ok(key) -> bool:
            node = self.nodes[key]
            kind = node.get("type") or "CONCEPT"
            return kind not in types_off and (concepts or kind != "CONCEPT") and in_range(node["documents"])

        passing = []
        for link in self.links:
            evidence = link.get("evidence") or []
            asserted = not evidence or any(
                not e.get("negated") and e.get("modality") in (None, "asserted") for e in evidence)
            label = ("not " if link.get("negated") else "") + link["predicate"]
            event = link.get("event") or {}
            count = link.get("count") or len(evidence)
            if not (node_ok(link["source"]) and node_ok(link["target"])):
                continue
            if not (all_modalities or asserted) or count < min_evidence:
                continue
            if predicate is not None and label != predicate:
                continue
            # The graph spells quad classes in lower case; the page names them in title case.
            if quad is not None and (event.get("quad_class") or "").casefold() != quad.casefold():
                continue
            if not in_range({e["doc"] for e in evidence if e.get("doc") is not None}):
                continue
            passing.append((link["source"], link["target"], label))
        return {k for s, t, _ in passing for k in (s, t)}, passing

    def neighbours(self, key, *, asserted_only=False, concepts=True) -> set:
        if not self.incident:
            for link in self.links:
                for end in {link["source"], link["target"]}:
                    self.incident.setdefault(end, []).append(link)
        out = set()
        for link in self.incident.get(key, ()):
            if link["source"] == link["target"]:
                continue
            other = link["target"] if link["source"] == key else link["source"]
            evidence = link.get("evidence") or []
            if asserted_only and evidence and not any(
                    not e.get("negated") and e.get("modality") in (None, "asserted") for e in evidence):
                continue
            if not concepts and (self.nodes[other].get("type") or "CONCEPT") == "CONCEPT":
                continue
            out.add(other)
        return out


@pytest.fixture(scope="session")
def corpus(tmp_path_factory):
    path = wikinews_graph_json(tmp_path_factory.mktemp("wikinews") / "graph.json")
    data = json.loads(path.read_text(encoding="utf-8"))
    documents = data["graph"]["documents"]
    days = {d: (m.get("date") or "")[:10] or None for d, m in documents.items()}
    return path, Corpus({n["id"]: n for n in data["nodes"]}, data["links"], days)


@pytest.fixture(scope="session")
def corpus_page(corpus):
    from graph.html import write_html
    from graph.model import read_json

    path, _ = corpus
    return write_html(read_json(path), path.with_name("graph.html"), title="Wikinews 2019-2020")


@pytest.fixture
def wikinews(open_page, corpus_page, corpus):
    page, watch = open_page(corpus_page, timeout=60)
    yield page, corpus[1]
    watch.assert_clean()


def stats(page) -> dict:
    return page.evaluate("window.newsgraph.stats()")


def test_the_corpus_opens_on_a_readable_overview(wikinews, artifacts):
    page, corpus = wikinews
    got = stats(page)
    print(f"\n293 articles: {got['nodes']:,} entities, {got['edges']:,} relations held; "
          f"{got['visibleNodes']} entities, {got['visibleEdges']} relations, {got['labelledNodes']} labels drawn; "
          f"ready {got['timeToReady']:.0f} ms after the page began loading")
    assert got["ready"] is True and got["overview"] is True
    assert (got["nodes"], got["edges"]) == (len(corpus.nodes), len(corpus.links))
    assert 50 <= got["visibleNodes"] <= 400
    assert got["isolatedVisible"] == 0
    assert got["labelledNodes"] >= 30
    drawn = page.evaluate(_DRAWN_KEYS)
    assert len(drawn) == got["visibleNodes"]
    # Concepts are off at corpus scale; no drawn entity lacks a drawn relation.
    assert {corpus.nodes[k].get("type") for k in drawn} - {None} <= set(page.evaluate(
        "[...document.querySelectorAll('.ng-type-box')].map(b => b.dataset.type)"))
    ends = {k for s, t, _ in page.evaluate(_DRAWN_EDGES) for k in (s, t)}
    assert set(drawn) == ends
    # The entity with most relations is drawn and labelled.
    degree = {}
    for link in corpus.links:
        for k in (link["source"], link["target"]):
            degree[k] = degree.get(k, 0) + 1
    hub = max((k for k in degree if corpus.nodes[k].get("type") != "CONCEPT"), key=degree.get)
    assert hub in drawn
    assert page.evaluate("k => window.newsgraph.nodes.get(window.newsgraph.nodeId(k)).label", hub) \
        == corpus.nodes[hub]["label"]
    assert page.evaluate("window.newsgraph.network.physics.physicsEnabled") is False
    page.screenshot(path=str(artifacts / "graph-corpus-overview.png"))


def _names(corpus) -> dict:
    """Casefolded name -> how many entities go by it (label or alias)."""
    counts: dict = {}
    for node in corpus.nodes.values():
        for name in {a.casefold() for a in [node["label"], *node.get("aliases", [])]}:
            counts[name] = counts.get(name, 0) + 1
    return counts


def test_search_brings_in_an_entity_outside_the_view(wikinews):
    page, corpus = wikinews
    drawn = set(page.evaluate(_DRAWN_KEYS))
    candidates = sorted(
        k for k, n in corpus.nodes.items()
        if k not in drawn and n.get("type") not in (None, "CONCEPT") and len(n["label"]) > 6
        and corpus.neighbours(k, asserted_only=True, concepts=False)
    )
    names = _names(corpus)
    key = next(k for k in candidates if names[corpus.nodes[k]["label"].casefold()] == 1)
    label = corpus.nodes[key]["label"]
    page.fill("#ng-search", label)
    page.press("#ng-search", "Enter")
    wait_for(page, f"window.newsgraph.focused === {json.dumps(key)}")
    after = set(page.evaluate(_DRAWN_KEYS))
    assert key in after
    assert corpus.neighbours(key, asserted_only=True, concepts=False) <= after
    assert page.locator("#ng-panel h2").inner_text() == label
    assert page.evaluate("window.newsgraph.network.getSelectedNodes()") == [
        page.evaluate("k => window.newsgraph.nodeId(k)", key)]
    wait_for(page, f"""(() => {{
        const net = window.newsgraph.network, id = window.newsgraph.nodeId({json.dumps(key)});
        const c = net.getViewPosition(), p = net.getPositions([id])[id];
        return Math.abs(c.x - p.x) < 1 && Math.abs(c.y - p.y) < 1;
    }})()""", timeout=5)
    assert stats(page)["isolatedVisible"] == 0
    # The API gives the node id, or null.
    assert page.evaluate("n => window.newsgraph.search(n)", label) == page.evaluate(
        "k => window.newsgraph.nodeId(k)", key)
    assert page.evaluate("window.newsgraph.search('no such entity zzz')") is None


def test_search_for_an_entity_whose_relations_the_filters_hide_brings_them_in(wikinews):
    page, corpus = wikinews
    names = _names(corpus)
    # A person related to concepts only: at first, with concepts off, nothing of it is drawn.
    key = next(k for k in sorted(corpus.nodes) if corpus.nodes[k].get("type") == "PERSON"
               and names[corpus.nodes[k]["label"].casefold()] == 1 and corpus.neighbours(k)
               and not corpus.neighbours(k, concepts=False))
    assert page.evaluate("n => window.newsgraph.search(n)", corpus.nodes[key]["label"]) is not None
    drawn = set(page.evaluate(_DRAWN_KEYS))
    assert {key} | corpus.neighbours(key) <= drawn
    assert page.is_checked("#ng-concepts") and stats(page)["isolatedVisible"] == 0


def test_expand_adds_exactly_the_neighbours(wikinews):
    page, corpus = wikinews
    page.check("#ng-concepts")
    page.check("#ng-all-modalities")   # every relation passes: neighbours are all of them
    before = set(page.evaluate(_DRAWN_KEYS))
    # The drawn entity with most neighbours not drawn yet.
    key = max(sorted(before), key=lambda k: len(corpus.neighbours(k) - before))
    neighbours = corpus.neighbours(key)
    assert neighbours - before
    page.evaluate("k => window.newsgraph.showNode(window.newsgraph.nodeId(k))", key)
    page.click("#ng-expand")
    after = set(page.evaluate(_DRAWN_KEYS))
    assert after - before == neighbours - before
    assert neighbours <= after
    assert stats(page)["isolatedVisible"] == 0
    page.click("#ng-overview")
    assert set(page.evaluate(_DRAWN_KEYS)) == before


def _filters(corpus):
    # A predicate with a handful of relations: all of them fit in the view.
    counts = {}
    for s, t, label in corpus.matching()[1]:
        counts[label] = counts.get(label, 0) + 1
    rare = min((label for label, n in counts.items() if 5 <= n <= 30), key=lambda p: (-counts[p], p))
    return {
        "type": (lambda p: p.uncheck("input.ng-type-box[data-type=PERSON]"), {"types_off": ("PERSON",)}),
        "concepts": (lambda p: p.check("#ng-concepts"), {"concepts": True}),
        "modalities": (lambda p: p.check("#ng-all-modalities"), {"all_modalities": True}),
        "predicate": (lambda p: p.select_option("#ng-predicate", f"pred:{rare}"), {"predicate": rare}),
        "quad-class": (lambda p: p.select_option("#ng-predicate", "quad:Material Conflict"),
                       {"quad": "Material Conflict"}),
        "min-evidence": (lambda p: p.fill("#ng-min-evidence", "2"), {"min_evidence": 2}),
        "dates": (lambda p: (p.fill("#ng-date-from", "2020-03-01"), p.fill("#ng-date-to", "2020-04-30")),
                  {"date_from": "2020-03-01", "date_to": "2020-04-30"}),
    }


@pytest.mark.parametrize("name", ["type", "concepts", "modalities", "predicate", "quad-class", "min-evidence",
                                  "dates"])
def test_each_filter_works_on_the_whole_graph(wikinews, name):
    page, corpus = wikinews
    action, options = _filters(corpus)[name]
    action(page)
    nodes, edges = corpus.matching(**options)
    wait_for(page, f"window.newsgraph.stats().matchingEdges === {len(edges)}", timeout=5)
    got = stats(page)
    assert (got["matchingNodes"], got["matchingEdges"]) == (len(nodes), len(edges))
    assert got["isolatedVisible"] == 0 and got["visibleEdges"] > 0
    drawn = page.evaluate(_DRAWN_EDGES)
    assert {tuple(e) for e in drawn} <= set(edges)
    if len(nodes) <= 300:  # the filtered graph fits in the view: all of it is drawn
        assert (got["visibleNodes"], got["visibleEdges"]) == (len(nodes), len(edges))
    page.click("#ng-reset")
    baseline_nodes, baseline_edges = corpus.matching()
    assert (stats(page)["matchingNodes"], stats(page)["matchingEdges"]) == (len(baseline_nodes),
                                                                            len(baseline_edges))


def test_dragging_on_the_time_histogram_filters_by_date(wikinews):
    page, corpus = wikinews
    label = page.locator("#ng-histogram").inner_text()
    assert f"{corpus.first_day} to {corpus.last_day}" in label
    box = page.locator("#ng-histogram-bars").bounding_box()
    y = box["y"] + box["height"] / 2
    page.mouse.move(box["x"] + box["width"] * 0.55, y)
    page.mouse.down()
    page.mouse.move(box["x"] + box["width"] * 0.62, y, steps=4)
    page.mouse.up()
    date_from, date_to = page.input_value("#ng-date-from"), page.input_value("#ng-date-to")
    assert corpus.first_day < date_from < date_to < corpus.last_day
    nodes, edges = corpus.matching(date_from=date_from, date_to=date_to)
    got = stats(page)
    assert (got["matchingNodes"], got["matchingEdges"]) == (len(nodes), len(edges))
    assert {tuple(e) for e in page.evaluate(_DRAWN_EDGES)} <= set(edges)
    page.dblclick("#ng-histogram-bars")
    assert page.input_value("#ng-date-from") == corpus.first_day


def test_communities_collapse_into_clusters_that_open(wikinews):
    page, _ = wikinews
    page.check("#ng-cluster")
    clusters = stats(page)["clusters"]
    assert clusters > 0
    cid = page.evaluate("""(() => {
        const net = window.newsgraph.network;
        return Object.keys(net.body.nodes).find(id => net.isCluster(id));
    })()""")
    x, y = page.evaluate("""cid => {
        const net = window.newsgraph.network;
        net.fit({nodes: [cid], animation: false});
        net.redraw();
        const dom = net.canvasToDOM(net.getPositions([cid])[cid]);
        const box = document.getElementById('ng-network').getBoundingClientRect();
        return [box.left + dom.x, box.top + dom.y];
    }""", cid)
    page.mouse.dblclick(x, y)
    assert stats(page)["clusters"] == clusters - 1
    page.uncheck("#ng-cluster")
    assert stats(page)["clusters"] == 0


@pytest.mark.slow
def test_a_fifty_thousand_entity_page_is_ready(open_page, tmp_path, artifacts):
    from graph.html import write_html

    graph = synthetic_graph(50_000)
    path = write_html(graph, tmp_path / "fifty-thousand.html")
    size = path.stat().st_size
    page, watch = open_page(path, timeout=120)
    got = stats(page)
    print(f"\n50,000 entities, {got['edges']:,} relations: page {size / 1e6:.1f} MB, "
          f"ready {got['timeToReady'] / 1000:.1f} s after the page began loading, {got['visibleNodes']} drawn")
    assert size <= 40_000_000
    assert got["ready"] is True and got["overview"] is True
    assert (got["nodes"], got["edges"]) == (50_000, graph.number_of_edges())
    assert got["isolatedVisible"] == 0 and got["visibleNodes"] > 0
    assert page.locator("#ng-notice").is_hidden()
    # An entity of the long tail is reached by search.
    tail = max((n for n in graph if graph.degree(n)), key=lambda n: int(n[1:]))
    assert page.evaluate("n => window.newsgraph.search(n)", graph.nodes[tail]["label"]) == page.evaluate(
        "k => window.newsgraph.nodeId(k)", tail)
    assert tail in page.evaluate(_DRAWN_KEYS)
    page.screenshot(path=str(artifacts / "graph-fifty-thousand.png"))
    watch.assert_clean()
