"""CAMEO event coding on ten fresh Wikinews articles: root recall and typed precision.

``benchmarks/data/events_fresh.jsonl`` holds events an annotator wrote down,
before looking at the system's output, for ten articles drawn (seeded) from
those in no other gold file or audit (format: ``events_fresh.md``; rows as in
``events_gold.jsonl``). Six articles are the ``tune`` half (their misses may be
read), four the ``held`` half (scored only). The figures are the ones of
``benchmarks/events_dev.py``, computed by its scoring functions.

Usage::

    python benchmarks/events_fresh.py                # both halves
    python benchmarks/events_fresh.py --split tune --show
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

__all__ = ["FRESH", "SPLITS", "main"]

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.events_dev import match, print_event_scores, read_documents, read_gold, score_events  # noqa: E402

FRESH = ROOT / "benchmarks" / "data" / "events_fresh.jsonl"
SPLITS = ("tune", "held", "all")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--split", choices=SPLITS, default="all", help="half to score (default: each half, then all)")
    parser.add_argument("--show", action="store_true", help="print each gold line and the relation matching it")
    args = parser.parse_args(argv)

    from extract.facts import extract_facts
    from extract.pipeline import load_pipeline

    rows = read_gold(FRESH)
    docs = read_documents(r["doc"] for r in rows)
    facts_by_doc = {f.document.id: f for f in extract_facts(docs, nlp=load_pipeline())}
    halves = ("tune", "held", "all") if args.split == "all" else (args.split,)
    for half in halves:
        chosen = [r for r in rows if half == "all" or r["split"] == half]
        if args.show and half != "all":
            for g in chosen:
                facts = facts_by_doc[g["doc"]]
                rel = match(g, facts.document.text, facts.relations)
                found = "no match" if rel is None else (
                    f"({rel.subject.text} [{rel.subject.actor_code}], {rel.predicate.lemma}, {rel.object.text} "
                    f"[{rel.object.actor_code}]) event={rel.event.code if rel.event else None} mod={rel.modality}")
                print(f"line {g['_line']}: {g['quote']!r} gold={g.get('cameo')} {g['modality']}\n   {found}")
        print_event_scores(score_events(chosen, facts_by_doc), half)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
