"""Trap articles for actor codes of named and titled actors (wave 20): own-country evidence, state bodies of a
named country, members of named armed groups (``benchmarks/data/traps_actors_w20.tsv``).

A trap is right when an argument containing its mention (or contained in it) has the expected code (``benchmarks/traps.py``
``code_matches``); "-" and "!CODE" must hold for every such argument.

Usage::

    python benchmarks/actors_w20_traps.py --half tune [--show]
    python benchmarks/actors_w20_traps.py --half held      # once, at the end
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.traps import code_matches, read_traps  # noqa: E402

TRAPS = ROOT / "benchmarks" / "data" / "traps_actors_w20.tsv"


def trap_right(row: dict, codes: list, countries) -> bool:
    """Some code matches the expected one; "-"/"!CODE": every code does."""
    want = row["expected"]
    check = all if want[:1] in "-!" else any
    return check(code_matches(want, c, countries) for c in codes)


def _overlaps(mention: str, text: str) -> bool:
    """One of the two is a run of whole words of the other ("king abdullah" / "Abdullah")."""
    return f" {mention} " in f" {text} " or f" {text} " in f" {mention} "


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--half", default="tune", choices=("tune", "held", "all"))
    parser.add_argument("--show", action="store_true")
    args = parser.parse_args(argv)
    from extract.facts import extract_facts
    from extract.lexicon import get_lexicon
    from extract.pipeline import load_pipeline
    from extract.types import Document

    rows = read_traps(TRAPS, args.half, column="half")
    docs = [Document(id=f"trap:{r['id']}", text=r["text"], date="2020-06-01") for r in rows]
    countries = frozenset(get_lexicon().countries.by_alpha3)
    right = 0
    for row, facts in zip(rows, extract_facts(docs, nlp=load_pipeline())):
        args_ = [a for rel in facts.relations for a in (rel.subject, rel.object)]
        codes = [a.actor_code for a in args_ if a.text and _overlaps(row["mention"], a.text.casefold())]
        ok = trap_right(row, codes, countries)
        right += ok
        print(f"{'ok ' if ok else 'BAD'} {row['id']} {row['mention']!r}: want {row['expected']}, got {codes}")
        if args.show and not ok:
            print("      " + "; ".join(f"{a.text}={a.actor_code}" for a in args_))
    print(f"{args.half}: {right}/{len(rows)} right")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
