"""Score the event-noun partner trap sentences (``benchmarks/data/traps_nounpartners_w19.tsv``).

Each sentence is a document of its own, judged as :func:`benchmarks.pptargets_traps.judge_strict` judges a row:
a ``none`` row is wrong as soon as any relation joins its source to its target.

Usage::

    python benchmarks/nounpartners_traps.py --half tune [--show]
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.pptargets_traps import judge_strict  # noqa: E402
from benchmarks.traps import score_judged_traps  # noqa: E402

__all__ = ["TRAPS", "main"]

TRAPS = ROOT / "benchmarks" / "data" / "traps_nounpartners_w19.tsv"


def main(argv=None) -> int:
    return score_judged_traps(TRAPS, judge_strict, __doc__.split("\n")[0], argv)


if __name__ == "__main__":
    raise SystemExit(main())
