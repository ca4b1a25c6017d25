"""Throughput of newsgraph against plain spaCy, in one run, on the same text.

Prints, on Wikinews 2019-2020 repeated to ``--words`` words (1,000,000 by
default), words/s by CPU time and by wall clock of:

- plain spaCy ``nlp.pipe`` with the full default pipeline as shipped (the reference);
- textacy's subject-verb-object extractor over that same pipe (the peer;
  ``pip install -e '.[bench]'``; reported as skipped when textacy is absent);
- ``extract`` (``extract.facts.extract_facts``, the facts counted and dropped)
  and ``build`` (extract, then merged into a ``KnowledgeGraph``);

each as a ratio to plain spaCy. Then the scaling runs: ``extract`` and
``build`` at 1x, 2x and 4x ``--scale-words`` (by default one full pass over
the 293 articles, so every size repeats the same articles and meets the same
longest ones), each in a fresh process, with CPU time and peak memory as
ratios to 1x. For ``build`` the graph's own size is given apart: the bytes
of every object the ``KnowledgeGraph`` reaches (:func:`deep_size`), and the
size of its ``graph.json``; its peak "apart from the graph" is its peak less
the former. ``held MB`` is what a run still holds once it is over (resident
size after garbage collection and ``malloc_trim``, less that before the run):
it grows with the corpus only if something keeps what it should drop.

Why 1x must be a whole pass: spaCy's peak memory is set by the largest
``nlp.pipe`` batch, about 15 kB per token of the batch over the model's
150 MB (tok2vec, parser and NER activations of the whole batch), and the
corpus's articles range from 114 words to 19,876. A prefix of the corpus
meets its first article of more than 2,400 words only past 83,000 words and
its longest past 156,000, so a prefix as 1x compares batches, not corpus
sizes (``benchmarks/MEMORY.md``). The ``batch tok`` column gives the
tokens of the largest batch of each run (``BatchMeter``);
``benchmarks/memory_trace.py`` shows the resident size after every document.

Usage::

    python benchmarks/throughput.py                    # 1,000,000 words, scaling at 1, 2, 4 passes
    python benchmarks/throughput.py --words 200000 --workers 2 --no-scaling
    python benchmarks/throughput.py --words 30000 --scale-words 30000 --dask

Plain spaCy and textacy run the pipeline as shipped; ``extract`` and
``build`` use ``extract.pipeline.load_pipeline``, whose attribute ruler and
lemmatizer are the equivalent faster ones. CPU time counts this process and
its worker processes, so other load on a shared machine does not inflate it.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.memory_trace import rss_mb, trim  # noqa: E402

CORPUS = ROOT / "benchmarks" / "data" / "wikinews_2019_2020.jsonl"

__all__ = [
    "CORPUS", "BenchmarkError", "read_rows", "pass_words", "corpus_words", "documents", "passes", "BatchMeter",
    "textacy_status", "measure", "deep_size", "graph_mb", "scaling_summary", "format_report", "main",
]

#: The targets of the issue: memory at 4x within 1.3x of 1x, time within 10% of linear.
MEMORY_TARGET = 1.3
LINEAR_TOLERANCE = 0.10


class BenchmarkError(Exception):
    """Bad input to the benchmark, or a measurement run that failed."""


def read_rows(path: Path = CORPUS) -> list[dict]:
    """The corpus rows (``id``, ``title``, ``date``, ``url``, ``text``) in file order.

    Raises
    ------
    BenchmarkError
        If a line is not a JSON object with a string ``text``; the message
        names the file and line.
    """
    rows = []
    with Path(path).open(encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as error:
                raise BenchmarkError(f"{path}:{number}: not JSON: {error}") from None
            if not isinstance(row, dict) or not isinstance(row.get("text"), str):
                raise BenchmarkError(f"{path}:{number}: expected an object with a string 'text'")
            rows.append(row)
    if not rows:
        raise BenchmarkError(f"{path}: no articles")
    return rows


def _words(text: str) -> int:
    return len(text.split())


def pass_words(rows: list[dict]) -> int:
    """Words (whitespace-separated) in one full pass over ``rows``.

    >>> pass_words([{"text": "a b c"}, {"text": " d\\ne "}])
    5
    """
    return sum(_words(r["text"]) for r in rows)


def corpus_words(rows: list[dict], words: int) -> tuple[int, int]:
    """(documents, words) of the corpus :func:`documents` yields for ``words``.

    >>> corpus_words([{"text": "a b c"}, {"text": "d e"}], 6)
    (3, 8)
    >>> corpus_words([{"text": "a b c"}, {"text": "d e"}], 10)
    (4, 10)
    """
    _check_words(words, "words")
    n, total = 0, 0
    for text in _texts(rows, words):
        n += 1
        total += _words(text)
    return n, total


def _texts(rows, words):
    total = 0
    while True:
        for row in rows:
            yield row["text"]
            total += _words(row["text"])
            if total >= words:
                return


def documents(rows: list[dict], words: int) -> Iterator:
    """Yield ``Document`` s of ``rows`` repeated until they hold at least ``words`` words.

    Lazy: nothing but the rows is held, so the benchmark's own memory does
    not grow with the corpus. Ids are made distinct per pass (``id#pass``),
    so ``build`` adds every copy rather than replacing the one before.
    """
    for part in passes(rows, words):
        yield from part


def passes(rows: list[dict], words: int) -> Iterator[Iterator]:
    """The documents of :func:`documents`, one lazy iterator per pass over ``rows``.

    The runs start one ``nlp.pipe`` per pass, so every pass cuts the same
    batches: peak memory follows the largest batch (in tokens), and a
    single stream of 4 passes (293 articles are not a multiple of 32) would
    put two of the longest articles into one batch that 1 pass never makes
    (plain spaCy, ``batch_size=32``: 71,396 words against 62,456).
    """
    from extract.types import Document

    _check_words(words, "words")
    remaining = [words]

    def one(copy):
        for row in rows:
            yield Document(id=f"{row.get('id', '')}#{copy}", text=row["text"], title=row.get("title"),
                           date=row.get("date"), url=row.get("url"))
            remaining[0] -= _words(row["text"])
            if remaining[0] <= 0:
                return

    copy = 0
    while remaining[0] > 0:
        yield one(copy)
        copy += 1


class BatchMeter:
    """Tokens of the largest ``nlp.pipe`` batch, counted by a last pipeline component.

    spaCy's peak memory follows that batch: about 15 kB per token of it.
    ``nlp.pipe`` cuts batches by count, so the i-th Doc of a pipe is in
    batch ``i // batch_size``; call :meth:`restart` where a new pipe starts.
    One meter counts at a time (the last made). With worker processes the
    component runs in the workers and counts nothing here.

    >>> import spacy
    >>> nlp = spacy.blank("en")
    >>> meter = BatchMeter(nlp, batch_size=2)
    >>> docs = list(nlp.pipe(["a b c", "d", "e f g h", "i"], batch_size=2))
    >>> meter.largest
    5
    """

    NAME = "throughput_batch_meter"

    def __init__(self, nlp, *, batch_size: int):
        from spacy.language import Language

        global _METER
        if not Language.has_factory(self.NAME):
            Language.component(self.NAME, func=_count_batch)
        if self.NAME not in nlp.pipe_names:
            nlp.add_pipe(self.NAME, last=True)
        self.batch_size = batch_size
        self._largest, self._seen, self._current = 0, 0, 0
        _METER = self

    def restart(self) -> None:
        """A new ``nlp.pipe`` starts: its first Doc opens a new batch."""
        self._largest = self.largest
        self._seen, self._current = 0, 0

    def count(self, doc) -> None:
        self._current += len(doc)
        self._seen += 1
        if self._seen % self.batch_size == 0:
            self._largest = max(self._largest, self._current)
            self._current = 0

    @property
    def largest(self) -> int:
        return max(self._largest, self._current)


_METER: BatchMeter | None = None


def _count_batch(doc):
    if _METER is not None:
        _METER.count(doc)
    return doc


def _check_words(words, name):
    if isinstance(words, bool) or not isinstance(words, int) or words < 1:
        raise BenchmarkError(f"{name} must be a positive number of words, got {words!r}")


# -- the runs, each in its own process ------------------------------------------------------


def run_plain(nlp, parts, workers, batch_size):
    n = 0
    for docs in parts:
        for doc in nlp.pipe((d.text for d in docs), batch_size=batch_size, n_process=workers):
            n += 1
    return {"docs": n}


def run_textacy(nlp, parts, workers, batch_size):
    from textacy.extract import subject_verb_object_triples

    n = 0
    for docs in parts:
        for doc in nlp.pipe((d.text for d in docs), batch_size=batch_size, n_process=workers):
            n += sum(1 for _ in subject_verb_object_triples(doc))
    return {"triples": n}


def run_extract(nlp, parts, workers, batch_size):
    from extract.facts import extract_facts

    n = 0
    for docs in parts:
        for facts in extract_facts(docs, nlp=nlp, batch_size=batch_size, n_process=workers):
            n += len(facts.relations)  # the facts are dropped: only extraction's own memory counts
    return {"relations": n}


def run_build(nlp, parts, workers, batch_size):
    from extract.facts import extract_facts
    from graph.model import KnowledgeGraph

    kg = KnowledgeGraph()
    for docs in parts:
        for facts in extract_facts(docs, nlp=nlp, batch_size=batch_size, n_process=workers):
            kg.add(facts)
    return {"relations": kg.number_of_relations(), "nodes": kg.graph.number_of_nodes(),
            "edges": kg.graph.number_of_edges(), "graph": kg}


RUNNERS = {"plain": run_plain, "textacy": run_textacy, "extract": run_extract, "build": run_build}


def _cpu() -> float:
    """CPU seconds of this process and of its finished worker processes."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


def _preload(kind: str) -> None:
    """Import what ``kind`` runs, so neither its CPU time nor its held memory counts imports."""
    if kind == "textacy":
        import textacy.extract  # noqa: F401
    if kind in ("extract", "build"):
        import extract.facts  # noqa: F401
    if kind == "build":
        import graph.model  # noqa: F401


def deep_size(root) -> int:
    """Bytes of ``root`` and of every object it reaches (classes, modules and functions excluded).

    Each object counts once, however many times it is reached.

    >>> deep_size([]) == sys.getsizeof([])
    True
    >>> s = "x" * 1000
    >>> deep_size([s, s]) == sys.getsizeof([s, s]) + sys.getsizeof(s)
    True
    """
    import gc
    import types

    skip = (type, types.ModuleType, types.FunctionType, types.BuiltinFunctionType, types.MethodType)
    seen, stack, total = set(), [root], 0
    while stack:
        obj = stack.pop()
        if id(obj) in seen or isinstance(obj, skip):
            continue
        seen.add(id(obj))
        total += sys.getsizeof(obj)
        stack.extend(gc.get_referents(obj))
        if isinstance(obj, dict):  # a dict of str keys does not report its keys as referents
            stack.extend(obj.keys())
    return total


def child(args) -> None:
    """Run one measurement in this fresh process and print it as one JSON line."""
    import spacy

    from extract.pipeline import DEFAULT_MODEL, limit_blas_threads, load_pipeline

    limit_blas_threads(1)  # as newsgraph does: parallelism comes from processes
    # spaCy as shipped is the reference; textacy runs over that same pipe.
    nlp = spacy.load(DEFAULT_MODEL) if args.child in ("plain", "textacy") else load_pipeline()
    _preload(args.child)
    rows = read_rows()
    runner = RUNNERS[args.child]
    # One short article first, not counted: tables loaded on first use (gazetteer, lexicons,
    # CAMEO map) are a fixed cost that would otherwise read as sublinear time in the scaling.
    cpu = _cpu()
    runner(nlp, passes([min(rows, key=lambda r: len(r["text"]))], 1), 1, 1)
    warmup = _cpu() - cpu
    meter = BatchMeter(nlp, batch_size=args.batch_size)

    def metered(parts):
        for part in parts:
            meter.restart()  # the runners start one nlp.pipe per pass
            yield part

    trim()
    start_mb = rss_mb()
    started = time.perf_counter()
    cpu = _cpu()
    out = runner(nlp, metered(passes(rows, args.words)), args.workers, args.batch_size)
    cpu = _cpu() - cpu
    elapsed = time.perf_counter() - started
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    if args.workers > 1:  # the largest worker; each holds its own model
        peak_kb += resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    kg = out.pop("graph", None)
    trim()
    end_mb = rss_mb()
    result = {"kind": args.child, "words": corpus_words(rows, args.words)[1], "seconds": elapsed, "cpu": cpu,
              "warmup_cpu": warmup, "peak_mb": peak_kb / 1024, "start_mb": start_mb, "end_mb": end_mb,
              "held_mb": end_mb - start_mb,
              "largest_batch": meter.largest if args.workers == 1 else None, "strings": len(nlp.vocab.strings), **out}
    if kg is not None:
        from graph.model import write_json

        result["graph_mb"] = deep_size(kg) / 2**20

        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "graph.json"
            write_json(kg, path)
            result["graph_json_mb"] = path.stat().st_size / 2**20
    print(json.dumps(result), flush=True)


def measure(kind: str, words: int, workers: int = 1, batch_size: int = 32) -> dict:
    """Run ``kind`` over ``words`` words in a fresh process; its figures as a dict.

    Keys: ``words``, ``seconds`` (wall), ``cpu`` (CPU seconds of the process
    and its workers), ``warmup_cpu`` (one short article before, not
    counted), ``peak_mb``, ``start_mb`` and ``end_mb`` (resident before and
    after the run, freed heap returned), ``held_mb`` (their difference: what
    the run still holds), ``strings`` (spaCy StringStore size at the end),
    ``largest_batch`` (tokens of the largest ``nlp.pipe`` batch; None with
    workers), and per kind
    ``docs``, ``triples``, ``relations``, ``nodes``, ``edges``, ``graph_mb``
    (:func:`deep_size` of the graph) and ``graph_json_mb``.

    Raises
    ------
    BenchmarkError
        If the run fails; the message holds the end of its error output.
    """
    if kind not in RUNNERS:
        raise BenchmarkError(f"kind must be one of {', '.join(RUNNERS)}, got {kind!r}")
    _check_words(words, "words")
    out = subprocess.run(
        [sys.executable, __file__, "--child", kind, "--words", str(words), "--workers", str(workers),
         "--batch-size", str(batch_size)],
        capture_output=True, text=True,
    )
    if out.returncode != 0:
        raise BenchmarkError(f"the {kind} run over {words:,} words failed:\n{out.stderr[-2000:]}")
    r = json.loads(out.stdout.strip().splitlines()[-1])
    r["cpu_wps"] = r["words"] / r["cpu"] if r["cpu"] else float("inf")
    r["wps"] = r["words"] / r["seconds"] if r["seconds"] else float("inf")
    return r


# -- the report -----------------------------------------------------------------------------


def graph_mb(build: dict, extract: dict) -> float:
    """The graph's own memory: what build still holds after its run less what extract holds (same size).

    >>> graph_mb({"held_mb": 500.0}, {"held_mb": 20.0})
    480.0
    >>> graph_mb({"held_mb": 15.0}, {"held_mb": 20.0})
    0.0
    """
    return max(0.0, build["held_mb"] - extract["held_mb"])


def scaling_summary(runs: dict[str, dict[int, dict]]) -> dict[str, dict[int, dict]]:
    """Ratios to 1x for every kind and factor of ``runs[kind][factor]``.

    Each entry gets ``cpu_ratio`` (CPU time / 1x), ``of_linear``
    (``cpu_ratio`` over the ratio of words to 1x), ``peak_ratio``; ``build`` also gets
    ``graph_mb`` (when ``extract`` ran at that factor), ``peak_less_graph_mb``
    and ``peak_less_graph_ratio``: its peak apart from the graph itself.

    >>> runs = {"extract": {1: {"words": 10, "cpu": 10.0, "peak_mb": 500.0, "held_mb": 10.0},
    ...                     4: {"words": 40, "cpu": 41.0, "peak_mb": 550.0, "held_mb": 20.0}},
    ...         "build": {1: {"words": 10, "cpu": 11.0, "peak_mb": 560.0, "held_mb": 70.0},
    ...                   4: {"words": 40, "cpu": 44.0, "peak_mb": 800.0, "held_mb": 260.0}}}
    >>> s = scaling_summary(runs)
    >>> round(s["extract"][4]["of_linear"], 3), round(s["extract"][4]["peak_ratio"], 2)
    (1.025, 1.1)
    >>> s["build"][4]["graph_mb"], s["build"][4]["peak_less_graph_mb"], round(s["build"][4]["peak_less_graph_ratio"], 3)
    (240.0, 560.0, 1.12)
    """
    summary = {}
    for kind, by_factor in runs.items():
        one = by_factor[1]
        summary[kind] = {}
        for factor, r in by_factor.items():
            s = dict(r)
            s["cpu_ratio"] = r["cpu"] / one["cpu"]
            # against the words actually run: a corpus cut at a document boundary overshoots a little
            s["of_linear"] = s["cpu_ratio"] / (r["words"] / one["words"])
            s["peak_ratio"] = r["peak_mb"] / one["peak_mb"]
            summary[kind][factor] = s
    if "build" in runs and "extract" in runs:
        base = None
        for factor, s in sorted(summary["build"].items()):
            if factor not in runs["extract"]:
                continue
            # the graph's objects when the run measured them, else what build holds beyond extract
            s["graph_mb"] = runs["build"][factor].get("graph_mb") or graph_mb(runs["build"][factor],
                                                                              runs["extract"][factor])
            s["peak_less_graph_mb"] = s["peak_mb"] - s["graph_mb"]
            if base is None:
                base = s["peak_less_graph_mb"]
            s["peak_less_graph_ratio"] = s["peak_less_graph_mb"] / base
    return summary


def _verdict(ok: bool) -> str:
    return "met" if ok else "NOT met"


def format_report(header: list[str], results: dict[str, dict | None], summary: dict | None,
                  *, unit: int | None = None, pass_size: int | None = None) -> str:
    """The tables and the ratios the issue asks for, as text.

    ``results[kind]`` is a :func:`measure` dict, or None for a run that was
    skipped; ``summary`` is :func:`scaling_summary` of the scaling runs.
    """
    lines = list(header)
    if results:
        lines.extend(_throughput_table(results))
    return "\n".join(lines + _scaling_table(summary, unit, pass_size))


def _throughput_table(results):
    lines = []
    base = results["plain"]
    lines.append("")
    lines.append("throughput, same text for every run (CPU = this process and its workers; the figure to trust "
                 "on a shared machine)")
    lines.append(f"{'run':9} {'words':>10} {'CPU w/s':>9} {'/plain':>7} {'wall w/s':>9} {'/plain':>7} "
                 f"{'peak MB':>8}  output")
    for kind, r in results.items():
        if r is None:
            lines.append(f"{kind:9} {'skipped: textacy is not installed (pip install -e .[bench])':>40}")
            continue
        output = ", ".join(f"{r[k]:,} {k}" for k in ("docs", "triples", "relations", "nodes", "edges") if k in r)
        lines.append(f"{kind:9} {r['words']:>10,} {r['cpu_wps']:9,.0f} {r['cpu_wps'] / base['cpu_wps']:7.2f} "
                     f"{r['wps']:9,.0f} {r['wps'] / base['wps']:7.2f} {r['peak_mb']:8.0f}  {output}")
    return lines


def _scaling_table(summary, unit, pass_size):
    lines = []
    if summary:
        lines.append("")
        what = f"{unit:,} words" + (
            f" = {unit / pass_size:.3g} passes over the corpus" if pass_size and unit != pass_size
            else " = one full pass over the corpus" if pass_size else "")
        lines.append(f"scaling, 1x = {what}; each size in a fresh process; "
                     f"ratios to 1x (targets: peak memory <= {MEMORY_TARGET}, CPU time within "
                     f"{LINEAR_TOLERANCE:.0%} of linear)")
        lines.append(f"{'run':8} {'size':>4} {'words':>10} {'CPU s':>8} {'CPU/1x':>7} {'/linear':>8} "
                     f"{'batch tok':>9} {'peak MB':>8} {'peak/1x':>8} {'held MB':>7} {'strings':>8} {'graph MB':>9} "
                     f"{'json MB':>8} {'peak-graph/1x':>14}")
        for kind, by_factor in summary.items():
            for factor, s in sorted(by_factor.items()):
                graph = f"{s['graph_mb']:9.1f}" if "graph_mb" in s else f"{'':9}"
                json_mb = f"{s['graph_json_mb']:8.1f}" if "graph_json_mb" in s else f"{'':8}"
                less = f"{s['peak_less_graph_ratio']:14.2f}" if "peak_less_graph_ratio" in s else ""
                lines.append(f"{kind:8} {factor:>3}x {s['words']:>10,} {s['cpu']:8.1f} {s['cpu_ratio']:7.2f} "
                             f"{s['of_linear']:8.2f} {s.get('largest_batch') or 0:9,} {s['peak_mb']:8.0f} {s['peak_ratio']:8.2f} "
                             f"{s['held_mb']:7.0f} {s['strings']:>8,} {graph} {json_mb} {less}".rstrip())
        lines.append("")
        for kind, by_factor in summary.items():
            top = max(by_factor)
            s = by_factor[top]
            parts = []
            for factor, t in sorted(by_factor.items()):
                if factor > 1:
                    ok = abs(t["of_linear"] - 1) <= LINEAR_TOLERANCE
                    words = t["words"] / by_factor[1]["words"]
                    parts.append(f"time at {factor}x {t['cpu_ratio']:.2f} (words {words:.2f}x: "
                                 f"{t['of_linear']:.2f} of linear, {_verdict(ok)})")
            if "peak_less_graph_ratio" in s:
                ok = s["peak_less_graph_ratio"] <= MEMORY_TARGET
                parts.append(f"peak memory at {top}x apart from the graph {s['peak_less_graph_ratio']:.2f} of 1x "
                             f"({_verdict(ok)}; with the graph {s['peak_ratio']:.2f}, the graph "
                             f"{s['graph_mb']:.0f} MB in memory, {s.get('graph_json_mb', 0):.1f} MB as graph.json)")
            else:
                ok = s["peak_ratio"] <= MEMORY_TARGET
                parts.append(f"peak memory at {top}x {s['peak_ratio']:.2f} of 1x ({_verdict(ok)})")
            lines.append(f"{kind}: " + "; ".join(parts))
    return lines


def textacy_status() -> tuple[bool, str]:
    """(whether textacy, the peer, can run; the line the report gives it)."""
    try:
        import textacy
        from textacy.extract import subject_verb_object_triples  # noqa: F401
    except ImportError as error:
        return False, f"textacy: not installed ({error}; pip install -e '.[bench]' to compare); skipped"
    return True, f"textacy {textacy.__version__}: subject_verb_object_triples over spaCy as shipped"


def main(argv: list[str] | None = None) -> None:
    rows = read_rows()
    one_pass = pass_words(rows)
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--words", type=int, default=1_000_000,
                        help="Corpus size of the throughput runs (default: 1,000,000).")
    parser.add_argument("--workers", type=int, default=1, help="n_process of nlp.pipe for every run (default 1).")
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--no-scaling", action="store_true", help="Skip the 1x/2x/4x runs.")
    parser.add_argument("--no-throughput", action="store_true",
                        help="Skip the runs over --words (plain, textacy, extract, build); scaling only.")
    parser.add_argument("--scale-words", type=int, default=one_pass,
                        help=f"Corpus size of the 1x scaling run (default: one full pass, {one_pass:,} words).")
    parser.add_argument("--scale-kinds", default="extract,build",
                        help="Runs to scale, comma-separated from plain, extract, build (default extract,build).")
    parser.add_argument("--dask", action="store_true", help="Also time a 2-worker Dask LocalCluster.")
    parser.add_argument("--parallel", action="store_true",
                        help="Also time one pass by wall clock: plain nlp.pipe with 1 and 2 processes, "
                             "build with 1, 2 and 4 workers.")
    parser.add_argument("--child", choices=sorted(RUNNERS), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    for name in ("words", "workers", "batch_size", "scale_words"):
        value = getattr(args, name)
        if value < 1:
            parser.error(f"--{name.replace('_', '-')} must be at least 1, got {value}")
    if args.child:
        child(args)
        return
    scale_kinds = [k.strip() for k in args.scale_kinds.split(",") if k.strip()]
    unknown = [k for k in scale_kinds if k not in ("plain", "extract", "build")]
    if unknown or not scale_kinds:
        parser.error(f"--scale-kinds takes plain, extract, build; got {args.scale_kinds!r}")

    n_docs, words = corpus_words(rows, args.words)
    header = [f"corpus: Wikinews 2019-2020, {len(rows)} articles, {one_pass:,} words a pass; "
              f"repeated to {words:,} words ({n_docs:,} documents, {words / one_pass:.2f} passes); "
              f"workers={args.workers}, batch_size={args.batch_size}"]
    have_textacy, line = textacy_status()
    header.append(line)
    print(header[0], flush=True)
    results: dict[str, dict | None] = {}
    for kind in () if args.no_throughput else ("plain", "textacy", "extract", "build"):
        if kind == "textacy" and not have_textacy:
            results[kind] = None
            continue
        results[kind] = measure(kind, args.words, args.workers, args.batch_size)
        print(f"  {kind}: {results[kind]['cpu']:.0f} CPU s", file=sys.stderr, flush=True)

    extra = []
    if args.dask:
        from extract.pipeline import load_pipeline

        n, seconds = run_dask(load_pipeline(), list(documents(rows, args.words)), 2, args.batch_size)
        local = measure("extract", args.words, 2, args.batch_size)
        extra.append(f"dask LocalCluster(2 workers): {words / seconds:,.0f} words/s wall; n_process=2: "
                     f"{local['wps']:,.0f} words/s wall; ratio {(words / seconds) / local['wps']:.2f}")

    if args.parallel:
        extra.extend(parallel_report(one_pass, args.batch_size))

    summary = None
    if not args.no_scaling:
        runs = {}
        for kind in scale_kinds:
            runs[kind] = {}
            for factor in (1, 2, 4):
                runs[kind][factor] = measure(kind, args.scale_words * factor, args.workers, args.batch_size)
                print(f"  {kind} {factor}x: {runs[kind][factor]['cpu']:.0f} CPU s", file=sys.stderr, flush=True)
        summary = scaling_summary(runs)
    report = format_report(header, results, summary, unit=args.scale_words, pass_size=one_pass)
    print("\n".join(report.splitlines()[1:] + extra))


#: The targets of the parallel runs: build with 2 workers at least as fast by wall clock as the
#: faster plain nlp.pipe (1 or 2 processes), and 2 workers at least 1.7x as fast as 1.
PARALLEL_TARGETS = {"vs_plain": 1.0, "two_vs_one": 1.7}


def parallel_report(words: int, batch_size: int) -> list[str]:
    """Wall-clock times of one pass: plain nlp.pipe at 1 and 2 processes, build at 1, 2 and 4 workers."""
    plain = {w: measure("plain", words, w, batch_size) for w in (1, 2)}
    build = {w: measure("build", words, w, batch_size) for w in (1, 2, 4)}
    best_plain = min(r["seconds"] for r in plain.values())
    lines = [f"parallel, one pass ({words:,} words), wall clock:"]
    for w, r in plain.items():
        lines.append(f"  plain nlp.pipe n_process={w}: {r['seconds']:6.1f} s")
    for w, r in build.items():
        lines.append(f"  build, {w} worker{'s' if w > 1 else ' '}:       {r['seconds']:6.1f} s   "
                     f"speed-up vs 1 worker {build[1]['seconds'] / r['seconds']:.2f}x   "
                     f"vs the faster plain {best_plain / r['seconds']:.2f}x")
    vs_plain = best_plain / build[2]["seconds"]
    two = build[1]["seconds"] / build[2]["seconds"]
    lines.append(f"  build with 2 workers vs the faster plain: {vs_plain:.2f}x (target >= "
                 f"{PARALLEL_TARGETS['vs_plain']}) {_verdict(vs_plain >= PARALLEL_TARGETS['vs_plain'])}")
    lines.append(f"  1 -> 2 workers: {two:.2f}x (target >= {PARALLEL_TARGETS['two_vs_one']}) "
                 f"{_verdict(two >= PARALLEL_TARGETS['two_vs_one'])}")
    return lines


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


if __name__ == "__main__":
    try:
        main()
    except BenchmarkError as error:
        sys.exit(f"throughput: {error}")
