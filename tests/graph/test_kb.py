"""Wikidata QIDs in the graph's outputs, --kb on the command line, and `kb fetch` (graph.kb)."""

from __future__ import annotations

import json

import pytest
import rdflib
from click.testing import CliRunner
from rdflib.compare import isomorphic

from extract.lexicon import read_knowledge
from extract.types import Document, DocumentFacts, Entity
from graph.cli import main
from graph.formats.html import to_html
from graph.formats.rdf import from_rdf, to_rdf
from graph.kb import KbRow, kb_rows, to_kb_tsv, write_kb
from graph.vocab import entity_iri
from graph.model import KnowledgeGraph, from_node_link, to_node_link

SAME_AS = rdflib.OWL.sameAs


@pytest.fixture
def linked_kg():
    text = "Syria said Donald Trump lied."
    entities = (Entity("syria", "Syria", "GPE", geonames_id=163843, wikidata="Q858"),
                Entity("donald trump", "Donald Trump", "PERSON", wikidata="Q22686"))
    facts = DocumentFacts(Document("d1", text, date="2019-05-01"), entities, ())
    return KnowledgeGraph([facts])


def test_graph_json_node_carries_wikidata(linked_kg):
    data = to_node_link(linked_kg)
    nodes = {n["id"]: n for n in data["nodes"]}
    assert nodes["syria"]["wikidata"] == "Q858" and nodes["donald trump"]["wikidata"] == "Q22686"
    assert from_node_link(json.loads(json.dumps(data))).graph.nodes["syria"]["wikidata"] == "Q858"


def test_rdf_owl_same_as_wikidata_round_trip(linked_kg):
    dataset = to_rdf(linked_kg)
    union = rdflib.Graph()
    for s, p, o, _ in dataset.quads():
        union.add((s, p, o))
    trump = [s for s, _, o in union.triples((None, SAME_AS, rdflib.URIRef("http://www.wikidata.org/entity/Q22686")))]
    assert len(trump) == 1
    syria = set(union.objects(rdflib.URIRef(str(entity_iri("syria"))), SAME_AS))
    assert syria == {rdflib.URIRef("http://www.wikidata.org/entity/Q858"),
                     rdflib.URIRef("http://sws.geonames.org/163843/")}
    back = from_rdf(dataset)
    assert back.graph.nodes["syria"]["wikidata"] == "Q858"
    again = {str(g.identifier): g for g in to_rdf(back).graphs() if len(g)}
    for graph in (g for g in dataset.graphs() if len(g)):
        assert isomorphic(graph, again[str(graph.identifier)])


def test_page_links_wikidata(linked_kg):
    from tests.graph.test_html import raw_data

    page = to_html(linked_kg)
    data = raw_data(page)
    (syria,) = [i for i, k in enumerate(data["nodes"]["key"]) if data["strings"][k] == "syria"]
    # Extra node fields: [node id, actor code, country, role, Wikidata QID] as string numbers.
    (extra,) = [row for row in data["nodes"]["extra"] if row[0] == syria]
    assert data["strings"][extra[4]] == "Q858" and "https://www.wikidata.org/wiki/" in page


def test_kb_rows_and_tsv_read_back(tmp_path):
    rows = kb_rows(["item", "type", "label", "description", "aliases", "offices"], [
        ("http://www.wikidata.org/entity/Q567", "PERSON", "Angela Merkel", "German politician", "Merkel|A|B",
         "Chancellor of Germany@2005-11-22/2021-12-08"),
        ("http://example.org/not-wikidata", "ORG", "Nothing", "", "", ""),
        ("http://www.wikidata.org/entity/Q40464", "ORG", "Agence\tFrance-Presse", "", "AFP", ""),
    ])
    assert [r.qid for r in rows] == ["Q567", "Q40464"]
    path = write_kb(rows, tmp_path / "kb.tsv")
    entries = read_knowledge(path)
    assert entries[0].aliases[-1].name == "Chancellor of Germany" and entries[0].aliases[-1].end == "2021-12-08"
    assert entries[1].label == "Agence France-Presse"
    assert to_kb_tsv([KbRow("Q1", "X", (), "ORG")]).splitlines()[0] == "qid\tlabel\taliases\ttype\tdescription"


def test_build_rejects_a_bad_kb_before_loading_the_model(tmp_path):
    bad = tmp_path / "kb.tsv"
    bad.write_text("qid\tlabel\taliases\ttype\tdescription\nQ1\tAcme\t\tCOMPANY\t\n", encoding="utf-8")
    doc = tmp_path / "a.txt"
    doc.write_text("Acme said.", encoding="utf-8")
    result = CliRunner().invoke(main, ["build", str(doc), "-o", str(tmp_path / "out"), "--kb", str(bad),
                                       "--model", "no_such_model"])
    assert result.exit_code == 2
    assert f"{bad}:2: type must be one of" in result.output


def test_build_with_kb_reports_links(tmp_path, nlp):
    kb = tmp_path / "kb.jsonl"
    kb.write_text(json.dumps({"qid": "Q40464", "label": "Agence France-Presse", "aliases": "AFP|Agence France Presse",
                              "type": "ORG"}) + "\n", encoding="utf-8")
    doc = tmp_path / "a.txt"
    doc.write_text("Agence France-Presse reported that Donald Trump visited Syria on Monday.", encoding="utf-8")
    result = CliRunner().invoke(main, ["build", str(doc), "-o", str(tmp_path / "out"), "--kb", str(kb), "-q",
                                       "--workers", "1"])
    assert result.exit_code == 0, result.output
    line = next(l for l in result.output.splitlines() if l.startswith("linked:"))
    nodes = json.loads((tmp_path / "out" / "graph.json").read_text(encoding="utf-8"))["nodes"]
    linked = {n["label"]: n.get("wikidata") for n in nodes if n.get("wikidata")}
    named = [n for n in nodes if n["type"] != "CONCEPT"]
    assert linked["Agence France-Presse"] == "Q40464" and linked["Syria"] == "Q858"
    assert line.startswith(f"linked:    {len(linked)} of {len(named)} named entities to Wikidata")


def test_kb_commands_have_help():
    for args in (["kb", "--help"], ["kb", "fetch", "--help"]):
        result = CliRunner().invoke(main, args)
        assert result.exit_code == 0 and "Usage:" in result.output
    assert "--kb FILE" in CliRunner().invoke(main, ["extract", "--help"]).output
