"""Push to a real Oxigraph server, query it back, and fail loudly when the server does."""

from __future__ import annotations

import base64
import csv
import io
import time
import urllib.parse

import pyoxigraph as ox
import pytest
import rdflib
import requests
from click.testing import CliRunner

from graph.model import KnowledgeGraph
from graph.queries import format_result, named_query, run_query
from graph.rdf import to_rdf, write_rdf
from graph.store import PushError, load_into_store, open_store, push
from graph.store_cli import push as push_command
from graph.store_cli import query as query_command
from graph.vocab import graph_iri
from tests.server.conftest import free_port

pytestmark = pytest.mark.server

WHO_BOMBED_IDLIB = """
SELECT DISTINCT ?who WHERE { GRAPH ?g {
  ?s <https://w3id.org/newsgraph/rel/bomb> <https://w3id.org/newsgraph/id/entity/idlib> ;
     <http://www.w3.org/2000/01/rdf-schema#label> ?who } }
ORDER BY ?who
"""


def local_counts(kg: KnowledgeGraph) -> dict[str, int]:
    """Triples per named graph, counted on rdflib's own Dataset (not the push path)."""
    ds = to_rdf(kg)
    return {str(g.identifier): len(g) for g in ds.graphs() if len(g) and str(g.identifier).startswith("https:")}


def server_counts(url: str) -> dict[str, int]:
    answer = requests.post(
        url + "/query",
        data={"query": "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g"},
        headers={"Accept": "text/csv"},
        timeout=30,
    )
    answer.raise_for_status()
    return {row["g"]: int(row["n"]) for row in csv.DictReader(io.StringIO(answer.text))}


def update(url: str, text: str) -> None:
    requests.post(url + "/update", data=text.encode("utf-8"),
                  headers={"Content-Type": "application/sparql-update"}, timeout=30).raise_for_status()


def default_graph_size(url: str) -> int:
    answer = requests.post(url + "/query", data={"query": "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"},
                           headers={"Accept": "text/csv"}, timeout=30)
    return int(answer.text.splitlines()[1])


@pytest.fixture(scope="module")
def seed_id(wikinews_facts_extracted):
    ids = [f.document.id for f in wikinews_facts_extracted if not f.document.id.startswith("wikinews:")]
    assert len(ids) == 1
    return ids[0]


@pytest.mark.parametrize(("method", "batch_size"), [("graph-store", 50_000), ("graph-store", 97),
                                                    ("update", 50_000), ("update", 97)])
def test_push_gives_exact_triple_counts_per_graph(oxigraph_url, wikinews_kg, method, batch_size):
    expected = local_counts(wikinews_kg)
    assert len(expected) == 7
    report = push(wikinews_kg, oxigraph_url, method=method, batch_size=batch_size)
    assert report.ok and report.method == method
    assert dict(report.uploaded) == expected
    assert report.triples == sum(expected.values())
    assert server_counts(oxigraph_url) == expected
    assert default_graph_size(oxigraph_url) == 0


def test_who_bombed_idlib(oxigraph_url, wikinews_kg):
    push(wikinews_kg, oxigraph_url)
    result = run_query(oxigraph_url, WHO_BOMBED_IDLIB)
    # "The bombardment by Damascus and regime ally Russia of Idlib province ..."
    # "Russia, Syria and, to a lesser extent, Iran, are bombing the hell out of Idlib Province"
    assert [r["who"] for r in result.values()] == ["Damascus", "Iran", "Russia", "Syria"]


def test_repush_replaces_without_duplicates(oxigraph_url, wikinews_kg):
    expected = local_counts(wikinews_kg)
    push(wikinews_kg, oxigraph_url)
    push(wikinews_kg, oxigraph_url, method="update")
    push(wikinews_kg, oxigraph_url, batch_size=50)
    assert server_counts(oxigraph_url) == expected


