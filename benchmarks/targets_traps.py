"""Trap sentences for the actors of typed events: the source and target codes, against the expected ones.

Reads ``benchmarks/data/traps_targets_w17.tsv`` (id, split, verb, source, target, text; format in its
header), runs ``extract_facts`` on each text and takes the typed relations whose predicate lemma has the
trap's verb. A trap is right when one of them has both codes right (``benchmarks.events_dev.actor_agrees``;
``-``: no code with a country; ``*``: anything); "noevent" when no such relation is typed.

Usage::

    python benchmarks/targets_traps.py --split tune
    python benchmarks/targets_traps.py --split held      # once, at the end
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.events_dev import actor_agrees  # noqa: E402
from benchmarks.traps import read_traps  # noqa: E402

TRAPS = ROOT / "benchmarks" / "data" / "traps_targets_w17.tsv"

__all__ = ["code_right", "trap_right"]


def code_right(want: str, code: str | None, countries) -> bool:
    """Whether ``code`` is the expected one: ``*`` anything, ``-`` no code with a country."""
    if want == "*":
        return True
    if want == "-":
        return not (code and code[:3] in countries)
    return actor_agrees({"code": want}, code)


def trap_right(row: dict, relations, countries) -> bool:
    """Some typed relation of the trap's verb has both codes right."""
    return any(code_right(row["source"], r.subject.actor_code, countries)
               and code_right(row["target"], r.object.actor_code, countries) for r in relations)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--split", default="tune", choices=("tune", "held", "all"))
    parser.add_argument("--path", type=Path, default=TRAPS)
    args = parser.parse_args(argv)
    from extract.facts import extract_facts
    from extract.lexicon import get_lexicon
    from extract.pipeline import load_pipeline
    from extract.types import Document

    rows = read_traps(args.path, args.split)
    docs = [Document(id=f"trap:{r['id']}", text=r["text"], date="2020-06-01") for r in rows]
    countries = frozenset(get_lexicon().countries.by_alpha3)
    right = noevent = 0
    for row, facts in zip(rows, extract_facts(docs, nlp=load_pipeline())):
        typed = [r for r in facts.relations if r.event is not None and row["verb"] in r.predicate.lemma.split()]
        ok = trap_right(row, typed, countries)
        right += ok
        noevent += not typed
        got = "; ".join(f"{r.subject.text}[{r.subject.actor_code}] {r.predicate.lemma} {r.object.text}[{r.object.actor_code}]"
                        for r in typed) or "noevent"
        print(f"{'ok ' if ok else 'BAD'} {row['id']}: want {row['source']} -> {row['target']}; got {got}")
    print(f"{args.split}: {right}/{len(rows)} right ({noevent} with no typed event of the verb)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
