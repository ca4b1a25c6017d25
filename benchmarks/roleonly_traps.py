"""Check the role-only trap sentences of ``benchmarks/data/traps_roleonly_w18.tsv``.

Each text is extracted as one article; a trap names the predicate's verb, the codes its subject and
object should have ("*" any, "-" no country code, "!CODE" anything but CODE,
"XXX*" a code starting XXX) and the event root
("*" any, "-" no event). A trap is right when some relation of that verb matches every column; a
trap that only forbids ("-", "!CODE", "*") is also right when the verb has no relation at all.

Usage::

    python benchmarks/roleonly_traps.py --half tune [--show]
    python benchmarks/roleonly_traps.py --half held      # once, at the end
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.traps import score_verb_traps  # noqa: E402

TRAPS = ROOT / "benchmarks" / "data" / "traps_roleonly_w18.tsv"


if __name__ == "__main__":
    raise SystemExit(score_verb_traps(TRAPS, __doc__.split("\n")[0]))
