"""Throughput of newsgraph against plain spaCy, in one run, on the same text.

Prints words/s for:

- plain spaCy ``nlp.pipe`` with the full default pipeline (the reference);
- textacy's subject-verb-object extractor over that pipe (if textacy is installed);
- ``extract`` (``extract.facts.extract_facts``) and ``build`` (extract, then
  merge into a ``KnowledgeGraph``);

each as a ratio to plain spaCy, then peak memory and time of ``extract`` and
``build`` at 1x, 2x and 4x the corpus, each in a fresh process, as ratios to 1x.

Usage::

    python benchmarks/throughput.py                    # 1,000,000 words
    python benchmarks/throughput.py --words 200000 --workers 2 --no-scaling
    python benchmarks/throughput.py --words 100000 --scale-words 50000 --dask

Plain spaCy is the pipeline as shipped; ``extract`` and ``build`` use
``extract.pipeline.load_pipeline``, whose attribute ruler and lemmatizer
are the equivalent faster ones. Words/s are given by wall clock and by CPU
time (this process and its worker processes).
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

CORPUS = ROOT / "benchmarks" / "data" / "wikinews_2019_2020.jsonl"


def corpus(words: int):
    """Wikinews repeated until it holds at least ``words`` words, ids made distinct."""
    from extract.types import Document

    rows = [json.loads(line) for line in CORPUS.open(encoding="utf-8")]
    total, copy = 0, 0
    docs = []
    while total < words:
        for row in rows:
            docs.append(Document(id=f"{row['id']}#{copy}", text=row["text"], title=row["title"],
                                 date=row["date"], url=row["url"]))
            total += len(row["text"].split())
            if total >= words:
                break
        copy += 1
    return docs, total


def run_plain(nlp, docs, workers, batch_size):
    for _ in nlp.pipe((d.text for d in docs), batch_size=batch_size, n_process=workers):
        pass


def run_textacy(nlp, docs, workers, batch_size):
    from textacy.extract import subject_verb_object_triples

    n = 0
    for doc in nlp.pipe((d.text for d in docs), batch_size=batch_size, n_process=workers):
        n += sum(1 for _ in subject_verb_object_triples(doc))
    return n


def run_extract(nlp, docs, workers, batch_size):
    from extract.facts import extract_facts

    return sum(len(f.relations) for f in extract_facts(docs, nlp=nlp, batch_size=batch_size, n_process=workers))


def run_build(nlp, docs, workers, batch_size):
    from extract.facts import extract_facts
    from graph.model import KnowledgeGraph

    kg = KnowledgeGraph()
    for facts in extract_facts(docs, nlp=nlp, batch_size=batch_size, n_process=workers):
        kg.add(facts)
    return kg.number_of_relations()


def run_dask(nlp, docs, workers, batch_size):
    from distributed import Client, LocalCluster

    from graph.distributed import extract_facts_dask

    with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, host="127.0.0.1",
                      dashboard_address=None) as cluster, Client(cluster) as client:
        # Warm the workers so the figure is throughput, not model loading.
        list(extract_facts_dask(docs[:workers], scheduler=client, batch_size=batch_size))
        started = time.perf_counter()
        n = sum(len(f.relations) for f in extract_facts_dask(docs, scheduler=client, batch_size=batch_size))
        return n, time.perf_counter() - started


RUNNERS = {"plain": run_plain, "textacy": run_textacy, "extract": run_extract, "build": run_build}


def child(args) -> None:
    """Run one measurement in this fresh process and print it as JSON."""
    from extract.pipeline import load_pipeline

    if args.child == "plain":
        import spacy

        from extract.pipeline import DEFAULT_MODEL

        nlp = spacy.load(DEFAULT_MODEL)  # spaCy as shipped: the reference
    else:
        nlp = load_pipeline()
    docs, words = corpus(args.words)
    started = time.perf_counter()
    cpu = _cpu()
    RUNNERS[args.child](nlp, docs, args.workers, args.batch_size)
    cpu = _cpu() - cpu
    elapsed = time.perf_counter() - started
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    if args.workers > 1:
        peak_kb += resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    print(json.dumps({"words": words, "seconds": elapsed, "cpu": cpu, "peak_mb": peak_kb / 1024}))


def _cpu() -> float:
    """CPU seconds of this process and of its finished worker processes."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


def measure(kind: str, words: int, workers: int, batch_size: int) -> dict:
    out = subprocess.run(
        [sys.executable, __file__, "--child", kind, "--words", str(words), "--workers", str(workers),
         "--batch-size", str(batch_size)],
        check=True, capture_output=True, text=True,
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--words", type=int, default=1_000_000)
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--no-scaling", action="store_true", help="Skip the 1x/2x/4x runs.")
    parser.add_argument("--scale-words", type=int, default=None,
                        help="Corpus size of the 1x scaling run (default: --words).")
    parser.add_argument("--dask", action="store_true", help="Also time a 2-worker Dask LocalCluster.")
    parser.add_argument("--child", choices=sorted(RUNNERS), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args)
        return

    print(f"corpus: Wikinews repeated to {args.words:,} words; workers={args.workers}, "
          f"batch_size={args.batch_size}")
    results = {}
    kinds = ["plain", "extract", "build"]
    try:
        import textacy  # noqa: F401

        kinds.insert(1, "textacy")
    except ImportError:
        print("textacy: not installed (pip install textacy to compare); skipped")
    for kind in kinds:
        results[kind] = r = measure(kind, args.words, args.workers, args.batch_size)
        r["wps"] = r["words"] / r["seconds"]
        r["cpu_wps"] = r["words"] / r["cpu"]
    base, cpu_base = results["plain"]["wps"], results["plain"]["cpu_wps"]
    print("words/s by wall clock and by CPU time (the CPU figure is the one to trust on a shared machine)")
    print(f"{'run':10} {'words/s':>10} {'ratio':>7} {'CPU w/s':>10} {'ratio':>7} {'peak MB':>8}")
    for kind, r in results.items():
        print(f"{kind:10} {r['wps']:10,.0f} {r['wps'] / base:7.2f} {r['cpu_wps']:10,.0f} "
              f"{r['cpu_wps'] / cpu_base:7.2f} {r['peak_mb']:8.0f}")

    if args.dask:
        from extract.pipeline import load_pipeline

        docs, words = corpus(args.words)
        n, seconds = run_dask(load_pipeline(), docs, 2, args.batch_size)
        local = measure("extract", args.words, 2, args.batch_size)
        print(f"dask LocalCluster(2 workers): {words / seconds:,.0f} words/s; "
              f"n_process=2: {local['words'] / local['seconds']:,.0f} words/s; "
              f"ratio {(words / seconds) / (local['words'] / local['seconds']):.2f}")

    if not args.no_scaling:
        unit = args.scale_words or args.words
        print(f"scaling, 1x = {unit:,} words, each run in a fresh process; CPU time as a ratio to 1x")
        for kind in ("extract", "build"):
            runs = {f: measure(kind, unit * f, args.workers, args.batch_size) for f in (1, 2, 4)}
            one = runs[1]
            print(f"{kind} scaling: 1x peak {one['peak_mb']:.0f} MB; " + "; ".join(
                f"{f}x CPU time {r['cpu'] / one['cpu']:.2f} (ideal {f}, {r['cpu'] / one['cpu'] / f:.2f} of linear), "
                f"peak memory {r['peak_mb'] / one['peak_mb']:.2f}"
                for f, r in runs.items() if f > 1
            ))


if __name__ == "__main__":
    main()
