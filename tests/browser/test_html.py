"""The graph page in a real Chromium: drawing, evidence, filters, search, escaping, size."""

from __future__ import annotations


import networkx as nx
import pytest

from tests.browser.conftest import wait_for
from tests.browser.graphs import HOSTILE, actor_graph, hostile_graph, large_graph, seed_graph

pytestmark = pytest.mark.browser

SEED_URL = "https://en.wikinews.org/wiki/Block_of_flats_collapses_in_Aleppo,_killing_eleven"


@pytest.fixture
def seed_page(open_graph):
    page, watch = open_graph(seed_graph(), title="Syria, June 2019")
    yield page
    watch.assert_clean()


def stats(page) -> dict:
    return page.evaluate("window.newsgraph.stats()")


def node_hidden(page, key: str) -> bool:
    return page.evaluate("k => window.newsgraph.nodes.get(window.newsgraph.nodeId(k)).hidden", key)


def node_point(page, key: str) -> tuple[float, float]:
    """Where the entity is drawn, in page coordinates, after zooming onto it."""
    return page.evaluate(
        """k => {
            const net = window.newsgraph.network, id = window.newsgraph.nodeId(k);
            net.fit({nodes: [id], animation: false});
            net.redraw();  // draw now: hit-testing uses the boxes of the last drawing
            const dom = net.canvasToDOM(net.getPositions([id])[id]);
            const box = document.getElementById('ng-network').getBoundingClientRect();
            return [box.left + dom.x, box.top + dom.y];
        }""",
        key,
    )


def click_edge(page, source: str, target: str) -> None:
    """A real mouse click at the middle of the (straight) edge between two entities."""
    x, y = page.evaluate(
        """([s, t]) => {
            const net = window.newsgraph.network;
            const a = window.newsgraph.nodeId(s), b = window.newsgraph.nodeId(t);
            net.fit({nodes: [a, b], animation: false});
            net.redraw();
            const p = net.getPositions([a, b]);
            const dom = net.canvasToDOM({x: (p[a].x + p[b].x) / 2, y: (p[a].y + p[b].y) / 2});
            const box = document.getElementById("ng-network").getBoundingClientRect();
            return [box.left + dom.x, box.top + dom.y];
        }""",
        [source, target],
    )
    page.mouse.click(x, y)


def panel_marks(page, role: str) -> list[str]:
    return page.locator(f"#ng-panel mark.ng-{role}").all_text_contents()


def test_seed_page_draws_every_entity_and_relation(seed_page, artifacts):
    page = seed_page
    assert page.locator("#ng-network canvas").count() == 1
    got = stats(page)
    # 3 of the 22 entities have no relation: a graph this small is drawn whole.
    assert got == {
        "nodes": 22, "edges": 17, "visibleNodes": 22, "visibleEdges": 17,
        "matchingNodes": 19, "matchingEdges": 17, "labelledNodes": got["labelledNodes"],
        "isolatedVisible": 3, "clusters": 0, "overview": False,
        "entitiesTotal": 22, "relationsTotal": 17, "truncated": False, "ready": True,
        "timeToReady": got["timeToReady"], "scriptToReady": got["scriptToReady"],
    }
    assert got["labelledNodes"] > 0
    assert page.title() == "Syria, June 2019"
    assert page.locator("#ng-notice").is_hidden()
    legend = page.locator("#ng-type-list").inner_text()
    for name in ("PERSON", "ORG", "GPE", "CONCEPT"):
        assert name in legend
    assert "Material Conflict" in page.locator("#ng-kind-list").inner_text()
    # The canvas is not blank: some pixels differ from the background.
    coloured = page.evaluate(
        """() => {
            const c = document.querySelector('#ng-network canvas');
            const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
            let n = 0;
            for (let i = 3; i < d.length; i += 4) { if (d[i] > 0) n++; }
            return n;
        }"""
    )
    assert coloured > 1000
    page.screenshot(path=str(artifacts / "graph-seed.png"))


