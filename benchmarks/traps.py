"""Reading the trap sentence files of ``benchmarks/data/traps_*.tsv``: one helper for their scorers.

A trap file is tab-separated with a header, ``#`` comment lines, and a column naming each row's half
("tune" or "held"); a cell may list several items separated by ";", or "-" for none.
"""

from __future__ import annotations

import csv
from pathlib import Path

__all__ = ["read_traps", "items", "code_matches", "relation_matches", "verb_trap_right", "score_verb_traps", "score_judged_traps",
           "plain_relation", "score_fact_traps"]


def read_traps(path: Path, split: str, *, column: str = "split") -> list[dict]:
    """The rows of ``path`` (comment lines dropped) whose ``column`` is ``split``; all of them for "all"."""
    with open(path, encoding="utf-8") as f:
        rows = [line for line in f if not line.startswith("#")]
    return [r for r in csv.DictReader(rows, delimiter="\t") if split in ("all", r[column])]


def items(cell: str) -> list[str]:
    """The ";"-separated items of a cell; none for "-"."""
    return [] if cell.strip() == "-" else [c.strip() for c in cell.split(";") if c.strip()]


def code_matches(want: str, code: str | None, countries) -> bool:
    """Does an argument's actor ``code`` satisfy the trap column ``want``?

    "*" any; "-" no country code; "!CODE" anything but CODE; "XXX*" a code starting XXX; "*XXX" a code
    ending XXX; else the code itself.
    """
    if want == "*":
        return True
    if want == "-":
        return not (code and code[:3] in countries)
    if want.startswith("!"):
        return code != want[1:]
    if want.endswith("*"):
        return bool(code) and code.startswith(want[:-1])
    if want.startswith("*"):
        return bool(code) and code.endswith(want[1:])
    return code == want


def _verb_of(lemma: str) -> str:
    return lemma.split()[0].casefold().replace("ize", "ise") if lemma.strip() else ""


def relation_matches(row: dict, rel, countries) -> bool:
    """Does ``rel`` have the subject and object codes and the event root ("*" any, "-" none, "a|b" either,
    "!r" anything but r) of ``row``?"""
    root = rel.event.root if rel.event is not None else None
    roots = row["root"].split("|")  # "18|19": either root
    if row["root"].startswith("!"):  # "!19": any root but 19, or none
        root_ok = root != row["root"][1:]
    else:
        root_ok = row["root"] == "*" or any(root is None if want == "-" else root == want for want in roots)
    return (root_ok and code_matches(row["subject"], rel.subject.actor_code, countries)
            and code_matches(row["object"], rel.object.actor_code, countries))


def verb_trap_right(row: dict, relations, countries) -> bool:
    """A trap is right when some relation of its verb matches every column; a trap that only forbids
    ("-", "!CODE", "*") is also right when the verb has no relation at all."""
    verbs = {v.replace("ize", "ise") for v in row["verb"].split("|")}  # "carry|strike": a light verb or its noun
    mine = [r for r in relations if _verb_of(r.predicate.lemma) in verbs]
    if any(relation_matches(row, r, countries) for r in mine):
        return True
    forbids_only = all(row[c] == "*" or row[c][:1] in "-!" for c in ("subject", "object", "root"))
    return forbids_only and not mine


def score_verb_traps(path: Path, description: str, argv=None) -> int:
    """Command line of a verb trap file (columns id, half, text, verb, subject, object, root): each text
    extracted as one article, the right rows counted, the wrong ones (all with ``--show``) printed."""

    def judge(row, facts, countries):
        lines = [f"{row['verb']} {row['subject']} {row['object']} {row['root']} | {row['text'][:90]}"]
        for r in facts.relations:
            ev = r.event.code if r.event else "-"
            lines.append(f"      {r.subject.text!r}={r.subject.actor_code} {r.predicate.lemma!r} "
                         f"{r.object.text!r}={r.object.actor_code} [{ev}]")
        return verb_trap_right(row, facts.relations, countries), "\n".join(lines)

    return score_fact_traps(path, judge, description, argv)


def plain_relation(r) -> str:
    """A relation as ``(subject, lemma, object) code`` plus its modality when not asserted."""
    return (f"({r.subject.text}, {r.predicate.lemma}, {r.object.text}) "
            f"{r.event.code if r.event else None}{'' if r.modality == 'asserted' else ' ' + r.modality}")


def _row_head(row: dict) -> str:
    return f"{row['id']} {row['root']} {row['source']}->{row['target']}"


def score_judged_traps(path: Path, judge, description: str, argv=None, *, shown=plain_relation,
                       text: str = "sentence", head=_row_head) -> int:
    """Command line of a trap file with columns id, half, sentence, root, source, target: each sentence
    extracted as one article and ``judge(relations, row) -> (right, cause)`` counting it; ``--show`` prints
    every row with its relations (``shown`` writes one, ``head`` the row's fields), and the failures are
    counted by cause. ``text`` names the column holding the sentence."""
    import argparse
    from collections import Counter

    from extract.facts import extract_facts
    from extract.pipeline import load_pipeline
    from extract.types import Document

    p = argparse.ArgumentParser(description=description)
    p.add_argument("--half", choices=("tune", "held", "all"), required=True)
    p.add_argument("--show", action="store_true", help="print every row with its relations")
    a = p.parse_args(argv)
    rows = read_traps(path, a.half)
    docs = [Document(id=f"trap:{r['id']}", text=r[text]) for r in rows]
    causes: Counter = Counter()
    right = 0
    for row, facts in zip(rows, extract_facts(docs, nlp=load_pipeline())):
        ok, cause = judge(facts.relations, row)
        right += ok
        causes[cause] += not ok
        if a.show:
            rels = "; ".join(shown(r) for r in facts.relations if r.predicate.lemma != "located in")
            print(f"{'ok ' if ok else 'BAD'} {head(row)} [{cause}] :: {row[text]}\n      {rels}")
    print(f"{a.half}: {right}/{len(rows)} right")
    print("failures by cause:", {k: v for k, v in causes.items() if v})
    return 0


def score_fact_traps(path: Path, judge, description: str, argv=None) -> int:
    """Command line of a trap file with columns id, half, text: each text extracted as one article dated
    2020-06-01 and ``judge(row, facts, countries) -> (right, line)`` counting it; the wrong rows' lines
    (all with ``--show``) printed."""
    import argparse

    from extract.facts import extract_facts
    from extract.lexicon import get_lexicon
    from extract.pipeline import load_pipeline
    from extract.types import Document

    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--half", default="tune", choices=("tune", "held", "all"))
    parser.add_argument("--show", action="store_true")
    args = parser.parse_args(argv)
    rows = read_traps(path, args.half, column="half")
    docs = [Document(id=f"trap:{r['id']}", text=r["text"], date="2020-06-01") for r in rows]
    countries = frozenset(get_lexicon().countries.by_alpha3)
    right = 0
    for row, facts in zip(rows, extract_facts(docs, nlp=load_pipeline())):
        ok, line = judge(row, facts, countries)
        right += ok
        if args.show or not ok:
            print(f"{'ok ' if ok else 'BAD'} {row['id']} {line}")
    print(f"{args.half}: {right}/{len(rows)} right")
    return 0
