"""Check the role-only trap sentences of ``benchmarks/data/traps_roleonly_w18.tsv``.

Each text is extracted as one article; a trap names the predicate's verb, the codes its subject and
object should have ("*" any, "-" no country code, "!CODE" anything but CODE,
"XXX*" a code starting XXX) and the event root
("*" any, "-" no event). A trap is right when some relation of that verb matches every column; a
trap that only forbids ("-", "!CODE", "*") is also right when the verb has no relation at all.

Usage::

    python benchmarks/roleonly_traps.py --half tune [--show]
    python benchmarks/roleonly_traps.py --half held      # once, at the end
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.traps import read_traps  # noqa: E402

TRAPS = ROOT / "benchmarks" / "data" / "traps_roleonly_w18.tsv"

__all__ = ["code_matches", "relation_matches", "trap_right"]


def code_matches(want: str, code: str | None, countries) -> bool:
    """Does an argument's ``code`` satisfy the column ``want``?"""
    if want == "*":
        return True
    if want == "-":
        return not (code and code[:3] in countries)
    if want.startswith("!"):
        return code != want[1:]
    if want.endswith("*"):
        return bool(code) and code.startswith(want[:-1])
    return code == want


def _verb_of(lemma: str) -> str:
    return lemma.split()[0].casefold().replace("ize", "ise") if lemma.strip() else ""


def relation_matches(row: dict, rel, countries) -> bool:
    root = rel.event.root if rel.event is not None else None
    root_ok = row["root"] == "*" or (root is None if row["root"] == "-" else root == row["root"])
    return (root_ok and code_matches(row["subject"], rel.subject.actor_code, countries)
            and code_matches(row["object"], rel.object.actor_code, countries))


def trap_right(row: dict, relations, countries) -> bool:
    mine = [r for r in relations if _verb_of(r.predicate.lemma) == row["verb"].replace("ize", "ise")]
    if any(relation_matches(row, r, countries) for r in mine):
        return True
    forbids_only = all(row[c] == "*" or row[c][:1] in "-!" for c in ("subject", "object", "root"))
    return forbids_only and not mine


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--half", default="tune", choices=("tune", "held", "all"))
    parser.add_argument("--show", action="store_true")
    args = parser.parse_args(argv)
    from extract.facts import extract_facts
    from extract.lexicon import get_lexicon
    from extract.pipeline import load_pipeline
    from extract.types import Document

    rows = read_traps(TRAPS, args.half, column="half")
    docs = [Document(id=f"trap:{r['id']}", text=r["text"], date="2020-06-01") for r in rows]
    countries = frozenset(get_lexicon().countries.by_alpha3)
    right = 0
    for row, facts in zip(rows, extract_facts(docs, nlp=load_pipeline())):
        ok = trap_right(row, facts.relations, countries)
        right += ok
        if args.show or not ok:
            print(f"{'ok ' if ok else 'BAD'} {row['id']} {row['verb']} {row['subject']} {row['object']} "
                  f"{row['root']} | {row['text'][:90]}")
            for r in facts.relations:
                ev = r.event.code if r.event else "-"
                print(f"      {r.subject.text!r}={r.subject.actor_code} {r.predicate.lemma!r} "
                      f"{r.object.text!r}={r.object.actor_code} [{ev}]")
    print(f"{args.half}: {right}/{len(rows)} right")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
