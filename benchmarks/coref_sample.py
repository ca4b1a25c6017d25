"""it / they / descriptions on unseen articles (``data/coref_sample_w19.tsv``), and a dump of every resolution.

The sample file lists each pronoun or description of 20 Wikinews articles with the named referent a reader gives it
(names joined by ``|``) or ``none``; rows are split by article into ``tune`` and ``held``. A case is right when the
system leaves a ``none`` unresolved, or resolves a named case to one entity whose label or an alias is one of the
names (``entities_dev.fold``).

``--dump OUT.tsv`` instead writes every resolution (doc, start, anaphor, keys) of the Wikinews articles outside every
held-out half (``held_documents``: the articles of gold rows whose split is ``test`` or starts with ``held`` in the files
of ``benchmarks/data``): two dumps (before / after a change) compared line by line list every resolution a change makes.

Usage::

    python benchmarks/coref_sample.py                  # the tune half
    python benchmarks/coref_sample.py --split held     # the held half (scores only, at the end)
    python benchmarks/coref_sample.py --dump /tmp/after.tsv
    python benchmarks/coref_sample.py --sample benchmarks/data/coref_sample_w20.tsv   # the w20 sample
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.entities_dev import CORPUS, fold, read_documents  # noqa: E402
from benchmarks.traps import read_traps  # noqa: E402

SAMPLE = ROOT / "benchmarks" / "data" / "coref_sample_w19.tsv"
DATA = ROOT / "benchmarks" / "data"


def _held(split) -> bool:
    return str(split) == "test" or str(split).startswith("held")


def held_documents(data: Path = DATA) -> set[str]:
    """The ids of every article with a held-out gold row in ``data``: the split field of the JSON-lines gold files,
    the split column of the tab-separated samples (those with a ``doc`` column) and of the id lists (``split<TAB>id``)."""
    held: set[str] = set()
    for path in sorted(data.glob("*.jsonl")):
        if path.resolve() == Path(CORPUS).resolve():
            continue
        with open(path, encoding="utf-8") as f:
            for line in f:
                row = json.loads(line) if line.strip() else {}
                if "doc" in row and _held(row.get("split", "")):
                    held.add(row["doc"])
    for path in sorted(data.glob("*.tsv")):
        with open(path, encoding="utf-8") as f:
            rows = list(csv.DictReader((line for line in f if not line.startswith("#")), delimiter="\t"))
        for row in rows:
            doc = row.get("doc") or ""
            if doc and _held(row.get("split", "")):
                held.add(doc if doc.startswith("wikinews:") else f"wikinews:{doc}")
    for path in sorted(data.glob("*_ids.txt")):
        for line in path.read_text(encoding="utf-8").splitlines():
            fields = line.split("\t")
            if len(fields) == 2 and _held(fields[0]):
                held.add(fields[1].strip())
    return held


def resolve_documents(docs):
    """Yield (document, EntityIndex) for each document, parsed as ``extract.facts`` parses it."""
    from extract.entities import entities_of
    from extract.facts import _tokenised
    from extract.lexicon import get_lexicon
    from extract.pipeline import load_pipeline

    nlp = load_pipeline()
    lexicon = get_lexicon()
    for document in docs:
        yield document, entities_of(nlp(_tokenised(nlp, document.text)), lexicon=lexicon)


def _names(index, key: str) -> set[str]:
    """The folded names an entity key may be known by: the key, its label and aliases."""
    entity = index.get(key)
    return {fold(key)} | ({fold(entity.label)} | {fold(a) for a in entity.aliases} if entity else set())


def case_right(row: dict, index) -> tuple[bool, str]:
    """(right?, what the system did) for one sample row.

    A gold of several referents joined by `` & `` ("Kelly|Bridget Kelly & Baroni") is a coordinated pair the
    pronoun stands for: right unresolved, or resolved to exactly those entities, one key each."""
    start = int(row["start"])
    ref = next((r for r in index.references if r.start <= start < r.end), None)
    parts = row["gold"].split(" & ")
    if ref is None:
        return row["gold"] == "none" or len(parts) > 1, "unresolved"
    got = "+".join(ref.keys)
    if row["gold"] == "none" or len(ref.keys) != len(parts):
        return False, got
    wanted = [{fold(n) for n in part.split("|")} for part in parts]
    found = [_names(index, key) for key in ref.keys]
    return all(any(names & w for names in found) for w in wanted) and all(
        any(names & w for w in wanted) for names in found), got


def score(split: str, show: bool, sample: Path = SAMPLE) -> int:
    rows = read_traps(sample, split)
    by_doc: dict[str, list[dict]] = {}
    for row in rows:
        by_doc.setdefault(row["doc"], []).append(row)
    right, total, wrong = Counter(), Counter(), []
    for document, index in resolve_documents(read_documents(by_doc)):
        for row in by_doc[document.id]:
            ok, got = case_right(row, index)
            total[row["class"]] += 1
            right[row["class"]] += ok
            if not ok:
                wrong.append((row, got))
    if show:
        for row, got in wrong:
            print(f"WRONG {row['doc']} {row['start']:>6} {row['anaphor']!r:<18} {row['class']:<4} "
                  f"gold={row['gold'][:40]:<40} got={got}  {row['note']}")
    for cls in sorted(total):
        print(f"  {cls:<4} {right[cls]:3d}/{total[cls]:3d}")
    print(f"coref_sample --split {split}: {sum(right.values())}/{sum(total.values())} right "
          f"({sum(right.values()) / max(1, sum(total.values())):.1%}); "
          f"named {right['ent']}/{total['ent']}, none {sum(right.values()) - right['ent']}/"
          f"{sum(total.values()) - total['ent']}")
    return 0


def dump(out: Path) -> int:
    """Every resolution of the Wikinews articles outside every held-out half, one line each."""
    test = held_documents()
    with open(CORPUS, encoding="utf-8") as f:
        ids = [json.loads(line)["id"] for line in f if line.strip()]
    with open(out, "w", encoding="utf-8") as f:
        for document, index in resolve_documents(read_documents(i for i in ids if i not in test)):
            for r in index.references:
                kinds = "+".join(index[k].type if k in index else "?" for k in r.keys)
                f.write(f"{document.id}\t{r.start}\t{r.text}\t{'+'.join(r.keys)}\t{kinds}\n")
    return 0


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=("tune", "held", "all"), default="tune")
    parser.add_argument("--show", action="store_true", help="print every wrong case (never on held)")
    parser.add_argument("--sample", type=Path, default=SAMPLE, help="the sample file (default coref_sample_w19.tsv)")
    parser.add_argument("--dump", type=Path, default=None, help="write every resolution of the articles outside the held-out halves")
    args = parser.parse_args(argv)
    if args.dump:
        return dump(args.dump)
    return score(args.split, args.show and args.split == "tune", args.sample)


if __name__ == "__main__":
    raise SystemExit(main())
