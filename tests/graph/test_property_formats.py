"""GraphML, GEXF, the Neo4j import CSV and Cytoscape JSON: each read back equals graph.json.

One build of the seed article and the Wikinews sample, through the command
line with every property-graph format; each file is read back with the
reader its tools use (networkx for GraphML, GEXF and Cytoscape JSON, the
csv module and Neo4j's documented header grammar for the CSV) and compared,
node by node and edge by edge, with graph.json, from which the expected
values are worked out here.
"""

from __future__ import annotations

import csv
import json
import re
import tempfile
from datetime import date
from pathlib import Path

import networkx as nx
import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from graph.formats.neo4j import node_label, relationship_type
from graph.formats.property import split_list, xml_text
from graph.model import edge_key
from tests.conftest import DATA

_NODE_OPTIONAL = ("actor_code", "country", "role", "wikidata", "geonames_id", "lat", "lon")
_FORMATS = ("graphml", "gexf", "cyjs", "csv")
# Neo4j's header grammar (neo4j-admin database import): name:type, the type optional, [] for an array.
_NEO4J_TYPES = ("int", "long", "float", "double", "boolean", "byte", "short", "char", "string", "point", "date",
                "localtime", "time", "localdatetime", "datetime", "duration")
_HEADER = re.compile(rf"^(?P<name>[^:]*)(?::(?P<type>ID|LABEL|START_ID|END_ID|TYPE|IGNORE|"
                     rf"(?:{'|'.join(_NEO4J_TYPES)})(?P<array>\[\])?))?$")
_NEO4J_NAME = re.compile(r"^[^\W\d_]\w*$")  # a label or type that needs no backticks


@pytest.fixture(scope="module")
def built(tmp_path_factory, nlp):
    """``newsgraph build`` of the seed article and the Wikinews sample with the four formats (and nt)."""
    from click.testing import CliRunner

    from graph.cli import main

    out = tmp_path_factory.mktemp("pgx") / "out"
    args = ["build", str(DATA / "seed.txt"), str(DATA / "wikinews_sample.jsonl"), "-o", str(out),
            "--workers", "1", "--quiet"]
    for name in ("graphml", "nt", "gexf", "cyjs", "csv"):
        args += ["--format", name]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    data = json.loads((out / "graph.json").read_text(encoding="utf-8"))
    return out, data, result.output


def _expected(data: dict) -> tuple[dict, dict]:
    """graph.json's nodes and edges as the flat values the formats should carry."""
    dates = {doc: meta["date"][:10] for doc, meta in data["graph"]["documents"].items() if meta.get("date")}
    nodes = {}
    for node in data["nodes"]:
        values = {"label": node["label"], "type": node["type"], "mentions": node["mentions"],
                  "documents": node["documents"], "aliases": node["aliases"]}
        values.update({name: node[name] for name in _NODE_OPTIONAL if node.get(name) is not None})
        nodes[node["id"]] = {k: v for k, v in values.items() if v != []}
    edges = {}
    for link in data["links"]:
        docs = sorted({ev["doc"] for ev in link["evidence"]})
        known = sorted(dates[d] for d in docs if d in dates)
        values = {"predicate": link["predicate"], "negated": link["negated"], "count": link["count"],
                  "confidence": link["confidence"], "documents": docs}
        if known:
            values.update(first_date=known[0], last_date=known[-1])
        for name, value in (link["event"] or {}).items():
            values[f"event_{name}"] = value
        edges[(link["source"], link["target"], link["key"])] = values
    return nodes, edges


def _unjoin(attrs: dict) -> dict:
    """GraphML and GEXF attributes with their joined lists split again."""
    return {k: split_list(v) if k in ("aliases", "documents") else v for k, v in attrs.items()}


def _from_networkx(graph: nx.MultiDiGraph, *, node_drop=(), edge_drop=()) -> tuple[dict, dict]:
    nodes = {key: _unjoin({k: v for k, v in attrs.items() if k not in node_drop})
             for key, attrs in graph.nodes(data=True)}
    edges = {}
    for u, v, attrs in graph.edges(data=True):
        key = edge_key(attrs["predicate"], attrs["negated"])
        assert (u, v, key) not in edges
        edges[(u, v, key)] = _unjoin({k: value for k, value in attrs.items() if k not in edge_drop})
    return nodes, edges


def _read_graphml(out: Path):
    # a multigraph whatever the sample holds: without parallel edges networkx reads a DiGraph and adds "id"
    return _from_networkx(nx.read_graphml(out / "graph.graphml", force_multigraph=True))


def _read_gexf(out: Path):
    graph = nx.read_gexf(out / "graph.gexf")
    for _, _, attrs in graph.edges(data=True):
        assert attrs["label"] == attrs["predicate"] and attrs["weight"] == attrs["count"]
    return _from_networkx(graph, edge_drop=("id", "label", "weight"))


