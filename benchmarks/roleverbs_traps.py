"""Score the multiword material verb trap sentences (``benchmarks/data/traps_roleverbs_w19.tsv``).

Each sentence is a document of its own, judged as :func:`benchmarks.norel_traps.judge` judges a row.

Usage::

    python benchmarks/roleverbs_traps.py --half tune [--show]
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.material_traps import _shown  # noqa: E402
from benchmarks.norel_traps import judge  # noqa: E402
from benchmarks.traps import score_judged_traps  # noqa: E402

__all__ = ["TRAPS", "main"]

TRAPS = ROOT / "benchmarks" / "data" / "traps_roleverbs_w19.tsv"


def main(argv=None) -> int:
    return score_judged_traps(TRAPS, judge, __doc__.split("\n")[0], argv, shown=_shown)


if __name__ == "__main__":
    raise SystemExit(main())
