"""RDF: IRIs, the layout of the export, every format's round trip, the file API."""

from __future__ import annotations

import dataclasses

import pyoxigraph as ox
import pytest
import rdflib
from hypothesis import given, settings
from hypothesis import strategies as st
from rdflib import Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
from rdflib.namespace import DCTERMS, PROV, RDF, SKOS, XSD

from extract.types import Document, DocumentFacts, Entity
from graph.errors import FormatError, GraphError
from graph.model import KnowledgeGraph
from graph.rdf import FORMATS, from_rdf, from_rdf_bytes, rdf_format, read_rdf, to_rdf, to_rdf_bytes, write_rdf
from graph.vocab import (
    NG,
    SCHEMA,
    appearance_iri,
    decode_segment,
    document_iri,
    encode_segment,
    entity_iri,
    entity_key,
    graph_iri,
    predicate_iri,
    predicate_of,
    statement_iri,
)

ALEPPO = "wikinews:5e946305f6ec"
WITHDRAWAL = "wikinews:3978c8f76bc8"
INIT_NS = {"ng": NG._NS, "rel": rdflib.Namespace("https://w3id.org/newsgraph/rel/"), "rdf": RDF, "prov": PROV,
           "skos": SKOS, "dcterms": DCTERMS, "schema": SCHEMA}


@pytest.fixture(scope="module")
def kg(corpus_facts, hostile_facts) -> KnowledgeGraph:
    return KnowledgeGraph([*corpus_facts, hostile_facts])


@pytest.fixture(scope="module")
def dataset(kg) -> rdflib.Dataset:
    return to_rdf(kg)


def _named(ds: rdflib.Dataset) -> dict[str, rdflib.Graph]:
    return {str(g.identifier): g for g in ds.graphs() if len(g)}


def assert_same_dataset(a: rdflib.Dataset, b: rdflib.Dataset) -> None:
    named_a, named_b = _named(a), _named(b)
    assert sorted(named_a) == sorted(named_b)
    for name, graph in named_a.items():
        assert isomorphic(graph, named_b[name]), name


def _union(ds: rdflib.Dataset) -> rdflib.Graph:
    union = rdflib.Graph()
    for s, p, o, _ in ds.quads((None, None, None, None)):
        union.add((s, p, o))
    return union


# -- IRIs ---------------------------------------------------------------

_names = st.text(min_size=1, max_size=40)


@settings(max_examples=200, deadline=None)
@given(key=_names, doc=_names, lemma=_names, negated=st.booleans())
def test_minted_iris_parse_in_rdflib_and_oxigraph(key, doc, lemma, negated):
    s, p, o = entity_iri(key), predicate_iri(lemma, negated=negated), document_iri(doc)
    extra = [appearance_iri(doc, key), statement_iri(doc, key), graph_iri(doc)]
    graph = rdflib.Graph()
    graph.add((s, p, o))
    for iri in extra:
        graph.add((iri, RDF.type, NG.Entity))
    data = graph.serialize(format="nt", encoding="utf-8")
    parsed = rdflib.Graph().parse(data=data, format="nt")
    assert isomorphic(parsed, graph)
    ox_terms = {t.value for q in ox.parse(data, format=ox.RdfFormat.N_TRIPLES) for t in (q.subject, q.object)}
    assert {str(s), str(o), *map(str, extra)} <= ox_terms
    turtle = ox.serialize(ox.parse(data, format=ox.RdfFormat.N_TRIPLES), format=ox.RdfFormat.TURTLE,
                          prefixes={"rel": "https://w3id.org/newsgraph/rel/"})
    assert isomorphic(rdflib.Graph().parse(data=turtle, format="turtle"), graph)
    for iri in (s, p, o, *extra):
        ox.NamedNode(str(iri))  # raises on an invalid IRI
    assert entity_key(s) == key and predicate_of(p) == (lemma, negated)
    assert decode_segment(encode_segment(doc)) == doc


@settings(max_examples=100, deadline=None)
@given(a=_names, b=_names)
def test_different_names_never_collide(a, b):
    if a != b:
        assert entity_iri(a) != entity_iri(b)
        assert appearance_iri(a, b) != appearance_iri(b, a)


