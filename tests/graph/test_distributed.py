"""Extraction on a local Dask cluster equals the one-machine build, and so
do the N-Quads parts the workers write for a bulk load."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from extract.documents import read_documents
from extract.facts import extract_facts
from graph.distributed import extract_facts_dask, write_nquads_dask
from graph.errors import GraphError
from graph.model import KnowledgeGraph, to_node_link
from graph.vocab import entity_iri, graph_iri
from tests.conftest import DATA, require_executable

pytestmark = pytest.mark.slow  # a Dask cluster of worker processes


@pytest.fixture(scope="module")
def cluster():
    from distributed import LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                                  dashboard_address=None) as cluster:
        yield cluster


def documents():
    return list(read_documents([DATA / "seed.txt", DATA / "wikinews_sample.jsonl"]))


def test_local_cluster_equals_local_build(cluster, nlp):
    from distributed import Client

    docs = documents()
    local = KnowledgeGraph()
    for facts in extract_facts(docs, nlp=nlp):
        local.add(facts)
    with Client(cluster) as client:
        facts = list(extract_facts_dask(docs, scheduler=client, partition_size=2))
    # Input order is kept, however the partitions were scheduled.
    assert [f.document.id for f in facts] == [d.id for d in docs]
    remote = KnowledgeGraph()
    for item in facts:
        remote.add(item)
    assert remote.number_of_relations() == local.number_of_relations() > 0
    assert json.dumps(to_node_link(remote), sort_keys=True) == json.dumps(to_node_link(local), sort_keys=True)


def test_unreachable_scheduler_is_a_clear_error():
    with pytest.raises(GraphError, match="cannot reach the Dask scheduler at tcp://127.0.0.1:9"):
        list(extract_facts_dask(documents()[:1], scheduler="tcp://127.0.0.1:9"))


def test_build_with_dask_writes_the_same_graph(cluster, tmp_path):
    from tests.test_cli import run

    inputs = [DATA / "seed.txt", DATA / "wikinews_sample.jsonl"]
    run("build", *inputs, "-o", tmp_path / "local", "--quiet", check=True)
    proc = run("build", *inputs, "-o", tmp_path / "dask", "--quiet", "--dask", cluster.scheduler_address,
               check=True)
    assert "documents: 7 read, 0 skipped" in proc.stdout
    local = json.loads((tmp_path / "local" / "graph.json").read_text())
    remote = json.loads((tmp_path / "dask" / "graph.json").read_text())
    assert remote == local


# -- N-Quads parts written by the workers, for a bulk load ----------------------


def quads_of(*paths: Path) -> set:
    """The quads of N-Quads files, as a set (they hold no blank node)."""
    import pyoxigraph as ox

    found = set()
    for path in paths:
        with path.open("rb") as stream:
            for quad in ox.parse(stream, format=ox.RdfFormat.N_QUADS):
                assert not isinstance(quad.subject, ox.BlankNode) and not isinstance(quad.object, ox.BlankNode)
                found.add(quad)
    return found


@pytest.fixture(scope="module")
def local_nquads(nlp, tmp_path_factory) -> Path:
    """The N-Quads of the one-machine build of documents()."""
    from graph.rdf import write_rdf

    path = tmp_path_factory.mktemp("local") / "graph.nq"
    write_rdf(KnowledgeGraph(extract_facts(documents(), nlp=nlp)), path)
    return path


def test_workers_write_parts_whose_union_is_the_local_nquads(cluster, local_nquads, tmp_path):
    from distributed import Client

    import pyoxigraph as ox

    docs = documents()
    with Client(cluster) as client:
        parts = list(write_nquads_dask(docs, tmp_path / "bulk", scheduler=client, partition_size=2))
    # seed.txt, then the six Wikinews articles: four partitions, in input order.
    assert [p.index for p in parts] == [0, 1, 2, 3]
    assert [Path(p.path) for p in parts] == [tmp_path / "bulk" / f"part-0000{i}.nq" for i in range(4)]
    assert [p.documents for p in parts] == [2, 2, 2, 1]
    assert sorted(q.name for q in (tmp_path / "bulk").iterdir()) == [f"part-0000{i}.nq" for i in range(4)]
    per_part = [quads_of(Path(p.path)) for p in parts]
    for part, quads in zip(parts, per_part):
        assert part.quads == len(quads) > 0
    # Each part holds the named graphs of its own documents, and nothing else.
    for i, quads in enumerate(per_part):
        own = {str(graph_iri(d.id)) for d in docs[2 * i:2 * i + 2]}
        assert {q.graph_name.value for q in quads if isinstance(q.graph_name, ox.NamedNode)} == own
        assert not any(isinstance(q.graph_name, ox.DefaultGraph) for q in quads)
    assert set().union(*per_part) == quads_of(local_nquads)
    assert sum(p.relations for p in parts) > 0

    # Syria is named in seed.txt (part 0) and in the troop withdrawal article
    # (part 1): each part describes it in its own article's graph.
    label = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label")
    syria = ox.NamedNode(str(entity_iri("syria")))
    described_in = [i for i, quads in enumerate(per_part)
                    if any(q.subject == syria and q.predicate == label for q in quads)]
    assert described_in[:2] == [0, 1]

    # The store's own bulk loader takes all the parts at once; its dump is the local build.
    oxigraph = require_executable(str(Path(sys.executable).parent / "oxigraph"))
    store = tmp_path / "store"
    subprocess.run([oxigraph, "load", "--location", store, "--file", *[p.path for p in parts]], check=True,
                   capture_output=True, timeout=60)
    dump = tmp_path / "dump.nq"
    subprocess.run([oxigraph, "dump", "--location", store, "--file", dump], check=True, capture_output=True,
                   timeout=60)
    assert quads_of(dump) == quads_of(local_nquads)


def test_parts_are_not_mixed_with_an_earlier_run(tmp_path):
    (tmp_path / "part-00000.nq").write_text("")
    with pytest.raises(GraphError, match="already holds part files \\(part-00000.nq, ...\\)"):
        list(write_nquads_dask(documents()[:1], tmp_path, scheduler="tcp://127.0.0.1:9"))
    (tmp_path / "file").write_text("")
    with pytest.raises(GraphError, match="is a file, not a folder"):
        list(write_nquads_dask(documents()[:1], tmp_path / "file", scheduler="tcp://127.0.0.1:9"))


def test_build_bulk_dir_writes_the_parts(cluster, local_nquads, tmp_path):
    from tests.test_cli import run

    inputs = [DATA / "seed.txt", DATA / "wikinews_sample.jsonl"]
    bulk = tmp_path / "bulk"
    proc = run("build", *inputs, "--dask", cluster.scheduler_address, "--bulk-dir", bulk, "--partition-size", "3",
               "--quiet", check=True)
    assert "documents: 7 read, 0 skipped" in proc.stdout
    names = [f"part-0000{i}.nq" for i in range(3)]  # 3 + 3 + 1 documents
    assert sorted(p.name for p in bulk.iterdir()) == names
    for name, count in zip(names, (3, 3, 1)):
        assert f"wrote {bulk / name} ({count} documents, {len(quads_of(bulk / name))} quads)" in proc.stdout
    assert quads_of(*(bulk / name for name in names)) == quads_of(local_nquads)
    # A second run into the same folder is refused: nothing would tell old parts from new.
    again = run("build", *inputs, "--dask", cluster.scheduler_address, "--bulk-dir", bulk, "--quiet")
    assert again.returncode == 2
    assert "already holds part files (part-00000.nq, ...)" in again.stderr