@pytest.mark.parametrize(
    "source, target, sentences, subjects, predicates, objects, article",
    [
        (
            "syrian regime", "concept:six civilians",
            ["Maarat Al Numan - Bombardments by the Syrian regime killed six civilians in northwest Syria "
             "Monday, hours after US President Donald Trump urged Damascus and its allies to “stop bombing "
             "the hell” out of the extremist-held region."],
            ["Syrian regime"], ["killed"], ["six civilians"],
            "Bombardments kill six civilians in northwest Syria · 2019-06-03 · AFP",
        ),
        (
            "russia", "idlib",
            ["The bombardment by Damascus and regime ally Russia of Idlib province",
             "“Hearing word that Russia, Syria and, to a lesser extent, Iran, are bombing the hell out of "
             "Idlib Province in Syria"],
            ["Russia", "Russia"], ["bombardment", "bombing"], ["Idlib province", "Idlib Province"],
            "Bombardments kill six civilians in northwest Syria · 2019-06-03 · AFP",
        ),
        (
            "china", "concept:funds",
            ["China, Iran, and Russia have pledged funds and Syria is taxing certain goods toward the cost "
             "of reconstruction."],
            ["China"], ["pledged"], ["funds"],
            "Block of flats collapses in Aleppo, killing eleven · 2019-02-05 · Wikinews",
        ),
    ],
)
def test_clicking_an_edge_lists_its_evidence(
    seed_page, source, target, sentences, subjects, predicates, objects, article
):
    page = seed_page
    click_edge(page, source, target)
    wait_for(page, "document.getElementById('ng-panel').dataset.showing === 'edge'")
    selected = page.evaluate("window.newsgraph.network.getSelectedEdges()")
    assert len(selected) == 1
    text = page.locator("#ng-panel").inner_text()
    assert len(page.locator("#ng-panel .ng-evidence").all()) == len(sentences)
    for sentence in sentences:
        assert sentence in text
    assert panel_marks(page, "subject") == subjects
    assert panel_marks(page, "predicate") == predicates
    assert panel_marks(page, "object") == objects
    assert article in text


def test_evidence_links_to_its_article(seed_page):
    page = seed_page
    page.evaluate(
        "window.newsgraph.showEdge(window.newsgraph.edges.get({filter: "
        "e => e.from === window.newsgraph.nodeId('china')})[0].id)"
    )
    link = page.locator("#ng-panel .ng-evidence a")
    assert link.get_attribute("href") == SEED_URL
    assert link.inner_text() == "Block of flats collapses in Aleppo, killing eleven"
    assert link.get_attribute("rel") == "noopener noreferrer"


def test_clicking_a_node_lists_aliases_type_and_relations(seed_page):
    page = seed_page
    page.mouse.click(*node_point(page, "idlib"))
    wait_for(page, "document.getElementById('ng-panel').dataset.showing === 'node'")
    assert page.locator("#ng-panel h2").inner_text() == "Idlib"
    assert page.locator("#ng-panel .ng-type").inner_text() == "GPE"
    assert page.locator("#ng-panel .ng-aliases li").all_text_contents() == [
        "Idlib", "Idlib Province", "Idlib province", "Idlib region",
    ]
    relations = page.locator("#ng-panel .ng-relations li").all_text_contents()
    assert sorted(relations) == sorted([
        "Damascus bomb → (1)", "Russia bomb → (2)", "Syria bomb → (1)", "Iran bomb → (1)",
        "Hayat Tahrir Al Sham control → (1)",
    ])


def test_a_relation_in_the_entity_panel_opens_its_evidence(seed_page):
    page = seed_page
    page.evaluate("window.newsgraph.showNode(window.newsgraph.nodeId('donald trump'))")
    page.click("#ng-panel .ng-relations button:has-text('urge Damascus')")
    assert page.locator("#ng-panel").get_attribute("data-showing") == "edge"
    assert panel_marks(page, "subject") == ["Donald Trump"]
    assert panel_marks(page, "object") == ["Damascus"]
    assert "stop bombing the hell" in page.locator("#ng-panel dl").nth(1).inner_text()


@pytest.mark.parametrize(
    "action, visible_nodes, visible_edges, hidden",
    [
        # 10 GPEs; only "Syrian regime kill six civilians" and "Russian army target terrorists" remain.
        (lambda p: p.uncheck("input.ng-type-box[data-type=GPE]"), 12, 2, "idlib"),
        # 6 concepts and the 9 relations that reach them.
        (lambda p: p.uncheck("#ng-concepts"), 16, 8, "concept:funds"),
        # Damascus, Russia, Syria and Iran bomb Idlib; 3 entities have no relation at all.
        (lambda p: p.select_option("#ng-predicate", "pred:bomb"), 8, 4, "donald trump"),
        # Trump urges Damascus; Moscow and Ankara broker the truce deal; 3 entities without relations.
        (lambda p: p.select_option("#ng-predicate", "quad:Verbal Cooperation"), 5 + 3, 3, "idlib"),
        # Only "Russia bomb Idlib" has two pieces of evidence.
        (lambda p: p.fill("#ng-min-evidence", "2"), 2 + 3, 1, "syria"),
        # The Wikinews article of February 2019: pledges and support; Aleppo has no relation.
        (lambda p: p.fill("#ng-date-to", "2019-03-01"), 6, 4, "idlib"),
        # The seed article of June 2019: all but the Wikinews pledges and support.
        (lambda p: p.fill("#ng-date-from", "2019-03-01"), 18, 13, "china"),
    ],
    ids=["type", "concepts", "predicate", "quad-class", "min-evidence", "date-to", "date-from"],
)
def test_a_filter_hides_what_it_should(seed_page, action, visible_nodes, visible_edges, hidden):
    page = seed_page
    action(page)
    wait_for(page, f"window.newsgraph.stats().visibleNodes === {visible_nodes}", timeout=5)
    got = stats(page)
    assert (got["visibleNodes"], got["visibleEdges"]) == (visible_nodes, visible_edges)
    assert node_hidden(page, hidden) is True
    assert got["nodes"] == 22  # filtered, not dropped
    page.click("#ng-reset")
    assert (stats(page)["visibleNodes"], stats(page)["visibleEdges"]) == (22, 17)


