"""Score the material event trap sentences (``benchmarks/data/traps_material_w18.tsv``).

Each sentence is a document of its own, judged as :func:`benchmarks.norel_traps.judge` judges a row: the
CAMEO roots of the asserted events that join its source to its target must fit ``root`` (``a|b``: any of
them; ``none``: no event may join them), and one of them is found unless ``none`` is allowed.

Usage::

    python benchmarks/material_traps.py --half tune [--show]
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.norel_traps import judge  # noqa: E402
from benchmarks.traps import score_judged_traps  # noqa: E402

__all__ = ["TRAPS", "main"]

TRAPS = ROOT / "benchmarks" / "data" / "traps_material_w18.tsv"


def _shown(r) -> str:
    return (f"({r.subject.text}|{r.subject.actor_code}, {r.predicate.lemma}, "
            f"{r.object.text}|{r.object.actor_code}) {r.event.code if r.event else None}"
            f"{'' if r.modality == 'asserted' else ' ' + r.modality} [{r.basis}]")


def main(argv=None) -> int:
    return score_judged_traps(TRAPS, judge, __doc__.split("\n")[0], argv, shown=_shown)

if __name__ == "__main__":
    raise SystemExit(main())