@settings(max_examples=40, deadline=None)
@given(subject=_names, obj=_names, doc=_names, lemma=_names, text=st.text(max_size=40))
def test_any_names_and_text_survive_every_writer(subject, obj, doc, lemma, text):
    from extract.types import Argument, Predicate, Relation

    relation = Relation(doc, Argument(subject, text or "x", "PERSON", text, 0, len(text)),
                        Predicate(lemma, text, 0, 0), Argument(obj, obj, "CONCEPT", text, 0, 0), text, 0,
                        complement=text)
    kg = KnowledgeGraph([DocumentFacts(Document(doc, text, title=text, date=text), (), (relation,))])
    dataset = to_rdf(kg)
    assert from_rdf(dataset) == kg
    for name in ("nquads", "nt", "turtle", "trig"):
        data = to_rdf_bytes(kg, format=name)
        assert from_rdf_bytes(data, format=name) == kg
        if FORMATS[name].quads:
            assert_same_dataset(rdflib.Dataset().parse(data=data, format=FORMATS[name].rdflib), dataset)
        else:
            assert isomorphic(rdflib.Graph().parse(data=data, format=FORMATS[name].rdflib), _union(dataset))


@pytest.mark.parametrize(
    ("name", "segment"),
    [
        ("donald trump", "donald%20trump"),
        ("concept:six civilians", "concept%3Asix%20civilians"),
        ("100%", "100%25"),
        ("a/b", "a%2Fb"),
        ("<>{}|\\^`\"", "%3C%3E%7B%7D%7C%5C%5E%60%22"),
        ("\x00\n", "%00%0A"),
        ("Erdoğan 北京", "Erdoğan%20北京"),
        ("\ue000", "%EE%80%80"),  # private use: not iunreserved
        ("no\xa0break", "no%C2%A0break"),  # a Unicode space
        ("a-b._~", "a-b._~"),
        ("U.S.", "U.S%2E"),  # a final "." is escaped
    ],
)
def test_encode_segment(name, segment):
    assert encode_segment(name) == segment
    assert decode_segment(segment) == name


def test_empty_names_are_refused():
    with pytest.raises(GraphError, match="non-empty str"):
        entity_iri("")


def test_vocabulary_is_closed():
    assert str(NG.mentionCount) == "https://w3id.org/newsgraph/ns#mentionCount"
    with pytest.raises(AttributeError):
        NG.mentionCuont  # noqa: B018


# -- the layout ---------------------------------------------------------


def test_one_named_graph_per_document(kg, dataset):
    assert sorted(_named(dataset)) == sorted(str(graph_iri(d)) for d in kg.documents)
    assert len(dataset.graph(DATASET_DEFAULT_GRAPH_ID)) == 0


def test_a_document_graph_holds_only_what_it_says(kg, dataset):
    seed = dataset.graph(graph_iri("seed"))
    named = {entity_key(e) for e in seed.subjects(RDF.type, NG.Entity)}
    assert named == {key for key, docs in kg.graph.nodes(data="documents") if "seed" in docs}
    assert "china" not in named and "russia" in named
    assert set(seed.subjects(RDF.type, NG.Document)) == {document_iri("seed")}
    assert set(seed.objects(None, PROV.wasDerivedFrom)) == {document_iri("seed")}


def test_relations_are_plain_triples(dataset):
    rows = dataset.query(
        "SELECT ?o ?g WHERE { GRAPH ?g { ?s rel:accuse ?o } }",
        initNs=INIT_NS, initBindings={"s": entity_iri("syria")},
    )
    assert [(o, g) for o, g in rows] == [(entity_iri("israel"), graph_iri("seed"))]
    union = _union(dataset)
    assert (entity_iri("israel"), predicate_iri("carry out"), entity_iri("concept:strike")) in union
    # Negated relations do not assert the positive triple.
    us, detainee = entity_iri("united states"), entity_iri("concept:detainee")
    assert (us, predicate_iri("hold", negated=True), detainee) in union
    assert (us, predicate_iri("hold"), detainee) not in union


