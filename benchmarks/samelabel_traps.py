"""Check the same-label trap sentences of ``benchmarks/data/traps_samelabel_w18.tsv``.

Two generic actors with the same head noun and different countries are two sides ("Russian forces
attacked Ukrainian forces"); a self-reference, a reflexive, the same actor code on both sides or
uncoded same-label concepts give no relation between the two mentions. A positive trap is right when
some relation of the verb has the subject and object codes (and root) of the row, and with mutual
"yes" also the relation the other way; a look-alike is right when no relation of the verb has the
row's head word in both arguments (or a reflexive object).

Usage::

    python benchmarks/samelabel_traps.py --half tune [--show]
    python benchmarks/samelabel_traps.py --half held      # once, at the end
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.traps import read_traps  # noqa: E402

TRAPS = ROOT / "benchmarks" / "data" / "traps_samelabel_w18.tsv"
_REFLEXIVES = frozenset({"himself", "herself", "itself", "themselves", "ourselves", "myself", "yourself"})

__all__ = ["code_matches", "trap_right"]


def code_matches(want: str, code: str | None) -> bool:
    if want == "*":
        return True
    if want.endswith("*"):
        return bool(code) and code.startswith(want[:-1])
    return code == want


def _verb_of(lemma: str) -> str:
    return lemma.split()[0].casefold().replace("ize", "ise") if lemma.strip() else ""


def _root_ok(want: str, rel) -> bool:
    return want == "*" or (rel.event is not None and rel.event.root == want)


def trap_right(row: dict, relations) -> bool:
    mine = [r for r in relations if _verb_of(r.predicate.lemma) == row["verb"].replace("ize", "ise")]
    head = row["head"]
    if head != "-":
        return not any(head in r.subject.text.lower() and (
            head in r.object.text.lower() or r.object.text.lower().strip() in _REFLEXIVES) for r in mine)
    forward = any(code_matches(row["subject"], r.subject.actor_code) and code_matches(row["object"], r.object.actor_code)
                  and _root_ok(row["root"], r) for r in mine)
    if row["mutual"] != "yes":
        return forward
    return forward and any(code_matches(row["object"], r.subject.actor_code)
                           and code_matches(row["subject"], r.object.actor_code) for r in mine)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--half", default="tune", choices=("tune", "held", "all"))
    parser.add_argument("--show", action="store_true")
    args = parser.parse_args(argv)
    from extract.facts import extract_facts
    from extract.pipeline import load_pipeline
    from extract.types import Document

    rows = read_traps(TRAPS, args.half, column="half")
    docs = [Document(id=f"trap:{r['id']}", text=r["text"], date="2020-06-01") for r in rows]
    right = {"s": [0, 0], "n": [0, 0]}
    for row, facts in zip(rows, extract_facts(docs, nlp=load_pipeline())):
        ok = trap_right(row, facts.relations)
        kind = right["n" if row["head"] != "-" else "s"]
        kind[0] += ok
        kind[1] += 1
        if args.show or not ok:
            print(f"{'ok ' if ok else 'BAD'} {row['id']} {row['verb']} {row['subject']} {row['object']} "
                  f"{row['root']} {row['mutual']} | {row['text'][:90]}")
            for r in facts.relations:
                ev = r.event.code if r.event else "-"
                print(f"      {r.subject.text!r}={r.subject.actor_code} {r.predicate.lemma!r} "
                      f"{r.object.text!r}={r.object.actor_code} [{ev}]{' mutual' if r.mutual else ''}")
    total = right["s"][0] + right["n"][0]
    print(f"{args.half}: {total}/{len(rows)} right (two sides {right['s'][0]}/{right['s'][1]}, "
          f"look-alikes {right['n'][0]}/{right['n'][1]})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
