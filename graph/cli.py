"""The ``newsgraph`` command: a thin layer over ``extract`` and ``graph``.

Commands parse their arguments, call library functions and turn library
errors into one clear message and a non-zero exit code:

- 0: everything went well;
- 1: some input could not be read or some output failed (the run went on);
- 2: bad usage, a missing model, or nothing could be done.
"""

from __future__ import annotations

import json
import logging
import os
import sys
import time
from collections.abc import Iterable, Iterator
from pathlib import Path

import click

from extract.errors import ExtractError, InputError, ModelNotFoundError
from extract.pipeline import DEFAULT_MODEL

from .errors import GraphError
from .store_cli import add_store_option, push, query, validate

__all__ = ["main"]

logger = logging.getLogger("newsgraph")

#: Files every build writes, beside the ones --format adds.
BUILD_OUTPUTS = ("graph.json", "graph.ttl", "graph.trig", "graph.html")


class _StderrHandler(logging.Handler):
    def emit(self, record: logging.LogRecord) -> None:
        level = "warning" if record.levelno == logging.WARNING else record.levelname.lower()
        click.echo(f"newsgraph: {level}: {record.getMessage()}", err=True)


def _setup_logging(quiet: bool) -> None:
    if not any(isinstance(h, _StderrHandler) for h in logger.handlers):
        logger.addHandler(_StderrHandler())
    logger.setLevel(logging.ERROR if quiet else logging.WARNING)
    logger.propagate = False


class RunStats:
    """Counts of a run: documents read and skipped, words, errors."""

    def __init__(self, *, strict: bool) -> None:
        self.strict = strict
        self.read = 0
        self.skipped = 0
        self.words = 0
        self.errors: list[str] = []

    def on_error(self, err: InputError) -> None:
        self.skipped += 1
        self.errors.append(str(err))
        logger.error("%s", err)


def _documents(inputs, stats: RunStats, *, default_date: str | None):
    from dataclasses import replace

    from extract.documents import read_documents

    for doc in read_documents(inputs, strict=stats.strict, on_error=stats.on_error):
        stats.read += 1
        if default_date and not doc.date:
            doc = replace(doc, date=default_date)
        yield doc


def _progress(facts: Iterable, stats: RunStats, *, quiet: bool) -> Iterator:
    """Show documents/s and words/s on stderr, when it is a terminal."""
    from tqdm import tqdm

    disable = quiet or not sys.stderr.isatty()
    started = time.perf_counter()
    with tqdm(unit="doc", file=sys.stderr, disable=disable, dynamic_ncols=True) as bar:
        for item in facts:
            stats.words += len(item.document.text.split())
            bar.update(1)
            if not disable:
                elapsed = max(time.perf_counter() - started, 1e-9)
                bar.set_postfix_str(f"{stats.words / elapsed:,.0f} words/s", refresh=False)
            yield item


def _load_nlp(model: str):
    from extract.pipeline import load_pipeline

    try:
        return load_pipeline(model)
    except ModelNotFoundError as err:
        raise click.UsageError(str(err)) from err


def _fail_on_library_errors(func):
    """Turn library errors into one clear message and exit code."""
    import functools

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        try:
            return func(*args, **kwargs)
        except InputError as err:  # raised under --strict
            click.echo(f"newsgraph: error: {err} (stopped: --strict)", err=True)
            sys.exit(1)
        except (ExtractError, GraphError) as err:
            click.echo(f"newsgraph: error: {err}", err=True)
            sys.exit(2)
        except OSError as err:
            click.echo(f"newsgraph: error: {err.filename or ''}: {err.strerror or err}", err=True)
            sys.exit(1)

    return wrapper


_input_args = click.argument("inputs", nargs=-1, required=True, metavar="INPUT...")
_model_opt = click.option(
    "--model", default=DEFAULT_MODEL, show_default=True, help="Installed spaCy pipeline (name or path)."
)
_strict_opt = click.option("--strict", is_flag=True, help="Stop at the first document that cannot be read.")
_quiet_opt = click.option("-q", "--quiet", is_flag=True, help="No progress bar and no warnings.")
_date_opt = click.option(
    "--date", "default_date", metavar="YYYY-MM-DD", help="Date of documents that do not give one."
)
def _usable_cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


