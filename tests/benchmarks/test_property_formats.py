"""The property-format benchmark: one run on a small graph, its table and its ratios."""

from __future__ import annotations

from benchmarks.property_formats import FormatTiming, format_table, main, measure_formats
from graph.model import edge_key, from_node_link, write_json


def _graph():
    def node(key: str) -> dict:
        return {"id": key, "label": key.title(), "type": "GPE", "aliases": [], "mentions": 2, "documents": ["d1"],
                "doc_mentions": {"d1": 2}, "doc_entities": {}}

    return from_node_link({
        "graph": {"documents": {"d1": {"date": "2019-06-03"}}},
        "nodes": [node("russia"), node("idlib")],
        "links": [{"source": "russia", "target": "idlib", "key": edge_key("bomb"), "predicate": "bomb",
                   "negated": False, "count": 1, "confidence": 0.9, "event": None, "evidence": [{"doc": "d1"}]}],
    })


def test_every_format_is_measured_with_its_files(tmp_path):
    timings = {t.name: t for t in measure_formats(_graph(), ("json", "graphml", "csv"), repeat=2)}
    assert set(timings) == {"json", "graphml", "csv"}
    assert timings["csv"].files == 3 and timings["json"].files == 1
    assert all(t.size > 0 and t.seconds > 0 for t in timings.values())


def test_the_table_gives_ratios_to_graph_json():
    table = format_table([FormatTiming("json", 1, 100, 0.5), FormatTiming("gexf", 1, 250, 1.0)])
    rows = {line.split()[0]: line.split() for line in table.splitlines()[1:]}
    assert rows["json"][3] == "1.00" and rows["json"][5] == "1.00"
    assert rows["gexf"][3] == "2.50" and rows["gexf"][5] == "2.00"


def test_main_reads_a_graph_json(tmp_path, capsys):
    path = tmp_path / "graph.json"
    write_json(_graph(), path)
    main(["--graph", str(path), "--repeat", "1", "--formats", "json", "graphml", "gexf", "cyjs", "csv"])
    out = capsys.readouterr().out
    assert "graph: 1 documents, 2 entities, 1 relations" in out
    assert [line.split()[0] for line in out.splitlines()[2:]] == ["json", "graphml", "gexf", "cyjs", "csv"]
