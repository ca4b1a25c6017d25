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

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.traps import read_traps  # noqa: E402

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
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--half", choices=("tune", "held", "all"), required=True)
    p.add_argument("--show", action="store_true", help="print every row with its relations")
    a = p.parse_args(argv)
    from extract.facts import extract_facts
    from extract.pipeline import load_pipeline
    from extract.types import Document

    rows = read_traps(TRAPS, a.half)
    docs = [Document(id=f"trap:{r['id']}", text=r["sentence"]) for r in rows]
    causes: Counter = Counter()
    right = 0
    for row, facts in zip(rows, extract_facts(docs, nlp=load_pipeline())):
        ok, cause = judge(facts.relations, row)
        right += ok
        causes[cause] += not ok
        if a.show:
            rels = "; ".join(f"({r.subject.text}, {r.predicate.lemma}, {r.object.text}) "
                             f"{r.event.code if r.event else None}{'' if r.modality == 'asserted' else ' ' + r.modality}"
                             for r in facts.relations if r.predicate.lemma != "located in")
            print(f"{'ok ' if ok else 'BAD'} {row['id']} {row['root']} {row['source']}->{row['target']} [{cause}]"
                  f" :: {row['sentence']}\n      {rels}")
    print(f"{a.half}: {right}/{len(rows)} right")
    print("failures by cause:", {k: v for k, v in causes.items() if v})
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
