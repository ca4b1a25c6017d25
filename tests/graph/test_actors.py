"""The actor layer and modality in every output: graph.json, RDF, SHACL, frames (issue 11)."""

from __future__ import annotations

import dataclasses

import pytest
import rdflib
from rdflib import Literal, URIRef

from extract.records import relation_record
from extract.types import MODALITIES, Document, DocumentFacts, Entity
from graph.model import KnowledgeGraph, from_node_link, is_asserted, read_json, to_node_link, write_json
from graph.rdf import FORMATS, from_rdf, from_rdf_bytes, to_rdf, to_rdf_bytes
from graph.store import validate
from graph.vocab import MODALITY_IRIS, NG, entity_iri


@pytest.fixture(scope="module")
def kg(actor_facts) -> KnowledgeGraph:
    return KnowledgeGraph([actor_facts])


def _evidence(kg, u, v, key):
    return kg.graph.edges[u, v, key]["evidence"]


def test_records_carry_codes_confidence_modality_and_mutual(actor_facts):
    entities = {e.key: e for e in actor_facts.entities}
    jail, sign, _, reject, arrest = (relation_record(r, entities=entities) for r in actor_facts.relations)
    assert (jail["subject"]["type"], jail["subject"]["actor_code"], jail["subject"]["actor_confidence"],
            jail["subject"]["country"], jail["subject"]["role"]) == ("ACTOR", "KENJUD", 0.8, "kenya", "JUD")
    assert jail["modality"] == "asserted" and jail["event"]["root"] == "17"
    assert sign["mutual"] is True and jail["mutual"] is False
    assert (reject["modality"], reject["modality_cue"], reject["event"]) == ("hypothetical", "could", None)
    assert (arrest["modality"], arrest["modality_cue"], arrest["negated"]) == ("negated", "not", True)
    # The police have a role and no country: none is given.
    assert (arrest["subject"]["country"], arrest["subject"]["role"]) == (None, "COP")
    # Without the document's entities, country and role are unknown.
    assert relation_record(actor_facts.relations[0])["subject"]["country"] is None


def test_actor_nodes_keep_code_country_and_role(kg):
    court = kg.entity("Kenyan court")
    assert (court["key"], court["type"], court["actor_code"], court["country"], court["role"]) == (
        "actor:kenjud", "ACTOR", "KENJUD", "kenya", "JUD")
    police = kg.entity("actor:cop")
    assert police["role"] == "COP" and "country" not in police
    assert "role" not in kg.entity("kenya")


def test_evidence_carries_modality_cue_mutual_and_argument_codes(kg):
    (jail,) = _evidence(kg, "actor:kenjud", "actor:somedu", "jail")
    assert (jail["modality"], jail["modality_cue"], jail["mutual"]) == ("asserted", None, False)
    assert (jail["subject_actor_code"], jail["subject_actor_confidence"]) == ("KENJUD", 0.8)
    assert (jail["object_actor_code"], jail["object_actor_confidence"]) == ("SOMEDU", 0.8)
    (there,) = _evidence(kg, "kenya", "ethiopia", "sign")
    (back,) = _evidence(kg, "ethiopia", "kenya", "sign")
    assert there["mutual"] and back["mutual"]
    (reject,) = _evidence(kg, "actor:polleg", "concept:treaty", "reject")
    assert (reject["modality"], reject["modality_cue"]) == ("hypothetical", "could")
    assert kg.graph.edges["actor:polleg", "concept:treaty", "reject"]["event"] is None


def test_only_asserted_evidence_is_asserted(kg):
    flags = {(u, k): any(is_asserted(ev) for ev in attrs["evidence"])
             for u, _, k, attrs in kg.graph.edges(keys=True, data=True)}
    assert flags == {("actor:kenjud", "jail"): True, ("kenya", "sign"): True, ("ethiopia", "sign"): True,
                     ("actor:polleg", "reject"): False, ("actor:cop", "not arrest"): False}


