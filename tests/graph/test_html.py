"""The graph page without a browser: self-contained, escaped, truncated out loud."""

from __future__ import annotations

import base64
import copy
import hashlib
import json
import re
from html.parser import HTMLParser

import networkx as nx
import pytest

from graph.errors import GraphError
from graph.html import EVENT_COLOURS, ENTITY_COLOURS, to_html, write_html
from graph.formats.html_data import expand_page_data
from graph.model import KnowledgeGraph
from tests.browser.graphs import HOSTILE, SEED_ID, hostile_graph, large_graph, seed_graph

_DATA = re.compile(r'<script type="application/json" id="ng-data">(.*?)</script>', re.DOTALL)


class _Tags(HTMLParser):
    """Every start tag with its attributes, and the text of every script."""

    def __init__(self):
        super().__init__()
        self.tags, self.scripts, self._in_script = [], [], False

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        self._in_script = tag == "script"
        if self._in_script:
            self.scripts.append([dict(attrs), ""])

    def handle_endtag(self, tag):
        self._in_script = False

    def handle_data(self, data):
        if self._in_script:
            self.scripts[-1][1] += data


def parse(page: str) -> _Tags:
    tags = _Tags()
    tags.feed(page)
    return tags


def own_markup(page: str) -> str:
    """The page without vis-network's own script (whose code mentions svg, onerror...)."""
    vendored = parse(page).scripts[1][1]
    assert "@version 9.1.2" in vendored
    return page.replace(vendored, "")


def raw_data(page: str) -> dict:
    (blob,) = _DATA.findall(page)
    return json.loads(blob)


def page_data(page: str) -> dict:
    """The page's compact data read back into one dict per entity, relation and article."""
    return expand_page_data(raw_data(page))


@pytest.fixture(scope="module")
def seed_page() -> str:
    return to_html(seed_graph(), title="Syria, June 2019")


@pytest.fixture(scope="module")
def hostile_page() -> str:
    return to_html(hostile_graph(), title="</title><script>alert(1)</script>")


# -- self-contained ------------------------------------------------------------


def test_no_resource_is_loaded_from_the_network(seed_page):
    tags = parse(seed_page)
    urls = [a[name] for _, a in tags.tags for name in ("src", "href", "data", "srcset") if a.get(name)]
    assert [u for u in urls if re.match(r"\s*(https?:)?//", u, re.IGNORECASE)] == []
    assert [t for t, _ in tags.tags if t in ("link", "iframe", "img", "object", "embed")] == []
    assert all("src" not in attrs for attrs, _ in tags.scripts)
    assert not re.search(r"@import|url\(\s*['\"]?\s*(https?:)?//", seed_page, re.IGNORECASE)
    assert "sourceMappingURL" not in seed_page


def test_vis_network_is_inlined_and_the_page_script_runs_after_it(seed_page):
    scripts = parse(seed_page).scripts
    assert [attrs.get("type") for attrs, _ in scripts] == ["application/json", None, None]
    assert "@version 9.1.2" in scripts[1][1]
    assert "window.newsgraph" in scripts[2][1]


def test_the_content_security_policy_allows_only_the_inlined_scripts(seed_page):
    tags = parse(seed_page)
    (csp,) = [a["content"] for t, a in tags.tags if t == "meta" and a.get("http-equiv") == "Content-Security-Policy"]
    hashes = {
        "'sha256-" + base64.b64encode(hashlib.sha256(text.encode()).digest()).decode() + "'"
        for attrs, text in tags.scripts
        if attrs.get("type") is None
    }
    directives = dict(d.strip().split(" ", 1) for d in csp.split(";"))
    assert set(directives["script-src"].split()) == hashes
    assert directives["default-src"] == "'none'"
    assert directives["connect-src"] == "'none'"


# -- escaping ------------------------------------------------------------------


