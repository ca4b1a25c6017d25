"""The wave-23 edge sample (benchmarks/data/edges_sample_w23.tsv): judged rows with event-type and actor-code
columns, drawn from articles in no gold, edge or event file, and its typed-precision figures."""

from __future__ import annotations

import json
import re
from pathlib import Path

from benchmarks.edges_audit import CODED_FIELDS, AuditRow, read_audit, set_figures
from benchmarks.edges_sample import HELD_W23, SAMPLE_W23, TUNE_W23

from .test_edges_audit import CLASSES

ROOT = Path(__file__).resolve().parents[2]


def test_every_row_is_judged_with_its_event_type_and_codes():
    with open(SAMPLE_W23, encoding="utf-8") as handle:
        assert tuple(handle.readline().rstrip("\n").split("\t")) == CODED_FIELDS
    rows = read_audit(SAMPLE_W23)
    tune = {"wikinews:" + i for i in TUNE_W23}
    held = {"wikinews:" + i for i in HELD_W23}
    assert sum(r.set == "tune" for r in rows.values()) == 60
    assert all((r.doc in tune) if r.set == "tune" else (r.set == "held" and r.doc in held) for r in rows.values())
    for r in rows.values():
        assert (r.error in CLASSES) if not (r.correct and r.useful) else r.error == ""
        # an event type is judged where there is one, and only there; so are the actor codes
        assert (r.event_ok in ("0", "1")) if r.event else r.event_ok == ""
        assert (r.actor_ok in ("0", "1")) if r.actors else r.actor_ok == ""


# The fresh events round drawn at the same time as this sample, from the same least-seen articles: its
# events were coded after the sample was drawn and judged, so it is no earlier judgement.
_SAME_ROUND = frozenset({"tune7", "held7"})


def _earlier_lines(path):
    lines = path.read_text(encoding="utf-8").splitlines()
    if path.name == "events_fresh.jsonl":
        lines = [line for line in lines if json.loads(line).get("split") not in _SAME_ROUND]
    return lines


def test_the_sampled_articles_were_never_judged_for_edges_or_events():
    seen = set()
    for path in (ROOT / "benchmarks" / "data").iterdir():
        if path.suffix in (".jsonl", ".tsv") and path != SAMPLE_W23 and (
                path.name.startswith(("edges_", "events_")) or "gold" in path.name):
            for line in _earlier_lines(path):
                seen.update(re.findall(r"[0-9a-f]{12}", line))
    assert not seen & set(TUNE_W23 + HELD_W23)
    assert not set(TUNE_W23) & set(HELD_W23)


def test_typed_precision_counts_correct_edges_with_the_right_type():
    def row(subject, event, correct, event_ok, actors="", actor_ok=""):
        return AuditRow("tune", "d", subject, "hit", "Y", event, "asserted", "0.8", correct, 1, "", "S.",
                        actors, event_ok, actor_ok)

    judged = {("d", s.casefold()): r for s, r in [
        ("A", row("A", "190", 1, "1", "USA>", "1")), ("B", row("B", "043", 0, "0", "MNC>", "1")),
        ("C", row("C", "", 1, "")), ("D", row("D", "010", 0, "1", ">PHL", "0"))]}
    before = set_figures(judged, [], "tune")["before"]
    assert (before["n_typed"], before["n_typed_ok"]) == (3, 1)
    assert (before["n_coded"], before["n_coded_ok"]) == (3, 2)