def test_repushed_changed_article_replaces_its_graph_only(oxigraph_url, wikinews_kg,
                                                          wikinews_facts_extracted, seed_id):
    push(wikinews_kg, oxigraph_url)
    seed = next(f for f in wikinews_facts_extracted if f.document.id == seed_id)
    import dataclasses

    smaller = KnowledgeGraph([dataclasses.replace(seed, relations=seed.relations[:3])])
    report = push(smaller, oxigraph_url, method="update")
    assert report.graphs == 1
    expected = local_counts(wikinews_kg)
    expected[str(graph_iri(seed_id))] = local_counts(smaller)[str(graph_iri(seed_id))]
    assert server_counts(oxigraph_url) == expected
    assert expected[str(graph_iri(seed_id))] < local_counts(wikinews_kg)[str(graph_iri(seed_id))]


def test_named_queries_answer_the_same_remote_and_local(oxigraph_url, wikinews_kg, tmp_path):
    push(wikinews_kg, oxigraph_url)
    load_into_store(wikinews_kg, tmp_path / "store")
    local = open_store(tmp_path / "store", read_only=True)
    for name, params in [("about", {"name": "Idlib"}), ("top-actors", {"limit": 5}),
                         ("between", {"a": "Russia", "b": "Idlib", "since": "2019-01-01"}),
                         ("about", {"name": '} ; DROP GRAPH <urn:x> . {'})]:
        text, bindings = named_query(name, **params)
        remote_rows = run_query(oxigraph_url, text, bindings=bindings).values()
        local_rows = run_query(local, text, bindings=bindings).values()
        assert remote_rows == local_rows, name
    text, bindings = named_query("about", name="idlib")
    subjects = {r["subject"] for r in run_query(oxigraph_url, text, bindings=bindings).values()}
    assert {"Damascus", "Iran", "Russia", "Syria"} <= subjects
    assert server_counts(oxigraph_url) == local_counts(wikinews_kg)


def test_server_down_names_every_graph_not_uploaded(wikinews_kg):
    url = f"http://127.0.0.1:{free_port()}"
    started = time.monotonic()
    with pytest.raises(PushError) as info:
        push(wikinews_kg, url, retries=2, backoff=0.01, timeout=2)
    report = info.value.report
    assert report.uploaded == () and not report.ok
    assert sorted(name for name, _ in report.failed) == sorted(local_counts(wikinews_kg))
    assert "cannot connect" in report.failed[0][1]
    assert "gave up after 3 attempts" in report.failed[0][1]
    assert time.monotonic() - started < 10, "retried once per graph although the server is down"
    assert "7 of 7 graphs not uploaded" in str(info.value)


def test_server_error_500_is_retried_once_then_reported(stub_server, wikinews_kg):
    url, server = stub_server(500)
    with pytest.raises(PushError) as info:
        push(wikinews_kg, url, retries=2, backoff=0.01)
    report = info.value.report
    assert len(report.failed) == 7 and report.uploaded == ()
    # A 500 is retried once only: the same failure twice will not mend.
    assert len(server.requests) == 7 * 2
    assert all(method == "PUT" for method, *_ in server.requests)
    assert "server error 500" in report.failed[0][1]
    assert "gave up after 2 attempts: a 500 is retried once only" in report.failed[0][1]


@pytest.mark.parametrize("status", [501, 505])
def test_a_server_error_that_cannot_mend_is_not_retried(stub_server, wikinews_kg, status):
    url, server = stub_server(status)
    with pytest.raises(PushError) as info:
        push(wikinews_kg, url, retries=3, backoff=0.01)
    assert len(server.requests) == 7
    assert f"server error {status}" in info.value.report.failed[0][1]
    assert "not retried" in info.value.report.failed[0][1]


def test_a_gateway_error_is_retried_until_the_retries_run_out(stub_server, wikinews_kg):
    url, server = stub_server(lambda method, path: 502)
    with pytest.raises(PushError) as info:
        push(wikinews_kg, url, retries=2, backoff=0.01)
    assert len(server.requests) == 7 * 3
    assert "the server kept answering 502; all 2 retries used" in info.value.report.failed[0][1]