def test_article_strings_never_reach_the_markup(hostile_page):
    hostile_page = own_markup(hostile_page)
    for name in HOSTILE:
        if re.search(r"[<>&\u2028\u2029]", name):
            assert name not in hostile_page
    assert "<svg" not in hostile_page and "<img" not in hostile_page and "<i " not in hostile_page
    assert "<title>&lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt;</title>" in hostile_page
    # Three scripts open, three close: no name ended one early.
    assert hostile_page.count("<script") == hostile_page.count("</script>") == 3


def test_the_data_block_escapes_markup_characters_and_round_trips(hostile_page):
    (blob,) = _DATA.findall(hostile_page)
    assert not re.search(r"[<>&\u2028\u2029]", blob)
    for escaped in (r"\u003c", r"\u003e", r"\u0026", r"\u2028", r"\u2029"):
        assert escaped in blob
    data = page_data(hostile_page)
    assert sorted(n["key"] for n in data["nodes"]) == sorted(HOSTILE)
    assert sorted(n["label"] for n in data["nodes"]) == sorted(HOSTILE)
    assert {d["title"] for d in data["documents"].values()} == {"<svg onload=window.__pwned=1>Title</svg>", "{{7*7}}"}


def test_only_web_links_become_links(hostile_page):
    documents = page_data(hostile_page)["documents"]
    assert documents["evil<doc>"]["link"] is None
    assert documents["evil<doc>"]["url"] == "javascript:window.__pwned=1"
    assert documents["__proto__"]["link"] == "https://example.org/?q=<script>"


# -- what the page shows -----------------------------------------------------


def test_counts_and_schema_of_the_seed_page(seed_page):
    data = page_data(seed_page)
    assert len(data["nodes"]) == 22 and len(data["edges"]) == 17
    assert data["stats"] == {
        "entities_total": 22, "entities_shown": 22, "relations_total": 17, "relations_shown": 17,
        "truncated": False, "notice": None,
    }
    assert '<p id="ng-notice" role="status" hidden>' in seed_page
    assert "22 entities, 17 relations" in seed_page


@pytest.mark.parametrize(
    "negated, predicate, label", [(False, "bomb", "bomb"), (True, "bomb", "not bomb"), (True, "say", "not say")]
)
def test_edge_label_is_the_readable_predicate(negated, predicate, label):
    g = nx.MultiDiGraph(documents={})
    g.add_node("a", label="A", type="GPE")
    g.add_node("b", label="B", type="GPE")
    key = ("not " if negated else "") + predicate
    g.add_edge("a", "b", key=key, predicate=predicate, negated=negated, count=1, event=None, evidence=[])
    (edge,) = page_data(to_html(g))["edges"]
    assert edge["label"] == label


def test_edge_labels_of_the_seed_graph_are_lemmas_not_iris(seed_page):
    labels = {e["label"] for e in page_data(seed_page)["edges"]}
    assert labels == {"kill", "urge", "strike", "bomb", "broker", "target", "control", "accuse", "pledge", "support"}


@pytest.mark.parametrize(
    "quad_class, kind",
    [
        ("Material Conflict", "Material Conflict"),
        ("MATERIAL_CONFLICT", "Material Conflict"),
        ("material-conflict", "Material Conflict"),
        ("4", "Material Conflict"),
        ("1", "Verbal Cooperation"),
        ("Verbal Conflict", "Verbal Conflict"),
        ("Material Cooperation", "Material Cooperation"),
        (None, None),
    ],
)
def test_edge_colour_follows_the_quad_class(quad_class, kind):
    g = nx.MultiDiGraph(documents={})
    g.add_nodes_from([("a", {"label": "A", "type": "GPE"}), ("b", {"label": "B", "type": "GPE"})])
    event = {"code": "190", "root": "19", "label": "fight", "quad_class": quad_class}
    g.add_edge("a", "b", key="fight", predicate="fight", negated=False, count=1, event=event, evidence=[])
    (edge,) = page_data(to_html(g))["edges"]
    assert edge["kind"] == kind
    assert edge["color"]["color"] == EVENT_COLOURS[kind]


