"""Score the verbal-event trap sentences (``benchmarks/data/traps_verbal_w16.tsv``).

A positive row is right when an asserted event of the expected CAMEO root joins the source to the target;
a ``none`` row is right when no asserted event joins them. Each wrong positive is classed by cause:
``no relation`` (no relation joins the two), ``untyped`` (only relations without an event), ``wrong root``
(an event of another root) or ``not asserted``.

Usage::

    python benchmarks/verbal_traps.py --half tune [--show]
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

TRAPS = ROOT / "benchmarks" / "data" / "traps_verbal_w16.tsv"


def rows(half: str) -> list[tuple[str, str, str, str]]:
    out = []
    for line in open(TRAPS, encoding="utf-8"):
        if line.strip() and not line.startswith("#"):
            h, sentence, source, target, want = line.rstrip("\n").split("\t")
            if h == half:
                out.append((sentence, source, target, want))
    return out


def _has(arg, word: str) -> bool:
    return word in arg.text or word in (arg.label or "")


def judge(relations, source: str, target: str, want: str) -> tuple[bool, str]:
    """(right, cause) of one row."""
    joined = [r for r in relations if _has(r.subject, source) and _has(r.object, target)]
    asserted = {r.event.root for r in joined if r.event and r.modality == "asserted"}
    if want == "none":
        return (not asserted, "typed negative" if asserted else "")
    if want in asserted:
        return True, ""
    if asserted:
        return False, "wrong root"
    if any(r.event for r in joined):
        return False, "not asserted"
    return False, "untyped" if joined else "no relation"


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--half", choices=("tune", "held"), required=True)
    p.add_argument("--show", action="store_true", help="print every row with its relations")
    a = p.parse_args(argv)
    from extract.facts import extract_facts
    from extract.pipeline import load_pipeline
    from extract.types import Document

    rs = rows(a.half)
    docs = [Document(id=f"trap:{i}", text=s) for i, (s, *_rest) in enumerate(rs)]
    causes: Counter = Counter()
    pos = neg = pos_right = neg_right = 0
    for (sentence, source, target, want), facts in zip(rs, extract_facts(docs, nlp=load_pipeline())):
        right, cause = judge(facts.relations, source, target, want)
        if want == "none":
            neg += 1
            neg_right += right
        else:
            pos += 1
            pos_right += right
        causes[cause] += not right
        if a.show:
            rels = "; ".join(f"({r.subject.text}, {r.predicate.lemma}, {r.object.text}) "
                             f"{r.event.code if r.event else None}{'' if r.modality == 'asserted' else ' ' + r.modality}"
                             for r in facts.relations if r.predicate.lemma != "located in")
            print(f"{'ok ' if right else 'BAD'} {want} {source}->{target} [{cause}] :: {sentence}\n      {rels}")
    print(f"{a.half}: positives {pos_right}/{pos}, negatives {neg_right}/{neg}, all {pos_right + neg_right}/{pos + neg}")
    print("failures by cause:", dict((k, v) for k, v in causes.items() if v))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
