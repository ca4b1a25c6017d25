"""Score the open triple extractor on the CaRB dev split.

Usage::

    python benchmarks/carb_dev.py [--gold FILE] [--out FILE] [--limit N] [--model NAME]

The sentences are the gold file's first column, unique, in order. The script
parses them with the real pipeline, extracts triples with
`extract.openie.triples_of`, scores them with `benchmarks.carb.score` and
prints precision, recall, F1 and AUC, then the speed of parsing alone and of
parsing plus extraction in words per second. ``--out`` writes the system
extractions in the Open IE layout (atomically).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.carb import Extraction, gold_sentences, read_gold, score  # noqa: E402

__all__ = ["DEV_GOLD", "run", "main"]

DEV_GOLD = Path(__file__).resolve().parent / "data" / "carb-dev" / "dev.tsv"


def _write_atomic(path: Path, lines) -> None:
    path = Path(path)
    fd, tmp = tempfile.mkstemp(dir=path.parent or ".", prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            for line in lines:
                handle.write(line + "\n")
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def run(*, gold_path=DEV_GOLD, limit=None, nlp=None, out=None):
    """Extract from the gold sentences and score; returns (Score, timings dict).

    ``timings`` holds ``words``, ``parse_seconds`` (``nlp.pipe`` alone) and
    ``extract_seconds`` (``triples_of`` over the parsed docs).
    """
    from extract.openie import format_triple, triples_of
    from extract.pipeline import load_pipeline

    gold = read_gold(gold_path)
    sentences = gold_sentences(gold)
    if limit is not None:
        sentences = sentences[:limit]
        gold = {s: gold[s] for s in sentences}
    nlp = nlp or load_pipeline()
    start = time.perf_counter()
    docs = list(nlp.pipe(sentences, batch_size=64))
    parsed = time.perf_counter()
    triples = []
    for doc, sentence in zip(docs, sentences):
        triples.extend(triples_of(doc, sentence=sentence))
    extracted = time.perf_counter()
    system = [Extraction(t.sentence, t.relation, t.arguments, t.confidence) for t in triples]
    result = score(gold, system)
    if out is not None:
        _write_atomic(out, (format_triple(t) for t in triples))
    timings = {
        "words": sum(len(d) for d in docs),
        "parse_seconds": parsed - start,
        "extract_seconds": extracted - parsed,
        "extractions": len(system),
    }
    return result, timings


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--gold", type=Path, default=DEV_GOLD, help="CaRB gold file (TSV)")
    parser.add_argument("--out", type=Path, help="write the system extractions here")
    parser.add_argument("--limit", type=int, help="use only the first N sentences")
    parser.add_argument("--model", default=None, help="spaCy pipeline to load")
    args = parser.parse_args(argv)
    if args.limit is not None and args.limit < 1:
        parser.error(f"--limit must be a positive integer, got {args.limit}")
    if not args.gold.is_file():
        parser.error(f"--gold: no such file: {args.gold}")
    nlp = None
    if args.model:
        from extract.pipeline import load_pipeline

        nlp = load_pipeline(args.model)
    result, timings = run(gold_path=args.gold, limit=args.limit, nlp=nlp, out=args.out)
    words = timings["words"]
    parse_wps = words / timings["parse_seconds"]
    both_wps = words / (timings["parse_seconds"] + timings["extract_seconds"])
    print(f"extractions {timings['extractions']}")
    print(f"precision {result.precision:.3f}")
    print(f"recall    {result.recall:.3f}")
    print(f"F1        {result.f1:.3f}")
    print(f"AUC       {result.auc:.3f}")
    print(f"nlp.pipe            {parse_wps:9.0f} words/s")
    print(f"nlp.pipe + triples  {both_wps:9.0f} words/s  (ratio {both_wps / parse_wps:.3f})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
