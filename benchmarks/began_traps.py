"""Score the light/phase-verb trap sentences (``benchmarks/data/traps_began_w17.tsv``).

A row is judged like ``benchmarks/verbal_traps.py`` (same columns): a positive is right when an asserted
event of the expected CAMEO root joins the source to the target actor named after the preposition of the
verb's event noun ("began a bombing campaign against militants"); a ``none`` row when none does.

Usage::

    python benchmarks/began_traps.py --half tune [--show]
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks import verbal_traps  # noqa: E402

TRAPS = ROOT / "benchmarks" / "data" / "traps_began_w17.tsv"


def main(argv=None) -> int:
    verbal_traps.TRAPS = TRAPS
    return verbal_traps.main(argv)


if __name__ == "__main__":
    raise SystemExit(main())
