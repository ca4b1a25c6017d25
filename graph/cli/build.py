"""The ``build``, ``extract`` and ``triples`` commands: options in, :func:`graph.build.build` called, report out."""

from __future__ import annotations

import json
import logging
import sys
import time
from pathlib import Path

import click

from extract.pipeline import DEFAULT_MODEL

from .errors import library_errors
from .store import add_store_option

__all__ = ["build", "extract_cmd", "triples"]

logger = logging.getLogger("newsgraph")


class _StderrHandler(logging.Handler):
    def emit(self, record: logging.LogRecord) -> None:
        level = "warning" if record.levelno == logging.WARNING else record.levelname.lower()
        click.echo(f"newsgraph: {level}: {record.getMessage()}", err=True)


def _setup_logging(quiet: bool) -> None:
    if not any(isinstance(h, _StderrHandler) for h in logger.handlers):
        logger.addHandler(_StderrHandler())
    logger.setLevel(logging.ERROR if quiet else logging.WARNING)
    logger.propagate = False


def _log_error(err) -> None:
    logger.error("%s", err)


class _Progress:
    """Documents/s and words/s on stderr, when it is a terminal."""

    def __init__(self, *, quiet: bool) -> None:
        from tqdm import tqdm

        self.disable = quiet or not sys.stderr.isatty()
        self.bar = tqdm(unit="doc", file=sys.stderr, disable=self.disable, dynamic_ncols=True)
        self.started = time.perf_counter()
        self.words = 0

    def __call__(self, item) -> None:
        documents = getattr(item, "documents", None)  # an N-Quads part
        self.bar.update(documents if documents is not None else 1)
        if documents is None and not self.disable:
            self.words += len(item.document.text.split())
            elapsed = max(time.perf_counter() - self.started, 1e-9)
            self.bar.set_postfix_str(f"{self.words / elapsed:,.0f} words/s", refresh=False)

    def __enter__(self) -> _Progress:
        return self

    def __exit__(self, *exc) -> None:
        self.bar.close()


_input_args = click.argument("inputs", nargs=-1, required=True, metavar="INPUT...")
_model_opt = click.option(
    "--model", default=DEFAULT_MODEL, show_default=True, help="Installed spaCy pipeline (name or path)."
)
_EXTRACTION_OPTIONS = (
    _model_opt,
    click.option("--strict", is_flag=True, help="Stop at the first document that cannot be read."),
    click.option("-q", "--quiet", is_flag=True, help="No progress bar and no warnings."),
    click.option("--date", "default_date", metavar="YYYY-MM-DD", help="Date of documents that do not give one."),
    click.option("--workers", type=click.IntRange(min=1), default=None,
                 help="Worker processes, each parsing and running the rules on batches of documents; "
                      "forked from this one, so they share its model. Default: the usable cores, at most 4. "
                      "One document starts no worker."),
    click.option("--batch-size", type=click.IntRange(min=1), default=32, show_default=True,
                 help="Documents per nlp.pipe batch."),
    click.option("--dask", "dask_scheduler", metavar="ADDRESS",
                 help="Extract on this Dask distributed scheduler (tcp://host:8786) instead of locally."),
    click.option("--partition-size", type=click.IntRange(min=1), default=64, show_default=True,
                 help="Documents per Dask task (with --dask)."),
    click.option("--lexicon", "lexicon_dirs", multiple=True, metavar="DIR",
                 type=click.Path(exists=True, file_okay=False, path_type=Path),
                 help="Overlay folder of lexicon tables (events.tsv, actors.tsv, ...) that extend or override "
                      "the shipped ones; repeatable, later folders win. Also: NEWSGRAPH_LEXICON=dir1:dir2."),
    click.option("--kb", "kb_files", multiple=True, metavar="FILE",
                 type=click.Path(dir_okay=False, path_type=Path),
                 help="A knowledge base (TSV with the header 'qid label aliases type description', or JSON "
                      "lines with those keys): its names, aliases, types and Wikidata QIDs win over the "
                      "shipped ones. Repeatable; `newsgraph kb fetch` writes one."),
)


def _extraction_options(command):
    """The options every command that extracts takes."""
    for option in reversed(_EXTRACTION_OPTIONS):
        command = option(command)
    return command


def _check_date(value: str | None) -> None:
    if value is None:
        return
    from datetime import date

    try:
        date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date of the form YYYY-MM-DD", param_hint="--date")


