"""Run the root trap sentences (``benchmarks/data/traps_roots_w16.tsv``) and score them.

    python benchmarks/roots_traps.py [--half tune|held] [--show]

Each sentence is a document of its own; the relations whose predicate lemma
is the row's verb are read. A row is right when the set of their asserted
CAMEO roots fits ``expected_root`` (``-``: no event; ``a|b``: either).
"""

from __future__ import annotations

import argparse
import csv
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRAPS = ROOT / "benchmarks" / "data" / "traps_roots_w16.tsv"


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--half", choices=("tune", "held"), default="tune")
    parser.add_argument("--show", action="store_true")
    args = parser.parse_args(argv)
    from extract.documents import parse_text
    from extract.facts import extract_facts

    with open(TRAPS, encoding="utf-8") as fh:
        rows = [r for r in csv.DictReader(fh, delimiter="\t") if r["half"] == args.half]
    docs = [parse_text(r["sentence"], name=f"trap{i}", doc_id=f"trap:{i}") for i, r in enumerate(rows)]
    right = 0
    for row, facts in zip(rows, extract_facts(docs)):
        roots = sorted({r.event.root for r in facts.relations
                        if r.event is not None and r.predicate.lemma.split()[0] == row["verb"]})
        allowed = row["expected_root"].split("|")
        ok = (not roots and "-" in allowed) or (roots and all(x in allowed for x in roots))
        right += bool(ok)
        if args.show:
            mark = "ok " if ok else "BAD"
            print(f"{mark} {row['expected_root']:>5} got {','.join(roots) or '-':>6}  {row['sentence']}")
    print(f"{args.half}: {right}/{len(rows)} right")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
