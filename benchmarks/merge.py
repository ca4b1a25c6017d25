"""Cost of merging facts into a KnowledgeGraph as the graph grows.

Synthetic documents of 10 relations each, among a pool of entities that
grows with the corpus (so the graph keeps gaining nodes and edges, as a
real corpus does), are added one by one with ``KnowledgeGraph.add``. The
script prints the time per relation (CPU time) at 10k, 100k and 1M
relations; merging is linear when that figure stays flat.

Usage::

    python benchmarks/merge.py                      # up to 1,000,000 relations
    python benchmarks/merge.py --sizes 10000 100000
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

__all__ = ["synthetic_facts", "measure", "main"]

_PER_DOC = 10
_VERBS = ("attack", "accuse", "support", "meet", "condemn", "bomb", "sanction", "visit")


def synthetic_facts(relations: int):
    """Yield DocumentFacts holding ``relations`` relations in all, 10 per document."""
    from extract.types import Argument, Document, DocumentFacts, Entity, Predicate, Relation

    n_entities = max(100, relations // 5)
    for d in range(relations // _PER_DOC):
        doc_id = f"doc{d}"
        rels, ents = [], {}
        for r in range(_PER_DOC):
            k = d * _PER_DOC + r
            a, b = (k * 7919) % n_entities, (k * 104729 + 1) % n_entities
            if a == b:
                b = (b + 1) % n_entities
            args = []
            for e in (a, b):
                key, label = f"entity {e}", f"Entity {e}"
                ents[key] = Entity(key=key, label=label, type="ORG")
                args.append(Argument(key=key, label=label, type="ORG", text=label, start=0, end=len(label)))
            verb = _VERBS[k % len(_VERBS)]
            sentence = f"{args[0].label} {verb}s {args[1].label}."
            rels.append(Relation(
                doc_id=doc_id, subject=args[0], predicate=Predicate(lemma=verb, text=verb + "s", start=0, end=1),
                object=args[1], sentence=sentence, sentence_start=r * 100, confidence=0.9,
            ))
        yield DocumentFacts(document=Document(id=doc_id, text=""), entities=tuple(ents.values()),
                            relations=tuple(rels))


def measure(relations: int) -> dict:
    """Add ``relations`` synthetic relations one document at a time; return CPU seconds and peak MB."""
    from graph.model import KnowledgeGraph

    facts = list(synthetic_facts(relations))
    kg = KnowledgeGraph()
    started = time.process_time()
    for item in facts:
        kg.add(item)
    seconds = time.process_time() - started
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"relations": relations, "seconds": seconds, "edges": kg.graph.number_of_edges(),
            "nodes": kg.graph.number_of_nodes(), "peak_mb": peak_mb}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000, 1_000_000])
    args = parser.parse_args()
    print(f"{'relations':>10} {'nodes':>8} {'edges':>9} {'CPU s':>8} {'us/relation':>12} {'peak MB':>8}")
    first = None
    for size in args.sizes:
        r = measure(size)
        per = r["seconds"] / size * 1e6
        first = first or per
        print(f"{size:>10,} {r['nodes']:>8,} {r['edges']:>9,} {r['seconds']:>8.1f} {per:>12.1f} "
              f"{r['peak_mb']:>8.0f}  (x{per / first:.2f} of the smallest)")


if __name__ == "__main__":
    main()