def test_statements_carry_evidence_and_provenance(dataset, seed_text):
    rows = list(dataset.query(
        """SELECT ?st ?sentence ?start ?a ?b ?conf ?killed WHERE { GRAPH ?g {
             ?st a rdf:Statement ; rdf:subject ?s ; rdf:predicate rel:kill ; rdf:object ?o ;
                 prov:wasDerivedFrom ?doc ; ng:sentence ?sentence ; ng:sentenceStart ?start ;
                 ng:objectStart ?a ; ng:objectEnd ?b ; ng:confidence ?conf ; ng:negated false ;
                 ng:casualties [ ng:killed ?killed ] } }""",
        initNs=INIT_NS,
        initBindings={"s": entity_iri("syrian regime"), "o": entity_iri("concept:civilian"),
                      "doc": document_iri("seed")},
    ))
    assert len(rows) == 1
    _, sentence, start, a, b, conf, killed = rows[0]
    assert str(sentence).startswith("Bombardments by the Syrian regime killed six civilians")
    assert seed_text[start.toPython():].startswith(str(sentence))
    assert seed_text[a.toPython():b.toPython()] == "six civilians"
    assert (conf.toPython(), killed.toPython()) == (0.9, 6)
    assert conf.datatype == XSD.double


def test_mention_counts_sum_over_graphs(kg, dataset):
    rows = dataset.query(
        "SELECT (SUM(?n) AS ?total) WHERE { GRAPH ?g { ?a ng:entity ?e ; ng:mentionCount ?n } }",
        initNs=INIT_NS, initBindings={"e": entity_iri("russia")},
    )
    assert [row.total.toPython() for row in rows] == [5] == [kg.graph.nodes["russia"]["mentions"]]


@pytest.mark.parametrize(
    ("key", "classes", "entity_type"),
    [
        ("donald trump", {SCHEMA.Person}, "PERSON"),
        ("syria", {SCHEMA.AdministrativeArea, NG.GeopoliticalEntity}, "GPE"),
        ("isis", {SCHEMA.Organization}, "ORG"),
        ("concept:fund", {SKOS.Concept}, "CONCEPT"),
    ],
)
def test_entity_types_map_to_schema_org(dataset, key, classes, entity_type):
    union = _union(dataset)
    e = entity_iri(key)
    assert set(union.objects(e, RDF.type)) == {NG.Entity, *classes}
    assert list(union.objects(e, NG.entityType)) == [Literal(entity_type)]


def test_labels_aliases_and_documents(dataset):
    seed = dataset.graph(graph_iri("seed"))
    trump = entity_iri("donald trump")
    assert list(seed.objects(trump, rdflib.RDFS.label)) == [Literal("Donald Trump")]
    assert set(seed.objects(trump, SKOS.altLabel)) == {Literal("Trump"), Literal("US President Donald Trump")}
    doc = document_iri("seed")
    assert seed.value(doc, DCTERMS.date) == Literal("2019-06-03", datatype=XSD.date)
    assert seed.value(doc, DCTERMS.source) == Literal("AFP")
    assert seed.value(doc, DCTERMS.identifier) == Literal("seed")
    aleppo = dataset.graph(graph_iri(ALEPPO))
    assert str(aleppo.value(document_iri(ALEPPO), SCHEMA.url)).startswith("https://en.wikinews.org/wiki/Block")


def test_hostile_values_stay_literals(hostile_facts, dataset):
    doc_id = hostile_facts.document.id
    graph = dataset.graph(graph_iri(doc_id))
    doc = document_iri(doc_id)
    assert graph.value(doc, DCTERMS.date) == Literal("not a date")  # not an ill-typed xsd:date
    assert graph.value(doc, DCTERMS.title) == Literal("</title><script>alert(1)</script>")
    rows = dataset.query("SELECT ?o WHERE { GRAPH ?g { ?e rdfs:label ?o } }",
                         initBindings={"e": entity_iri("} ; drop graph <urn:x> . {")})
    assert {str(o) for (o,) in rows} == {"} ; DROP GRAPH <urn:x> . {"}


def test_replacing_a_document_is_replacing_its_graph(corpus_facts, seed_facts, hostile_facts, dataset):
    smaller = dataclasses.replace(seed_facts, relations=seed_facts.relations[:2])
    replaced = to_rdf(KnowledgeGraph([*corpus_facts, hostile_facts]).add(smaller))
    expected = rdflib.Dataset()
    for name, graph in _named(dataset).items():
        source = to_rdf(KnowledgeGraph([smaller])).graph(URIRef(name)) if name == str(graph_iri("seed")) else graph
        target = expected.graph(URIRef(name))
        for triple in source:
            target.add(triple)
    assert_same_dataset(replaced, expected)


