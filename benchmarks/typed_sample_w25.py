"""Typed precision on untuned articles: about 80 typed relations judged by hand, scored again after a change.

``benchmarks/data/typed_sample_w25.tsv`` holds 80 asserted relations with an event type, drawn with
``random.Random(2507)`` from the relations the pipeline gave for the Wikinews articles of
``benchmarks/data/wikinews_2019_2020.jsonl`` that are neither held out (``/work/notes/heldout_ids.txt``)
nor annotated by ``events_gold.jsonl`` or ``events_fresh.jsonl`` (67 articles). Articles used least by
the other files of ``benchmarks/data`` (samples, audits, id lists) come first: the shuffled relations
are ordered by their article's use count, at most three per article. Every row is split ``tune``.

Each row was judged from its sentence (and the article where needed) as a CAMEO coder would, before
any rule was written. ``judgement``:

- ``right``: the root (first two digits) is right for what the sentence says;
- ``wrong-root``: an event, but of another root (``right_root`` gives it);
- ``not-an-event``: no CAMEO event at all (sport, business routine, an idiom, a figure of speech,
  a description; ``right_root`` is ``none``);
- ``non-asserted-but-typed``: the event is right but the sentence does not assert it (a plan, a
  question, a negation, a condition) while the relation says ``asserted``.

``source_ok`` and ``target_ok`` say whether the subject and object are the event's source and target
(``1``/``0``; ``-`` for a row that is no event).

Scoring joins each row to the asserted typed relations of the same article, predicate offset and
argument offsets (else the predicate offset alone), as ``benchmarks/typed_audit_w21.py`` does: a row
with no typed relation any more is withdrawn (it leaves the denominator), a row whose root changed is
right when the new root is ``right_root``.

Usage::

    python benchmarks/typed_sample_w25.py draw --out /tmp/sample.tsv      # the draw, before judging
    python benchmarks/typed_sample_w25.py score [--show]                  # precision now

Examples
--------
>>> score([{"n": "1", "code": "190", "judgement": "not-an-event", "right_root": "none"}], {"1": "-"})["fixed"]
1
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

DATA = ROOT / "benchmarks" / "data"
SAMPLE = DATA / "typed_sample_w25.tsv"
CORPUS = DATA / "wikinews_2019_2020.jsonl"
GOLD = [DATA / name for name in ("events_gold.jsonl", "events_fresh.jsonl")]
HELD = Path("/work/notes/heldout_ids.txt")
SEED = 2507
SIZE = 80
PER_ARTICLE = 3
WITHDRAWN = "-"
RIGHT = "right"
COLUMNS = ("n", "split", "doc", "uses", "pstart", "sstart", "ostart", "sentence", "relation", "actors", "code",
           "judgement", "right_root", "source_ok", "target_ok", "cls", "note")


def uses() -> Counter:
    """How many files of ``benchmarks/data`` (not the corpus, not this sample) name each article."""
    counts: Counter = Counter()
    for path in DATA.iterdir():
        if path in (CORPUS, SAMPLE) or not path.is_file():
            continue
        text = path.read_text(encoding="utf-8", errors="ignore")
        counts.update(set(re.findall(r"wikinews:[0-9a-f]{12}", text)))
    return counts


def pool() -> list[str]:
    """The untuned, not held-out article ids, in corpus order."""
    held = set(HELD.read_text().split()) if HELD.exists() else set()
    gold = {json.loads(line)["doc"] for path in GOLD for line in open(path, encoding="utf-8") if line.strip()}
    ids = [json.loads(line)["id"] for line in open(CORPUS, encoding="utf-8") if line.strip()]
    return [i for i in ids if i not in held and i not in gold]


def typed_relations(ids: list[str]) -> list[dict]:
    """The asserted relations with an event type the pipeline gives for ``ids``."""
    from benchmarks.gold import read_corpus_documents
    from extract.facts import extract_facts
    from extract.pipeline import load_pipeline

    out = []
    for facts in extract_facts(read_corpus_documents(ids), nlp=load_pipeline()):
        for r in facts.relations:
            if r.event is None or r.modality != "asserted":
                continue
            obj = r.object
            out.append({"doc": r.doc_id, "pstart": r.predicate.start, "sstart": r.subject.start,
                        "ostart": obj.start if obj else "", "sentence": r.sentence, "code": r.event.code,
                        "relation": f"{r.subject.text} | {r.predicate.text} | {obj.text if obj else ''}",
                        "actors": f"{r.subject.actor_code or ''} -> {obj.actor_code if obj else ''}"})
    return out


def draw(relations: list[dict], counts: Counter, *, seed: int = SEED, size: int = SIZE) -> list[dict]:
    """``size`` relations drawn at random, least-used articles first, at most ``PER_ARTICLE`` of one."""
    order = list(relations)
    random.Random(seed).shuffle(order)
    order.sort(key=lambda r: counts[r["doc"]])
    taken: Counter = Counter()
    out = []
    for r in order:
        if taken[r["doc"]] >= PER_ARTICLE:
            continue
        taken[r["doc"]] += 1
        out.append(dict(r, uses=counts[r["doc"]]))
        if len(out) == size:
            break
    out.sort(key=lambda r: (r["doc"], int(r["pstart"])))
    return [dict(r, n=str(i + 1), split="tune") for i, r in enumerate(out)]


def _root(code: str) -> str:
    return code[:2] if code not in ("", "none", WITHDRAWN) else code


def verdict_after(row: dict, code: str) -> str:
    """The row's judgement with ``code`` now (``-`` when withdrawn)."""
    if code == WITHDRAWN:
        return WITHDRAWN
    if _root(code) == _root(row["code"]):
        return row["judgement"]
    return RIGHT if _root(code) == row["right_root"] else "wrong-root"