_workers_opt = click.option(
    "--workers", type=click.IntRange(min=1), default=None,
    help="Parser processes (nlp.pipe n_process). Default: the usable cores, at most 4, "
         "since each process holds its own copy of the model.",
)
_batch_opt = click.option("--batch-size", type=click.IntRange(min=1), default=32, show_default=True,
                          help="Documents per nlp.pipe batch.")
_dask_opt = click.option(
    "--dask", "dask_scheduler", metavar="ADDRESS",
    help="Extract on this Dask distributed scheduler (tcp://host:8786) instead of locally.",
)
_partition_opt = click.option(
    "--partition-size", type=click.IntRange(min=1), default=64, show_default=True,
    help="Documents per Dask task (with --dask).",
)




def _extraction_options(command):
    """The options every command that extracts takes."""
    for option in reversed((_model_opt, _strict_opt, _quiet_opt, _date_opt, _workers_opt, _batch_opt, _dask_opt,
                               _partition_opt)):
        command = option(command)
    return command


def _start_documents(inputs, *, model, strict, quiet, default_date):
    """Check the options, then return the run's counts and its lazy stream of documents.

    Returns the loaded pipeline too: loading it here checks the model
    before any work starts.
    """
    _setup_logging(quiet)
    _check_date(default_date)
    nlp = _load_nlp(model)
    stats = RunStats(strict=strict)
    return stats, _documents(inputs, stats, default_date=default_date), nlp


def _start_extraction(inputs, *, model, strict, quiet, default_date, workers, batch_size, dask_scheduler,
                      partition_size):
    """Check the options, then return the run's counts and its lazy stream of facts.

    The facts are extracted here, or on a Dask cluster with ``--dask``.
    """
    stats, documents, nlp = _start_documents(inputs, model=model, strict=strict, quiet=quiet,
                                             default_date=default_date)
    if dask_scheduler:
        from .distributed import extract_facts_dask

        facts = extract_facts_dask(documents, scheduler=dask_scheduler, model=model, batch_size=batch_size,
                                   partition_size=partition_size)
    else:
        from extract.facts import extract_facts

        if workers is None:
            workers = min(_usable_cores(), 4)
        facts = extract_facts(documents, nlp=nlp, batch_size=batch_size, n_process=workers)
    return stats, facts


def _check_date(value: str | None) -> None:
    if value is None:
        return
    from datetime import date

    try:
        date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date of the form YYYY-MM-DD", param_hint="--date")


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="newsgraph")
def main() -> None:
    """Turn news articles into a knowledge graph of who did what to whom."""


@main.command()
@_input_args
@click.option("-o", "--out", "out_dir", type=click.Path(file_okay=False, path_type=Path),
              help="Output folder for graph.json, graph.ttl, graph.trig and graph.html "
                   "(required, unless --bulk-dir).")
@click.option("--format", "formats", multiple=True, metavar="FORMAT",
              help="Also write graph.<ext> in this RDF format (nt, nq, jsonld, xml, ...). Repeatable.")
@click.option("--max-nodes", type=click.IntRange(min=1), default=2000, show_default=True,
              help="Largest number of entities the HTML page draws.")
@click.option("--bulk-dir", type=click.Path(file_okay=False, path_type=Path), metavar="DIR",
              help="With --dask, instead of -o: each worker writes its partition's N-Quads to "
                   "DIR/part-NNNNN.nq on its own file system, for a triple store's bulk loader; "
                   "no fact comes back.")
