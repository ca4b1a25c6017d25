"""Score the light-verb event trap sentences (``benchmarks/data/traps_norel_w17.tsv``).

Each sentence is a document of its own. A row is right when the CAMEO roots of the asserted events that
join its source to its target (substrings of the argument text or label) fit ``root`` (``a|b``: any of
them; ``none``: no event may join them, so ``19|none`` accepts both and rejects any other root), at least
one of its roots is found unless ``none`` is allowed, and no relation whose predicate lemma is ``forbid``
joins the two (the noun alone that misstates the fact: "relinquished control of X" is no "control").

Usage::

    python benchmarks/norel_traps.py --half tune [--show]
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.traps import score_judged_traps  # noqa: E402

__all__ = ["TRAPS", "judge", "main"]

TRAPS = ROOT / "benchmarks" / "data" / "traps_norel_w17.tsv"


def _has(arg, word: str) -> bool:
    return word in arg.text or word in (arg.label or "")


def judge(relations, row: dict) -> tuple[bool, str]:
    """(right, cause) of one row."""
    source, target = row["source"], row["target"]
    joined = [r for r in relations if _has(r.subject, source) and _has(r.object, target)]
    forbid = row["forbid"].strip()
    if forbid != "-" and any(r.predicate.lemma == forbid for r in relations
                             if {_has(r.subject, source), _has(r.object, target)} == {True}
                             or (_has(r.subject, target) and _has(r.object, source))):
        return False, "forbidden predicate"
    allowed = set(row["root"].split("|"))
    roots = {r.event.root for r in joined if r.event and r.modality == "asserted"}
    if roots - allowed:
        return False, "wrong root" if "none" not in allowed or len(allowed) > 1 else "typed negative"
    if roots or "none" in allowed:
        return True, ""
    if any(r.event for r in joined):
        return False, "not asserted"
    return False, "untyped" if joined else "no relation"


def main(argv=None) -> int:
    return score_judged_traps(TRAPS, judge, __doc__.split("\n")[0], argv)

if __name__ == "__main__":
    raise SystemExit(main())
