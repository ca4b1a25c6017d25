"""Score the compound-subject trap sentences (``benchmarks/data/traps_compound_w19.tsv``).

A positive row is right when an asserted event of its CAMEO root joins the source to the target and
another joins the target to the source (one event in both directions); a "none" row when no asserted
event joins them either way.

Usage::

    python benchmarks/compound_traps.py --half tune [--show]
    python benchmarks/compound_traps.py --half held      # once, at the end
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.traps import score_judged_traps  # noqa: E402

TRAPS = ROOT / "benchmarks" / "data" / "traps_compound_w19.tsv"


def _joins(relations, source: str, target: str) -> set[str]:
    """The roots of the asserted events from an actor coded ``source...`` to one coded ``target...``."""
    return {r.event.root for r in relations
            if r.event is not None and r.modality == "asserted"
            and (r.subject.actor_code or "").startswith(source) and (r.object.actor_code or "").startswith(target)
            and r.subject.key != r.object.key}


def judge(relations, row) -> tuple[bool, str]:
    there, back = _joins(relations, row["source"], row["target"]), _joins(relations, row["target"], row["source"])
    if row["root"] == "none":
        return (not there and not back), "typed negative"
    if row["root"] in there and row["root"] in back:
        return True, ""
    if there or back:
        return False, "other root or one way"
    return False, "no event"


def main(argv=None) -> int:
    return score_judged_traps(TRAPS, judge, __doc__.splitlines()[0], argv)


if __name__ == "__main__":
    raise SystemExit(main())
