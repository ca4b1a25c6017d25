"""Where the peak memory of a spaCy pass comes from: resident size after every document.

Feeds Wikinews articles to ``nlp.pipe`` (plain spaCy as shipped, or the
pipeline of ``extract``) one pass or several, and writes one JSON line per
document: its position, words, the resident size just after it came out of
the pipe, the process peak so far, and the sizes of spaCy's ``StringStore``
and ``Vocab``. A jump of the peak belongs to the batch that document came in
(``nlp.pipe`` runs a whole batch through each component before yielding).

Usage::

    python benchmarks/memory_trace.py --passes 1 > trace.jsonl
    python benchmarks/memory_trace.py --articles 0:101 --passes 4 --kind extract
    python benchmarks/memory_trace.py --order longest-last --memory-zone
    python benchmarks/memory_trace.py --kind facts --articles 0:192 --passes 2

``--memory-zone`` runs each batch inside ``nlp.memory_zone()`` (spaCy 3.8),
which frees the strings and lexemes a batch added once its Docs are gone.
"""

from __future__ import annotations

import argparse
import ctypes
import ctypes.util
import gc
import json
import os
import resource
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

CORPUS = ROOT / "benchmarks" / "data" / "wikinews_2019_2020.jsonl"

__all__ = ["CORPUS", "rss_mb", "peak_mb", "trim", "read_articles", "trace_memory"]

_PAGE = os.sysconf("SC_PAGE_SIZE")


def rss_mb() -> float:
    """Resident size of this process now, in MB (from ``/proc/self/statm``)."""
    with open("/proc/self/statm", encoding="ascii") as f:
        return int(f.read().split()[1]) * _PAGE / 2**20


def peak_mb() -> float:
    """Peak resident size of this process so far, in MB (``ru_maxrss``)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def trim() -> None:
    """Collect garbage and give freed heap back to the system (glibc)."""
    gc.collect()
    name = ctypes.util.find_library("c")
    if name:
        try:
            ctypes.CDLL(name).malloc_trim(0)
        except (OSError, AttributeError):
            pass


def read_articles(path: Path = CORPUS) -> list[dict]:
    """The Wikinews rows (``id``, ``title``, ``date``, ``url``, ``text``) in file order."""
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def trace_memory(
    nlp, texts: Iterable[str], *, batch_size: int = 32, memory_zone: bool = False, facts: bool = False
) -> Iterator[dict]:
    """Yield one record per text after it passed ``nlp.pipe``.

    Parameters
    ----------
    nlp : spacy.Language
        The pipeline.
    texts : iterable of str
        Read lazily.
    batch_size : int
        Texts per batch of ``nlp.pipe``.
    memory_zone : bool
        Run each batch inside ``nlp.memory_zone()`` so the strings it adds
        are freed after it.
    facts : bool
        Run ``extract.facts.extract_facts`` (the facts dropped at once)
        rather than ``nlp.pipe`` alone, so what the rules keep shows.

    Yields
    ------
    dict
        ``index``, ``words``, ``tokens`` (or ``relations`` with ``facts``),
        ``rss_mb``, ``peak_mb``, ``strings``, ``lexemes``; the last record
        of a batch also ``strings_after`` and ``rss_after_mb``, taken once
        the batch is left (garbage collected, freed heap returned).
    """
    texts = iter(texts)
    index = 0
    while True:
        batch = [t for _, t in zip(range(batch_size), texts)]
        if not batch:
            return
        if memory_zone:
            with nlp.memory_zone():
                records = list(_records(nlp, batch, batch_size, index, facts))
        else:
            records = list(_records(nlp, batch, batch_size, index, facts))
        records[-1]["strings_after"] = len(nlp.vocab.strings)
        trim()
        records[-1]["rss_after_mb"] = rss_mb()  # what is still held once the batch is gone
        yield from records
        index += len(batch)


def _records(nlp, batch, batch_size, start, facts):
    if facts:
        from extract.facts import extract_facts
        from extract.types import Document

        docs = (Document(id=str(start + i), text=t) for i, t in enumerate(batch))
        outputs = (len(f.relations) for f in extract_facts(docs, nlp=nlp, batch_size=batch_size))
    else:
        outputs = (len(doc) for doc in nlp.pipe(batch, batch_size=batch_size))
    for i, n in enumerate(outputs):
        yield {"index": start + i, "words": len(batch[i].split()), ("relations" if facts else "tokens"): n,
               "rss_mb": rss_mb(), "peak_mb": peak_mb(), "strings": len(nlp.vocab.strings),
               "lexemes": len(nlp.vocab)}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--kind", choices=("plain", "extract", "facts"), default="plain",
                        help="plain: spaCy as shipped; extract: the pipeline of extract.pipeline.load_pipeline; "
                             "facts: extract.facts.extract_facts on that pipeline, the facts dropped")
    parser.add_argument("--articles", default=":", help="Python slice of the articles, e.g. 0:101 (default all)")
    parser.add_argument("--order", choices=("file", "longest-last", "longest-first"), default="file")
    parser.add_argument("--passes", type=int, default=1)
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--memory-zone", action="store_true")
    args = parser.parse_args(argv)
    if args.passes < 1:
        parser.error(f"--passes must be at least 1, got {args.passes}")
    try:
        start, _, stop = args.articles.partition(":")
        part = slice(int(start) if start else None, int(stop) if stop else None)
    except ValueError:
        parser.error(f"--articles must be a slice such as 0:101, got {args.articles!r}")
    rows = read_articles()[part]
    if args.order != "file":
        rows.sort(key=lambda r: len(r["text"]), reverse=args.order == "longest-first")

    import spacy

    from extract.pipeline import DEFAULT_MODEL, limit_blas_threads, load_pipeline

    limit_blas_threads(1)  # as newsgraph does
    base = rss_mb()
    nlp = spacy.load(DEFAULT_MODEL) if args.kind == "plain" else load_pipeline()
    print(json.dumps({"start_rss_mb": base, "model_rss_mb": rss_mb(), "articles": len(rows)}), flush=True)
    texts = (r["text"] for _ in range(args.passes) for r in rows)
    for record in trace_memory(nlp, texts, batch_size=args.batch_size, memory_zone=args.memory_zone,
                               facts=args.kind == "facts"):
        print(json.dumps(record), flush=True)


if __name__ == "__main__":
    main()
