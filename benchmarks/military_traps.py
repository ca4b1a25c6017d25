"""Score the military and security event trap texts (``benchmarks/data/traps_military_w20.tsv``).

Usage::

    python benchmarks/military_traps.py --half tune [--show]
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.traps import score_verb_traps  # noqa: E402

TRAPS = ROOT / "benchmarks" / "data" / "traps_military_w20.tsv"


def main(argv=None) -> int:
    return score_verb_traps(TRAPS, __doc__.splitlines()[0], argv)


if __name__ == "__main__":
    raise SystemExit(main())
