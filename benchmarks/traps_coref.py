"""it / they / plural descriptions on written-first trap sentences (``data/traps_coref_w16.tsv``).

Each row is a short news text, an anaphor in it (``nth`` occurrence) and the antecedent a reader gives it
(entity keys joined with ``+``, or ``none`` when it must stay unresolved), written before the system was run.
Rows come in pairs (a resolution and a look-alike that must not resolve, or two resolutions) split by pair into a
``tune`` and a ``held`` half; the held half is scored once, at the end.

Usage::

    python benchmarks/traps_coref.py                # the tune half, every row
    python benchmarks/traps_coref.py --half held    # the held half
    python benchmarks/traps_coref.py --file w17     # data/traps_coref_w17.tsv (a "\\n" in a text is a line break)
    python benchmarks/traps_coref.py --path benchmarks/data/traps_plural_w17.tsv
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

TRAPS = ROOT / "benchmarks" / "data" / "traps_coref_w16.tsv"


def read_traps(path: Path = TRAPS) -> list[dict]:
    from benchmarks.traps import read_traps as read_rows

    rows = read_rows(path, "all", column="half")
    for row in rows:
        row["text"] = row["text"].replace("\\n", "\n")
    return rows


def anaphor_keys(index, text: str, anaphor: str, nth: int) -> tuple[str, ...]:
    """The keys the ``nth`` ``anaphor`` of ``text`` resolves to (() when unresolved)."""
    starts = [i for i in range(len(text)) if text.startswith(anaphor, i)
              and (i == 0 or not text[i - 1].isalpha()) and not text[i + len(anaphor):i + len(anaphor) + 1].isalpha()]
    start = starts[nth]
    for ref in index.references:
        if ref.start < start + len(anaphor) and start < ref.end:
            return tuple(ref.keys)
    return ()


def judge(expected: str, got: tuple[str, ...]) -> bool:
    if expected == "none":
        return not got
    return {k.casefold() for k in got} == set(expected.split("+"))


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--half", choices=("tune", "held"), default="tune")
    parser.add_argument("--file", default="w16", help="which trap file: w16 or w17 (data/traps_coref_<file>.tsv)")
    parser.add_argument("--path", default=None, help="another trap file of these columns (data/traps_plural_w17.tsv)")
    args = parser.parse_args(argv)
    from extract.entities import entities_of
    from extract.pipeline import load_pipeline

    nlp = load_pipeline()
    path = Path(args.path) if args.path else TRAPS.with_name(f"traps_coref_{args.file}.tsv")
    rows = [r for r in read_traps(path) if r["half"] == args.half]
    right = 0
    for row in rows:
        got = anaphor_keys(entities_of(nlp(row["text"])), row["text"], row["anaphor"], int(row["nth"]))
        ok = judge(row["expected"], got)
        right += ok
        print(f"{'ok   ' if ok else 'WRONG'} {row['pair']:>2} {row['class']:<22} {row['anaphor']!r:<20} "
              f"gold={row['expected']:<22} got={'+'.join(got) or 'none':<22} {row['text'][:70]}")
    print(f"traps_coref --half {args.half}: {right}/{len(rows)} right")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
