"""Score the "from"-phrase visit trap sentences (``benchmarks/data/traps_fromvisit_w18.tsv``).

A row is judged like ``benchmarks/verbal_traps.py`` (same columns): a positive is right when an asserted
event of the expected CAMEO root joins the source to the target; a ``none`` row when none does.

Usage::

    python benchmarks/fromvisit_traps.py --half tune [--show]
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks import verbal_traps  # noqa: E402

TRAPS = ROOT / "benchmarks" / "data" / "traps_fromvisit_w18.tsv"


def main(argv=None) -> int:
    verbal_traps.TRAPS = TRAPS
    return verbal_traps.main(argv)


if __name__ == "__main__":
    raise SystemExit(main())
