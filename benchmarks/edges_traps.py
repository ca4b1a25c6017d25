"""Score the trap sentences of edges whose subject comes from the wrong noun (wave 18).

``benchmarks/data/traps_edges_w18.tsv``: each sentence is built alone into a graph (``edges_audit.edge_rows``)
and its expectations are checked: ``no:SUBJ|PRED`` (no edge whose subject label contains SUBJ and predicate
contains PRED), ``unsaid:SUBJ|PRED`` (no such edge but a negated one, "not PRED") and ``has:SUBJ|PRED|OBJ``
(such an edge with that object), all casefolded.

Usage::

    python benchmarks/edges_traps.py --split tune [--show]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.edges_audit import edge_rows  # noqa: E402
from benchmarks.traps import items, read_traps  # noqa: E402

TRAPS = ROOT / "benchmarks" / "data" / "traps_edges_w18.tsv"


def check(expect: str, rows: list[dict]) -> bool:
    """Whether the edges ``rows`` meet one expectation."""
    kind, _, spec = expect.partition(":")
    parts = [p.casefold() for p in spec.split("|")]

    def hit(row):
        return all(p in row[f].casefold() for p, f in zip(parts, ("subject", "predicate", "object")))

    if kind == "unsaid":  # a negated edge ("not PRED") may name it; none may assert it
        return not any(hit(r) and not r["predicate"].startswith("not ") for r in rows)
    found = any(hit(r) for r in rows)
    return found if kind == "has" else not found


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--split", default="tune", choices=("tune", "held", "all"))
    parser.add_argument("--show", action="store_true", help="print every sentence's edges")
    parser.add_argument("--path", type=Path, default=TRAPS)
    args = parser.parse_args(argv)
    from extract.facts import extract_facts
    from extract.types import Document
    from graph.model import KnowledgeGraph

    traps = read_traps(args.path, args.split, column="half")
    docs = [Document(id=f"trap:{n}", text=t["sentence"]) for n, t in enumerate(traps)]
    by_doc: dict[str, list] = {}
    for row in edge_rows(KnowledgeGraph(extract_facts(docs)), ""):
        by_doc.setdefault(row["doc"], []).append(row)
    passed = total = 0
    by_class: dict[str, list[int]] = {}
    for n, trap in enumerate(traps):
        rows = by_doc.get(f"trap:{n}", [])
        for expect in items(trap["expected"]):
            ok = check(expect, rows)
            passed += ok
            total += 1
            tally = by_class.setdefault(trap["class"], [0, 0])
            tally[0] += ok
            tally[1] += 1
            if args.show or not ok:
                print(f"{'ok  ' if ok else 'FAIL'} {trap['class']:8} {expect:40} {trap['sentence']}")
        if args.show:
            for r in rows:
                print(f"       {r['subject']} | {r['predicate']} | {r['object']} | {r['event']} | {r['modality']}")
    print(f"{args.split}: {passed}/{total} expectations met; "
          + ", ".join(f"{c} {a}/{b}" for c, (a, b) in sorted(by_class.items())))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