def test_frames_show_codes_and_modality(kg):
    relations = kg.relations_frame().set_index(["subject", "predicate"])
    assert relations.loc[("actor:kenjud", "jail"), "subject_actor_code"] == "KENJUD"
    assert relations.loc[("actor:kenjud", "jail"), "object_actor_code"] == "SOMEDU"
    assert bool(relations.loc[("kenya", "sign"), "mutual"]) is True
    assert bool(relations.loc[("actor:polleg", "reject"), "asserted"]) is False
    entities = kg.entities_frame().set_index("key")
    assert tuple(entities.loc["actor:polleg", ["country", "role"]]) == ("poland", "LEG")


def test_node_fields_vote_across_documents(actor_facts):
    """Two documents give the court's country as Kenya, one as Uganda: Kenya wins, and so does its code."""
    def variant(doc_id: str, country: str, code: str) -> DocumentFacts:
        document = dataclasses.replace(actor_facts.document, id=doc_id)
        court = Entity("actor:court", "court", "ACTOR", actor_code=code, country=country, role="JUD")
        return DocumentFacts(document, (court,), ())

    kg = KnowledgeGraph([variant("a", "kenya", "KENJUD"), variant("b", "uganda", "UGAJUD"),
                         variant("c", "kenya", "KENJUD")])
    court = kg.entity("actor:court")
    assert (court["country"], court["actor_code"], court["role"]) == ("kenya", "KENJUD", "JUD")
    kg.remove("a").remove("c")
    court = kg.entity("actor:court")
    assert (court["country"], court["actor_code"]) == ("uganda", "UGAJUD")


def test_json_round_trip(kg, tmp_path):
    assert from_node_link(to_node_link(kg)) == kg
    write_json(kg, tmp_path / "graph.json")
    assert read_json(tmp_path / "graph.json") == kg


def test_rdf_actor_nodes_are_typed_and_linked(kg):
    union = rdflib.Graph()
    for s, p, o, _ in to_rdf(kg).quads((None, None, None, None)):
        union.add((s, p, o))
    court = entity_iri("actor:kenjud")
    assert (court, rdflib.RDF.type, NG.Actor) in union
    assert (court, NG.actorCode, Literal("KENJUD")) in union
    assert (court, NG.country, entity_iri("kenya")) in union
    assert (court, NG.role, Literal("JUD")) in union
    assert (entity_iri("actor:cop"), NG.country, None) not in union


def _statement(union: rdflib.Graph, lemma: str, subject: str) -> URIRef:
    (st,) = [st for st in union.subjects(NG.lemma, Literal(lemma))
             if (st, rdflib.RDF.subject, entity_iri(subject)) in union]
    return st


def test_rdf_statements_carry_modality_mutual_and_codes(kg):
    union = rdflib.Graph()
    for s, p, o, _ in to_rdf(kg).quads((None, None, None, None)):
        union.add((s, p, o))
    reject = _statement(union, "reject", "actor:polleg")
    assert union.value(reject, NG.modality) == NG.Hypothetical
    assert union.value(reject, NG.modalityCue) == Literal("could")
    assert union.value(reject, NG.subjectActorCode) == Literal("POLLEG")
    assert union.value(reject, NG.subjectActorConfidence).toPython() == 0.8
    assert union.value(reject, NG.objectActorCode) is None
    sign = _statement(union, "sign", "kenya")
    assert union.value(sign, NG.modality) == NG.Asserted
    assert union.value(sign, NG.mutual).toPython() is True
    arrest = _statement(union, "arrest", "actor:cop")
    assert union.value(arrest, NG.modality) == NG.Negated
    assert set(MODALITY_IRIS) == set(MODALITIES)


def test_sparql_finds_events_between_actors_by_quad_class(kg):
    rows = to_rdf(kg).query("""
        SELECT ?s ?o ?quad WHERE { GRAPH ?g {
          ?st ng:subjectActorCode ?s ; ng:objectActorCode ?o ; ng:eventQuadClass ?quad ;
              ng:modality ng:Asserted . } }
        ORDER BY ?s ?o""", initNs={"ng": NG._NS})
    assert [tuple(map(str, row)) for row in rows] == [
        ("ETH", "KEN", "verbal cooperation"), ("KEN", "ETH", "verbal cooperation"),
        ("KENJUD", "SOMEDU", "material conflict")]


@pytest.mark.parametrize("name", sorted(FORMATS))
def test_every_format_round_trips(kg, name):
    assert from_rdf_bytes(to_rdf_bytes(kg, format=name), format=name) == kg


