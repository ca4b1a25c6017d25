"""Check the node trap texts of ``benchmarks/data/traps_nodes_w16.tsv`` (duplicate and junk nodes).

Each text (" || " separates articles) is extracted as ``newsgraph build``
does (facts of each article, one graph, the cross-article joins) and each
expectation is checked against the graph's named nodes:

- ``has:LABEL``: a named node's label or alias is LABEL;
- ``not:LABEL``: no named node's label is LABEL;
- ``one:A=B``: one node carries both names; ``two:A=B``: two nodes do.

Usage::

    python benchmarks/nodes_traps.py --half tune [--show]
    python benchmarks/nodes_traps.py --traps benchmarks/data/traps_dups_w17.tsv --half tune
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

TRAPS = ROOT / "benchmarks" / "data" / "traps_nodes_w16.tsv"
_SKIP = frozenset({"CONCEPT", "ACTOR"})


def read_traps(half: str, path: Path = TRAPS) -> list[tuple[str, list[str]]]:
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        which, text, expected = line.split("\t")
        if half in ("all", which):
            rows.append((text, [e.strip() for e in expected.split(";") if e.strip()]))
    return rows


def graph_of(text: str, nlp, lexicon):
    from extract.facts import extract_facts
    from extract.types import Document
    from graph.joins import join_entities
    from graph.model import KnowledgeGraph

    docs = [Document(id=f"trap:{i}", text=part.strip()) for i, part in enumerate(text.split(" || "))]
    kg = KnowledgeGraph(extract_facts(docs, nlp=nlp, lexicon=lexicon))
    join_entities(kg, lexicon=lexicon)
    return kg.graph


def names_of(graph) -> list[tuple[str, set[str]]]:
    """(label, every name) of each named node."""
    out = []
    for _key, attrs in graph.nodes(data=True):
        if attrs.get("type") in _SKIP:
            continue
        names = {attrs["label"], *attrs.get("aliases", ())}
        for entry in attrs.get("doc_entities", {}).values():
            names |= {entry["label"], *entry.get("aliases", ())}
        out.append((attrs["label"], names))
    return out


def check(expectation: str, nodes) -> bool:
    kind, _, arg = expectation.partition(":")
    if kind == "has":
        return any(arg in names for _, names in nodes)
    if kind == "not":
        return not any(label == arg for label, _ in nodes)
    a, _, b = arg.partition("=")
    holders_a = {i for i, (_, names) in enumerate(nodes) if a in names}
    holders_b = {i for i, (_, names) in enumerate(nodes) if b in names}
    if kind == "one":
        return bool(holders_a & holders_b)
    if kind == "two":
        return bool(holders_a) and bool(holders_b) and not holders_a & holders_b
    raise ValueError(f"unknown expectation {expectation!r}")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--half", choices=("tune", "held", "all"), default="tune")
    parser.add_argument("--show", action="store_true", help="print the nodes of every failed text")
    parser.add_argument("--traps", type=Path, default=TRAPS, help="the trap file (traps_nodes_w16.tsv by default)")
    args = parser.parse_args(argv)
    from extract.lexicon import get_lexicon
    from extract.pipeline import load_pipeline

    nlp, lexicon = load_pipeline(), get_lexicon()
    right = total = 0
    for text, expected in read_traps(args.half, args.traps):
        nodes = names_of(graph_of(text, nlp, lexicon))
        for expectation in expected:
            ok = check(expectation, nodes)
            right, total = right + ok, total + 1
            if not ok:
                print(f"FAIL {expectation}  | {text[:90]}")
                if args.show:
                    print("     nodes:", sorted(label for label, _ in nodes))
    print(f"traps {args.half}: {right}/{total} expectations met")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
