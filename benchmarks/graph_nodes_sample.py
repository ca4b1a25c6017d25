"""Every named node of ONE graph built from chosen Wikinews articles, for judging duplicates by hand.

Where ``benchmarks/nodes_sample.py`` dumps each article's nodes apart, this
builds the articles into one graph as ``newsgraph build`` does (the facts of
each article, then the cross-article joins of :func:`graph.joins.join_entities`),
so that a referent split across articles, or two referents merged across
them, shows as one line each. One TSV line per named (non-CONCEPT, non-ACTOR)
node: the halves of its articles, its articles, label, type, every name it
carries (labels and aliases of each article's entry), Wikidata id and up to
three contexts (the first mention of the label in each article, in brackets).

The ids file has one ``half<TAB>doc id`` line per article. The verdicts are
written by hand in ``benchmarks/data/nodes_sample_w21d.tsv`` with these
columns: half, docs, label, type, names, wikidata, verdict, expected, note.
Verdicts: ``ok``; ``dup`` (a second node of one referent: ``expected`` is a
name of the node it should be one with); ``false_merge`` (``expected`` is the
article whose entry of that name, joined with the others, is another referent); ``junk`` (no
name of a referent: it should go); ``cut``/``fused`` (``expected`` is the
right name); ``wrong_type`` (``expected`` is the type).

With ``--judged`` and ``--half`` a fresh dump is compared with the verdicts:
a ``dup`` is fixed once one node carries both names, a ``false_merge`` once
the node of that label no longer joins that article with others, ``junk`` once the label is no node's label, ``cut`` and
``fused`` once the label is gone and the expected name is a node's, and
``wrong_type`` once the node has the expected type (for ``CONCEPT``, once no named node has the label). A node judged ``ok`` that
is gone or retyped, and a node no verdict covers, are printed to read.

Usage::

    python benchmarks/graph_nodes_sample.py benchmarks/data/nodes_sample_w21d_ids.txt OUT.tsv
    python benchmarks/graph_nodes_sample.py IDS OUT.tsv --judged benchmarks/data/nodes_sample_w21d.tsv --half tune
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.gold import read_corpus_documents  # noqa: E402

CORPUS = ROOT / "benchmarks" / "data" / "wikinews_2019_2020.jsonl"
_SKIP = frozenset({"CONCEPT", "ACTOR"})


def read_ids(path: str) -> dict[str, str]:
    """``{doc id: half}`` of an ids file."""
    out = {}
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                half, doc = line.strip().split("\t")
                out[doc] = half
    return out


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("ids")
    parser.add_argument("out")
    parser.add_argument("--judged", help="the verdicts (benchmarks/data/nodes_sample_w21d.tsv)")
    parser.add_argument("--half", default="tune", help="the half of the verdicts to compare (tune or held)")
    parser.add_argument("--reuse", action="store_true", help="compare OUT as it is, without dumping again")
    args = parser.parse_args(argv)
    if not args.reuse:
        dump(args.ids, args.out)
    if args.judged:
        compare(args.out, args.judged, half=args.half)
    return 0


def _rows(path: str) -> list[list[str]]:
    with open(path, encoding="utf-8") as handle:
        rows = [line.rstrip("\n").split("\t") for line in handle if line.strip()]
    return [r for r in rows if r[0] != "half" and not r[0].startswith("#")]


def compare(dump_path: str, judged: str, *, half: str) -> tuple[int, int]:
    """Print the changes of a dump against the verdicts of one half; return (problems left, judged nodes)."""
    verdicts = [r for r in _rows(judged) if r[0] == half]
    now = [r for r in _rows(dump_path) if half in r[0].split(",")]
    names_now = [(r[2], r[3], set(r[4].split("|"))) for r in now]
    docs_now = {r[2]: set(r[1].split(",")) for r in now}
    labels_now = {r[2] for r in now}

    def holders(name):
        return {i for i, (_, _, names) in enumerate(names_now) if name in names}

    before = sum(1 for v in verdicts if v[6] != "ok")
    problems = fixed = 0
    judged_labels = set()
    for v in verdicts:
        label, kind, verdict, expected = v[2], v[3], v[6], v[7]
        judged_labels.add((label, kind))
        if verdict == "ok":
            if not any(lab == label and t == kind for lab, t, _ in names_now):
                print(f"CHANGED  {label} [{kind}] judged ok: now {sorted(holders(label)) and [names_now[i][:2] for i in holders(label)]}")
            continue
        if verdict == "dup":
            done = bool(holders(label) & holders(expected)) or label not in labels_now and bool(holders(expected))
        elif verdict == "false_merge":
            docs = docs_now.get(label, set())
            done = not (expected in docs and len(docs) > 1)
        elif verdict == "junk":
            done = label not in labels_now
        elif verdict in ("cut", "fused"):
            done = label not in labels_now and bool(holders(expected))
        elif verdict == "wrong_type":  # a named node judged a CONCEPT is fixed once no named node is left
            done = any(lab == label and t == expected for lab, t, _ in names_now) or (
                expected == "CONCEPT" and label not in labels_now)
        else:
            raise ValueError(f"unknown verdict {verdict!r}")
        fixed += done
        problems += not done
        print(f"{'FIXED' if done else 'LEFT '}    {label} [{kind}] {verdict} {expected}")
    for label, kind, _ in names_now:
        if (label, kind) not in judged_labels:
            print(f"NEW      {label} [{kind}]")
    print(f"{half}: problems before {before}/{len(verdicts)} ({before / max(len(verdicts), 1):.1%}); "
          f"fixed {fixed}; left {problems}/{len(now)} nodes now (new nodes above to read by hand)")
    return problems, len(verdicts)


def _context(text: str, name: str, width: int = 60) -> str:
    at = text.find(name)
    if at < 0:
        return ""
    left, right = max(0, at - width), min(len(text), at + len(name) + width)
    return (text[left:at] + "[" + name + "]" + text[at + len(name):right]).replace("\n", " ").replace("\t", " ")


def dump(ids_path: str, out_path: str) -> None:
    """Build the articles of ``ids_path`` into one graph and write its named nodes to ``out_path``."""
    from extract.facts import extract_facts
    from extract.lexicon import get_lexicon
    from extract.pipeline import load_pipeline
    from graph.joins import join_entities
    from graph.model import KnowledgeGraph

    halves = read_ids(ids_path)
    documents = read_corpus_documents(list(halves), corpus=CORPUS)
    texts = {d.id: d.text for d in documents}
    lexicon = get_lexicon()
    kg = KnowledgeGraph(extract_facts(documents, nlp=load_pipeline(), lexicon=lexicon))
    join_entities(kg, lexicon=lexicon)
    rows = []
    for _key, attrs in kg.graph.nodes(data=True):
        if attrs.get("type") in _SKIP:
            continue
        entries = attrs.get("doc_entities", {})
        docs = sorted(entries)
        names = {attrs["label"], *attrs.get("aliases", ())}
        for entry in entries.values():
            names |= {entry["label"], *entry.get("aliases", ())}
        node_halves = ",".join(sorted({halves.get(d, "?") for d in docs}))
        contexts = " || ".join(c for c in (_context(texts.get(d, ""), entries[d]["label"]) for d in docs[:3]) if c)
        rows.append((node_halves, ",".join(d.removeprefix("wikinews:") for d in docs), attrs["label"],
                     attrs["type"], "|".join(sorted(names)), attrs.get("wikidata") or "", contexts))
    rows.sort(key=lambda r: (r[0], r[1].split(",")[0], r[2]))
    with open(out_path, "w", encoding="utf-8") as out:
        out.write("half\tdocs\tlabel\ttype\tnames\twikidata\tcontexts\n")
        for row in rows:
            out.write("\t".join(row) + "\n")


if __name__ == "__main__":
    raise SystemExit(main())
