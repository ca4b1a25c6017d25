"""SHACL shapes (graph/shapes.ttl): build outputs conform, broken data is reported clearly."""

from __future__ import annotations

import pyoxigraph as ox
import pytest
import rdflib
from click.testing import CliRunner

from graph.model import KnowledgeGraph
from graph.rdf import write_rdf
from graph.store import SHAPES_PATH, graphs_of, load_into_store, validate
from graph.store_cli import validate as validate_command
from tests.conftest import DATA

NG = "https://w3id.org/newsgraph/ns#"
ENTITY = "https://w3id.org/newsgraph/id/entity/"
SEED_GRAPH = ox.NamedNode("https://w3id.org/newsgraph/id/graph/seed")
LABEL = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label")


@pytest.fixture(scope="module")
def hand_kg(corpus_facts, hostile_facts):
    return KnowledgeGraph([*corpus_facts, hostile_facts])


@pytest.fixture(scope="module")
def extracted_kg(nlp):
    """The seed article and the Wikinews sample through the real pipeline."""
    from extract.documents import read_documents
    from extract.facts import extract_facts

    paths = [DATA / "seed.txt", DATA / "wikinews_sample.jsonl"]
    return KnowledgeGraph(extract_facts(read_documents(paths), nlp=nlp))


def test_shapes_file_is_valid_shacl():
    shapes = rdflib.Graph().parse(SHAPES_PATH, format="turtle")
    sh = rdflib.Namespace("http://www.w3.org/ns/shacl#")
    targets = set(shapes.objects(None, sh.targetClass))
    assert {rdflib.URIRef(NG + c) for c in ("Document", "Entity", "Appearance", "Statement",
                                            "TimeSpan", "Casualties")} <= targets


def test_hand_built_and_hostile_graphs_conform(hand_kg):
    report = validate(hand_kg)
    assert report.violations == ()
    assert report.conforms and report.graphs == 4


def test_extracted_graph_conforms(extracted_kg):
    report = validate(extracted_kg)
    assert [str(v) for v in report.violations] == []
    assert report.graphs == 7 and report.triples > 1000


@pytest.mark.parametrize("name", ["graph.trig", "graph.ttl", "graph.jsonld",
                                  "graph.json"])
def test_every_build_output_conforms(tmp_path, extracted_kg, name):
    path = tmp_path / name
    if name == "graph.json":
        from graph.model import write_json

        write_json(extracted_kg, path)
    else:
        write_rdf(extracted_kg, path)
    report = validate(path)
    assert report.conforms, [str(v) for v in report.violations[:5]]
    assert report.graphs == 7


def test_store_conforms_and_cli_says_so(tmp_path, hand_kg):
    load_into_store(hand_kg, tmp_path / "store")
    result = CliRunner().invoke(validate_command, ["--store", str(tmp_path / "store")])
    assert result.exit_code == 0, result.output
    assert result.output.startswith("conforms: ") and "in 4 graphs" in result.output


def _break(graphs: dict) -> dict:
    """Four faults in the seed graph, each one a different constraint."""
    seed = graphs[SEED_GRAPH]
    idlib = ox.NamedNode(ENTITY + "idlib")
    broken = []
    for t in seed:
        p = t.predicate.value
        if t.subject == idlib and t.predicate == LABEL:
            continue  # Idlib loses its label
        if p == NG + "mentionCount" and t.subject.value.endswith("/seed/syria"):
            t = ox.Triple(t.subject, t.predicate, ox.Literal("many"))
        if p == NG + "entityType" and t.subject.value == ENTITY + "russia":
            t = ox.Triple(t.subject, t.predicate, ox.Literal("ALIEN"))
        if p == NG + "confidence" and t.object.value == "0.9":
            t = ox.Triple(t.subject, t.predicate, ox.Literal("2.0", datatype=ox.NamedNode(
                "http://www.w3.org/2001/XMLSchema#double")))
        broken.append(t)
    return {**graphs, SEED_GRAPH: broken}


def test_broken_data_is_reported_clearly(hand_kg):
    report = validate(_break(graphs_of(hand_kg)))
    assert not report.conforms
    graph = SEED_GRAPH.value
    found = {(v.graph, v.focus.rsplit("/", 1)[-1], v.path.rsplit("#", 1)[-1] if v.path else None)
             for v in report.violations}
    assert (graph, "idlib", "label") in found
    assert (graph, "syria", "mentionCount") in found
    assert (graph, "russia", "entityType") in found
    assert any(v.path == NG + "confidence" and v.value == "2.0" for v in report.violations)
    assert {v.graph for v in report.violations} == {graph}, "the other articles are fine"
    text = "\n".join(map(str, report.violations))
    assert "an entity has exactly one non-empty rdfs:label" in text
    assert "ng:entityType is exactly one of PERSON" in text
    assert "(value ALIEN)" in text


def test_cli_lists_violations_and_exits_1(tmp_path, hand_kg):
    broken = _break(graphs_of(hand_kg))
    path = tmp_path / "broken.nq"
    quads = [ox.Quad(t.subject, t.predicate, t.object, g) for g, ts in broken.items() for t in ts]
    path.write_bytes(ox.serialize(quads, format=ox.RdfFormat.N_QUADS))
    result = CliRunner().invoke(validate_command, [str(path), "--max-errors", "2"])
    assert result.exit_code == 1
    assert "does not conform" in result.output
    assert result.output.count("<https://w3id.org/newsgraph/id/graph/seed>: ") == 2
    assert "... and " in result.output


def test_cli_needs_exactly_one_source(tmp_path):
    assert CliRunner().invoke(validate_command, []).exit_code == 2
    bad = tmp_path / "bad.nq"
    bad.write_text("<a> <b> .\n")
    result = CliRunner().invoke(validate_command, [str(bad)])
    assert result.exit_code == 1 and "bad.nq" in result.output