def test_dataset_round_trip(kg):
    assert from_rdf(to_rdf(kg)) == kg


def test_a_modality_outside_the_closed_set_is_refused_when_read(kg):
    data = to_rdf_bytes(kg, format="nt").replace(b"ns#Hypothetical", b"ns#Perhaps")
    with pytest.raises(Exception, match="ng:modality .*Perhaps.* is none of ng:Asserted"):
        from_rdf_bytes(data, format="nt")


def test_actor_graph_conforms_to_the_shapes(kg):
    report = validate(kg)
    assert report.violations == ()
    assert report.conforms


def test_a_role_that_is_not_a_string_and_an_unknown_modality_are_violations(kg):
    data = to_rdf_bytes(kg, format="nq")
    data = data.replace(b'"JUD"', b'"7"^^<http://www.w3.org/2001/XMLSchema#integer>')
    data = data.replace(b"ns#Hypothetical", b"ns#Perhaps")
    # An actor without its code (on the entity; the appearance keeps it).
    data = b"\n".join(line for line in data.split(b"\n")
                      if not (line.startswith(b"<https://w3id.org/newsgraph/id/entity/actor%3Apolleg>")
                              and b"ns#actorCode" in line))
    graph = rdflib.Dataset()
    graph.parse(data=data, format="nquads")
    report = validate(graph)
    messages = " ".join(v.message for v in report.violations)
    assert not report.conforms
    assert "ng:role" in messages and "ng:modality" in messages
    assert "an ng:Actor has its ng:actorCode" in messages


# -- queries: asserted relations by default, events between actors by quad class --


@pytest.fixture(scope="module")
def actor_store(tmp_path_factory, actor_facts):
    from graph.store import load_into_store

    path = tmp_path_factory.mktemp("actors") / "store"
    load_into_store([actor_facts], path)
    return path


def _run(store_path, query, /, **params):
    from graph.queries import named_query, run_query
    from graph.store import open_store

    text, bindings = named_query(query, **params)
    return run_query(open_store(store_path, read_only=True), text, bindings=bindings).values()


def test_named_queries_leave_out_what_is_not_asserted(actor_store):
    assert _run(actor_store, "about", name="Polish lawmakers") == []
    (row,) = _run(actor_store, "about", name="Polish lawmakers", all_modalities=True)
    assert (row["predicate"], row["object"], row["modality"]) == ("reject", "the treaty", "hypothetical")
    assert _run(actor_store, "between", a="police", b="the protesters") == []
    (row,) = _run(actor_store, "between", a="police", b="the protesters", all_modalities=True)
    assert (row["modality"], row["negated"]) == ("negated", "true")
    (row,) = _run(actor_store, "about", name="Kenyan court")
    assert (row["predicate"], row["modality"]) == ("jail", "asserted")


def test_top_actors_count_asserted_relations_unless_asked(actor_store):
    def top(**params):
        return {r["actor"]: int(r["relations"]) for r in _run(actor_store, "top-actors", **params)}

    assert "police" not in top() and top()["Kenya"] == 1
    assert top(all_modalities=True)["police"] == 1


def test_events_between_actors_by_quad_class(actor_store):
    rows = [(r["source"], r["target"], r["quad_class"], int(r["events"])) for r in _run(actor_store, "events")]
    assert rows == [("ETH", "KEN", "verbal cooperation", 1), ("KEN", "ETH", "verbal cooperation", 1),
                    ("KENJUD", "SOMEDU", "material conflict", 1)]
    rows = _run(actor_store, "events", quad="material conflict")
    assert [(r["source"], r["target"]) for r in rows] == [("KENJUD", "SOMEDU")]


@pytest.mark.parametrize(("params", "message"), [
    ({"quad": "material"}, "quad 'material': expected one of verbal cooperation"),
    ({"limit": 0}, "limit 0"),
])
def test_events_parameters_are_checked(params, message):
    from graph.queries import QuerySyntaxError, named_query

    with pytest.raises(QuerySyntaxError, match=message):
        named_query("events", **params)