def test_node_colour_by_type_and_size_by_mentions(seed_page):
    nodes = {n["key"]: n for n in page_data(seed_page)["nodes"]}
    for n in nodes.values():
        assert n["color"] == ENTITY_COLOURS[n["type"]]
    # Syria is named most often, then Idlib, then Moscow only once.
    assert nodes["syria"]["size"] > nodes["idlib"]["size"] > nodes["moscow"]["size"]
    assert nodes["moscow"]["size"] == nodes["ankara"]["size"]


def test_node_size_falls_back_to_degree_without_mentions():
    g = nx.MultiDiGraph(documents={})
    g.add_nodes_from((k, {"label": k, "type": "ORG"}) for k in "abc")
    g.add_edge("a", "b", key="x", predicate="x", negated=False, count=1, event=None, evidence=[])
    g.add_edge("a", "c", key="x", predicate="x", negated=False, count=1, event=None, evidence=[])
    sizes = {n["key"]: n["size"] for n in page_data(to_html(g))["nodes"]}
    assert sizes["a"] > sizes["b"] == sizes["c"]


def test_legend_lists_types_and_event_classes_present(seed_page):
    legend = page_data(seed_page)["legend"]
    assert [t["type"] for t in legend["types"]] == ["PERSON", "ORG", "GPE", "CONCEPT"]
    assert {t["type"]: t["count"] for t in legend["types"]} == {"PERSON": 1, "ORG": 5, "GPE": 10, "CONCEPT": 6}
    assert [k["kind"] for k in legend["kinds"]] == [
        "Verbal Cooperation", "Material Cooperation", "Verbal Conflict", "Material Conflict", None,
    ]


def test_evidence_highlights_subject_predicate_and_object(seed_page):
    edges = page_data(seed_page)["edges"]
    (kill,) = [e for e in edges if e["label"] == "kill"]
    (evidence,) = kill["evidence"]
    sentence = "".join(text for text, _ in evidence["segments"])
    assert sentence.startswith("Maarat Al Numan - Bombardments by the Syrian regime killed six civilians")
    assert [(t, r) for t, r in evidence["segments"] if r] == [
        ("Syrian regime", "subject"), ("killed", "predicate"), ("six civilians", "object"),
    ]
    details = dict(evidence["details"])
    assert details["casualties"] == "killed: 6, victims: civilians"
    assert details["place"] == "Syria"
    assert details["time"] == "Monday (2019-06-03)"
    assert evidence["doc"] == SEED_ID


@pytest.mark.parametrize(
    "sentence, start, spans, marked",
    [
        # A passive: the object comes first.
        ("A truce deal brokered by Moscow.", 50, {"subject": [75, 81], "predicate": [63, 71], "object": [52, 62]},
         [("truce deal", "object"), ("brokered", "predicate"), ("Moscow", "subject")]),
        # Offsets that do not fit the sentence: the surface text is found instead.
        ("Syria accused Israel.", 0, {"subject": [500, 505], "predicate": [6, 13], "object": None},
         [("Syria", "subject"), ("accused", "predicate"), ("Israel", "object")]),
        # Overlapping spans keep the first.
        ("Russian army targets.", 0, {"subject": [0, 12], "predicate": [8, 20], "object": [0, 7]},
         [("Russian", "object"), (" army", "subject"), (" targets", "predicate")]),
    ],
)
def test_evidence_offsets_are_document_offsets(sentence, start, spans, marked):
    surface = {"subject": "Syria", "predicate": "accused", "object": "Israel"}
    item = {"doc": "d", "sentence": sentence, "sentence_start": start}
    for role, span in spans.items():
        item[role] = span
        item[f"{role}_text"] = surface[role] if span is None or span[0] >= 500 else None
    g = nx.MultiDiGraph(documents={"d": {"title": None, "url": None, "date": None, "source": None}})
    g.add_nodes_from([("a", {"label": "A", "type": "ORG"}), ("b", {"label": "B", "type": "ORG"})])
    g.add_edge("a", "b", key="p", predicate="p", negated=False, count=1, event=None, evidence=[item])
    (edge,) = page_data(to_html(g))["edges"]
    (evidence,) = edge["evidence"]
    assert "".join(t for t, _ in evidence["segments"]) == sentence
    assert [(t, r) for t, r in evidence["segments"] if r] == marked


