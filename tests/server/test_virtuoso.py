"""Push to and query a real OpenLink Virtuoso 7 (Debian's virtuoso-opensource).

One ``virtuoso-t`` serves the whole session (see ``virtuoso_server`` in
conftest); each test starts with none of our graphs on it. Counts are
checked against the TriG file the build writes, read by pyoxigraph, not
through the push path.
"""

from __future__ import annotations

import csv
import dataclasses
import io

import pyoxigraph as ox
import pytest
import requests
from click.testing import CliRunner

from graph.formats.rdf import write_rdf
from graph.model import KnowledgeGraph
from graph.queries import QuerySyntaxError, named_query, run_query
from graph.store import PushError, endpoint_for, load_into_store, open_store, push
from graph.store_cli import push as push_command
from graph.store_cli import query as query_command
from graph.vocab import graph_iri
from tests.server.conftest import VIRTUOSO_MAX_ROWS, virtuoso_graphs

pytestmark = pytest.mark.server

_STAGING = "urn:newsgraph:staging:"


def trig_counts(path) -> dict[str, int]:
    """Triples per named graph of a TriG file."""
    counts: dict[str, int] = {}
    for quad in ox.parse(path=str(path), format=ox.RdfFormat.TRIG):
        name = "" if isinstance(quad.graph_name, ox.DefaultGraph) else quad.graph_name.value
        counts[name] = counts.get(name, 0) + 1
    return counts


@pytest.fixture(scope="module")
def build_out(wikinews_kg, tmp_path_factory):
    """A build folder holding the sample's graph.trig, and its per-graph counts."""
    out = tmp_path_factory.mktemp("virtuoso-build")
    write_rdf(wikinews_kg, out / "graph.trig")
    counts = trig_counts(out / "graph.trig")
    assert "" not in counts and len(counts) == 7, "every triple is in an article graph"
    return out, counts


def cli(command, *args):
    return CliRunner().invoke(command, [str(a) for a in args])


@pytest.mark.parametrize(("method", "batch_size", "credentials"), [
    ("graph-store", 50_000, ("--user", "dba", "--password", "dba")),
    ("graph-store", 97, ()),
    ("update", 50_000, ()),
    ("update", 97, ("--user", "dba", "--password", "dba")),
])
def test_push_by_each_method_gives_the_trig_counts(virtuoso_url, build_out, method, batch_size, credentials):
    out, expected = build_out
    result = cli(push_command, out, "--server", "virtuoso", "--endpoint", virtuoso_url,
                 "--method", method, "--batch-size", batch_size, *credentials)
    assert result.exit_code == 0, result.output + result.stderr
    used = ("/sparql-graph-crud" if method == "graph-store" else "/sparql") + ("-auth" if credentials else "")
    assert result.stdout.strip() == (f"uploaded 7 graphs ({sum(expected.values())} triples) "
                                     f"to {virtuoso_url}{used} ({method})")
    assert virtuoso_graphs(virtuoso_url) == expected  # no staging graph left either


def test_repush_and_replacement(virtuoso_url, build_out, wikinews_kg, wikinews_facts_extracted):
    out, expected = build_out
    endpoint = endpoint_for("virtuoso", virtuoso_url)
    push(out, endpoint)
    push(out, endpoint, batch_size=1000)
    assert virtuoso_graphs(virtuoso_url) == expected
    seed = next(f for f in wikinews_facts_extracted if not f.document.id.startswith("wikinews:"))
    smaller = KnowledgeGraph([dataclasses.replace(seed, relations=seed.relations[:3])])
    assert push(smaller, endpoint, method="update").graphs == 1
    changed = str(graph_iri(seed.document.id))
    held = virtuoso_graphs(virtuoso_url)
    assert held[changed] < expected[changed]
    assert {g: n for g, n in held.items() if g != changed} == {
        g: n for g, n in expected.items() if g != changed}


