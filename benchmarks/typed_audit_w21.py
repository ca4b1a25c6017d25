"""Typed precision on unseen articles: a judged sample of typed relations, scored again after a change.

``benchmarks/data/typed_audit_w21.tsv`` holds 150 asserted relations with an event type, drawn (seed
2105) from the relations the pipeline gave for 40 Wikinews articles that no gold file annotates, split
by article into a ``tune`` half (20 articles, 76 rows) and a ``held`` half (20 articles, 74 rows). Each
row was judged from its sentence before any rule was written: ``verdict`` is ``right`` when an event
coder (CAMEO codebook and verb patterns, the events gold's conventions) would code this root for the
predicate, else ``wrong`` with the ``right`` code (or root, or ``none`` for no event).

Scoring a half runs the pipeline over its articles (or reads ``--extract FILE``, the JSON lines of
``newsgraph extract``) and joins each row to the asserted typed relations of the same article and
predicate offset:

- a row whose predicate has no typed relation any more is *withdrawn*: it leaves the precision's
  denominator (a withdrawn ``wrong`` row is a fix, a withdrawn ``right`` row a loss);
- a row whose root is unchanged keeps its verdict;
- a row whose root changed is right when the new root is the judged ``right`` one.

Precision is right rows over rows still typed.

Usage::

    python benchmarks/typed_audit_w21.py --half tune [--show]
    python benchmarks/typed_audit_w21.py --half tune --extract /tmp/after.jsonl

Examples
--------
>>> score([{"n": "1", "code": "190", "verdict": "wrong", "right": "111"}], {"1": "111"})["right"]
1
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

AUDIT = ROOT / "benchmarks" / "data" / "typed_audit_w21.tsv"
WITHDRAWN = "-"


def read_audit(path: Path = AUDIT, half: str | None = None) -> list[dict]:
    """The rows of the audit file (of one half, if given)."""
    with open(path, encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    return [r for r in rows if half is None or r["half"] == half]


def _root(code: str) -> str:
    return code[:2] if code not in ("", "none", WITHDRAWN) else code


def verdict_after(row: dict, code: str) -> str:
    """``right``, ``wrong`` or ``-`` (withdrawn) for a row whose predicate now has ``code``."""
    if code == WITHDRAWN:
        return WITHDRAWN
    if _root(code) == _root(row["code"]):
        return row["verdict"]
    return "right" if row["right"] and _root(code) == _root(row["right"]) else "wrong"


def score(rows: list[dict], after: dict[str, str]) -> dict:
    """Counts of a half: ``typed`` rows still typed, ``right`` among them, ``fixed`` and ``lost`` by withdrawal.

    ``after`` maps a row's ``n`` to its code now (``-`` when withdrawn; a missing key keeps the code).
    """
    counts = {"rows": len(rows), "typed": 0, "right": 0, "fixed": 0, "lost": 0}
    for row in rows:
        v = verdict_after(row, after.get(row["n"], row["code"]))
        if v == WITHDRAWN:
            counts["fixed" if row["verdict"] == "wrong" else "lost"] += 1
            continue
        counts["typed"] += 1
        counts["right"] += v == "right"
    return counts


def codes_now(rows: list[dict], relations: list[dict]) -> dict[str, str]:
    """Each row's code in ``relations`` (dicts as ``newsgraph extract`` writes them), joined by article and
    predicate offset; the row's old code when several relations of the predicate differ, else the first."""
    by_key: dict[tuple, list[str]] = {}
    for r in relations:
        if r.get("event") and r.get("modality") == "asserted":
            by_key.setdefault((r["doc"], int(r["predicate"]["start"])), []).append(r["event"]["code"])
    out = {}
    for row in rows:
        codes = by_key.get((row["article"], int(row["pstart"])), [])
        out[row["n"]] = (row["code"] if row["code"] in codes else codes[0]) if codes else WITHDRAWN
    return out


def extract_rows(ids: list[str]) -> list[dict]:
    """The relations of the pipeline over the given articles, as the dicts of ``newsgraph extract``."""
    from benchmarks.gold import read_corpus_documents
    from extract.facts import extract_facts
    from extract.pipeline import load_pipeline

    out = []
    for facts in extract_facts(read_corpus_documents(ids), nlp=load_pipeline()):
        for r in facts.relations:
            out.append({"doc": r.doc_id, "predicate": {"start": r.predicate.start},
                        "event": {"code": r.event.code} if r.event else None, "modality": r.modality})
    return out


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--half", choices=("tune", "held"), required=True)
    p.add_argument("--extract", type=Path, help="JSON lines of `newsgraph extract` instead of a fresh run")
    p.add_argument("--show", action="store_true", help="print the rows whose verdict or code changed")
    args = p.parse_args(argv)
    rows = read_audit(half=args.half)
    if args.extract:
        relations = [json.loads(line) for line in open(args.extract, encoding="utf-8") if line.strip()]
    else:
        relations = extract_rows(sorted({r["article"] for r in rows}))
    after = codes_now(rows, relations)
    before = score(rows, {})
    now = score(rows, after)
    if args.show:
        for row in rows:
            if after[row["n"]] != row["code"]:
                print(f"{row['n']:>4} {row['code']} -> {after[row['n']]} ({row['verdict']}, right={row['right'] or '='}) "
                      f"{row['relation']} :: {row['sentence'][:160]}")
    for name, c in (("before", before), ("after", now)):
        print(f"{args.half} {name}: precision {c['right']}/{c['typed']} = {c['right'] / max(c['typed'], 1):.3f}"
              f" (withdrawn: {c['fixed']} wrong, {c['lost']} right)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
