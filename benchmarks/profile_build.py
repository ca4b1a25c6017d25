"""Where a build spends its CPU time: cProfile of extraction and of the graph apart.

Runs over Wikinews 2019-2020 (``--words`` words, repeated as
:mod:`benchmarks.throughput` does), with the pipeline of
``extract.pipeline.load_pipeline`` and ``batch_size=32``:

1. ``extract_facts`` over the documents (spaCy's own time included), the facts kept;
2. the graph: ``KnowledgeGraph.add`` of those facts, the settle, and the
   cross-article joins (``graph.joins.join_entities``), as ``newsgraph build`` runs them.

For each it prints the top functions by own time (``--top``), and the
graph's share of the whole. ``--out DIR`` also writes the two ``.prof`` files.

Usage::

    python benchmarks/profile_build.py --words 60000 --top 25
"""

from __future__ import annotations

import argparse
import cProfile
import io
import pstats
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.throughput import documents, read_rows  # noqa: E402


def _top(profile: cProfile.Profile, top: int) -> str:
    out = io.StringIO()
    stats = pstats.Stats(profile, stream=out)
    stats.sort_stats("tottime").print_stats(top)
    return out.getvalue()


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--words", type=int, default=60_000)
    parser.add_argument("--top", type=int, default=25)
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--out", type=Path, help="Folder for extract.prof and graph.prof.")
    args = parser.parse_args(argv)

    from extract.facts import extract_facts
    from extract.lexicon import get_lexicon
    from extract.pipeline import limit_blas_threads, load_pipeline
    from graph.joins import join_entities
    from graph.model import KnowledgeGraph

    limit_blas_threads(1)
    nlp = load_pipeline()
    lexicon = get_lexicon()
    rows = read_rows()
    docs = list(documents(rows, args.words))
    list(extract_facts(docs[:1], nlp=nlp, batch_size=1))  # tables loaded on first use: not counted

    extract_profile = cProfile.Profile(time.process_time)
    cpu = time.process_time()
    extract_profile.enable()
    facts = list(extract_facts(docs, nlp=nlp, batch_size=args.batch_size))
    extract_profile.disable()
    extract_cpu = time.process_time() - cpu

    graph_profile = cProfile.Profile(time.process_time)
    cpu = time.process_time()
    graph_profile.enable()
    kg = KnowledgeGraph()
    for item in facts:
        kg.add(item)
    kg.graph  # noqa: B018 (settles)
    join_entities(kg, lexicon=lexicon)
    graph_profile.disable()
    graph_cpu = time.process_time() - cpu

    words = sum(len(d.text.split()) for d in docs)
    print(f"{len(docs)} documents, {words:,} words; CPU (profiled) extract {extract_cpu:.1f} s, "
          f"graph {graph_cpu:.1f} s: graph {graph_cpu / (extract_cpu + graph_cpu):.1%} of the whole")
    print("\n== extract_facts ==")
    print(_top(extract_profile, args.top))
    print("== graph (add, settle, joins) ==")
    print(_top(graph_profile, args.top))
    if args.out:
        args.out.mkdir(parents=True, exist_ok=True)
        extract_profile.dump_stats(args.out / "extract.prof")
        graph_profile.dump_stats(args.out / "graph.prof")


if __name__ == "__main__":
    main()
