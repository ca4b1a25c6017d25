"""Score the aid-amount trap sentences (``benchmarks/data/traps_money_w19.tsv``).

A positive row is right when an asserted event whose CAMEO code starts with the row's code goes from the source to
the target; a "none" row when no asserted event of root 07 (aid) does and the row's target is not the object of
an aid event.

Usage::

    python benchmarks/money_traps.py --half tune [--show]
    python benchmarks/money_traps.py --half held      # once, at the end
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.traps import score_judged_traps  # noqa: E402

TRAPS = ROOT / "benchmarks" / "data" / "traps_money_w19.tsv"


def _fits(code, want: str) -> bool:
    return want == "*" or (code or "").startswith(want)


def _codes(relations, source: str, target: str) -> set[str]:
    """The codes of the asserted events from an actor coded ``source...`` ("*" any) to one coded ``target...``."""
    asserted = [r for r in relations
                if r.event is not None and r.modality == "asserted" and r.subject.key != r.object.key]
    return {r.event.code for r in asserted
            if _fits(r.subject.actor_code, source) and _fits(r.object.actor_code, target)}


def judge(relations, row) -> tuple[bool, str]:
    there = _codes(relations, row["source"], row["target"])
    if row["root"] == "none":
        return not any(c.startswith("07") for c in there), "aid on a look-alike"
    return any(c.startswith(row["root"]) for c in there), "other code" if there else "no event"


def main(argv=None) -> int:
    return score_judged_traps(TRAPS, judge, __doc__.splitlines()[0], argv)


if __name__ == "__main__":
    raise SystemExit(main())
