"""Trap articles for actor codes of named and titled actors (wave 20): own-country evidence, state bodies of a
named country, members of named armed groups (``benchmarks/data/traps_actors_w20.tsv``).

A trap is right when an argument containing its mention (or contained in it) has the expected code
(``benchmarks/traps.py`` ``code_matches``); "-" and "!CODE" must hold for every such argument.

Usage::

    python benchmarks/actors_w20_traps.py --half tune [--show]
    python benchmarks/actors_w20_traps.py --half held      # once, at the end
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.traps import code_matches, score_fact_traps  # noqa: E402

TRAPS = ROOT / "benchmarks" / "data" / "traps_actors_w20.tsv"


def _overlaps(mention: str, text: str) -> bool:
    """One of the two is a run of whole words of the other ("king abdullah" / "Abdullah")."""
    return bool(text) and (f" {mention} " in f" {text} " or f" {text} " in f" {mention} ")


def judge(row: dict, facts, countries) -> tuple[bool, str]:
    """Some matching argument has the expected code; "-"/"!CODE": every one has."""
    codes = [a.actor_code for rel in facts.relations for a in (rel.subject, rel.object)
             if _overlaps(row["mention"], a.text.casefold())]
    want = row["expected"]
    ok = (all if want[:1] in "-!" else any)(code_matches(want, c, countries) for c in codes)
    return ok, f"{row['mention']!r}: want {want}, got {codes}"


if __name__ == "__main__":
    raise SystemExit(score_fact_traps(TRAPS, judge, __doc__.split("\n")[0]))