def _runner(*, model, workers, batch_size, dask_scheduler, partition_size, lexicon_dirs=(), kb_files=()):
    """The runner the options choose; the CLI keeps numpy's BLAS on one thread per process.

    The overlays and knowledge bases are read here, so a bad row is reported before the model loads.
    """
    from ..runners import DaskRunner, LocalRunner

    if dask_scheduler:
        if lexicon_dirs:
            raise click.UsageError("--lexicon and --dask exclude each other: the Dask workers read their "
                                   "overlays from NEWSGRAPH_LEXICON in their own environment")
        if kb_files:
            raise click.UsageError("--kb is not supported with --dask yet: the workers read the shipped tables only")
        return DaskRunner(dask_scheduler, model=model, partition_size=partition_size, batch_size=batch_size)
    options = {}
    if lexicon_dirs or kb_files:
        from extract.lexicon import get_lexicon

        lexicon = get_lexicon(overlays=list(lexicon_dirs)) if lexicon_dirs else get_lexicon()
        options["lexicon"] = lexicon.with_knowledge(kb_files) if kb_files else lexicon
    return LocalRunner(model=model, workers=workers, batch_size=batch_size, blas_threads=1, options=options)


@click.command()
@_input_args
@click.option("-o", "--out", "out_dir", type=click.Path(file_okay=False, path_type=Path),
              help="Output folder for graph.json, graph.ttl, graph.trig and graph.html "
                   "(required, unless --bulk-dir).")
@click.option("--format", "formats", multiple=True, metavar="FORMAT",
              help="Also write graph.<ext> in this format: RDF (nt, nq, jsonld, xml, ...), graphml, gexf, "
                   "cyjs (Cytoscape JSON), or csv (the folder neo4j/ for neo4j-admin import). Repeatable.")
@click.option("--max-nodes", type=click.IntRange(min=1), default=2000, show_default=True,
              help="Largest number of entities the HTML page draws.")
@click.option("--bulk-dir", type=click.Path(file_okay=False, path_type=Path), metavar="DIR",
              help="With --dask, instead of -o: each worker writes its partition's N-Quads to "
                   "DIR/part-NNNNN.nq on its own file system, for a triple store's bulk loader; "
                   "no fact comes back.")
@click.option("--allow-private", is_flag=True,
              help="Fetch links that lead to private, loopback or link-local addresses (a URL given "
                   "here is always fetched; links inside feeds and pages are refused by default).")
@click.option("--crawl-delay", type=click.FloatRange(min=0), default=1.0, show_default=True,
              metavar="SECONDS", help="Least time between two requests to one web site.")
@click.option("--timeout", type=click.FloatRange(min=0.01), default=20.0, show_default=True,
              metavar="SECONDS", help="Timeout of each web request.")
@_extraction_options
@add_store_option
@library_errors
def build(inputs, out_dir, formats, max_nodes, bulk_dir, allow_private, crawl_delay, timeout, model, strict,
          quiet, default_date, workers, batch_size, dask_scheduler, partition_size, lexicon_dirs, kb_files, store):
    """Build the graph of INPUT files, folders, URLs (pages, feeds) or - (stdin) into OUT.

    \b
    Inputs: .txt .md .json .jsonl, .html .htm pages, .rss .atom .xml feeds,
    .warc .warc.gz crawls, http(s) URLs of pages and feeds.

    \b
    Examples:
      newsgraph build examples/ -o out
      newsgraph build https://example.org/news/rss.xml --store news.db -o out
      newsgraph build crawl.warc.gz page.html notes.txt -o out
      newsgraph build examples/ --dask tcp://scheduler:8786 --bulk-dir parts
    """
    from ..build import BUILD_FORMATS, build as run_build
    from ..errors import FormatError
    from ..formats import output_format

    if bulk_dir is not None:
        for given, name in ((out_dir, "-o/--out"), (formats, "--format"), (store, "--store")):
            if given:
                raise click.UsageError(f"--bulk-dir and {name} exclude each other: with --bulk-dir the "
                                       f"facts stay on the Dask workers, which write N-Quads parts")
        if not dask_scheduler:
            raise click.UsageError("--bulk-dir needs --dask ADDRESS: the Dask workers write the parts")
    elif out_dir is None:
        raise click.UsageError("missing option -o/--out (or --bulk-dir with --dask)")
    for name in formats:
        try:
            output_format(name)
        except FormatError as err:
            raise click.BadParameter(str(err), param_hint="--format")
    _setup_logging(quiet)
    _check_date(default_date)
    runner = _runner(model=model, workers=workers, batch_size=batch_size, dask_scheduler=dask_scheduler,
                     partition_size=partition_size, lexicon_dirs=lexicon_dirs, kb_files=kb_files)
    from extract.web import FetchPolicy

    fetch = FetchPolicy(timeout=timeout, delay=crawl_delay, allow_private=allow_private)
    with _Progress(quiet=quiet) as progress:
        report = run_build(inputs, out_dir, formats=(*BUILD_FORMATS[:-1], *formats, BUILD_FORMATS[-1]),
                           store=store, runner=runner, on_error=_log_error, progress=progress, strict=strict,
                           default_date=default_date, max_nodes=max_nodes, bulk_dir=bulk_dir, fetch=fetch)
    _print_summary(report, store=store)
    sys.exit(1 if report.documents_skipped else 0)


