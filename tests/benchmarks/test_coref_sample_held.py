"""``coref_sample.held_documents``: the held-out articles come from the split fields of the repository's gold files."""

import json

from benchmarks.coref_sample import held_documents


def test_held_documents_reads_split_fields(tmp_path):
    rows = [{"doc": "wikinews:aaa", "split": "test"}, {"doc": "wikinews:bbb", "split": "dev"},
            {"doc": "wikinews:ccc", "split": "held3"}, {"doc": "wikinews:ddd", "split": "tune3"}]
    (tmp_path / "gold.jsonl").write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    (tmp_path / "sample.tsv").write_text(
        "# a comment\ndoc\tstart\tsplit\nwikinews:eee\t1\theld\nwikinews:fff\t2\ttune\n", encoding="utf-8")
    (tmp_path / "traps.tsv").write_text("sentence\tsplit\nA sentence.\theld\n", encoding="utf-8")
    assert held_documents(tmp_path) == {"wikinews:aaa", "wikinews:ccc", "wikinews:eee"}


def test_held_documents_reads_id_lists(tmp_path):
    (tmp_path / "sample_ids.txt").write_text("tune\twikinews:ggg\nheld\twikinews:hhh\nwikinews:iii\n", encoding="utf-8")
    assert held_documents(tmp_path) == {"wikinews:hhh"}
