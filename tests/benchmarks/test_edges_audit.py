"""The edges audit table and its figures (benchmarks/edges_audit.py), without building a graph."""

from __future__ import annotations

import json
from pathlib import Path

from benchmarks.edges_audit import AUDIT, DRAWN, HELD, SAMPLES, SETS, AuditRow, audit_key, read_audit, set_figures

ROOT = Path(__file__).resolve().parents[2]
CLASSES = {"unspecified-hub", "vacuous-isa", "reported-speech", "light-verb", "vague-object", "speech-to-media",
           "wrong-code", "lost-complement", "attachment", "fragment", "entity-error", "modality", "trivial",
           "concept-both"}


def test_every_row_is_judged_and_classed():
    rows = read_audit()
    # one row per piece of evidence, no two with one key: 244 judged at the start, later ones in sets "a+" and "b+",
    # 66 of set c judged at the start of the fourth round, 82 of set d judged before the usefulness round
    assert sum(row.set in ("a", "b") for row in rows.values()) == 244
    assert sum(row.set == "c" for row in rows.values()) == 66
    assert sum(row.set == "d" for row in rows.values()) == 82
    # set e: a random sample of 60 edges of CaRB dev sentences 321 to the end, judged before the change it measures
    assert sum(row.set == "e" for row in rows.values()) == SAMPLES["e"][2] == 60
    first, last = SAMPLES["e"][:2]
    assert all(first <= int(row.doc.split(":")[1]) <= last for row in rows.values() if row.set.rstrip("+") == "e")
    # set f: a random sample of at most 60 edges of six unaudited articles (they hold 40), judged before the change
    # it measures
    assert sum(row.set == "f" for row in rows.values()) == min(DRAWN["f"][1], 40) == 40
    assert all(row.set.rstrip("+") in {**SETS, **SAMPLES, **DRAWN} for row in rows.values())
    for name, ids in {**SETS, **{n: d[0] for n, d in DRAWN.items()}}.items():
        docs = {"wikinews:" + i for i in ids}
        assert all(row.doc in docs for row in rows.values() if row.set.rstrip("+") == name)
    for row in rows.values():
        assert row.correct in (0, 1) and row.useful in (0, 1)
        # a wrong or useless edge has a class, a good one none
        assert (row.error in CLASSES) if not (row.correct and row.useful) else row.error in ("", "wrong-code")


def test_the_audited_articles_are_in_no_gold_file():
    gold = set()
    for path in (ROOT / "benchmarks" / "data").glob("*gold*.jsonl"):
        with open(path, encoding="utf-8") as handle:
            # sentence golds (wire_gold.jsonl) hold invented sentences, no articles
            gold.update(json.loads(line).get("doc") for line in handle if line.strip())
    gold.discard(None)
    sets = [*SETS.values(), *(drawn[0] for drawn in DRAWN.values())]
    audited = {"wikinews:" + i for ids in sets for i in ids}
    # set g's articles came from a pool drawn for the round, six of them in the events gold: the ones of its test
    # half are held articles of the set (HELD), never read while changing the rules
    pooled = {"wikinews:" + i for i in DRAWN["g"][0]}
    assert not (audited - pooled) & gold
    assert {doc for doc in pooled & gold if doc in _test_half()} <= {"wikinews:" + i for i in HELD["g"]}
    assert len(audited) == sum(len(ids) for ids in sets)  # no article in two sets
    assert AUDIT.exists()


def _test_half() -> set[str]:
    """The documents of the test half of the gold files (only their ids and splits are read)."""
    docs = set()
    for path in (ROOT / "benchmarks" / "data").glob("*gold*.jsonl"):
        with open(path, encoding="utf-8") as handle:
            docs.update(row["doc"] for row in map(json.loads, filter(str.strip, handle))
                        if row.get("split") == "test" and "doc" in row)  # sentence golds hold no articles
    return docs


def _row(subject, correct, useful, error=""):
    return AuditRow("a", "d", subject, "hit", "Y", "", "asserted", "0.8", correct, useful, error, "S.")


def test_figures_before_and_after_a_drop():
    judged = {audit_key(r.doc, r.subject, r.predicate, r.object, r.sentence): r
              for r in (_row("A", 1, 1), _row("B", 1, 0, "trivial"), _row("C", 0, 0, "fragment"), _row("D", 1, 1))}
    # the graph now holds A and C, and one edge nobody judged
    now = [{"doc": "d", "subject": s, "predicate": "hit", "object": "Y", "sentence": "S."} for s in ("A", "C", "E")]
    figures = set_figures(judged, now, "a")
    assert figures["before"]["edges"] == 4 and figures["before"]["correct"] == 0.75
    assert figures["before"]["correct_useful"] == 0.5
    assert figures["after"]["edges"] == 2 and figures["after"]["correct_useful"] == 0.5
    assert [r["subject"] for r in figures["unjudged"]] == ["E"]
    assert figures["dropped"] == {"trivial": 1, "ok": 1} and figures["dropped_good"] == 1


def test_rows_judged_later_count_now_but_not_before():
    late = AuditRow("a+", "d", "E", "hit", "Y", "", "asserted", "0.8", 0, 0, "fragment", "S.")
    judged = {audit_key(r.doc, r.subject, r.predicate, r.object, r.sentence): r for r in (_row("A", 1, 1), late)}
    now = [{"doc": "d", "subject": s, "predicate": "hit", "object": "Y", "sentence": "S."} for s in ("A", "E")]
    figures = set_figures(judged, now, "a")
    assert figures["before"]["edges"] == 1 and figures["before"]["correct"] == 1.0
    assert figures["after"]["edges"] == 2 and figures["after"]["correct"] == 0.5
    assert figures["unjudged"] == []


def test_a_changed_code_or_modality_is_listed():
    judged = {audit_key(r.doc, r.subject, r.predicate, r.object, r.sentence): r
              for r in (_row("A", 0, 0, "wrong-code"), _row("B", 1, 1))}
    now = [{"doc": "d", "subject": "A", "predicate": "hit", "object": "Y", "sentence": "S.", "event": "190",
            "modality": "asserted"},
           {"doc": "d", "subject": "B", "predicate": "hit", "object": "Y", "sentence": "S.", "event": "",
            "modality": "asserted"}]
    figures = set_figures(judged, now, "a")
    assert [(item.subject, row["event"]) for item, row in figures["recoded"]] == [("A", "190")]
