"""Every named node of chosen Wikinews articles: type, aliases, Wikidata and contexts, for judging by hand.

Runs the system as ``benchmarks/entities_dev.py`` does (linked facts) over the
articles whose ids are listed in a file (one per line) and writes one TSV line
per named (non-CONCEPT, non-ACTOR) node: doc, key, label, type, aliases,
wikidata, the mentions' tagger labels and up to three mention contexts (the
name in brackets). The verdicts on a random sample are written by hand in
``benchmarks/data/nodes_sample_w18.tsv``.

With ``--judged`` (the verdicts file) and ``--half`` it compares a fresh dump
with the verdicts instead: a node judged wrong that is gone or now has its
expected type is fixed, a node judged right that is gone or retyped is printed
as a change to read, and a node no verdict covers is printed as new.

Usage::

    python benchmarks/nodes_sample.py IDS.txt OUT.tsv
    python benchmarks/nodes_sample.py IDS.txt OUT.tsv --judged benchmarks/data/nodes_sample_w18.tsv --half tune
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.gold import read_corpus_documents  # noqa: E402
from benchmarks.types_dump import _context  # noqa: E402

CORPUS = ROOT / "benchmarks" / "data" / "wikinews_2019_2020.jsonl"


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("ids")
    parser.add_argument("out")
    parser.add_argument("--judged", help="the verdicts (benchmarks/data/nodes_sample_w18.tsv)")
    parser.add_argument("--half", default="tune", help="the half of the verdicts to compare (tune or held)")
    parser.add_argument("--reuse", action="store_true", help="compare OUT as it is, without dumping again")
    args = parser.parse_args(argv)
    if not args.reuse:
        _dump(args.ids, args.out)
    if args.judged:
        compare(args.out, args.judged, half=args.half)
    return 0


def compare(dump: str, judged: str, *, half: str) -> tuple[int, int]:
    """Print the changes of a dump against the verdicts of one half; return (problems, nodes) after.

    A judged problem stays one while its node is there with its type; a node judged right that is gone or
    retyped, and a node nobody judged, are printed (and not counted) for reading by hand.
    """
    verdicts = {}
    with open(judged, encoding="utf-8") as handle:
        for line in handle:
            cells = line.rstrip("\n").split("\t")
            if cells[0] == half:
                verdicts[(cells[1], cells[2])] = cells
    docs = {key[0] for key in verdicts}
    now = {}
    with open(dump, encoding="utf-8") as handle:
        for line in handle:
            cells = line.rstrip("\n").split("\t")
            if cells[0] in docs:
                now[(cells[0], cells[2])] = cells[3]
    before = sum(1 for v in verdicts.values() if v[6] != "ok")
    problems = fixed = 0
    for key, v in verdicts.items():
        verdict, expected, old_type = v[6], v[7], v[3]
        new_type = now.get(key)
        if new_type is None:
            if verdict == "ok":
                print(f"LOST     {key[0]}  {key[1]} [{old_type}]")
            else:
                fixed += 1
                print(f"FIXED    {key[0]}  {key[1]} [{old_type}] gone ({verdict})")
        elif new_type != old_type:
            if verdict == "wrong_type" and new_type == expected:
                fixed += 1
                print(f"FIXED    {key[0]}  {key[1]} [{old_type} -> {new_type}]")
            else:
                problems += verdict != "ok"
                print(f"RETYPED  {key[0]}  {key[1]} [{old_type} -> {new_type}] was {verdict}")
        else:
            problems += verdict != "ok"
    for key, kind in now.items():
        if key not in verdicts:
            print(f"NEW      {key[0]}  {key[1]} [{kind}]")
    print(f"{half}: problems before {before}/{len(verdicts)} ({before / max(len(verdicts), 1):.1%}); "
          f"fixed {fixed}; left {problems}/{len(now)} nodes now (new and retyped nodes above to read by hand)")
    return problems, len(now)


def _dump(ids_path: str, out_path: str) -> None:

    from extract.entities import entities_of
    from extract.facts import _facts, _tokenised
    from extract.lexicon import get_lexicon
    from extract.linking import link_facts
    from extract.pipeline import load_pipeline

    nlp = load_pipeline()
    lexicon = get_lexicon()
    with open(ids_path, encoding="utf-8") as handle:
        ids = [line.strip() for line in handle if line.strip()]
    docs = read_corpus_documents(ids, corpus=CORPUS)
    with open(out_path, "w", encoding="utf-8") as out:
        for document in docs:
            doc = nlp(_tokenised(nlp, document.text))
            facts = link_facts(_facts(doc, document, lexicon), lexicon=lexicon)
            index = entities_of(doc, lexicon=lexicon)
            by_key: dict[str, list] = {}
            for m in index.mentions:
                by_key.setdefault(m.key, []).append(m)
            text = doc.text
            for e in facts.entities:
                if e.type in ("CONCEPT", "ACTOR"):
                    continue
                ms = by_key.get(e.key, [])
                labels = ",".join(sorted({m.label for m in ms}))
                contexts = " || ".join(_context(text, m.start, m.end) for m in ms[:3])
                row = (document.id, e.key, e.label, e.type, "|".join(e.aliases), e.wikidata or "",
                       labels, contexts)
                out.write("\t".join(row) + "\n")


if __name__ == "__main__":
    raise SystemExit(main())
