"""The link sample: linked named nodes of a graph drawn with a seed, and the judged file's precision."""

from __future__ import annotations

import json

from benchmarks.links_sample import COLUMNS, linked_nodes, precision, sample_rows
from extract.types import Document, DocumentFacts, Entity
from graph.model import KnowledgeGraph
from graph.formats import write_graph


def _graph(tmp_path):
    text = "Syria and Xyzzy Plugh met in Damascus."
    facts = DocumentFacts(Document("d1", text), (
        Entity("syria", "Syria", "GPE", wikidata="Q858"),
        Entity("xyzzy plugh", "Xyzzy Plugh", "PERSON"),
        Entity("concept:talks", "talks", "CONCEPT"),
    ))
    path = tmp_path / "graph.json"
    write_graph(KnowledgeGraph().add(facts), path)
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text(json.dumps({"id": "d1", "text": text}) + "\n", encoding="utf-8")
    return path, corpus


def test_only_linked_named_nodes_are_drawn(tmp_path):
    path, corpus = _graph(tmp_path)
    assert [key for key, _ in linked_nodes(path)] == ["syria"]
    rows = sample_rows(path, corpus, n=5, seed=1)
    assert [(r["qid"], r["label"], r["node label"], r["doc"]) for r in rows] == [("Q858", "Syria", "Syria", "d1")]
    assert "Syria and Xyzzy Plugh" in rows[0]["context"]


def test_precision_counts_judged_rows_only(tmp_path):
    judged = tmp_path / "judged.tsv"
    lines = ["# a note", "\t".join(COLUMNS)] + ["\t".join([f"Q{i}", "x", "x", "d", verdict, "", "", "", ""])
                                    for i, verdict in enumerate(["right", "right", "wrong", ""], 1)]
    judged.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert precision(judged) == (2, 3)