# -- round trips --------------------------------------------------------


def test_dataset_round_trip(kg, dataset):
    again = from_rdf(dataset)
    assert again == kg
    assert_same_dataset(to_rdf(again), dataset)


def test_union_graph_round_trip(kg, dataset):
    assert from_rdf(_union(dataset)) == kg


@pytest.mark.parametrize("name", sorted(FORMATS))
def test_every_format_round_trips(kg, name):
    assert from_rdf_bytes(to_rdf_bytes(kg, format=name), format=name) == kg


@pytest.mark.parametrize("name", sorted(FORMATS))
def test_every_format_holds_the_statements_of_to_rdf(kg, dataset, name):
    """Read by rdflib, whatever wrote it, each format holds what to_rdf gives."""
    data = to_rdf_bytes(kg, format=name)
    rdflib_name = {"xml": "xml", "json-ld": "json-ld"}.get(name, FORMATS[name].rdflib)
    if FORMATS[name].quads:
        parsed = rdflib.Dataset().parse(data=data, format=rdflib_name)
        assert_same_dataset(parsed, dataset)
    else:
        parsed = rdflib.Graph().parse(data=data, format=rdflib_name)
        assert isomorphic(parsed, _union(dataset))


def test_a_graph_read_back_can_still_grow(corpus_facts, seed_facts):
    loaded = from_rdf_bytes(to_rdf_bytes(KnowledgeGraph(corpus_facts[1:]), format="nq"), format="nq")
    assert loaded.add(seed_facts) == KnowledgeGraph(corpus_facts)


def test_duplicate_evidence_stays_duplicate(seed_facts):
    twice = dataclasses.replace(seed_facts, relations=seed_facts.relations + seed_facts.relations[:1])
    kg = KnowledgeGraph([twice])
    assert kg.graph.get_edge_data("syrian regime", "concept:civilian", "kill")["count"] == 2
    for name in ("nq", "ttl"):
        assert from_rdf_bytes(to_rdf_bytes(kg, format=name), format=name) == kg


def test_empty_graph_and_entity_only_documents():
    empty = KnowledgeGraph()
    assert len(to_rdf(empty)) == 0 and from_rdf(to_rdf(empty)) == empty
    kg = KnowledgeGraph([DocumentFacts(Document("d1", ""), ()),
                         DocumentFacts(Document("d2", "Syria."), (Entity("syria", "Syria", "GPE", lat=35.0),))])
    for name in sorted(FORMATS):
        assert from_rdf_bytes(to_rdf_bytes(kg, format=name), format=name) == kg


# -- formats and files --------------------------------------------------


@pytest.mark.parametrize(
    ("name", "path", "expected"),
    [
        ("turtle", None, "turtle"),
        ("TTL", None, "turtle"),
        ("n-triples", None, "nt"),
        ("nq", None, "nquads"),
        ("jsonld", None, "json-ld"),
        ("rdf/xml", None, "xml"),
        (None, "out/graph.ttl", "turtle"),
        (None, "graph.NT", "nt"),
        (None, "a.b/graph.trig", "trig"),
        (None, "graph.jsonld", "json-ld"),
        (None, "graph.rdf", "xml"),
        ("nq", "graph.ttl", "nquads"),  # an explicit name wins
    ],
)
def test_format_table(name, path, expected):
    assert rdf_format(name, path=path).name == expected


def test_unknown_formats_list_the_valid_ones():
    with pytest.raises(FormatError, match=r"unknown RDF format 'n3'; valid names: .*json-ld.*nquads.*turtle"):
        rdf_format("n3")
    with pytest.raises(FormatError, match=r"graph\.txt: cannot tell the RDF format from extension '\.txt'.*\.ttl"):
        rdf_format(path="graph.txt")
    with pytest.raises(FormatError, match="pass format="):
        rdf_format()


