"""Check the concept trap texts of ``benchmarks/data/traps_concepts_w17.tsv`` (a name's concept node beside its entity).

Each text is extracted as one article (as ``benchmarks/nodes_traps.py`` does) and each expectation is
checked against the graph's nodes:

- ``one:NAME``: no CONCEPT node is labelled NAME and a named node carries NAME;
- ``concept:NAME``: a CONCEPT node labelled NAME stays;
- ``nonamed:NAME``: no named node carries NAME;
- ``apart:A=B``: no named node carries both A and B.

Usage::

    python benchmarks/concepts_traps.py --half tune [--show]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.nodes_traps import graph_of, names_of  # noqa: E402
from benchmarks.traps import items, read_traps  # noqa: E402

TRAPS = ROOT / "benchmarks" / "data" / "traps_concepts_w17.tsv"


def check(expectation: str, graph) -> bool:
    kind, _, name = expectation.partition(":")
    concepts = {a["label"].casefold() for _, a in graph.nodes(data=True) if a.get("type") == "CONCEPT"}
    named = names_of(graph)
    if kind == "one":
        return name.casefold() not in concepts and any(name in names for _, names in named)
    if kind == "concept":
        return name.casefold() in concepts
    if kind == "nonamed":
        return not any(name in names for _, names in named)
    if kind == "apart":
        a, _, b = name.partition("=")
        return not any(a in names and b in names for _, names in named)
    raise ValueError(f"unknown expectation {expectation!r}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--half", default="tune", choices=("tune", "held", "all"))
    parser.add_argument("--show", action="store_true")
    parser.add_argument("--without", action="store_true", help="the figures without the named-concept rule")
    args = parser.parse_args()
    if args.without:
        import extract.relations.arguments as arguments
        arguments.named_concept = lambda *a, **k: None
    from extract.lexicon import get_lexicon
    from extract.pipeline import load_pipeline

    nlp, lexicon = load_pipeline(), get_lexicon()
    right = total = 0
    for row in read_traps(TRAPS, args.half):
        graph = graph_of(row["text"], nlp, lexicon)
        for expectation in items(row["expected"]):
            ok = check(expectation, graph)
            right += ok
            total += 1
            if args.show or not ok:
                print("ok  " if ok else "MISS", expectation, "|", row["text"][:90])
                if args.show:
                    print("     nodes:", sorted((a["label"], a.get("type")) for _, a in graph.nodes(data=True)))
    print(f"{args.half}: {right}/{total}")


if __name__ == "__main__":
    main()