@_extraction_options
@add_store_option
@_fail_on_library_errors
def build(inputs, out_dir, formats, max_nodes, bulk_dir, model, strict, quiet, default_date, workers,
          batch_size, dask_scheduler, partition_size, store):
    """Build the graph of INPUT files, folders or - (stdin) into OUT.

    \b
    Examples:
      newsgraph build examples/ -o out
      newsgraph build examples/ --dask tcp://scheduler:8786 --bulk-dir parts
    """
    from .model import KnowledgeGraph
    from .rdf import rdf_format

    if bulk_dir is not None:
        for given, name in ((out_dir, "-o/--out"), (formats, "--format"), (store, "--store")):
            if given:
                raise click.UsageError(f"--bulk-dir and {name} exclude each other: with --bulk-dir the "
                                       f"facts stay on the Dask workers, which write N-Quads parts")
        if not dask_scheduler:
            raise click.UsageError("--bulk-dir needs --dask ADDRESS: the Dask workers write the parts")
        _build_bulk(inputs, bulk_dir, model=model, strict=strict, quiet=quiet, default_date=default_date,
                    batch_size=batch_size, dask_scheduler=dask_scheduler, partition_size=partition_size)
    if out_dir is None:
        raise click.UsageError("missing option -o/--out (or --bulk-dir with --dask)")
    if out_dir.is_dir():
        _setup_logging(quiet)
        _finish_interrupted_outputs(out_dir)
    extra = []
    for name in formats:
        try:
            extra.append(rdf_format(name).name)
        except GraphError as err:
            raise click.BadParameter(str(err), param_hint="--format")
    stats, facts = _start_extraction(
        inputs, model=model, strict=strict, quiet=quiet, default_date=default_date, workers=workers,
        batch_size=batch_size, dask_scheduler=dask_scheduler, partition_size=partition_size,
    )
    kg = KnowledgeGraph()

    def merged(items):
        for item in items:
            kg.add(item)
            yield item

    stream = merged(_progress(facts, stats, quiet=quiet))
    if store:
        from .store import load_into_store

        # Each document is committed to the store as soon as it is extracted.
        store_report = load_into_store(stream, store)
    else:
        store_report = None
        for _ in stream:
            pass
    if stats.read == 0:
        click.echo("newsgraph: error: no document could be read; nothing was written", err=True)
        sys.exit(2 if stats.skipped == 0 else 1)

    written = _write_outputs(kg, out_dir, extra=extra, max_nodes=max_nodes)
    _print_summary(kg, stats, written)
    if store_report is not None:
        click.echo(f"store {store}: {len(store_report.added)} graphs added, "
                   f"{len(store_report.replaced)} replaced, {store_report.triples} triples written")
    sys.exit(1 if stats.skipped else 0)


def _build_bulk(inputs, bulk_dir: Path, *, model, strict, quiet, default_date, batch_size, dask_scheduler,
                partition_size):
    """``build --dask ADDRESS --bulk-dir DIR``: the workers write N-Quads parts; print what they wrote."""
    from tqdm import tqdm

    from .distributed import write_nquads_dask

    stats, documents, _ = _start_documents(inputs, model=model, strict=strict, quiet=quiet,
                                           default_date=default_date)
    parts = []
    disable = quiet or not sys.stderr.isatty()
    with tqdm(unit="doc", file=sys.stderr, disable=disable, dynamic_ncols=True) as bar:
        for part in write_nquads_dask(documents, bulk_dir, scheduler=dask_scheduler, model=model,
                                      partition_size=partition_size, batch_size=batch_size):
            parts.append(part)
            bar.update(part.documents)
    if stats.read == 0:
        click.echo("newsgraph: error: no document could be read; nothing was written", err=True)
        sys.exit(2 if stats.skipped == 0 else 1)
    click.echo(f"documents: {stats.read} read, {stats.skipped} skipped")
    click.echo(f"relations: {sum(p.relations for p in parts)}")
    click.echo(f"parts:     {len(parts)} N-Quads files, {sum(p.quads for p in parts)} quads")
    for part in parts:
        click.echo(f"wrote {part.path} ({part.documents} documents, {part.quads} quads)")
    sys.exit(1 if stats.skipped else 0)


def _write_outputs(kg, out_dir: Path, *, extra: list[str], max_nodes: int) -> list[Path]:
    """Write every output of a build into ``out_dir`` as one set: all new, or all as they were.

    Each file is written whole to a hidden staging folder first, and only
    when all are written are they renamed into place, so a full disk or
    any other error part way leaves every previous output untouched.
    """
    from .html import write_html
    from .io import staged_writes
    from .model import write_json
    from .rdf import rdf_format, write_rdf

    out_dir.mkdir(parents=True, exist_ok=True)
    _finish_interrupted_outputs(out_dir)
    with staged_writes(out_dir, prefix=_STAGING_PREFIX) as files:
        write_json(kg, files.path("graph.json"))
        for name in ("turtle", "trig", *extra):
            fmt = rdf_format(name)
            filename = f"graph{fmt.extensions[0]}"
            if out_dir / filename not in files.targets:
                write_rdf(kg, files.path(filename), format=fmt.name)
        write_html(kg, files.path("graph.html"), max_nodes=max_nodes)
    return files.targets