@pytest.mark.parametrize("suffix", [".ttl", ".nt", ".nq", ".trig", ".jsonld", ".rdf"])
def test_write_and_read_files(tmp_path, kg, suffix):
    path = tmp_path / f"graph{suffix}"
    write_rdf(kg, path)
    assert read_rdf(path) == kg
    assert [p.name for p in tmp_path.iterdir()] == [path.name]


def test_format_argument_beats_the_extension(tmp_path, kg):
    path = tmp_path / "graph.data"
    write_rdf(kg, path, format="trig")
    assert path.read_bytes().lstrip().startswith(b"@prefix")
    assert read_rdf(path, format="trig") == kg


def test_rdf_xml_refuses_what_it_cannot_write_and_keeps_the_old_file(tmp_path, kg, seed_facts, make_relation):
    path = tmp_path / "graph.rdf"
    write_rdf(kg, path)
    before = path.read_bytes()
    odd = make_relation(seed_facts.document, "Syria accused Israel", ("syria", "Syria", "GPE", "Syria"),
                        ("1", "accused"), ("israel", "Israel", "GPE", "Israel"))
    bad = KnowledgeGraph([dataclasses.replace(seed_facts, relations=(odd,))])
    with pytest.raises(FormatError, match=r"RDF/XML cannot write predicate <https://w3id.org/newsgraph/rel/1>"):
        write_rdf(bad, path)
    assert path.read_bytes() == before
    write_rdf(bad, tmp_path / "graph.ttl")  # Turtle can
    assert read_rdf(tmp_path / "graph.ttl") == bad


def test_read_rdf_errors_name_the_file(tmp_path):
    broken = tmp_path / "broken.ttl"
    broken.write_text("@prefix ng: <https://w3id.org/newsgraph/ns#> .\n<a> ng:x", encoding="utf-8")
    with pytest.raises(FormatError, match=r"broken\.ttl: not valid turtle"):
        read_rdf(broken)
    with pytest.raises(GraphError, match=r"missing\.nq: cannot read"):
        read_rdf(tmp_path / "missing.nq")
    lacking = tmp_path / "lacking.nt"
    lacking.write_text(
        f"<{statement_iri('d', 'x')}> <{RDF.type}> <{NG.Statement}> .\n"
        f"<{document_iri('d')}> <{RDF.type}> <{NG.Document}> .\n", encoding="utf-8")
    with pytest.raises(FormatError, match=r"lacking\.nt: <https://w3id.org/newsgraph/id/statement/d/x> lacks "
                                          r"<http://www.w3.org/ns/prov#wasDerivedFrom>"):
        read_rdf(lacking)


def test_foreign_triples_are_ignored():
    graph = rdflib.Graph()
    graph.add((URIRef("https://example.org/a"), RDF.type, URIRef("https://example.org/B")))
    assert len(from_rdf(graph)) == 0


def test_an_ego_graph_exports_too(kg):
    ego = kg.ego("Israel")
    assert from_rdf(to_rdf(ego)) == ego
    assert from_rdf_bytes(to_rdf_bytes(ego, format="trig"), format="trig") == ego


def test_places_link_to_geonames_with_wgs84_coordinates(nlp):
    """Damascus, in an article on Syria, is GeoNames 170654 at about 33.5 N, 36.3 E."""
    from graph.model import KnowledgeGraph
    from graph.rdf import to_rdf
    from graph.store import validate
    from graph.vocab import entity_iri

    kg = KnowledgeGraph.from_texts(["Syria accused Israel of raids on military posts south of Damascus."], nlp=nlp)
    ds = to_rdf(kg)
    query = """
    PREFIX owl: <http://www.w3.org/2002/07/owl#>
    PREFIX geo: <http://www.w3.org/2003/01/geo/wgs84_pos#>
    SELECT ?same ?lat ?long WHERE { GRAPH ?g { ?place owl:sameAs ?same ; geo:lat ?lat ; geo:long ?long }
                                    FILTER(STRSTARTS(STR(?same), "http://sws.geonames.org/")) }
    """
    [row] = list(ds.query(query, initBindings={"place": entity_iri(kg.find("Damascus"))}))
    assert str(row.same) == "http://sws.geonames.org/170654/"
    assert 33.0 < float(row.lat) < 34.0 and 36.0 < float(row.long) < 37.0
    assert validate(ds).conforms
