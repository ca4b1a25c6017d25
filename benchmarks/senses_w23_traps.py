"""Score the resignation, swearing-in, suggestion, dealing and question trap texts (``benchmarks/data/traps_senses_w23.tsv``).

Usage::

    python benchmarks/senses_w23_traps.py --half tune [--show]
    python benchmarks/senses_w23_traps.py --half held      # once, at the end
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.traps import score_verb_traps  # noqa: E402

TRAPS = ROOT / "benchmarks" / "data" / "traps_senses_w23.tsv"


def main(argv=None) -> int:
    return score_verb_traps(TRAPS, __doc__.splitlines()[0], argv)


if __name__ == "__main__":
    raise SystemExit(main())