def test_transient_errors_are_retried_to_success(stub_server, wikinews_kg):
    calls = []

    def flaky(method, path):
        calls.append(path)
        return 503 if len(calls) <= 2 else 204

    url, server = stub_server(flaky)
    report = push(wikinews_kg, url, retries=3, backoff=0.01)
    assert report.ok and report.graphs == 7
    assert len(server.requests) == 7 + 2


def test_partial_failure_names_the_graph_and_cli_exits_1(stub_server, wikinews_kg, seed_id, tmp_path):
    bad = str(graph_iri(seed_id))

    def one_graph_fails(method, path):
        query = urllib.parse.parse_qs(urllib.parse.urlsplit(path).query)
        return 500 if query.get("graph") == [bad] else 204

    url, server = stub_server(one_graph_fails)
    with pytest.raises(PushError) as info:
        push(wikinews_kg, url, retries=1, backoff=0.01)
    report = info.value.report
    assert [name for name, _ in report.failed] == [bad]
    assert report.graphs == 6
    assert bad in str(info.value)

    write_rdf(wikinews_kg, tmp_path / "graph.trig")
    result = CliRunner().invoke(push_command, [str(tmp_path), "--endpoint", url, "--retries", "0"])
    assert result.exit_code == 1
    assert f"not uploaded: {bad}" in result.output
    assert "1 graph(s) NOT uploaded; 6 graph(s)" in result.output
    assert "uploaded 7 graphs" not in result.output


def test_client_error_is_not_retried(stub_server, wikinews_kg):
    url, server = stub_server(404)
    with pytest.raises(PushError) as info:
        push(wikinews_kg, url, retries=3, backoff=0.01)
    assert len(server.requests) == 7
    assert "refused with 404" in info.value.report.failed[0][1]


@pytest.mark.parametrize(
    ("auth", "header"),
    [("s3cret-token", "Bearer s3cret-token"),
     (("alice", "pa:ss"), "Basic " + base64.b64encode(b"alice:pa:ss").decode())],
)
def test_authentication_headers(stub_server, wikinews_kg, auth, header):
    url, server = stub_server(204)
    push(wikinews_kg, url, auth=auth, method="update")
    assert {r[2].get("Authorization") for r in server.requests} == {header}
    assert all(r[1] == "/update" for r in server.requests)
    assert all(r[2]["Content-Type"].startswith("application/sparql-update") for r in server.requests)


def test_graph_store_requests_are_put_of_ntriples(stub_server, wikinews_kg):
    url, server = stub_server(204)
    push(wikinews_kg, url, batch_size=100)
    stores = [r for r in server.requests if r[1].startswith("/store")]
    updates = [r for r in server.requests if r[1] == "/update"]
    assert len(stores) + len(updates) == len(server.requests)
    first = {}
    for method, path, headers, _ in stores:
        graph = urllib.parse.parse_qs(urllib.parse.urlsplit(path).query)["graph"][0]
        first.setdefault(graph, method)
        assert headers["Content-Type"] == "application/n-triples"
    assert set(first.values()) == {"PUT"}, "each graph starts with a replacing PUT"
    # Large graphs go in several batches into a staging graph each, which one
    # update request then puts in place of the article's graph.
    staging = sorted(g for g in first if g.startswith("urn:newsgraph:staging:"))
    direct = sorted(g for g in first if not g.startswith("urn:newsgraph:staging:"))
    assert staging and len(staging) + len(direct) == 7 == len(local_counts(wikinews_kg))
    assert len(updates) == len(staging)
    moved = {}
    for _, _, headers, body in updates:
        assert headers["Content-Type"].startswith("application/sparql-update")
        text = body.decode("utf-8")
        (source,) = [g for g in staging if f"<{g}>" in text]
        (target,) = [g for g in local_counts(wikinews_kg) if f"<{g}>" in text]
        moved[source] = target
    assert sorted(moved) == staging
    assert sorted(set(moved.values()) | set(direct)) == sorted(local_counts(wikinews_kg))