def _print_summary(report, *, store) -> None:
    click.echo(f"documents: {report.documents_read} read, {report.documents_skipped} skipped")
    if report.copies or report.pages_skipped:
        passed = ", ".join(f"{n} {reason}" for reason, n in report.pages_skipped) or "none"
        click.echo(f"web:       {report.copies} syndicated copies found; pages passed over: {passed}")
    if report.parts:
        parts = report.parts
        click.echo(f"relations: {report.relations}")
        click.echo(f"parts:     {len(parts)} N-Quads files, {sum(p.quads for p in parts)} quads")
        for part in parts:
            click.echo(f"wrote {part.path} ({part.documents} documents, {part.quads} quads)")
        return
    click.echo(f"entities:  {report.entities} ({report.named_entities} named, {report.concepts} concepts)")
    click.echo(f"relations: {report.relations} ({report.evidence} pieces of evidence)")
    share = f" ({report.linked / report.named_entities:.0%})" if report.named_entities else ""
    click.echo(f"linked:    {report.linked} of {report.named_entities} named entities to Wikidata{share}")
    if report.top_entities:
        click.echo("top entities: " + ", ".join(f"{label} ({n})" for label, n in report.top_entities))
    for path in report.written:
        click.echo(f"wrote {path}")
    if report.store is not None:
        click.echo(f"store {store}: {len(report.store.added)} graphs added, "
                   f"{len(report.store.replaced)} replaced, {report.store.triples} triples written")


@click.command(name="extract")
@_input_args
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path),
              help="Write the JSON lines to this file (atomically) instead of stdout.")
@_extraction_options
@library_errors
def extract_cmd(inputs, output, model, strict, quiet, default_date, workers, batch_size, dask_scheduler,
                partition_size, lexicon_dirs, kb_files):
    """Print the relations of INPUT files, folders or - as JSON lines.

    \b
    Example:
      newsgraph extract examples/000_cf6d06de7cd53657.txt
    """
    from extract.records import relation_record

    from ..build import BuildReport, read_facts
    from ..errors import NothingReadError
    from ..io import atomic_write

    _setup_logging(quiet)
    _check_date(default_date)
    runner = _runner(model=model, workers=workers, batch_size=batch_size, dask_scheduler=dask_scheduler,
                     partition_size=partition_size, lexicon_dirs=lexicon_dirs, kb_files=kb_files)
    with _Progress(quiet=quiet) as progress:
        facts = read_facts(inputs, runner=runner, strict=strict, default_date=default_date,
                           on_error=_log_error, progress=progress)

        def write_lines(stream) -> int:
            count = 0
            for item in facts:
                entities = {entity.key: entity for entity in item.entities}
                for relation in item.relations:
                    record = relation_record(relation, entities=entities)
                    stream.write(json.dumps(record, ensure_ascii=False) + "\n")
                    count += 1
            return count

        if output is None:
            count = write_lines(sys.stdout)
        else:
            with atomic_write(output) as stream:
                count = write_lines(stream)
    if not quiet:
        click.echo(f"newsgraph: {facts.read} documents read, {facts.skipped} skipped, "
                   f"{count} relations", err=True)
    if facts.read == 0:
        raise NothingReadError(BuildReport(documents_skipped=facts.skipped, errors=tuple(facts.errors)))
    sys.exit(1 if facts.skipped else 0)


@click.command()
@click.argument("source", default="-", type=click.File("r", encoding="utf-8", errors="replace"))
@_model_opt
@library_errors
def triples(source, model):
    """Print open triples of one sentence per line of SOURCE (default stdin).

    Each line printed is `sentence<TAB>confidence<TAB>relation<TAB>arg1<TAB>arg2[...]`,
    the layout in which Open IE systems are compared, with the sentence as read.
    """
    from extract.openie import format_triple, triples_from_sentences
    from extract.pipeline import limit_blas_threads, load_pipeline

    limit_blas_threads(1)
    nlp = load_pipeline(model)
    lines = (line.rstrip("\n").rstrip("\r") for line in source)
    for triple in triples_from_sentences(lines, nlp=nlp):
        click.echo(format_triple(triple))
