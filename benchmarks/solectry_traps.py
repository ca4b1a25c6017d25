"""Check the sole-country trap sentences of ``benchmarks/data/traps_solectry_w18.tsv``.

Columns and scoring as in :mod:`benchmarks.counterparts_traps`.

Usage::

    python benchmarks/solectry_traps.py --half tune [--show]
    python benchmarks/solectry_traps.py --half held      # once, at the end
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import benchmarks.counterparts_traps as _traps  # noqa: E402

_traps.TRAPS = ROOT / "benchmarks" / "data" / "traps_solectry_w18.tsv"

if __name__ == "__main__":
    sys.exit(_traps.main())
