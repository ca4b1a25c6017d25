"""Score the idiom / nominal-target / demand trap sentences (``benchmarks/data/traps_idioms_w16.tsv``).

Same columns and judging as ``benchmarks/verbal_traps.py``.

Usage::

    python benchmarks/idioms_traps.py --half tune [--show]
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks import verbal_traps  # noqa: E402

verbal_traps.TRAPS = ROOT / "benchmarks" / "data" / "traps_idioms_w16.tsv"

if __name__ == "__main__":
    raise SystemExit(verbal_traps.main())
