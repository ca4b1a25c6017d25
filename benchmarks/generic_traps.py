"""Score the generic-actor, labour strike and hosted-talks trap sentences (``benchmarks/data/traps_generic_w20.tsv``).

A "yes" row is right when some asserted relation's subject and object hold its words and have its source and
target codes and its event the root; a "no" row when no relation, asserted or not, does.

Usage::

    python benchmarks/generic_traps.py --half tune [--show]
    python benchmarks/generic_traps.py --half held      # once, at the end
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.conjuncts_traps import _code_ok  # noqa: E402
from benchmarks.traps import score_judged_traps  # noqa: E402

__all__ = ["TRAPS", "judge", "main"]

TRAPS = ROOT / "benchmarks" / "data" / "traps_generic_w20.tsv"


def _holds(arg, word: str) -> bool:
    return word == "*" or word.casefold() in arg.text.casefold() or word.casefold() in (arg.label or "").casefold()


def judge(relations, row) -> tuple[bool, str]:
    """(right, cause) of one row."""
    from extract.lexicon import get_lexicon

    countries = frozenset(get_lexicon().countries.by_alpha3)
    roots = row["root"].split("|")
    found = [r for r in relations
             if _holds(r.subject, row["subject"]) and _holds(r.object, row["object"])
             and _code_ok(row["source"], r.subject.actor_code, countries)
             and _code_ok(row["target"], r.object.actor_code, countries)
             and (row["root"] == "*" or (r.event is not None and r.event.root in roots))]
    if row["want"] == "no":
        return not found, "" if not found else "look-alike joined"
    if any(r.modality == "asserted" for r in found):
        return True, ""
    return False, "not asserted" if found else "missing"


def _coded(r) -> str:
    return (f"({r.subject.text}={r.subject.actor_code}, {r.predicate.lemma}, {r.object.text}={r.object.actor_code}) "
            f"{r.event.code if r.event else None}{'' if r.modality == 'asserted' else ' ' + r.modality}")


def main(argv=None) -> int:
    return score_judged_traps(TRAPS, judge, __doc__.splitlines()[0], argv, shown=_coded)


if __name__ == "__main__":
    raise SystemExit(main())
