"""Check the trap sentences of ``benchmarks/data/traps_owned_w19.tsv``: the target of an attack on an actor's thing or place.

Each text is extracted as one article; a trap names the predicate's verb, the codes its subject and
object should have ("*" any, "-" no country code, "!CODE" anything but CODE, "XXX*" a prefix, "*XXX" an ending) and the
event root. A trap is right when some relation of that verb matches every column.

Usage::

    python benchmarks/owned_traps.py --half tune [--show]
    python benchmarks/owned_traps.py --half held      # once, at the end
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.traps import score_verb_traps  # noqa: E402

TRAPS = ROOT / "benchmarks" / "data" / "traps_owned_w19.tsv"


if __name__ == "__main__":
    raise SystemExit(score_verb_traps(TRAPS, __doc__.split("\n")[0]))
