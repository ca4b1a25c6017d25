"""Check the duplicate-node trap texts of ``benchmarks/data/traps_dups_w23.tsv``.

The texts (a committee named with and without its chamber, a chamber beside its committee, a double surname cut
to its last word or written alone in another article, two people of one surname, a short name one article gives
as an alias) are built into one graph as ``newsgraph build`` does and their expectations checked by
:mod:`benchmarks.nodes_traps`.

Usage::

    python benchmarks/dups_w23_traps.py --half tune [--show]
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks import nodes_traps  # noqa: E402

TRAPS = ROOT / "benchmarks" / "data" / "traps_dups_w23.tsv"


def main(argv=None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    return nodes_traps.main(["--traps", str(TRAPS), *argv])


if __name__ == "__main__":
    raise SystemExit(main())