@pytest.mark.parametrize(
    "query, key, label",
    [("Trump", "donald trump", "Donald Trump"), ("idlib province", "idlib", "Idlib"),
     ("US President Donald", "donald trump", "Donald Trump"), ("truce", "concept:truce deal", "truce deal")],
)
def test_search_focuses_the_entity(seed_page, query, key, label):
    page = seed_page
    page.fill("#ng-search", query)
    page.press("#ng-search", "Enter")
    wait_for(page, f"window.newsgraph.focused === {key!r}")
    assert page.evaluate("window.newsgraph.network.getSelectedNodes()") == [
        page.evaluate("k => window.newsgraph.nodeId(k)", key)
    ]
    assert page.locator("#ng-panel h2").inner_text() == label
    # The view moves onto the entity (a 300 ms animation).
    wait_for(
        page,
        f"""(() => {{
            const net = window.newsgraph.network, id = window.newsgraph.nodeId({key!r});
            const c = net.getViewPosition(), p = net.getPositions([id])[id];
            return Math.abs(c.x - p.x) < 1 && Math.abs(c.y - p.y) < 1;
        }})()""",
        timeout=5,
    )


def test_search_shows_an_entity_hidden_by_a_filter(seed_page):
    page = seed_page
    page.uncheck("input.ng-type-box[data-type=PERSON]")
    assert node_hidden(page, "donald trump") is True
    page.fill("#ng-search", "Donald Trump")
    page.press("#ng-search", "Enter")
    wait_for(page, "window.newsgraph.focused === 'donald trump'")
    assert node_hidden(page, "donald trump") is False


def test_search_says_when_nothing_matches(seed_page):
    seed_page.fill("#ng-search", "Atlantis")
    seed_page.press("#ng-search", "Enter")
    assert "No entity matches “Atlantis”" in seed_page.locator("#ng-search-result").inner_text()


def test_physics_toggle(seed_page):
    page = seed_page
    assert page.is_checked("#ng-physics") is False  # off once the layout settled
    page.check("#ng-physics")
    assert page.evaluate("window.newsgraph.network.physics.physicsEnabled") is True
    page.uncheck("#ng-physics")
    assert page.evaluate("window.newsgraph.network.physics.physicsEnabled") is False


@pytest.mark.parametrize("csp", [True, False], ids=["with-csp", "escaping-alone"])
def test_hostile_names_show_as_text(open_graph, artifacts, csp):
    title = "</title><script>window.__pwned=1</script>"
    page, watch = open_graph(hostile_graph(), title=title, csp=csp)
    assert page.title() == title
    texts, links = [], set()
    for node_id in page.evaluate("window.newsgraph.nodes.getIds()"):
        page.evaluate("id => window.newsgraph.showNode(id)", node_id)
        texts.append(page.locator("#ng-panel").inner_text())
        links.update(page.locator("#ng-panel a").evaluate_all("as => as.map(a => a.href)"))
    for edge_id in page.evaluate("window.newsgraph.edges.getIds()"):
        page.evaluate("id => window.newsgraph.showEdge(id)", edge_id)
        texts.append(page.locator("#ng-panel").inner_text())
        links.update(page.locator("#ng-panel a").evaluate_all("as => as.map(a => a.href)"))
    # Hover every node so that vis-network shows every tooltip (before any search: a search's focus
    # animation, not yet drawn, would survive node_point's fit and move the view under the mouse).
    for key in HOSTILE:
        page.mouse.move(*node_point(page, key))
        page.wait_for_timeout(250)
        assert key[:4] in page.locator("div.vis-tooltip").inner_text()
    for name in HOSTILE:
        page.fill("#ng-search", name)
        page.press("#ng-search", "Enter")
    page.screenshot(path=str(artifacts / f"graph-hostile-{'csp' if csp else 'no-csp'}.png"))
    assert page.evaluate("typeof window.__pwned") == "undefined"
    everything = "\n".join(texts)
    for name in ("<img src=x onerror=\"window.__pwned=1\">", "</script><script>window.__pwned=1</script>",
                 "{{7*7}}", "\"double\" 'single' `back` \\ backslash \\u003c & &amp;", "__proto__", "constructor",
                 "<i onmouseover=window.__pwned=1>hit</i>", "<svg onload=window.__pwned=1>Title</svg>"):
        assert name in everything
    assert page.evaluate("window.newsgraph.stats().nodes") == len(HOSTILE)
    # The only SVG is the page's own time histogram.
    assert page.locator("img, svg:not(#ng-histogram-bars), i, script[src], iframe, object").count() == 0
    assert page.locator("svg").count() == 1
    # The javascript: URL is shown as text; only the https one is a link.
    assert links == {"https://example.org/?q=%3Cscript%3E"}
    assert "javascript:window.__pwned=1" in everything
    watch.assert_clean()


