"""CAMEO event coding on ten fresh Wikinews articles: root recall and typed precision.

``benchmarks/data/events_fresh.jsonl`` holds events an annotator wrote down,
before looking at the system's output, for ten articles drawn (seeded) from
those in no other gold file or audit (format: ``events_fresh.md``; rows as in
``events_gold.jsonl``). Three rounds of ten articles each: in the first, six
articles are the ``tune`` half (their misses may be read), four the ``held``
half (scored only); the later rounds have ``tune2``/``held2`` ... ``tune8``/``held8`` alike. The
figures are the ones of ``benchmarks/events_dev.py``, computed by its scoring
functions.

Usage::

    python benchmarks/events_fresh.py                # round one: each half, then both
    python benchmarks/events_fresh.py --split all2   # round two: each half, then both
    python benchmarks/events_fresh.py --split tune2 --show
    python benchmarks/events_fresh.py --split all3   # round three
    python benchmarks/events_fresh.py --split all4a  # round 4a
    python benchmarks/events_fresh.py --split all4c  # round 4c
    python benchmarks/events_fresh.py --split all4b  # round 4b
    python benchmarks/events_fresh.py --split all5   # round five
    python benchmarks/events_fresh.py --split all6   # round six
    python benchmarks/events_fresh.py --split all7   # round seven
    python benchmarks/events_fresh.py --split all8   # round eight
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

__all__ = ["FRESH", "SPLITS", "halves_of", "main", "rows_of"]

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.events_dev import match, print_event_scores, read_documents, read_gold, score_events  # noqa: E402

FRESH = ROOT / "benchmarks" / "data" / "events_fresh.jsonl"
# A round (a --split value) and its halves; the round scores its halves together.
_ROUNDS = {"all": ("tune", "held"), "all2": ("tune2", "held2"), "all3": ("tune3", "held3"),
           "all4a": ("tune4a", "held4a"), "all4b": ("tune4b", "held4b"), "all4c": ("tune4c", "held4c"),
           "all5": ("tune5", "held5"), "all6": ("tune6", "held6"),
           "all7": ("tune7", "held7"), "all8": ("tune8", "held8")}
SPLITS = ("tune", "held", "all", "tune2", "held2", "all2", "tune3", "held3", "all3",
          "tune4a", "held4a", "all4a", "tune4b", "held4b", "all4b", "tune4c", "held4c", "all4c",
          "tune5", "held5", "all5", "tune6", "held6", "all6", "tune7", "held7", "all7",
          "tune8", "held8", "all8")


def halves_of(split: str) -> tuple[str, ...]:
    """The names printed for ``split``: a round's halves and the round itself, or one half."""
    return (*_ROUNDS[split], split) if split in _ROUNDS else (split,)


def rows_of(rows: list[dict], half: str) -> list[dict]:
    """The gold rows of one half, or of every half of a round."""
    wanted = _ROUNDS.get(half, (half,))
    return [r for r in rows if r["split"] in wanted]


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--split", choices=SPLITS, default="all",
                        help="half or round to score (default: round one, each half, then both)")
    parser.add_argument("--show", action="store_true", help="print each gold line and the relation matching it")
    args = parser.parse_args(argv)

    from extract.facts import extract_facts
    from extract.pipeline import load_pipeline

    halves = halves_of(args.split)
    rows = rows_of(read_gold(FRESH), args.split)
    docs = read_documents(dict.fromkeys(r["doc"] for r in rows))
    facts_by_doc = {f.document.id: f for f in extract_facts(docs, nlp=load_pipeline())}
    for half in halves:
        chosen = rows_of(rows, half)
        if args.show and half not in _ROUNDS:
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
