"""The throughput benchmark: its corpus, its ratios and report, one real run in a fresh process."""

from __future__ import annotations

import importlib.util
import inspect
import json
import sys

import pytest

from benchmarks.memory_trace import trace_memory
from benchmarks.throughput import (
    BatchMeter,
    BenchmarkError,
    corpus_words,
    deep_size,
    documents,
    format_report,
    graph_mb,
    measure,
    pass_words,
    passes,
    read_rows,
    run_textacy,
    scaling_summary,
    textacy_status,
)

ROWS = [
    {"id": "a", "text": "one two three"},
    {"id": "b", "text": "four  five\n"},
    {"id": "c", "text": "six"},
]  # 3 + 2 + 1 = 6 words a pass


# (words asked, ids yielded, words held)
CORPORA = [
    (1, ["a#0"], 3),
    (3, ["a#0"], 3),
    (4, ["a#0", "b#0"], 5),
    (6, ["a#0", "b#0", "c#0"], 6),
    (7, ["a#0", "b#0", "c#0", "a#1"], 9),
    (12, ["a#0", "b#0", "c#0", "a#1", "b#1", "c#1"], 12),
]


@pytest.mark.parametrize("words, ids, held", CORPORA)
def test_corpus_repeats_the_rows_until_it_holds_the_words(words, ids, held):
    assert [d.id for d in documents(ROWS, words)] == ids
    assert corpus_words(ROWS, words) == (len(ids), held)


def test_corpus_is_lazy_and_cut_in_passes():
    stream = documents(ROWS, 10**9)
    assert inspect.isgenerator(stream)
    first = [next(stream) for _ in range(4)]  # a billion words, but only what is asked is made
    assert [d.text for d in first] == ["one two three", "four  five\n", "six", "one two three"]
    parts = [[d.id for d in part] for part in passes(ROWS, 7)]
    assert parts == [["a#0", "b#0", "c#0"], ["a#1"]]


def test_batch_meter_counts_the_tokens_of_each_batch():
    import spacy

    nlp = spacy.blank("en")
    meter = BatchMeter(nlp, batch_size=2)
    # batches of 2 Docs: [3 + 1] [4 + 1] tokens
    list(nlp.pipe(["one two three", "four", "five six seven eight", "nine"], batch_size=2))
    assert meter.largest == 5
    # a new pipe opens a new batch: [4] then [3 + 3]; 4 + 3 would be 7 in one stream
    meter = BatchMeter(nlp, batch_size=2)
    list(nlp.pipe(["a b c d"], batch_size=2))
    meter.restart()
    list(nlp.pipe(["e f g", "h i j"], batch_size=2))
    assert meter.largest == 6
    assert nlp.pipe_names.count(BatchMeter.NAME) == 1


def test_pass_words_counts_whitespace_words():
    assert pass_words(ROWS) == 6


@pytest.mark.parametrize("words", [0, -5, 2.5, True, "100"])
def test_bad_word_counts_are_refused_by_name(words):
    with pytest.raises(BenchmarkError, match="words must be a positive number of words"):
        corpus_words(ROWS, words)


def test_a_bad_corpus_line_is_named(tmp_path):
    path = tmp_path / "corpus.jsonl"
    path.write_text(json.dumps({"text": "fine"}) + "\n{not json\n", encoding="utf-8")
    with pytest.raises(BenchmarkError, match=r"corpus\.jsonl:2: not JSON"):
        read_rows(path)
    path.write_text(json.dumps({"title": "no text"}) + "\n", encoding="utf-8")
    with pytest.raises(BenchmarkError, match=r"corpus\.jsonl:1: expected an object with a string 'text'"):
        read_rows(path)


def test_the_wikinews_corpus_has_its_293_articles():
    rows = read_rows()
    assert len(rows) == 293
    assert all(r["text"].strip() for r in rows)


def _run(cpu, peak, held, factor=1):
    words = 1000 * factor
    return {"words": words, "cpu": cpu, "peak_mb": peak, "held_mb": held, "strings": 1, "largest_batch": 10}


def test_scaling_ratios_and_the_graph_apart():
    runs = {
        "extract": {1: _run(100.0, 600.0, 10.0), 2: _run(190.0, 610.0, 12.0, 2), 4: _run(420.0, 660.0, 20.0, 4)},
        "build": {1: _run(110.0, 700.0, 110.0), 2: _run(220.0, 800.0, 212.0, 2), 4: _run(440.0, 1100.0, 420.0, 4)},
    }
    s = scaling_summary(runs)
    assert s["extract"][2]["cpu_ratio"] == pytest.approx(1.9)
    assert s["extract"][2]["of_linear"] == pytest.approx(0.95)
    assert s["extract"][4]["of_linear"] == pytest.approx(1.05)
    assert s["extract"][4]["peak_ratio"] == pytest.approx(1.1)
    # graph = what build holds less what extract holds: 100, 200, 400 MB
    assert [s["build"][f]["graph_mb"] for f in (1, 2, 4)] == [100.0, 200.0, 400.0]
    # build's peak apart from its graph: 600, 600, 700 -> 1.0, 1.0, 7/6
    assert s["build"][4]["peak_less_graph_ratio"] == pytest.approx(700 / 600)
    assert s["build"][4]["peak_ratio"] == pytest.approx(1100 / 700)


