"""Score the hosting trap sentences (``benchmarks/data/traps_hosts_w19.tsv``).

A positive row is right when an asserted event of its CAMEO root goes from the source to the target; a
"none" row when no asserted event does.

Usage::

    python benchmarks/hosts_traps.py --half tune [--show]
    python benchmarks/hosts_traps.py --half held      # once, at the end
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.compound_traps import _joins  # noqa: E402
from benchmarks.traps import score_judged_traps  # noqa: E402

TRAPS = ROOT / "benchmarks" / "data" / "traps_hosts_w19.tsv"


def judge(relations, row) -> tuple[bool, str]:
    there = _joins(relations, row["source"], row["target"])
    if row["root"] == "none":
        return not there, "typed negative"
    return row["root"] in there, "other root" if there else "no event"


def main(argv=None) -> int:
    return score_judged_traps(TRAPS, judge, __doc__.splitlines()[0], argv)


if __name__ == "__main__":
    raise SystemExit(main())