@pytest.mark.slow
def test_a_graph_over_the_page_limit_keeps_its_most_important_entities(open_graph, artifacts):
    graph = large_graph(2500)
    page, watch = open_graph(graph, name="large.html", timeout=120, max_entities=2000)
    got = stats(page)
    print(f"\n2,000 of 2,500 entities held, {got['edges']} relations, "
          f"{got['visibleNodes']} drawn: ready {got['timeToReady'] / 1000:.1f} s after the page began loading")
    assert got["nodes"] == 2000 and got["entitiesTotal"] == 2500
    assert got["overview"] is True and got["isolatedVisible"] == 0
    held = page.evaluate("[...Array(2000).keys()].map(i => window.newsgraph.node(i).key)")
    assert got["edges"] == graph.subgraph(held).number_of_edges()
    notice = page.locator("#ng-notice")
    assert notice.is_visible()
    assert "the 2,000 most important of 2,500 entities" in notice.inner_text()
    assert "filters" in notice.inner_text() and "store" in notice.inner_text()
    assert page.evaluate("window.newsgraph.network.physics.physicsEnabled") is False
    page.screenshot(path=str(artifacts / "graph-large.png"))
    watch.assert_clean()


def test_an_empty_graph_says_so(open_graph):
    page, watch = open_graph(nx.MultiDiGraph(documents={}), name="empty.html")
    assert stats(page)["nodes"] == 0
    assert page.locator("#ng-loading").inner_text() == "This graph has no entities."
    watch.assert_clean()


def edge_of(page, source: str, label: str) -> dict:
    return page.evaluate(
        """([s, l]) => {
            const id = window.newsgraph.nodeId(s);
            const e = window.newsgraph.edges.get({filter: e => e.from === id && e.label === l})[0];
            return {id: e.id, hidden: window.newsgraph.edges.get(e.id).hidden,
                    dashes: window.newsgraph.edges.get(e.id).dashes};
        }""",
        [source, label],
    )


def test_relations_not_asserted_are_hidden_until_asked_for(open_graph, artifacts):
    """Generic actors are diamonds with their codes; a hypothetical and a negated relation wait for the toggle."""
    page, watch = open_graph(actor_graph(), title="Actors")
    # Five relations: jail, sign both ways (asserted), could reject (hypothetical), not arrest (negated).
    got = stats(page)
    assert (got["nodes"], got["edges"], got["visibleNodes"], got["visibleEdges"]) == (8, 5, 8, 3)
    assert page.is_checked("#ng-all-modalities") is False
    assert "(2 relations)" in page.locator("#ng-relations").inner_text()
    reject = edge_of(page, "actor:polleg", "reject")
    assert reject["hidden"] is True and reject["dashes"] is True
    jail = edge_of(page, "actor:kenjud", "jail")
    assert jail["hidden"] is False and jail["dashes"] is False
    page.check("#ng-all-modalities")
    wait_for(page, "window.newsgraph.stats().visibleEdges === 5", timeout=5)
    assert edge_of(page, "actor:cop", "not arrest")["hidden"] is False
    page.screenshot(path=str(artifacts / "graph-actors-all-modalities.png"))
    page.evaluate("id => window.newsgraph.showEdge(id)", reject["id"])
    panel = page.locator("#ng-panel").inner_text()
    assert "hypothetical" in panel and "could" in panel and "POLLEG (0.80)" in panel
    page.evaluate("k => window.newsgraph.showNode(window.newsgraph.nodeId(k))", "actor:kenjud")
    panel = page.locator("#ng-panel").inner_text()
    assert "KENJUD" in panel and "Kenya" in panel and "JUD" in panel
    assert page.evaluate("window.newsgraph.nodes.get(window.newsgraph.nodeId('actor:kenjud')).shape") == "diamond"
    page.mouse.move(*node_point(page, "actor:kenjud"))
    page.wait_for_timeout(250)
    assert "ACTOR KENJUD" in page.locator("div.vis-tooltip").inner_text()
    page.click("#ng-reset")
    assert page.is_checked("#ng-all-modalities") is False
    assert stats(page)["visibleEdges"] == 3
    watch.assert_clean()