def test_move_silent_from_a_missing_graph_empties_the_target_on_oxigraph(oxigraph_url):
    # Why the push does not use MOVE SILENT to put a staging graph in place:
    # a late copy of it, landing after its source was dropped, would wipe
    # the graph it was meant to fill.
    update(oxigraph_url, "INSERT DATA { GRAPH <urn:x:target> { <urn:x:a> <urn:x:b> <urn:x:c> } }")
    update(oxigraph_url, "MOVE SILENT GRAPH <urn:x:gone> TO GRAPH <urn:x:target>")
    assert server_counts(oxigraph_url) == {}


@pytest.mark.parametrize("target", ["urn:x:target", None])
def test_putting_a_staging_graph_in_place_needs_the_staging_graph(oxigraph_url, target):
    from graph.store import DEFAULT_GRAPH, _move_into_place

    name = ox.NamedNode(target) if target else DEFAULT_GRAPH

    def into(pattern: str) -> str:
        return f"GRAPH <{target}> {{ {pattern} }}" if target else pattern

    old = "<urn:x:a> <urn:x:b> <urn:x:c> . <urn:x:a> <urn:x:b> <urn:x:d> ."
    update(oxigraph_url, "INSERT DATA { " + into(old) + " }")
    size = (lambda: server_counts(oxigraph_url).get(target, 0)) if target else \
        (lambda: default_graph_size(oxigraph_url))
    # A late request whose staging graph is gone changes nothing.
    update(oxigraph_url, _move_into_place(ox.NamedNode("urn:newsgraph:staging:gone"), name))
    assert size() == 2
    # With its staging graph there, it replaces the target and drops the staging graph;
    # blank nodes are kept (three triples over two blank nodes and one IRI).
    update(oxigraph_url, "INSERT DATA { GRAPH <urn:newsgraph:staging:1> { "
                         "_:x <urn:x:b> _:y . _:y <urn:x:b> <urn:x:e> . <urn:x:f> <urn:x:b> _:x } }")
    update(oxigraph_url, _move_into_place(ox.NamedNode("urn:newsgraph:staging:1"), name))
    assert size() == 3
    assert "urn:newsgraph:staging:1" not in server_counts(oxigraph_url)
    chain = run_query(oxigraph_url, "SELECT ?e WHERE { " + into(
        "<urn:x:f> <urn:x:b> ?x . ?x <urn:x:b> ?y . ?y <urn:x:b> ?e") + " }")
    assert [row["e"] for row in chain.values()] == ["urn:x:e"]


@pytest.mark.parametrize("method", ["graph-store", "update"])
def test_a_large_default_graph_goes_in_batches(oxigraph_url, method):
    triples = rdflib.Graph()
    for i in range(25):
        triples.add((rdflib.URIRef(f"urn:x:s{i}"), rdflib.URIRef("urn:x:p"), rdflib.Literal(f"o {i}")))
    report = push(triples, oxigraph_url, method=method, batch_size=10)
    assert report.uploaded == (("", 25),)
    assert default_graph_size(oxigraph_url) == 25
    assert server_counts(oxigraph_url) == {}  # no staging graph left


@pytest.mark.parametrize("method", ["graph-store", "update"])
def test_hostile_text_in_a_batched_graph_stays_data(oxigraph_url, method):
    graph = ox.NamedNode("https://w3id.org/newsgraph/id/graph/x%7D%20%3B%20DROP%20ALL")
    words = ['} } ; DROP ALL ; INSERT DATA { <urn:x:a> <urn:x:b> "c" } #',
             '" . } } ; CLEAR ALL', "\\u0022 >", "line\nbreak"]
    triples = [ox.Triple(ox.NamedNode(f"urn:x:s{i}"), ox.NamedNode("urn:x:says"), ox.Literal(word))
               for i, word in enumerate(words)]
    report = push({graph: triples}, oxigraph_url, method=method, batch_size=1)
    assert report.uploaded == ((graph.value, 4),)
    assert server_counts(oxigraph_url) == {graph.value: 4}
    said = run_query(oxigraph_url, "SELECT ?w WHERE { GRAPH ?g { ?s <urn:x:says> ?w } } ORDER BY ?w")
    assert sorted(row["w"] for row in said.values()) == sorted(words)