def test_query_command_events_and_all_modalities(actor_store):
    from click.testing import CliRunner

    from graph.cli import main

    runner = CliRunner()
    result = runner.invoke(main, ["query", "--store", str(actor_store), "--events", "--quad", "verbal cooperation",
                                  "--format", "csv"])
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[1:] == ["ETH,KEN,verbal cooperation,1,sign", "KEN,ETH,verbal cooperation,1,sign"]
    result = runner.invoke(main, ["query", "--store", str(actor_store), "--about", "police", "--all-modalities",
                                  "--format", "csv"])
    assert result.exit_code == 0 and "arrest" in result.output and "negated" in result.output
    result = runner.invoke(main, ["query", "--store", str(actor_store), "--events", "--all-modalities"])
    assert result.exit_code == 2 and "--all-modalities goes with" in result.output


# -- the page ------------------------------------------------------------------


def _page_data(kg) -> dict:
    import json
    import re

    from graph.formats.html_data import expand_page_data
    from graph.html import to_html

    page = to_html(kg)
    (payload,) = re.findall(r'<script type="application/json" id="ng-data">(.*?)</script>', page, re.S)
    assert "<" not in payload  # escaped: nothing can close the script element
    return expand_page_data(json.loads(payload))


def test_page_styles_actors_and_carries_codes_and_modality(kg):
    data = _page_data(kg)
    nodes = {n["key"]: n for n in data["nodes"]}
    court = nodes["actor:kenjud"]
    assert (court["shape"], court["actor_code"], court["country"], court["role"]) == (
        "diamond", "KENJUD", "Kenya", "JUD")
    assert nodes["actor:polleg"]["country"] == "poland"  # no Poland node: its key
    assert nodes["kenya"]["shape"] == "dot" and nodes["kenya"]["actor_code"] == "KEN"
    assert "ACTOR" in {t["type"] for t in data["legend"]["types"]}
    keys = {n["id"]: n["key"] for n in data["nodes"]}
    edges = {(keys[e["from"]], e["label"]): e for e in data["edges"]}
    assert (edges["actor:polleg", "reject"]["asserted"], edges["actor:polleg", "reject"]["dashes"],
            edges["actor:polleg", "reject"]["modalities"]) == (False, True, ["hypothetical"])
    assert edges["actor:cop", "not arrest"]["modalities"] == ["negated"]
    sign = edges["kenya", "sign"]
    assert (sign["asserted"], sign["dashes"], sign["mutual"]) == (True, False, True)
    details = dict(edges["actor:kenjud", "jail"]["evidence"][0]["details"])
    assert details["subject actor code"] == "KENJUD (0.80)" and details["object actor code"] == "SOMEDU (0.80)"
    assert dict(edges["actor:polleg", "reject"]["evidence"][0]["details"])["modality cue"] == "could"


def test_page_of_a_graph_without_modalities_treats_negation_as_not_asserted(seed_facts, make_relation):
    """Facts made before relations had a modality: unnegated ones are asserted."""
    negated = dataclasses.replace(seed_facts.relations[4], negated=True, event=None)
    kg = KnowledgeGraph([DocumentFacts(seed_facts.document, seed_facts.entities,
                                       (seed_facts.relations[0], negated))])
    flags = {e["label"]: (e["asserted"], e["modalities"]) for e in _page_data(kg)["edges"]}
    assert flags == {"kill": (True, ["asserted"]), "not accuse": (False, ["negated"])}


def test_hostile_country_keys_and_codes_survive_every_output(actor_facts, tmp_path):
    """A country key or a code that tries to break IRIs, JSON or the page stays data."""
    hostile = '<b>"x"</b> é/%20'
    entities = tuple(dataclasses.replace(e, country=hostile, role="JUDGOV") if e.key == "actor:kenjud" else e
                     for e in actor_facts.entities)
    relations = tuple(dataclasses.replace(r, modality_cue="</script>") for r in actor_facts.relations)
    kg = KnowledgeGraph([DocumentFacts(actor_facts.document, entities, relations)])
    assert kg.entity("actor:kenjud")["country"] == hostile
    for name in sorted(FORMATS):
        assert from_rdf_bytes(to_rdf_bytes(kg, format=name), format=name) == kg, name
    assert validate(kg).conforms
    data = _page_data(kg)
    court = next(n for n in data["nodes"] if n["key"] == "actor:kenjud")
    assert court["country"] == hostile and court["role"] == "JUDGOV"