def test_linear_time_is_judged_against_the_words_actually_run():
    # a corpus cut at a document boundary: 2x holds 2,200 words, not 2,000
    runs = {"extract": {1: _run(100.0, 500.0, 1.0), 2: {**_run(220.0, 500.0, 1.0), "words": 2200}}}
    assert scaling_summary(runs)["extract"][2]["of_linear"] == pytest.approx(1.0)


def test_deep_size_counts_each_object_once():
    text = "x" * 10_000
    items = [text, text, text]
    assert deep_size(items) == sys.getsizeof(items) + sys.getsizeof(text)
    table = {"key": text}
    assert deep_size(table) == sys.getsizeof(table) + sys.getsizeof("key") + sys.getsizeof(text)


def test_graph_memory_is_never_negative():
    assert graph_mb({"held_mb": 5.0}, {"held_mb": 9.0}) == 0.0


def test_report_says_skipped_and_judges_the_targets():
    def result(cpu_wps):
        return {"words": 1000, "cpu_wps": cpu_wps, "wps": cpu_wps / 2, "peak_mb": 500.0, "relations": 7}

    results = {"plain": result(2000.0), "textacy": None, "extract": result(1500.0)}
    runs = {"extract": {1: _run(100.0, 500.0, 10.0), 2: _run(230.0, 520.0, 10.0, 2), 4: _run(400.0, 700.0, 10.0, 4)}}
    text = format_report(["corpus: test"], results, scaling_summary(runs), unit=1000, pass_size=1000)
    textacy_line = next(line for line in text.splitlines() if line.startswith("textacy"))
    assert "skipped" in textacy_line
    extract_line = next(line for line in text.splitlines() if line.startswith("extract ") and "7 relations" in line)
    assert " 0.75 " in extract_line  # 1500 / 2000 words/s
    verdict = text.splitlines()[-1]
    assert verdict.startswith("extract:")
    assert "time at 2x 2.30 (words 2.00x: 1.15 of linear, NOT met)" in verdict
    assert "time at 4x 4.00 (words 4.00x: 1.00 of linear, met)" in verdict
    assert "peak memory at 4x 1.40 of 1x (NOT met)" in verdict
    assert "one full pass" in text


def test_textacy_peer_runs_or_says_skipped(nlp):
    installed = importlib.util.find_spec("textacy") is not None
    ok, line = textacy_status()
    assert ok is installed
    if not installed:
        assert "skipped" in line
        return
    assert line.startswith("textacy ")
    texts = ["The army shelled the town.", "Police arrested two men."]
    parts = [iter([type("D", (), {"text": t})() for t in texts])]
    # army-shelled-town and Police-arrested-men
    assert run_textacy(nlp, parts, 1, 8) == {"triples": 2}


def test_memory_trace_records_every_document_and_memory_zone_frees_strings():
    import spacy

    blank = spacy.blank("en")  # its own vocabulary: the session pipeline's lemma cache stays intact
    before = len(blank.vocab.strings)
    texts = ["Zorvex quibbled with Plimzor.", "Frandle grooked.", "Yuzzlewump."]
    records = list(trace_memory(blank, texts, batch_size=2, memory_zone=True))
    assert [r["index"] for r in records] == [0, 1, 2]
    assert [r["words"] for r in records] == [4, 2, 1]
    assert all(r["peak_mb"] >= r["rss_mb"] - 1 > 0 for r in records)
    assert records[-1]["strings_after"] == before  # the zone dropped Zorvex, Plimzor...
    records = list(trace_memory(blank, texts, batch_size=2))
    assert records[-1]["strings_after"] > before


@pytest.mark.slow
def test_a_real_build_run_in_a_fresh_process():
    r = measure("build", 400, 1, 8)
    # the first article alone holds more than 400 words
    assert r["words"] >= 400
    assert r["relations"] > 0 and r["nodes"] > 0 and r["edges"] > 0
    assert r["graph_json_mb"] > 0
    assert 0 < r["graph_mb"] < r["peak_mb"]
    assert r["cpu"] > 0 and r["cpu_wps"] > 0
    assert r["peak_mb"] >= r["start_mb"] > 100  # the model alone is over 100 MB
    assert r["largest_batch"] >= r["words"]  # one document, one batch: spaCy splits words, never joins them


def test_memory_trace_of_extraction_counts_relations(nlp):
    texts = ["Police arrested John Smith in London.", "Rain fell."]
    records = list(trace_memory(nlp, texts, batch_size=8, facts=True))
    assert [r["index"] for r in records] == [0, 1]
    assert records[0]["relations"] >= 1  # police arrested John Smith
    assert records[1]["relations"] == 0  # nobody did anything to anyone
    assert records[-1]["rss_after_mb"] > 0
