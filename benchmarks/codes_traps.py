"""Score the US-state office, struck-deal and meeting-place trap sentences (``benchmarks/data/traps_codes_w20.tsv``).

Rows are judged as in ``benchmarks/generic_traps.py``: a "yes" row is right when some asserted relation matches
its words, codes and root; a "no" row when no relation does.

Usage::

    python benchmarks/codes_traps.py --half tune [--show]
    python benchmarks/codes_traps.py --half held      # once, at the end
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.generic_traps import _coded, judge  # noqa: E402
from benchmarks.traps import score_judged_traps  # noqa: E402

__all__ = ["TRAPS", "main"]

TRAPS = ROOT / "benchmarks" / "data" / "traps_codes_w20.tsv"


def main(argv=None) -> int:
    return score_judged_traps(TRAPS, judge, __doc__.splitlines()[0], argv, shown=_coded)


if __name__ == "__main__":
    raise SystemExit(main())