def test_digest_auth_and_a_wrong_password(virtuoso_url, build_out):
    out, expected = build_out
    result = cli(push_command, out, "--server", "virtuoso", "--endpoint", virtuoso_url,
                 "--user", "dba", "--password", "not-the-password", "--retries", "0")
    assert result.exit_code == 1
    assert "401" in result.stderr and "asks for Digest authentication" in result.stderr
    assert "the Digest credentials were refused" in result.stderr
    result = cli(query_command, "ASK {}", "--server", "virtuoso", "--endpoint", virtuoso_url,
                 "--user", "dba", "--password", "dba", "--auth", "basic")
    assert result.exit_code == 1
    assert "asks for Digest authentication" in result.stderr and "try --auth digest" in result.stderr
    assert virtuoso_graphs(virtuoso_url) == {}
    result = cli(query_command, "ASK {}", "--server", "virtuoso", "--endpoint", virtuoso_url + "/sparql",
                 "--user", "dba", "--password", "dba")
    assert (result.exit_code, result.stdout.strip()) == (0, "yes")


def test_every_named_query_answers_as_on_the_embedded_store(virtuoso_url, wikinews_kg, tmp_path):
    push(wikinews_kg, endpoint_for("virtuoso", virtuoso_url))
    load_into_store(wikinews_kg, tmp_path / "store")
    local = open_store(tmp_path / "store", read_only=True)
    remote = endpoint_for("virtuoso", virtuoso_url)
    cases = [("about", {"name": "Idlib"}), ("top-actors", {"limit": 5}),
             ("between", {"a": "Russia", "b": "Idlib"}),
             ("between", {"a": "Russia", "b": "Idlib", "since": "2019-01-01"}),
             ("events", {}), ("events", {"quad": "material conflict"}),
             ("about", {"name": "Idlib", "all_modalities": True})]
    for name, params in cases:
        text, bindings = named_query(name, **params)
        local_rows = run_query(local, text, bindings=bindings).values()
        remote_rows = run_query(remote, text, bindings=bindings).values()
        key = lambda row: sorted((k, str(v)) for k, v in row.items())  # noqa: E731
        assert sorted(remote_rows, key=key) == sorted(local_rows, key=key), name
        if "since" not in params:
            assert local_rows, f"{name}: nothing to compare"
    result = cli(query_command, "--server", "virtuoso", "--endpoint", virtuoso_url, "--about", "Idlib",
                 "--format", "csv")
    assert result.exit_code == 0, result.stderr
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    # "Russia, Syria and, to a lesser extent, Iran, are bombing the hell out of Idlib Province"
    assert {"Iran", "Russia", "Syria"} <= {r["subject"] for r in rows if r["predicate"] == "bomb"}


def test_construct_as_n_triples(virtuoso_url, wikinews_kg):
    push(wikinews_kg, endpoint_for("virtuoso", virtuoso_url))
    text = ("CONSTRUCT { ?s rel:bomb ?o } WHERE { GRAPH ?g { ?s rel:bomb ?o } }")
    result = cli(query_command, text, "--server", "virtuoso", "--endpoint", virtuoso_url, "--format", "nt")
    assert result.exit_code == 0, result.stderr
    triples = set(ox.parse(result.stdout.encode("utf-8"), format=ox.RdfFormat.N_TRIPLES))
    objects = {t.object.value.rsplit("/", 1)[1] for t in triples}
    assert "idlib" in objects
    assert all(t.predicate.value == "https://w3id.org/newsgraph/rel/bomb" for t in triples)


def test_a_syntax_error_points_into_the_users_text(virtuoso_url):
    text = "SELECT ?s\nWHERE {\n  ?s ?p\n}"
    with pytest.raises(QuerySyntaxError) as info:
        run_query(endpoint_for("virtuoso", virtuoso_url), text)
    assert info.value.line == 4, "the line of the closing brace in the user's text"
    assert "PREFIX" not in str(info.value) and "define sql" not in str(info.value), "no echo of the sent text"
    result = cli(query_command, text, "--server", "virtuoso", "--endpoint", virtuoso_url)
    assert result.exit_code == 2
    assert "bad SPARQL query: line 4:" in result.stderr and "PREFIX" not in result.stderr


