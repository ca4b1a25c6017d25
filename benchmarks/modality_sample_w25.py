"""Non-asserted events read as facts: a judged sample of typed relations in sentences with a modality trigger.

``benchmarks/data/modality_sample_w25.tsv`` holds 80 relations with an event type (so read as
asserted), drawn (seed 2511) from the relations the pipeline gave for the Wikinews articles that are
not held out, among those whose sentence holds a modality trigger (``TRIGGERS``: not, never,
could, if, plan to, a bid to, allegedly, denied ...). Each row was judged from its sentence:
``gold`` is the modality the predicate's act has in the text (asserted, negated, hypothetical,
intended, claimed); ``ok`` is ``y`` when the pipeline's modality (asserted, as the row is typed)
is the gold one.

Scoring reads the JSON lines of ``newsgraph extract`` over the same articles and joins each row to the
relation of the same article, predicate offset, subject and object: its modality now is compared with
``gold`` (a row whose relation is gone counts as unchanged).

Usage::

    python benchmarks/modality_sample_w25.py draw --extract before.jsonl > rows.tsv
    python benchmarks/modality_sample_w25.py score --extract after.jsonl

Examples
--------
>>> bool(TRIGGER_RE.search("The army failed to take the town."))
True
>>> bool(TRIGGER_RE.search("The army took the town."))
False
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "benchmarks" / "data" / "modality_sample_w25.tsv"
HELD = Path("/work/notes/heldout_ids.txt")
SEED = 2511
SIZE = 80
TRIGGERS = (
    "not", "n't", "never", "no", "without", "failed to", "fail to", "refused to", "refuse to", "could", "would",
    "may", "might", "if", "unless", "whether", "plan to", "plans to", "planned to", "planning to", "want to",
    "wants to", "wanted to", "intend", "intends", "intended", "threaten", "threatened", "threatens", "vow",
    "vowed", "promise", "promised", "seek", "seeks", "sought", "try", "tried", "trying", "call for",
    "called for", "calls for", "urge", "urged", "urges", "instead of", "rather than", "before", "talks on",
    "prospect of", "allegedly", "accused of", "reportedly", "denied", "rejected", "question", "questions",
    "a plan to", "a bid to", "an attempt to", "attempt to", "efforts to", "effort to", "demands for",
    "in order to", "so that", "no one",
)
TRIGGER_RE = re.compile(r"(?i)(?<![\w'])(" + "|".join(re.escape(t) for t in sorted(TRIGGERS, key=len, reverse=True))
                        + r")(?![\w'])")
COLUMNS = ("n", "article", "sentence", "subject", "predicate", "pred_start", "object", "code", "trigger",
           "modality", "gold", "ok", "note")


def _key(rel: dict) -> tuple:
    return (rel["doc"], rel["predicate"]["start"], rel["subject"]["text"], (rel.get("object") or {}).get("text", ""))


def draw(lines) -> list[dict]:
    """The sample rows (unjudged) from the relations of ``newsgraph extract``."""
    held = set(HELD.read_text().split()) if HELD.exists() else set()
    pool = []
    for line in lines:
        rel = json.loads(line)
        if rel["doc"] in held or not rel.get("event"):
            continue
        match = TRIGGER_RE.search(rel["sentence"])
        if match:
            pool.append((rel, match.group(1)))
    random.Random(SEED).shuffle(pool)
    rows = []
    for n, (rel, trigger) in enumerate(pool[:SIZE], 1):
        rows.append({
            "n": n, "article": rel["doc"], "sentence": rel["sentence"].replace("\t", " ").replace("\n", " "),
            "subject": rel["subject"]["text"], "predicate": rel["predicate"]["text"],
            "pred_start": rel["predicate"]["start"], "object": (rel.get("object") or {}).get("text", ""),
            "code": rel["event"]["code"] if isinstance(rel["event"], dict) else rel["event"],
            "trigger": trigger, "modality": rel["modality"], "gold": "", "ok": "", "note": ""})
    return rows


def score(rows: list[dict], lines) -> dict:
    """Counts: rows, right (modality now equals gold), changed (modality now differs from the sample's)."""
    now = {}
    for line in lines:
        rel = json.loads(line)
        now[_key(rel)] = rel["modality"]
    counts = {"rows": len(rows), "right": 0, "changed": 0}
    for row in rows:
        key = (row["article"], int(row["pred_start"]), row["subject"], row["object"])
        modality = now.get(key, row["modality"])
        counts["right"] += modality == row["gold"]
        counts["changed"] += modality != row["modality"]
        row["modality_after"] = modality
    return counts


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=("draw", "score"))
    parser.add_argument("--extract", required=True, help="JSON lines of newsgraph extract")
    parser.add_argument("--show", action="store_true", help="print the rows whose modality changed")
    args = parser.parse_args(argv)
    with open(args.extract, encoding="utf-8") as handle:
        lines = handle.readlines()
    if args.command == "draw":
        writer = csv.DictWriter(sys.stdout, COLUMNS, delimiter="\t", lineterminator="\n")
        writer.writeheader()
        writer.writerows(draw(lines))
        return
    with open(SAMPLE, encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    counts = score(rows, lines)
    print(f"modality accuracy {counts['right'] / counts['rows']:.3f} ({counts['right']}/{counts['rows']}), "
          f"{counts['changed']} changed")
    if args.show:
        for row in rows:
            if row["modality_after"] != row["modality"]:
                print(row["n"], row["gold"], row["modality"], "->", row["modality_after"], row["predicate"],
                      "|", row["sentence"])


if __name__ == "__main__":
    main()