def _read_cyjs(out: Path):
    graph = nx.cytoscape_graph(json.loads((out / "graph.cyjs").read_text(encoding="utf-8")))
    nodes, edges = {}, {}
    for key, attrs in graph.nodes(data=True):
        assert attrs["id"] == attrs["value"] == key and attrs["name"] == attrs["label"]
        nodes[key] = {k: v for k, v in attrs.items() if k not in ("id", "value", "name")}
    for u, v, key, attrs in graph.edges(keys=True, data=True):
        assert (attrs["source"], attrs["target"], attrs["id"][0]) == (u, v, "e")
        edges[(u, v, key)] = {k: value for k, value in attrs.items() if k not in ("id", "source", "target", "key")}
    return nodes, edges


def _neo4j_value(kind: str, text: str):
    """A field as neo4j-admin reads it, from the type in its header."""
    if kind.endswith("[]"):
        return text.split(";")
    if kind in ("int", "long"):
        return int(text)
    if kind == "double":
        return float(text)
    if kind == "boolean":
        assert text in ("true", "false")
        return text == "true"
    if kind == "date":
        return date.fromisoformat(text).isoformat()
    return text


def _neo4j_rows(path: Path) -> tuple[list[str], list[dict]]:
    """The header and the rows of a CSV file, each row ``{column: typed value}`` without empty fields."""
    with open(path, encoding="utf-8", newline="") as handle:
        reader = csv.reader(handle)
        header = next(reader)
        rows = [dict(zip(header, row, strict=True)) for row in reader]
    kinds = {}
    for column in header:
        match = _HEADER.match(column)
        assert match, f"{path.name}: {column!r} is not in Neo4j's header grammar"
        kinds[column] = (match["type"] or "string") + ("[]" if match["array"] else "")
    typed = [{column: _neo4j_value(kinds[column], text) for column, text in row.items() if text != ""}
             for row in rows]
    return header, typed


def _read_csv(out: Path):
    node_header, node_rows = _neo4j_rows(out / "neo4j" / "nodes.csv")
    rel_header, rel_rows = _neo4j_rows(out / "neo4j" / "relationships.csv")
    assert node_header[:2] == ["id:ID", ":LABEL"]
    assert rel_header[:3] == [":START_ID", ":END_ID", ":TYPE"]
    nodes, edges = {}, {}
    for row in node_rows:
        key, labels = row.pop("id:ID"), row.pop(":LABEL")
        values = {column.split(":")[0]: value for column, value in row.items()}
        assert labels == f"Entity;{node_label(values['type'])}" and _NEO4J_NAME.match(labels.split(";")[1])
        nodes[key] = values
    for row in rel_rows:
        u, v, type_ = row.pop(":START_ID"), row.pop(":END_ID"), row.pop(":TYPE")
        values = {column.split(":")[0]: value for column, value in row.items()}
        assert type_ == relationship_type(values["predicate"], values["negated"]) and _NEO4J_NAME.match(type_)
        edges[(u, v, edge_key(values["predicate"], values["negated"]))] = values
    return nodes, edges


_READERS = {"graphml": _read_graphml, "gexf": _read_gexf, "cyjs": _read_cyjs, "csv": _read_csv}


def test_build_writes_every_format_beside_the_others(built):
    out, _, output = built
    written = [line.removeprefix("wrote ") for line in output.splitlines() if line.startswith("wrote ")]
    assert [str(Path(p).relative_to(out)) for p in written] == [
        "graph.json", "graph.ttl", "graph.trig", "graph.graphml", "graph.nt", "graph.gexf", "graph.cyjs",
        "neo4j/nodes.csv", "neo4j/relationships.csv", "neo4j/load.cypher", "graph.html"]
    assert sorted(p.name for p in out.iterdir() if p.name.startswith(".")) == []  # no staging left


@pytest.mark.parametrize("fmt", _FORMATS)
def test_each_format_reads_back_as_graph_json(built, fmt):
    out, data, _ = built
    expected_nodes, expected_edges = _expected(data)
    nodes, edges = _READERS[fmt](out)
    assert len(nodes) == len(data["nodes"]) and len(edges) == len(data["links"])
    assert nodes == expected_nodes
    assert edges == expected_edges
    # The sample has what each attribute needs: places, Wikidata ids, events, dates and aliases.
    for name in ("lat", "wikidata", "actor_code", "aliases"):
        assert any(name in values for values in nodes.values()), name
    for name in ("event_code", "first_date"):
        assert any(name in values for values in edges.values()), name


def test_load_cypher_creates_every_label_and_type(built):
    out, data, _ = built
    script = (out / "neo4j" / "load.cypher").read_text(encoding="utf-8")
    types = {relationship_type(link["predicate"], link["negated"]) for link in data["links"]}
    labels = {node["type"] for node in data["nodes"]}
    moved = re.findall(r"MATCH \(a\)-\[r:NEWSGRAPH_LOADING \{newsgraph_type: '(\w+)'\}\]->\(b\) "
                       r"CREATE \(a\)-\[s:`(\w+)`\]->\(b\) SET s = properties\(r\) "
                       r"REMOVE s\.newsgraph_type DELETE r;", script)
    assert all(old == new for old, new in moved) and {new for _, new in moved} == types
    assert set(re.findall(r"WHERE n\.type = '(\w+)' SET n:`\w+`", script)) == labels
    for name in ("nodes.csv", "relationships.csv"):
        assert script.count(f"LOAD CSV WITH HEADERS FROM 'file:///{name}'") == 1
    ends = [line for line in script.splitlines() if line.endswith(";")]
    assert len(ends) == 3 + len(labels) + len(types)  # the constraint and the two loads, then one per name