#: Name prefix of the hidden folder where a build stages its outputs.
_STAGING_PREFIX = ".graph-staging-"


def _finish_interrupted_outputs(out_dir: Path) -> None:
    """Leave the outputs of a build that was killed while writing them as one set again.

    If the kill came after every file was written, the renames it did not
    do are done now (the set is all new); if it came earlier, what it
    staged is removed (the set is all old).
    """
    from .io import finish_staged_writes

    # A temporary file of a single atomic write; never a finished output.
    for stale in out_dir.glob(".graph.*.tmp"):
        stale.unlink(missing_ok=True)
    for path in finish_staged_writes(out_dir, prefix=_STAGING_PREFIX):
        logger.warning("%s: put in place from an earlier build, stopped after it had written all its "
                       "outputs", path)


def _print_summary(kg, stats: RunStats, written: list[Path]) -> None:
    summary = kg.summary()
    click.echo(f"documents: {stats.read} read, {stats.skipped} skipped")
    concepts = summary["entity_types"].get("CONCEPT", 0)
    click.echo(f"entities:  {summary['entities']} ({summary['entities'] - concepts} named, "
               f"{concepts} concepts)")
    click.echo(f"relations: {summary['relations']} ({summary['evidence']} pieces of evidence)")
    nodes = kg.graph.nodes
    top = [(key, n) for key, n in kg.top_entities(20) if nodes[key]["type"] != "CONCEPT"][:10]
    if top:
        click.echo("top entities: " + ", ".join(f"{nodes[key]['label']} ({n})" for key, n in top))
    for path in written:
        click.echo(f"wrote {path}")


@main.command(name="extract")
@_input_args
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path),
              help="Write the JSON lines to this file (atomically) instead of stdout.")
@_extraction_options
@_fail_on_library_errors
def extract_cmd(inputs, output, model, strict, quiet, default_date, workers, batch_size, dask_scheduler,
                partition_size):
    """Print the relations of INPUT files, folders or - as JSON lines.

    \b
    Example:
      newsgraph extract examples/000_cf6d06de7cd53657.txt
    """
    from extract.records import relation_record

    from .io import atomic_write

    stats, facts = _start_extraction(
        inputs, model=model, strict=strict, quiet=quiet, default_date=default_date, workers=workers,
        batch_size=batch_size, dask_scheduler=dask_scheduler, partition_size=partition_size,
    )

    def write_lines(stream) -> int:
        count = 0
        for item in _progress(facts, stats, quiet=quiet):
            for relation in item.relations:
                stream.write(json.dumps(relation_record(relation), ensure_ascii=False) + "\n")
                count += 1
        return count

    if output is None:
        count = write_lines(sys.stdout)
    else:
        with atomic_write(output) as stream:
            count = write_lines(stream)
    if not quiet:
        click.echo(f"newsgraph: {stats.read} documents read, {stats.skipped} skipped, "
                   f"{count} relations", err=True)
    sys.exit(1 if stats.skipped or stats.read == 0 else 0)


@main.command()
@click.argument("source", default="-", type=click.File("r", encoding="utf-8", errors="replace"))
@_model_opt
@_fail_on_library_errors
def triples(source, model):
    """Print open triples of one sentence per line of SOURCE (default stdin).

    Each line printed is `sentence<TAB>confidence<TAB>relation<TAB>arg1<TAB>arg2[...]`,
    the layout in which Open IE systems are compared, with the sentence as read.
    """
    from extract.openie import format_triple, triples_from_sentences

    nlp = _load_nlp(model)
    lines = (line.rstrip("\n").rstrip("\r") for line in source)
    for triple in triples_from_sentences(lines, nlp=nlp):
        click.echo(format_triple(triple))


main.add_command(query)
main.add_command(push)
main.add_command(validate)


if __name__ == "__main__":  # pragma: no cover
    main()