def test_truncation_is_reported(virtuoso_url):
    rows = VIRTUOSO_MAX_ROWS + 50
    data = " ".join(f"<urn:test:s{i}> <urn:test:p> {i} ." for i in range(rows))
    requests.post(virtuoso_url + "/sparql", data={"update": f"INSERT DATA {{ GRAPH <urn:test:big> {{ {data} }} }}"},
                  timeout=60).raise_for_status()
    text = "SELECT ?s WHERE { GRAPH <urn:test:big> { ?s ?p ?o } }"
    result = run_query(endpoint_for("virtuoso", virtuoso_url), text)
    assert (len(result.rows), result.truncated_at) == (VIRTUOSO_MAX_ROWS, VIRTUOSO_MAX_ROWS)
    whole = run_query(endpoint_for("virtuoso", virtuoso_url), text + " LIMIT 10")
    assert (len(whole.rows), whole.truncated_at) == (10, None)
    out = cli(query_command, text, "--server", "virtuoso", "--endpoint", virtuoso_url, "--format", "csv")
    assert out.exit_code == 0
    assert len(out.stdout.splitlines()) == VIRTUOSO_MAX_ROWS + 1
    assert f"warning: the server cut the answer at {VIRTUOSO_MAX_ROWS} rows" in out.stderr


@pytest.mark.parametrize("method", ["graph-store", "update"])
def test_non_ascii_labels_survive(virtuoso_url, tmp_path, method):
    labels = ["Zürich", "Алексей Навальный", "北京市", "Ḥayʼat Taḥrīr al-Shām", "smile 😀", 'say "hi"\\ \t']
    graph = ox.NamedNode("urn:test:labels")
    quads = [ox.Quad(ox.NamedNode(f"urn:test:e{i}"), ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label"),
                     ox.Literal(label), graph) for i, label in enumerate(labels)]
    path = tmp_path / "labels.nq"
    path.write_bytes(ox.serialize(quads, format=ox.RdfFormat.N_QUADS))
    push(path, endpoint_for("virtuoso", virtuoso_url), method=method, batch_size=2)
    result = run_query(endpoint_for("virtuoso", virtuoso_url),
                       "SELECT ?l WHERE { GRAPH <urn:test:labels> { ?s rdfs:label ?l } }")
    assert sorted(r["l"] for r in result.values()) == sorted(labels)


def test_a_failed_push_leaves_no_staging_graph(virtuoso_url, build_out):
    out, expected = build_out
    # The batches reach the Graph Store URL; the final swap goes to a wrong update URL (404).
    endpoint = endpoint_for("virtuoso", virtuoso_url, update_url=virtuoso_url + "/no-such-service")
    with pytest.raises(PushError) as info:
        push(out, endpoint, batch_size=60, retries=1, backoff=0.01)
    assert len(info.value.report.failed) == 7
    assert "refused with 404" in info.value.report.failed[0][1]
    assert virtuoso_graphs(virtuoso_url) == {}, "no staging graph, no target graph"



def test_the_bulk_loader_takes_graph_nq(virtuoso_server, virtuoso_url, wikinews_kg, build_out):
    _, expected = build_out
    folder = virtuoso_server.folder / "bulk"  # inside DirsAllowed
    folder.mkdir(exist_ok=True)
    write_rdf(wikinews_kg, folder / "graph.nq")
    virtuoso_server.isql(f"ld_dir('{folder.as_posix()}', 'graph.nq', 'urn:newsgraph:bulk-default');",
                         "rdf_loader_run();", "checkpoint;")
    assert virtuoso_graphs(virtuoso_url) == expected
