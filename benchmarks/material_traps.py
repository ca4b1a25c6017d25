"""Score the material event trap sentences (``benchmarks/data/traps_material_w18.tsv``).

Each sentence is a document of its own, judged as :func:`benchmarks.norel_traps.judge` judges a row: the
CAMEO roots of the asserted events that join its source to its target must fit ``root`` (``a|b``: any of
them; ``none``: no event may join them), and one of them is found unless ``none`` is allowed.

Usage::

    python benchmarks/material_traps.py --half tune [--show]
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.norel_traps import judge  # noqa: E402
from benchmarks.traps import read_traps  # noqa: E402

__all__ = ["TRAPS", "main"]

TRAPS = ROOT / "benchmarks" / "data" / "traps_material_w18.tsv"


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--half", choices=("tune", "held", "all"), required=True)
    p.add_argument("--show", action="store_true", help="print every row with its relations")
    a = p.parse_args(argv)
    from extract.facts import extract_facts
    from extract.pipeline import load_pipeline
    from extract.types import Document

    rows = read_traps(TRAPS, a.half)
    docs = [Document(id=f"trap:{r['id']}", text=r["sentence"]) for r in rows]
    causes: Counter = Counter()
    right = 0
    for row, facts in zip(rows, extract_facts(docs, nlp=load_pipeline())):
        ok, cause = judge(facts.relations, row)
        right += ok
        causes[cause] += not ok
        if a.show:
            rels = "; ".join(f"({r.subject.text}|{r.subject.actor_code}, {r.predicate.lemma}, "
                             f"{r.object.text}|{r.object.actor_code}) {r.event.code if r.event else None}"
                             f"{'' if r.modality == 'asserted' else ' ' + r.modality} [{r.basis}]"
                             for r in facts.relations if r.predicate.lemma != "located in")
            print(f"{'ok ' if ok else 'BAD'} {row['id']} {row['root']} {row['source']}->{row['target']} [{cause}]"
                  f" :: {row['sentence']}\n      {rels}")
    print(f"{a.half}: {right}/{len(rows)} right")
    print("failures by cause:", {k: v for k, v in causes.items() if v})
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