def test_documents_carry_title_date_and_link(seed_page):
    documents = page_data(seed_page)["documents"]
    wikinews = documents["wikinews:5e946305f6ec"]
    assert wikinews["title"] == "Block of flats collapses in Aleppo, killing eleven"
    assert wikinews["day"] == "2019-02-05"
    assert wikinews["link"] == "https://en.wikinews.org/wiki/Block_of_flats_collapses_in_Aleppo,_killing_eleven"
    assert documents[SEED_ID]["link"] is None and documents[SEED_ID]["day"] == "2019-06-03"


# -- large graphs -------------------------------------------------------------


def test_a_graph_over_the_page_limit_keeps_its_most_important_part_and_says_so():
    g = large_graph(2500)
    page = to_html(g, max_entities=2000)
    data = page_data(page)
    assert len(data["nodes"]) == 2000
    notice = re.search(r'<p id="ng-notice" role="status" >(.*?)</p>', page).group(1)
    assert notice.startswith("This page holds the 2,000 most important of 2,500 entities")
    assert "filters" in notice and "newsgraph query" in notice
    kept = {n["key"] for n in data["nodes"]}
    hub = max(g, key=g.degree)
    assert hub in kept
    assert len(data["edges"]) == g.subgraph(kept).number_of_edges()
    assert f"({len(data['edges']):,} of {g.number_of_edges():,} relations)" in notice


@pytest.mark.parametrize("max_nodes, overview, initial", [(22, False, 22), (100, False, 22), (5, True, 5),
                                                           (1, True, 1)])
def test_max_nodes_draws_the_graph_whole_or_opens_on_an_overview(max_nodes, overview, initial):
    page = to_html(seed_graph(), max_nodes=max_nodes)
    data = page_data(page)
    assert len(data["nodes"]) == 22  # the page holds every entity either way
    assert data["view"]["overview"] is overview and data["view"]["initial"] == initial
    assert data["stats"]["truncated"] is False
    # An overview comes with positions; a graph drawn whole is laid out by the browser.
    assert (len(raw_data(page)["nodes"]["x"]) == 22) is overview


def test_stabilisation_is_bounded_and_big_graphs_come_laid_out():
    options = page_data(to_html(large_graph(120)))["options"]
    assert options["physics"]["stabilization"]["enabled"] is True
    assert options["physics"]["stabilization"]["iterations"] <= 400
    big = raw_data(to_html(large_graph(400)))
    assert big["options"]["physics"]["enabled"] is False
    assert big["options"]["layout"]["improvedLayout"] is False
    assert len(big["nodes"]["x"]) == len(big["nodes"]["y"]) == 400


def test_the_layout_is_the_same_every_time():
    first, second = raw_data(to_html(large_graph(400))), raw_data(to_html(large_graph(400)))
    assert (first["nodes"]["x"], first["nodes"]["y"], first["nodes"]["community"]) == (
        second["nodes"]["x"], second["nodes"]["y"], second["nodes"]["community"])


def test_each_sentence_and_string_is_stored_once():
    g = nx.MultiDiGraph(documents={})
    g.add_nodes_from((k, {"label": k.upper(), "type": "ORG"}) for k in "abc")
    sentence = "A met B and C in a long sentence that two relations share."
    for target in "bc":
        g.add_edge("a", target, key="meet", predicate="meet", negated=False, count=1, event=None,
                   evidence=[{"doc": None, "sentence": sentence, "sentence_start": 0}])
    data = raw_data(to_html(g))
    assert data["strings"].count(sentence) == 1 and data["strings"].count("meet") == 1
    assert to_html(g).count(sentence) == 1


