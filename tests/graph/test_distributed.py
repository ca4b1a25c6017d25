"""Extraction on a local Dask cluster equals the one-machine build."""

from __future__ import annotations

import json

import pytest

from extract.documents import read_documents
from extract.facts import extract_facts
from graph.distributed import extract_facts_dask
from graph.errors import GraphError
from graph.model import KnowledgeGraph, to_node_link
from tests.conftest import DATA


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
