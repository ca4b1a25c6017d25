"""Untyped actor-to-actor relations over the Wikinews corpus: where the verb layer gives no CAMEO code.

Runs the pipeline over every article of the corpus and writes one JSON line per relation
(``--dump FILE``), or reads such a dump (``--read FILE``) and prints the untyped, asserted relations
whose subject and object are both actors (a person, organisation, place-as-actor, people or a coded
generic actor), grouped by predicate lemma, most frequent first. ``--diff OLD NEW`` lists the relations
whose event code differs between two dumps (to judge a change).

Usage::

    python benchmarks/untyped_audit.py --dump /tmp/before.jsonl
    python benchmarks/untyped_audit.py --read /tmp/before.jsonl --top 80
    python benchmarks/untyped_audit.py --diff /tmp/before.jsonl /tmp/after.jsonl
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

CORPUS = ROOT / "benchmarks" / "data" / "wikinews_2019_2020.jsonl"
ACTOR_TYPES = {"PERSON", "ORG", "GPE", "NORP"}


def _arg(a) -> dict:
    return {"text": a.text, "type": a.type, "code": a.actor_code, "key": a.key}


def dump(path: str) -> None:
    from benchmarks.gold import read_corpus_documents
    from extract.facts import extract_facts
    from extract.pipeline import load_pipeline

    ids = [json.loads(line)["id"] for line in open(CORPUS, encoding="utf-8")]
    docs = read_corpus_documents(ids, corpus=CORPUS)
    with open(path, "w", encoding="utf-8") as out:
        for facts in extract_facts(docs, nlp=load_pipeline()):
            for r in facts.relations:
                row = {"doc": r.doc_id, "s": _arg(r.subject), "o": _arg(r.object), "lemma": r.predicate.lemma,
                       "ptext": r.predicate.text, "pstart": r.predicate.start, "event": r.event.code if r.event else None,
                       "modality": r.modality, "sentence": r.sentence}
                out.write(json.dumps(row) + "\n")


def read(path: str) -> list[dict]:
    return [json.loads(line) for line in open(path, encoding="utf-8")]


def is_actor(a: dict) -> bool:
    return a["type"] in ACTOR_TYPES or bool(a["code"])


def untyped(rows: list[dict]) -> list[dict]:
    return [r for r in rows if r["event"] is None and r["modality"] == "asserted" and r["lemma"] != "located in"
            and is_actor(r["s"]) and is_actor(r["o"])]


def key(r: dict) -> tuple:
    return (r["doc"], r["pstart"], r["s"]["text"], r["o"]["text"], r["lemma"])


TRAPS = ROOT / "benchmarks" / "data" / "traps_untyped_w16.tsv"


def trap_rows(half: str, path: Path = TRAPS) -> list[tuple[str, str, str, str]]:
    """(sentence, subject, object, expected root, code or "none") of one half of the trap file."""
    rows = []
    for line in open(path, encoding="utf-8"):
        if line.strip() and not line.startswith("#"):
            h, sentence, subj, obj, want = line.rstrip("\n").split("\t")
            if h == half:
                rows.append((sentence, subj, obj, want))
    return rows


def trap_found(relations, subj: str, obj: str, want: str = "") -> str:
    """The root of the event between the two arguments, or "none"; its code (one that starts with
    ``want``, if any) when ``want`` is a code of three digits or more."""
    def has(arg, word):
        return word in arg.text or word in arg.label
    events = [r.event for r in relations if r.event and has(r.subject, subj) and has(r.object, obj)]
    if len(want) > 2 and want != "none":
        codes = [e.code for e in events]
        return next((c[:len(want)] for c in codes if c.startswith(want)), codes[0] if codes else "none")
    return events[0].root if events else "none"


def traps(half: str, path: Path = TRAPS) -> int:
    from extract.facts import extract_facts
    from extract.pipeline import load_pipeline
    from extract.types import Document

    rows = trap_rows(half, path)
    docs = [Document(id=f"trap:{i}", text=s) for i, (s, *_rest) in enumerate(rows)]
    right = 0
    for (sentence, subj, obj, want), facts in zip(rows, extract_facts(docs, nlp=load_pipeline())):
        got = trap_found(facts.relations, subj, obj, want)
        right += got == want
        rels = "; ".join(f"({r.subject.text}, {r.predicate.lemma}, {r.object.text}) {r.event.code if r.event else None}"
                         for r in facts.relations if r.predicate.lemma != "located in")
        print(f"{'ok ' if got == want else 'BAD'} want={want} got={got} :: {sentence}\n      {rels}")
    print(f"{half}: {right}/{len(rows)} right")
    return 0


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--dump")
    p.add_argument("--read")
    p.add_argument("--top", type=int, default=80)
    p.add_argument("--examples", type=int, default=2)
    p.add_argument("--diff", nargs=2)
    p.add_argument("--traps", choices=("tune", "held"), help="score the trap sentences of one half")
    p.add_argument("--trap-file", type=Path, default=TRAPS, help="the trap file (default: the wave 16 traps)")
    a = p.parse_args(argv)
    if a.traps:
        return traps(a.traps, a.trap_file)
    if a.dump:
        dump(a.dump)
    if a.read:
        rows = untyped(read(a.read))
        groups = defaultdict(list)
        for r in rows:
            groups[r["lemma"]].append(r)
        print(f"{len(rows)} untyped asserted actor-to-actor relations, {len(groups)} lemmas")
        for lemma, rs in sorted(groups.items(), key=lambda kv: -len(kv[1]))[: a.top]:
            print(f"{len(rs):4d} {lemma}")
            for r in rs[: a.examples]:
                print(f"       ({r['s']['text']}, {r['ptext']}, {r['o']['text']}) :: {r['sentence'][:160]}")
    if a.diff:
        old = {key(r): r for r in read(a.diff[0])}
        new = {key(r): r for r in read(a.diff[1])}
        changed = [(old.get(k), r) for k, r in new.items() if (old.get(k) or {}).get("event") != r["event"]]
        gone = [r for k, r in old.items() if k not in new]
        print(f"{len(changed)} changed or new, {len(gone)} gone")
        for o, r in changed:
            print(f"{(o or {}).get('event')} -> {r['event']} {r['modality']} ({r['s']['text']}, {r['ptext']} [{r['lemma']}], "
                  f"{r['o']['text']}) :: {r['sentence'][:200]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