# -- inputs and outputs ---------------------------------------------------------


def test_a_knowledge_graph_renders_like_its_networkx_graph(corpus_facts):
    kg = KnowledgeGraph(corpus_facts)
    assert page_data(to_html(kg)) == page_data(to_html(kg.graph))
    data = page_data(to_html(kg))
    assert len(data["nodes"]) == kg.graph.number_of_nodes() > 0
    assert len(data["edges"]) == kg.graph.number_of_edges() > 0


def test_a_hostile_knowledge_graph_is_escaped(hostile_facts):
    page = own_markup(to_html(KnowledgeGraph([hostile_facts])))
    (blob,) = _DATA.findall(page)
    assert not re.search(r"[<>&\u2028\u2029]", blob)
    assert page.count("<script") == 3


def test_rendering_does_not_change_the_graph():
    g = seed_graph()
    before = copy.deepcopy(g)
    to_html(g, max_nodes=5)
    assert g.graph == before.graph
    assert list(g.nodes(data=True)) == list(before.nodes(data=True))
    assert list(g.edges(keys=True, data=True)) == list(before.edges(keys=True, data=True))


def test_an_empty_graph_renders():
    data = page_data(to_html(nx.MultiDiGraph()))
    assert data["nodes"] == [] and data["edges"] == [] and data["documents"] == {}


@pytest.mark.parametrize(
    "kg, options, message",
    [
        ("graph.json", {}, "kg must be a KnowledgeGraph or a networkx.MultiDiGraph, got str"),
        (nx.DiGraph(), {}, "got DiGraph"),
        (nx.MultiDiGraph(), {"max_nodes": 0}, "max_nodes must be a positive integer, got 0"),
        (nx.MultiDiGraph(), {"max_nodes": "10"}, "max_nodes must be a positive integer, got '10'"),
        (nx.MultiDiGraph(), {"title": 3}, "title must be a string or None, got int"),
    ],
)
def test_bad_arguments_are_refused_by_name(kg, options, message):
    with pytest.raises(GraphError, match=re.escape(message)):
        to_html(kg, **options)


def test_write_html_writes_the_page(tmp_path):
    path = write_html(seed_graph(), tmp_path / "graph.html", title="Syria")
    assert path == tmp_path / "graph.html"
    assert path.read_text(encoding="utf-8") == to_html(seed_graph(), title="Syria")
    assert [p.name for p in tmp_path.iterdir()] == ["graph.html"]


def test_write_html_names_a_missing_directory(tmp_path):
    with pytest.raises(GraphError, match="does not exist"):
        write_html(seed_graph(), tmp_path / "missing" / "graph.html")


def test_write_html_keeps_the_old_file_when_rendering_fails(tmp_path):
    path = tmp_path / "graph.html"
    path.write_text("old", encoding="utf-8")
    with pytest.raises(GraphError):
        write_html(seed_graph(), path, max_nodes=-1)
    assert path.read_text(encoding="utf-8") == "old"


# -- the layout of big graphs ------------------------------------------------------


def test_importance_is_pagerank_and_every_entity_has_a_place():
    from graph.formats.html_layout import layout_graph, simple_graph

    g = large_graph(400)
    g.add_node("alone", label="Alone", type="ORG")
    layout = layout_graph(g)
    ranks = nx.pagerank(simple_graph(g), weight="weight")
    top = max(ranks.values())
    assert max(abs(layout.importance[n] - ranks[n] / top) for n in g) < 0.01
    assert layout.order[0] == max(ranks, key=ranks.get)
    assert set(layout.positions) == set(g) and len(set(layout.positions.values())) > 0.95 * len(g)
    # An entity without relations is in no community; the others are.
    assert layout.community["alone"] == -1
    assert all(layout.community[n] >= 0 for n in g if g.degree(n))
