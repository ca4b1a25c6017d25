"""Sizes and write times of the property-graph formats, as ratios to graph.json.

Builds the graph of the Wikinews benchmark articles
(``benchmarks/data/wikinews_2019_2020.jsonl``, 293 articles) once, or reads
a ``graph.json`` given with ``--graph``, then writes it in each format of
``--formats`` (by default ``json``, ``graphml``, ``gexf``, ``cyjs``,
``csv`` and, for reference, ``turtle``) into a temporary folder,
``--repeat`` times each, and prints per format the size on disk (all files
of the Neo4j folder together), the best write time, and both as ratios to
``graph.json``.

Usage::

    python benchmarks/property_formats.py [--docs 293] [--cache facts.pickle] [--repeat 3]
    python benchmarks/property_formats.py --graph out/graph.json
"""

from __future__ import annotations

import argparse
import gc
import pickle
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from graph.formats import output_format, write_graph  # noqa: E402
from graph.model import KnowledgeGraph, read_json  # noqa: E402

__all__ = ["FormatTiming", "measure_formats", "format_table", "main"]

DATA = ROOT / "benchmarks" / "data" / "wikinews_2019_2020.jsonl"
_FORMATS = ("json", "graphml", "gexf", "cyjs", "csv", "turtle")


@dataclass(frozen=True, slots=True)
class FormatTiming:
    """One format's output: bytes on disk and the best of its write times (seconds)."""

    name: str
    files: int
    size: int
    seconds: float


def _size(path: Path) -> tuple[int, int]:
    """Files and bytes of a file, or of every file in a folder."""
    if path.is_dir():
        files = [p for p in path.iterdir() if p.is_file()]
        return len(files), sum(p.stat().st_size for p in files)
    return 1, path.stat().st_size


def measure_formats(kg, formats=_FORMATS, *, repeat: int = 3) -> list[FormatTiming]:
    """Write ``kg`` in each format ``repeat`` times; the sizes and best times."""
    timings = []
    with tempfile.TemporaryDirectory() as folder:
        for name in formats:
            target = Path(folder) / output_format(name).filename
            best = float("inf")
            for _ in range(repeat):
                gc.collect()
                start = time.perf_counter()
                write_graph(kg, target, format=name)
                best = min(best, time.perf_counter() - start)
            timings.append(FormatTiming(name, *_size(target), best))
    return timings


def format_table(timings: list[FormatTiming]) -> str:
    """The timings as a table, with ratios to the ``json`` row (or the first)."""
    base = next((t for t in timings if t.name == "json"), timings[0])
    lines = [f"{'format':<8} {'files':>5} {'bytes':>12} {'x json':>7} {'write s':>9} {'x json':>7}"]
    for t in timings:
        lines.append(f"{t.name:<8} {t.files:>5} {t.size:>12,} {t.size / base.size:>7.2f} "
                     f"{t.seconds:>9.3f} {t.seconds / max(base.seconds, 1e-9):>7.2f}")
    return "\n".join(lines)


def _graph(args) -> KnowledgeGraph:
    if args.graph:
        return read_json(args.graph)
    from extract.documents import read_documents
    from extract.facts import extract_facts

    if args.cache and Path(args.cache).exists():
        with open(args.cache, "rb") as handle:
            facts = pickle.load(handle)
    else:
        facts = list(extract_facts(list(read_documents([DATA]))[: args.docs]))
        if args.cache:
            with open(args.cache, "wb") as handle:
                pickle.dump(facts, handle)
    return KnowledgeGraph(facts)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--graph", help="read this graph.json instead of extracting the articles")
    parser.add_argument("--docs", type=int, default=None, help="use only the first N articles")
    parser.add_argument("--cache", help="pickle of the extracted facts: written on the first run, read after")
    parser.add_argument("--repeat", type=int, default=3, help="writes per format; the best time counts")
    parser.add_argument("--formats", nargs="+", default=list(_FORMATS), help="formats to write")
    args = parser.parse_args(argv)
    start = time.perf_counter()
    kg = _graph(args)
    print(f"graph: {len(kg.documents)} documents, {kg.number_of_entities()} entities, "
          f"{kg.number_of_relations()} relations ({time.perf_counter() - start:.1f} s)", flush=True)
    print(format_table(measure_formats(kg, args.formats, repeat=args.repeat)))


if __name__ == "__main__":
    main()
