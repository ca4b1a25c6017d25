"""Score the coordinated-subject trap sentences (``benchmarks/data/traps_conjuncts_w19.tsv``).

A "yes" row is right when some relation's subject holds its word and has its source code, its object the
target code and its event the root; a "no" row when no relation does.

Usage::

    python benchmarks/conjuncts_traps.py --half tune [--show]
    python benchmarks/conjuncts_traps.py --half held      # once, at the end
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.traps import code_matches, score_judged_traps  # noqa: E402

TRAPS = ROOT / "benchmarks" / "data" / "traps_conjuncts_w19.tsv"


def _code_ok(want: str, code: str | None, countries) -> bool:
    if want == "country":
        return bool(code) and code[:3] in countries
    return code_matches(want, code, countries)


def judge(relations, row) -> tuple[bool, str]:
    from extract.lexicon import get_lexicon

    countries = frozenset(get_lexicon().countries.by_alpha3)
    roots = row["root"].split("|")
    found = [r for r in relations
             if (row["subject"] == "*" or row["subject"].casefold() in r.subject.text.casefold())
             and _code_ok(row["source"], r.subject.actor_code, countries)
             and _code_ok(row["target"], r.object.actor_code, countries)
             and (row["root"] == "*" or (r.event is not None and r.event.root in roots))]
    if row["want"] == "no":
        return not found, "invented code"
    return bool(found), "" if found else "missing"


def main(argv=None) -> int:
    return score_judged_traps(TRAPS, judge, __doc__.splitlines()[0], argv)


if __name__ == "__main__":
    raise SystemExit(main())
