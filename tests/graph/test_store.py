"""The embedded store: per-document transactions, replacement, kill safety, rdflib access."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time

import pyoxigraph as ox
import pytest
import rdflib
from rdflib.compare import isomorphic

from graph.errors import StoreError
from graph.store import (
    DEFAULT_GRAPH,
    Endpoint,
    _batches,
    graph_sizes,
    graphs_of,
    load_graphs,
    load_into_store,
    open_store,
    read_graphs,
    to_dataset,
    to_oxigraph,
    to_rdflib,
)

EX = "http://example.org/"

# Two article graphs written by hand, with a hostile literal and a blank node.
NQUADS = f"""\
<{EX}trump> <{EX}urge> <{EX}damascus> <{EX}g/1> .
<{EX}trump> <{EX}label> "Donald \\"The\\" Trump </script>" <{EX}g/1> .
<{EX}trump> <{EX}said> _:s1 <{EX}g/1> .
_:s1 <{EX}text> "stop bombing\\nthe hell"@en <{EX}g/1> .
<{EX}russia> <{EX}bomb> <{EX}idlib> <{EX}g/2> .
<{EX}russia> <{EX}mentions> "3"^^<http://www.w3.org/2001/XMLSchema#integer> <{EX}g/2> .
"""


def hand_graphs(n_docs: int, version: str, size: int = 5) -> dict:
    """``n_docs`` graphs of ``size`` triples each, tagged with ``version``."""
    graphs = {}
    for d in range(n_docs):
        g = ox.NamedNode(f"{EX}g/{d}")
        graphs[g] = [
            ox.Triple(ox.NamedNode(f"{EX}doc/{d}"), ox.NamedNode(f"{EX}p{i}"), ox.Literal(f"{version}-{i}"))
            for i in range(size)
        ]
    return graphs


def counts(store: ox.Store) -> dict[str, int]:
    out: dict[str, int] = {}
    for q in store.quads_for_pattern(None, None, None, None):
        key = q.graph_name.value if isinstance(q.graph_name, ox.NamedNode) else ""
        out[key] = out.get(key, 0) + 1
    return out


@pytest.fixture
def nquads_file(tmp_path):
    path = tmp_path / "hand.nq"
    path.write_text(NQUADS, encoding="utf-8")
    return path


def test_graphs_of_groups_by_named_graph(nquads_file):
    graphs = read_graphs(nquads_file)
    assert graph_sizes(graphs) == {f"{EX}g/1": 4, f"{EX}g/2": 2}


def test_rdflib_dataset_source_matches_file(nquads_file):
    ds = rdflib.Dataset()
    ds.parse(nquads_file, format="nquads")
    assert graph_sizes(graphs_of(ds)) == {f"{EX}g/1": 4, f"{EX}g/2": 2}


@pytest.mark.parametrize(
    "term",
    [
        rdflib.URIRef(EX + "a%20b"),
        rdflib.Literal("quote \" and\nnewline"),
        rdflib.Literal("Idlib", lang="en"),
        rdflib.Literal(3),
        rdflib.Literal("2019-06-03", datatype=rdflib.XSD.date),
        rdflib.BNode("b0"),
    ],
)
def test_terms_round_trip(term):
    assert to_rdflib(to_oxigraph(term)) == term


def test_load_new_then_replace_without_duplicates(tmp_path, nquads_file):
    path = tmp_path / "out" / "store"  # parents are created
    first = load_into_store(nquads_file, path)
    assert sorted(first.added) == [f"{EX}g/1", f"{EX}g/2"]
    assert first.triples == 6
    again = load_into_store(nquads_file, path)
    assert again.added == ()
    assert sorted(again.replaced) == [f"{EX}g/1", f"{EX}g/2"]
    store = open_store(path, read_only=True)
    assert counts(store) == {f"{EX}g/1": 4, f"{EX}g/2": 2}


def test_incremental_build_adds_and_replaces_only_its_graphs(tmp_path):
    path = tmp_path / "store"
    load_into_store(hand_graphs(3, "v1"), path)
    # A second build: document 2 again (changed, fewer triples), document 3 new.
    update = {k: v for k, v in hand_graphs(4, "v2", size=2).items() if k.value.endswith(("/2", "/3"))}
    report = load_into_store(update, path)
    assert report.added == (f"{EX}g/3",)
    assert report.replaced == (f"{EX}g/2",)
    store = open_store(path, read_only=True)
    assert counts(store) == {f"{EX}g/0": 5, f"{EX}g/1": 5, f"{EX}g/2": 2, f"{EX}g/3": 2}
    versions = {
        str(s["g"].value): s["v"].value
        for s in store.query("SELECT DISTINCT ?g (SUBSTR(?o, 1, 2) AS ?v) WHERE { GRAPH ?g { ?s ?p ?o } }")
    }
    assert versions == {f"{EX}g/0": "v1", f"{EX}g/1": "v1", f"{EX}g/2": "v2", f"{EX}g/3": "v2"}


def test_default_graph_is_replaced_too(tmp_path):
    store = ox.Store(str(tmp_path / "s"))
    t = ox.Triple(ox.NamedNode(EX + "a"), ox.NamedNode(EX + "p"), ox.Literal("1"))
    u = ox.Triple(ox.NamedNode(EX + "a"), ox.NamedNode(EX + "p"), ox.Literal("2"))
    load_graphs(store, {DEFAULT_GRAPH: [t]})
    load_graphs(store, {DEFAULT_GRAPH: [u]})
    assert [q.object.value for q in store] == ["2"]


def test_rdflib_opens_the_store_through_oxrdflib(tmp_path, nquads_file):
    path = tmp_path / "store"
    load_into_store(nquads_file, path)
    ds = rdflib.Dataset(store="Oxigraph")
    ds.open(str(path))
    try:
        g1 = ds.graph(rdflib.URIRef(EX + "g/1"))
        assert len(g1) == 4
        labels = list(g1.objects(rdflib.URIRef(EX + "trump"), rdflib.URIRef(EX + "label")))
        assert [str(x) for x in labels] == ['Donald "The" Trump </script>']
    finally:
        ds.close()


def test_to_dataset_is_isomorphic_to_the_source(tmp_path, nquads_file):
    path = tmp_path / "store"
    load_into_store(nquads_file, path)
    expected = rdflib.Dataset()
    expected.parse(nquads_file, format="nquads")
    got = to_dataset(open_store(path, read_only=True))
    for name in (EX + "g/1", EX + "g/2"):
        a = expected.graph(rdflib.URIRef(name))
        b = got.graph(rdflib.URIRef(name))
        assert isomorphic(a, b), name


def test_store_locked_by_another_writer_gives_clear_error(tmp_path):
    path = tmp_path / "store"
    held = open_store(path)
    code = "import sys; from graph.store import open_store; open_store(sys.argv[1])"
    proc = subprocess.run([sys.executable, "-c", code, str(path)], capture_output=True, text=True)
    del held
    assert proc.returncode != 0
    assert f"--store {path}: cannot open the store" in proc.stderr


def test_open_store_errors_name_the_path(tmp_path):
    afile = tmp_path / "f"
    afile.write_text("x")
    with pytest.raises(StoreError, match=r"--store .*/f: is a file"):
        open_store(afile)
    with pytest.raises(StoreError, match=r"--store .*/missing: no store"):
        open_store(tmp_path / "missing", read_only=True)


def test_bad_rdf_file_names_file_and_line(tmp_path):
    bad = tmp_path / "bad.nq"
    bad.write_text(NQUADS + "<http://x/a> <http://x/b> oops .\n", encoding="utf-8")
    with pytest.raises(StoreError, match=r"bad\.nq: .*line 7|bad\.nq: .*7:"):
        read_graphs(bad)


def test_batches_keep_blank_node_groups_whole():
    b1, b2 = ox.BlankNode("b1"), ox.BlankNode("b2")
    p = ox.NamedNode(EX + "p")
    triples = [ox.Triple(ox.NamedNode(EX + f"s{i}"), p, ox.Literal(str(i))) for i in range(5)]
    triples += [ox.Triple(ox.NamedNode(EX + "x"), p, b1), ox.Triple(b1, p, b2), ox.Triple(b2, p, ox.Literal("z"))]
    batches = list(_batches(triples, 2))
    assert sorted(map(str, (t for b in batches for t in b))) == sorted(map(str, triples))
    with_bnodes = [b for b in batches if any(isinstance(t.object, ox.BlankNode) or isinstance(t.subject, ox.BlankNode) for t in b)]
    assert len(with_bnodes) == 1 and len(with_bnodes[0]) >= 3


@pytest.mark.parametrize(
    ("url", "query", "store"),
    [
        ("http://h:7878", "http://h:7878/query", "http://h:7878/store"),
        ("http://h:7878/", "http://h:7878/query", "http://h:7878/store"),
        ("http://h:7878/query", "http://h:7878/query", "http://h:7878/store"),
        ("https://db.example.org/ds/sparql", "https://db.example.org/ds/query", "https://db.example.org/ds/store"),
    ],
)
def test_endpoint_urls(url, query, store):
    e = Endpoint.from_url(url)
    assert (e.query_url, e.store_url) == (query, store)


def test_endpoint_rejects_non_http():
    with pytest.raises(StoreError, match="--endpoint 'ftp://x'"):
        Endpoint.from_url("ftp://x")


_LOADER = textwrap.dedent(
    """
    import sys
    import pyoxigraph as ox
    from graph.store import load_into_store

    path, version, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
    EX = "http://example.org/"

    def graphs():
        for d in range(n):
            g = ox.NamedNode(f"{EX}g/{d}")
            yield from (ox.Quad(ox.NamedNode(f"{EX}doc/{d}"), ox.NamedNode(f"{EX}p{i}"),
                                ox.Literal(f"{version}-{i}"), g) for i in range(200))

    def done(name, triples):
        print(name, triples, flush=True)

    load_into_store(graphs(), path, on_graph=done)
    print("finished", flush=True)
    """
)


def _load_and_kill(path, version: str, n: int, kill_after: int) -> int:
    """Run a loader in a subprocess and SIGKILL it once ``kill_after`` graphs are committed."""
    proc = subprocess.Popen(
        [sys.executable, "-c", _LOADER, str(path), version, str(n)],
        stdout=subprocess.PIPE,
        text=True,
    )
    committed = 0
    try:
        for line in proc.stdout:
            assert line != "finished\n", "the loader finished before it was killed: raise n"
            committed += 1
            if committed >= kill_after:
                os.kill(proc.pid, signal.SIGKILL)
                break
    finally:
        proc.wait(timeout=60)
        proc.stdout.close()
    assert proc.returncode == -signal.SIGKILL
    return committed


@pytest.mark.slow
def test_killed_build_leaves_whole_documents_only(tmp_path):
    path = tmp_path / "store"
    committed = _load_and_kill(path, "v1", 3000, kill_after=30)
    store = open_store(path)  # opens read-write: the lock died with the process
    sizes = counts(store)
    assert len(sizes) >= committed
    assert set(sizes.values()) == {200}, "a half-written document"
    answer = store.query(f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{EX}g/0> {{ ?s ?p ?o }} }}")
    assert int(next(answer)["n"].value) == 200


@pytest.mark.slow
def test_killed_rebuild_replaces_whole_documents_only(tmp_path):
    path = tmp_path / "store"
    load_into_store(hand_graphs(60, "v1", size=200), path)
    _load_and_kill(path, "v2", 3000, kill_after=20)
    store = open_store(path, read_only=True)
    per_graph: dict[str, set] = {}
    for q in store.quads_for_pattern(None, None, None, None):
        per_graph.setdefault(q.graph_name.value, set()).add(q.object.value[:2])
    sizes = counts(store)
    assert all(size == 200 for size in sizes.values())
    assert all(len(v) == 1 for v in per_graph.values()), "a document mixes two versions"
    replaced = [g for g, v in per_graph.items() if v == {"v2"}]
    assert len(replaced) >= 20
    assert {f"{EX}g/{d}" for d in range(60)} <= set(sizes)


def test_facts_loaded_one_by_one_equal_the_merged_export(tmp_path, corpus_facts, hostile_facts):
    from graph.model import KnowledgeGraph

    facts = [*corpus_facts, hostile_facts]
    report = load_into_store(iter(facts), tmp_path / "store")
    assert report.graphs == 4
    store = open_store(tmp_path / "store", read_only=True)
    # Written through an in-memory store too, so that both sides hold the
    # store's canonical literals ("35.0"^^xsd:double is kept as "35").
    memory = ox.Store()
    load_graphs(memory, graphs_of(KnowledgeGraph(facts)))
    merged = graphs_of(memory)
    stored = graphs_of(store)
    assert set(stored) == set(merged)
    for name, triples in merged.items():
        assert sorted(map(str, stored[name])) == sorted(map(str, triples)), name


def test_same_document_twice_in_one_load_is_replaced_not_appended(tmp_path, seed_facts):
    import dataclasses

    smaller = dataclasses.replace(seed_facts, relations=seed_facts.relations[:1])
    report = load_into_store([seed_facts, smaller], tmp_path / "store")
    assert report.added == report.replaced == ("https://w3id.org/newsgraph/id/graph/seed",)
    store = open_store(tmp_path / "store", read_only=True)
    answer = store.query("SELECT (COUNT(?st) AS ?n) WHERE { GRAPH ?g { ?st a "
                         "<http://www.w3.org/1999/02/22-rdf-syntax-ns#Statement> } }")
    assert int(next(answer)["n"].value) == 1


@pytest.mark.slow
def test_build_command_adds_to_the_store_and_replaces_reingested_articles(tmp_path, nlp, data_dir):
    from click.testing import CliRunner

    from graph.cli import main

    store_path = tmp_path / "store"
    first = CliRunner().invoke(main, ["build", str(data_dir / "seed.txt"), "-o", str(tmp_path / "one"),
                                      "--store", str(store_path), "--quiet"])
    assert first.exit_code == 0, first.output
    assert f"store {store_path}: 1 graphs added, 0 replaced" in first.output
    second = CliRunner().invoke(main, ["build", str(data_dir / "seed.txt"), str(data_dir / "wikinews_sample.jsonl"),
                                       "-o", str(tmp_path / "two"), "--store", str(store_path), "--quiet"])
    assert second.exit_code == 0, second.output
    assert f"store {store_path}: 6 graphs added, 1 replaced" in second.output
    # The store now holds exactly what the second build exported, graph by graph.
    memory = ox.Store()
    load_graphs(memory, read_graphs(tmp_path / "two" / "graph.trig"))
    assert counts(open_store(store_path, read_only=True)) == counts(memory)


def test_read_store_gives_back_the_graph(tmp_path, corpus_facts, hostile_facts):
    from graph.model import KnowledgeGraph
    from graph.store import read_store

    facts = [*corpus_facts, hostile_facts]
    load_into_store(facts, tmp_path / "store")
    assert read_store(tmp_path / "store") == KnowledgeGraph(facts)