@pytest.mark.parametrize(("predicate", "negated", "expected"), [
    ("attack", False, "ATTACK"), ("set up", False, "SET_UP"), ("set-up", False, "SET_UP"),
    ("fire on", True, "NOT_FIRE_ON"), ("9/11", False, "REL_9_11"), ("  ", False, "REL"),
    ("`drop`; MATCH (n) DELETE n", False, "DROP_MATCH_N_DELETE_N"), ("überfallen", False, "ÜBERFALLEN"),
    ("攻击", False, "攻击"), ("_x_", False, "X"),
])
def test_relationship_types_are_valid_neo4j_names(predicate, negated, expected):
    assert relationship_type(predicate, negated) == expected
    assert _NEO4J_NAME.match(expected)


# -- any name survives every format ------------------------------------------------

def _one_edge_graph(name: str, alias: str, predicate: str, document: str):
    """A graph of two entities and one relation, named ``name``, from node-link data."""
    from graph.model import from_node_link

    def node(key: str, label: str) -> dict:
        return {"id": key, "label": label, "type": "PERSON", "aliases": [alias], "mentions": 1,
                "documents": [document], "doc_mentions": {document: 1}, "doc_entities": {}}

    return from_node_link({
        "graph": {"documents": {document: {"date": "2020-01-05T10:00:00Z"}}},
        "nodes": [node(name, name), node("other", "Other")],
        "links": [{"source": name, "target": "other", "key": edge_key(predicate), "predicate": predicate,
                   "negated": False, "count": 1, "confidence": 0.5, "event": None,
                   "evidence": [{"doc": document}]}],
    })


def _written_and_read(kg, fmt: str):
    from graph.formats import output_format, write_graph

    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder)
        entry = output_format(fmt)
        write_graph(kg, out / entry.filename, format=fmt)
        return _READERS[fmt](out)


_NAMES = st.text(min_size=1, max_size=30)
_HOSTILE = ['O\'Brien "the" <b>&amp;</b>, Jr.', "line one\nline two\r\nthree\rfour", "a;b|c\\d",
            "Владимир Путин", "محمد بن سلمان", "習近平", "🇺🇦 Zelensky 🙂", "tab\there", " padded "]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(name=st.one_of(st.sampled_from(_HOSTILE), _NAMES), alias=st.one_of(st.sampled_from(_HOSTILE), _NAMES),
       predicate=_NAMES, document=_NAMES)
def test_any_name_survives_every_format(name, alias, predicate, document):
    assume(xml_text(name) != "other")
    kg = _one_edge_graph(name, alias, predicate, document)
    for fmt in _FORMATS:
        nodes, edges = _written_and_read(kg, fmt)
        # XML 1.0 cannot carry most control characters: GraphML and GEXF hold them as U+FFFD.
        clean = xml_text if fmt in ("graphml", "gexf") else (lambda text: text)
        # Neo4j's array delimiter ';' has no escape: an item's own ';' is the full-width one.
        item = (lambda text: text.replace(";", "\uff1b")) if fmt == "csv" else clean
        key = clean(name)
        assert set(nodes) == {key, "other"}, fmt
        assert nodes[key]["label"] == clean(name), fmt
        assert nodes[key]["aliases"] == [item(alias)], fmt
        assert nodes[key]["documents"] == [item(document)], fmt
        ((u, v, _), values), = edges.items()
        assert (u, v, values["predicate"]) == (key, "other", clean(predicate)), fmt
        assert values["first_date"] == values["last_date"] == "2020-01-05", fmt


def test_control_characters_become_the_replacement_character_in_xml_only():
    name = "a\x00b\x1fc\ufffed\x7f\x85e"
    kg = _one_edge_graph(name, "alias\x0b", "hit\x01", "doc")
    for fmt in _FORMATS:
        nodes, _ = _written_and_read(kg, fmt)
        xml = fmt in ("graphml", "gexf")
        expected = "a\ufffdb\ufffdc\ufffdd\x7f\x85e" if xml else name  # DEL and NEL are allowed in XML 1.0
        assert [values["label"] for key, values in nodes.items() if key != "other"] == [expected], fmt


def test_a_value_json_cannot_hold_is_one_clear_error_and_no_file(tmp_path):
    from graph.errors import FormatError
    from graph.formats import write_graph

    kg = _one_edge_graph("Idlib", "Idlib province", "bomb", "d1")
    for _, _, attrs in kg.graph.edges(data=True):
        attrs["confidence"] = float("nan")
    with pytest.raises(FormatError, match=r"graph\.cyjs: cannot write 'e0' as JSON"):
        write_graph(kg, tmp_path / "graph.cyjs")
    assert list(tmp_path.iterdir()) == []