def score(rows: list[dict], after: dict[str, str]) -> dict:
    """Counts: ``typed`` rows still typed, ``right`` among them, ``fixed``/``lost`` by withdrawal."""
    counts = {"rows": len(rows), "typed": 0, "right": 0, "fixed": 0, "lost": 0}
    for row in rows:
        v = verdict_after(row, after.get(row["n"], row["code"]))
        if v == WITHDRAWN:
            counts["fixed" if row["judgement"] != RIGHT else "lost"] += 1
            continue
        counts["typed"] += 1
        counts["right"] += v == RIGHT
    return counts


def codes_now(rows: list[dict], relations: list[dict]) -> dict[str, str]:
    """Each row's code among ``relations``, joined by article, predicate and argument offsets."""
    by_args: dict[tuple, str] = {}
    by_pred: dict[tuple, list[str]] = {}
    for r in relations:
        by_args[(r["doc"], int(r["pstart"]), str(r["sstart"]), str(r["ostart"]))] = r["code"]
        by_pred.setdefault((r["doc"], int(r["pstart"])), []).append(r["code"])
    out = {}
    for row in rows:
        key = (row["doc"], int(row["pstart"]), str(row["sstart"]), str(row["ostart"]))
        if key in by_args:
            out[row["n"]] = by_args[key]
            continue
        codes = by_pred.get(key[:2], [])
        out[row["n"]] = (row["code"] if row["code"] in codes else codes[0]) if codes else WITHDRAWN
    return out


def read_sample(path: Path = SAMPLE) -> list[dict]:
    """The judged rows (lines starting with ``#`` are comments)."""
    with open(path, encoding="utf-8") as handle:
        return list(csv.DictReader((line for line in handle if not line.startswith("#")), delimiter="\t"))


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = p.add_subparsers(dest="cmd", required=True)
    d = sub.add_parser("draw")
    d.add_argument("--out", type=Path, required=True)
    s = sub.add_parser("score")
    s.add_argument("--show", action="store_true", help="print the rows whose code changed")
    args = p.parse_args(argv)
    if args.cmd == "draw":
        rows = draw(typed_relations(pool()), uses())
        with open(args.out, "w", encoding="utf-8", newline="") as handle:
            w = csv.DictWriter(handle, COLUMNS, delimiter="\t", extrasaction="ignore", restval="")
            w.writeheader()
            w.writerows(rows)
        print(f"{len(rows)} rows from {len({r['doc'] for r in rows})} articles -> {args.out}")
        return 0
    rows = read_sample()
    after = codes_now(rows, typed_relations(sorted({r["doc"] for r in rows})))
    if args.show:
        for row in rows:
            if after[row["n"]] != row["code"]:
                print(f"{row['n']:>4} {row['code']} -> {after[row['n']]} ({row['judgement']}, right={row['right_root']})"
                      f" {row['relation']} :: {row['sentence'][:150]}")
    for name, c in (("before", score(rows, {})), ("after", score(rows, after))):
        print(f"{name}: precision {c['right']}/{c['typed']} = {c['right'] / max(c['typed'], 1):.3f}"
              f" (withdrawn: {c['fixed']} wrong, {c['lost']} right)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
