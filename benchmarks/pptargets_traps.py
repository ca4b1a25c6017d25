"""Score the prepositional target trap sentences (``benchmarks/data/traps_pptargets_w19.tsv``).

Each sentence is a document of its own, judged as :func:`benchmarks.norel_traps.judge` judges a row, except that
a ``none`` row is wrong as soon as any relation, typed or not, joins its source to its target: "sent a letter
to the editor" must not make the editor a target at all.

Usage::

    python benchmarks/pptargets_traps.py --half tune [--show]
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.norel_traps import _has, judge  # noqa: E402
from benchmarks.traps import score_judged_traps  # noqa: E402

__all__ = ["TRAPS", "judge_strict", "main"]

TRAPS = ROOT / "benchmarks" / "data" / "traps_pptargets_w19.tsv"


def judge_strict(relations, row: dict) -> tuple[bool, str]:
    """(right, cause) of one row; a ``none`` row admits no relation joining its source to its target."""
    if row["root"] == "none" and any(_has(r.subject, row["source"]) and _has(r.object, row["target"])
                                     for r in relations if r.predicate.lemma != "located in"):
        return False, "joined"
    return judge(relations, row)


def main(argv=None) -> int:
    return score_judged_traps(TRAPS, judge_strict, __doc__.split("\n")[0], argv)


if __name__ == "__main__":
    raise SystemExit(main())
