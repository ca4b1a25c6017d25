"""Trap articles for actor codes: the code each trap's mention gets, against the expected one.

Reads a TSV of trap articles (``benchmarks/data/traps_actors_w16.tsv``: id, half, mention,
expected code, text; ``-`` expects no country), runs ``extract_facts`` on each text and prints the
codes of the relation arguments whose text is the mention. A trap is right when some argument has
the expected code (``-``: when no argument has a code with a country).

Usage::

    python benchmarks/actor_traps.py --half tune
    python benchmarks/actor_traps.py --half held      # once, at the end
"""

from __future__ import annotations

import argparse
import csv
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

TRAPS = ROOT / "benchmarks" / "data" / "traps_actors_w16.tsv"

__all__ = ["read_traps", "trap_codes", "trap_right"]


def read_traps(path: Path = TRAPS, *, half: str | None = None) -> list[dict]:
    """The trap rows (comment lines dropped), of one half if given."""
    with open(path, encoding="utf-8") as f:
        lines = [line for line in f if not line.startswith("#")]
    rows = list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))
    return [r for r in rows if half in (None, "all", r["half"])]


def trap_codes(row: dict, facts) -> list[str | None]:
    """The codes of the relation arguments whose text is the trap's mention."""
    want = row["mention"].casefold()
    return [arg.actor_code for rel in facts.relations for arg in (rel.subject, rel.object)
            if arg.text.casefold() == want or arg.text.casefold().removeprefix("the ") == want.removeprefix("the ")]


def trap_right(row: dict, codes, countries) -> bool:
    """Expected code among the codes; ``-``: none of them starts with a country."""
    if row["expected"] == "-":
        return not any(c and c[:3] in countries for c in codes)
    return row["expected"] in codes


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--half", default="tune", choices=("tune", "held", "all"))
    parser.add_argument("--path", type=Path, default=TRAPS)
    args = parser.parse_args(argv)
    from extract.facts import extract_facts
    from extract.lexicon import get_lexicon
    from extract.pipeline import load_pipeline
    from extract.types import Document

    rows = read_traps(args.path, half=args.half)
    docs = [Document(id=f"trap:{r['id']}", text=r["text"], date="2020-06-01") for r in rows]
    countries = frozenset(get_lexicon().countries.by_alpha3)
    right = 0
    for row, facts in zip(rows, extract_facts(docs, nlp=load_pipeline())):
        codes = trap_codes(row, facts)
        ok = trap_right(row, codes, countries)
        right += ok
        print(f"{'ok ' if ok else 'BAD'} {row['id']} {row['mention']!r}: want {row['expected']}, got {codes}")
    print(f"{args.half}: {right}/{len(rows)} right")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