# -- the commands -------------------------------------------------------------


def test_cli_push_folder_and_store(oxigraph_url, wikinews_kg, tmp_path):
    expected = local_counts(wikinews_kg)
    write_rdf(wikinews_kg, tmp_path / "graph.trig")
    result = CliRunner().invoke(push_command, [str(tmp_path), "--endpoint", oxigraph_url])
    assert result.exit_code == 0, result.output
    assert f"uploaded 7 graphs ({sum(expected.values())} triples)" in result.output
    assert server_counts(oxigraph_url) == expected

    load_into_store(wikinews_kg, tmp_path / "store")
    result = CliRunner().invoke(push_command, ["--store", str(tmp_path / "store"), "--endpoint",
                                               oxigraph_url, "--method", "update", "-q"])
    assert result.exit_code == 0, result.output
    assert result.output == ""
    assert server_counts(oxigraph_url) == expected


def test_cli_push_usage_errors(tmp_path):
    assert CliRunner().invoke(push_command, [str(tmp_path)]).exit_code == 2
    assert CliRunner().invoke(push_command, ["--endpoint", "http://h"]).exit_code == 2
    result = CliRunner().invoke(push_command, [str(tmp_path), "--endpoint", "ftp://h"])
    assert result.exit_code == 1 and "expected an http:// or https:// URL" in result.output


def test_cli_query_endpoint(oxigraph_url, wikinews_kg):
    push(wikinews_kg, oxigraph_url)
    result = CliRunner().invoke(query_command, ["--endpoint", oxigraph_url, "--about", "Idlib", "--format", "csv"])
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.output)))
    assert {"Damascus", "Iran", "Russia", "Syria"} <= {r["subject"] for r in rows if r["predicate"] == "bomb"}
    result = CliRunner().invoke(query_command, ["--endpoint", oxigraph_url, WHO_BOMBED_IDLIB])
    assert result.output.splitlines()[2:] == ["Damascus", "Iran", "Russia", "Syria", "(4 rows)"]


def test_cli_bad_remote_query_exits_2(oxigraph_url):
    result = CliRunner().invoke(query_command, ["--endpoint", oxigraph_url, "SELECT * WHERE {\n ?s ?p }"])
    assert result.exit_code == 2
    assert "bad SPARQL query: line 2, column" in result.output


def test_remote_ask_and_construct(oxigraph_url, wikinews_kg):
    push(wikinews_kg, oxigraph_url)
    ask = run_query(oxigraph_url, "ASK { GRAPH ?g { ?s <https://w3id.org/newsgraph/rel/bomb> ?o } }")
    assert ask.boolean is True
    built = run_query(oxigraph_url, "CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o . "
                                    "FILTER(?p = <https://w3id.org/newsgraph/rel/bomb>) } }")
    assert built.kind == "construct"
    objects = {t.object.value.rsplit("/", 1)[1] for t in built.triples}
    assert "idlib" in objects
    assert format_result(built, "nt").count(" .\n") == len(built.triples)


def test_remote_prefixes_and_error_lines(oxigraph_url, wikinews_kg):
    push(wikinews_kg, oxigraph_url)
    result = run_query(oxigraph_url, "SELECT DISTINCT ?who WHERE { GRAPH ?g { ?s rel:bomb ent:idlib ; "
                                     "rdfs:label ?who } } ORDER BY ?who")
    assert [r["who"] for r in result.values()] == ["Damascus", "Iran", "Russia", "Syria"]
    from graph.queries import QuerySyntaxError

    with pytest.raises(QuerySyntaxError) as info:
        run_query(oxigraph_url, "SELECT ?s\nWHERE {\n  ?s ?p }")
    assert info.value.line == 3, "the predeclared prefixes must not shift the line"
