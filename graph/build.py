"""The build as a library function: documents in, a graph and its outputs out.

:func:`build` is what ``newsgraph build`` calls, and what a notebook calls:

- it reads the documents (files, folders, JSON lines, ``-``, web pages,
  feeds, WARC files and URLs: :mod:`extract.web`), counting the ones it
  skips, and the syndicated copies of pages it read (:mod:`graph.polling`);
- a runner (:mod:`graph.runners`: this machine or a Dask cluster) extracts
  their facts, which are merged into one :class:`~graph.model.KnowledgeGraph`;
- with ``store``, each document's named graph is committed to the
  embedded store as soon as it is extracted;
- the outputs (:mod:`graph.formats`) are written into ``out`` as one set:
  each file is staged whole, and only when all are written are they
  renamed into place, so a failure part way leaves every previous output
  as it was; what an interrupted earlier build left is recovered first.

It returns a :class:`BuildReport` and raises library errors only; the
command line maps them to exit codes (:mod:`graph.cli`).

:func:`read_facts` is the same reading and extraction without the graph,
for callers that want the facts themselves (``newsgraph extract``).
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from .errors import BuildError, NothingReadError

__all__ = ["BUILD_OUTPUTS", "BUILD_FORMATS", "BuildReport", "FactStream", "build", "read_facts",
           "finish_interrupted_outputs", "write_outputs"]

logger = logging.getLogger("newsgraph")

#: The formats every build writes, in this order; extra ones go before the page.
BUILD_FORMATS = ("json", "turtle", "trig", "html")
#: Files every build writes.
BUILD_OUTPUTS = ("graph.json", "graph.ttl", "graph.trig", "graph.html")

#: Name prefix of the hidden folder where a build stages its outputs.
_STAGING_PREFIX = ".graph-staging-"
_TOP = 10  # named entities in the report


@dataclass(frozen=True, slots=True)
class BuildReport:
    """What :func:`build` did.

    Attributes
    ----------
    documents_read, documents_skipped : int
        Documents extracted, and documents that could not be read.
    words : int
        Words (whitespace-separated) of the documents read.
    errors : tuple of str
        One message per skipped document (file and line).
    entities, concepts, relations, evidence : int
        Nodes of the graph, of which concepts; edges; pieces of evidence.
    top_entities : tuple of (str, int)
        The most connected named entities, label and degree, at most 10.
    linked : int
        Named entities linked to Wikidata (a ``wikidata`` QID).
    written : tuple of pathlib.Path
        The outputs written, in order.
    recovered : tuple of pathlib.Path
        Outputs of an earlier, interrupted build put in place first.
    store : graph.store.LoadReport or None
        What the load into the store did (with ``store``).
    parts : tuple of graph.runners.NQuadsPart
        What the Dask workers wrote (with ``bulk_dir``).
    copies : int
        Web pages not read because they are syndicated copies of a page
        read before; the original's document lists them (``copies``).
    pages_skipped : tuple of (str, int)
        Web pages and records passed over, by reason ("not English",
        "not an article", "robots.txt", "already held", ...): counted, not errors.
    graph : KnowledgeGraph or None
        The merged graph (None with ``bulk_dir``).
    """

    documents_read: int = 0
    documents_skipped: int = 0
    words: int = 0
    errors: tuple[str, ...] = ()
    entities: int = 0
    concepts: int = 0
    relations: int = 0
    evidence: int = 0
    top_entities: tuple[tuple[str, int], ...] = ()
    linked: int = 0
    written: tuple[Path, ...] = ()
    recovered: tuple[Path, ...] = ()
    store: Any = None
    parts: tuple[Any, ...] = ()
    copies: int = 0
    pages_skipped: tuple[tuple[str, int], ...] = ()
    graph: Any = field(default=None, repr=False, compare=False)

    @property
    def ok(self) -> bool:
        """True when every document was read."""
        return self.documents_skipped == 0

    @property
    def named_entities(self) -> int:
        return self.entities - self.concepts


class FactStream:
    """The facts of documents as they are read and extracted, with the run's counts.

    Iterate it once; ``read``, ``skipped``, ``words`` and ``errors`` grow as
    it goes. Made by :func:`read_facts`.
    """

    def __init__(self, inputs, *, runner, strict: bool, default_date: str | None,
                 on_error: Callable | None, progress: Callable | None, web=None) -> None:
        self.read = 0
        self.skipped = 0
        self.words = 0
        self.errors: list[str] = []
        self._inputs = inputs
        self._runner = runner
        self._strict = strict
        self._default_date = default_date
        self._on_error = on_error
        self._progress = progress
        #: The web side (:class:`graph.polling.WebSession`): reader, copies, poll state.
        self.web = web

    def _skip(self, err) -> None:
        self.skipped += 1
        self.errors.append(str(err))
        if self._on_error is not None:
            self._on_error(err)
        else:  # as read_documents does by default
            logger.warning("%s", err)

    def documents(self) -> Iterator:
        """The documents, read lazily and counted (the runner's input)."""
        from extract.documents import read_documents

        web = self.web
        reader = web.reader if web is not None else None
        for doc in read_documents(self._inputs, strict=self._strict, on_error=self._skip, web=reader):
            if web is not None and web.copy_of(doc) is not None:
                continue
            self.read += 1
            if self._default_date and not doc.date:
                doc = replace(doc, date=self._default_date)
            yield doc

    def __iter__(self) -> Iterator:
        for item in self._runner.facts(self.documents()):
            self.words += len(item.document.text.split())
            if self._progress is not None:
                self._progress(item)
            yield item


def _check_date(value: str | None) -> None:
    if value is None:
        return
    from datetime import date

    try:
        date.fromisoformat(value)
    except (TypeError, ValueError):
        raise BuildError(f"default_date: {value!r} is not a date of the form YYYY-MM-DD") from None


def read_facts(
    inputs: str | os.PathLike | Iterable[str | os.PathLike],
    *,
    runner=None,
    strict: bool = False,
    default_date: str | None = None,
    on_error: Callable | None = None,
    progress: Callable | None = None,
    web=None,
) -> FactStream:
    """Read ``inputs`` and extract their facts with ``runner``, lazily.

    The runner is prepared (its model loaded) here, before any document
    is read. Parameters as for :func:`build`.

    Raises
    ------
    BuildError
        If ``default_date`` is not a date.
    extract.errors.ModelNotFoundError
        If the runner's model is not installed.
    """
    _check_date(default_date)
    if runner is None:
        from .runners import LocalRunner

        runner = LocalRunner()
    runner.prepare()
    if web is None:
        from .polling import WebSession

        web = WebSession()
    return FactStream(inputs, runner=runner, strict=strict, default_date=default_date, on_error=on_error,
                      progress=progress, web=web)


def _formats(formats: Iterable) -> list:
    """The formats named (or given), each file once, in order."""
    from .formats import OutputFormat, output_format

    if isinstance(formats, str):
        formats = (formats,)
    chosen: dict[str, Any] = {}
    for name in formats:
        fmt = name if isinstance(name, OutputFormat) else output_format(name)
        chosen.setdefault(fmt.filename, fmt)
    return list(chosen.values())


def build(
    inputs: str | os.PathLike | Iterable[str | os.PathLike],
    out: str | os.PathLike | None = None,
    *,
    formats: Iterable[str] = BUILD_FORMATS,
    store: str | os.PathLike | None = None,
    runner=None,
    on_error: Callable | None = None,
    progress: Callable | None = None,
    strict: bool = False,
    default_date: str | None = None,
    max_nodes: int = 2000,
    bulk_dir: str | os.PathLike | None = None,
    fetch=None,
) -> BuildReport:
    """Build the graph of ``inputs``; write its outputs to ``out`` and load it into ``store``.

    Parameters
    ----------
    inputs : path, URL, ``"-"`` or iterable of them
        Files, folders, ``http(s)://`` URLs of pages and feeds, and ``-``
        (see :func:`extract.documents.read_documents`). Web pages that are
        syndicated copies of one read before are not read: they are
        counted (``copies``) and listed under the original's ``copies``.
    out : path, optional
        Output folder (created); None writes no file (the graph is in the
        report).
    formats : iterable of str
        Names of :data:`graph.formats.OUTPUT_FORMATS`, written as
        ``graph.<ext>`` (or the folder ``neo4j`` for ``csv``) in this order
        (a file named twice is written once).
    store : path, optional
        Embedded store folder: each document's graph is committed as soon
        as it is extracted.
    runner : graph.runners.LocalRunner or graph.runners.DaskRunner, optional
        Where facts are extracted; a :class:`~graph.runners.LocalRunner`
        by default.
    on_error : callable, optional
        Called with each :class:`extract.errors.InputError` of a skipped
        document (``strict`` false); by default it is logged as a warning.
    progress : callable, optional
        Called with each document's facts as they are extracted (or each
        :class:`~graph.runners.NQuadsPart` with ``bulk_dir``).
    strict : bool
        Stop at the first document that cannot be read.
    default_date : str, optional
        ``YYYY-MM-DD`` date of documents that do not give one.
    max_nodes : int
        Largest number of entities the HTML page draws.
    bulk_dir : path, optional
        With a :class:`~graph.runners.DaskRunner`, instead of ``out``: the
        workers write N-Quads parts there; no fact comes back.
    fetch : extract.web.FetchPolicy, optional
        How URLs and the links of feeds are fetched (timeout, delay per
        host, size caps, ``allow_private``). With ``store``, the poll state
        beside it (:mod:`graph.polling`) makes a feed built again fetch
        only pages the store does not hold, and finds copies across runs.

    Returns
    -------
    BuildReport

    Raises
    ------
    NothingReadError
        No document could be read and ``out``, ``store`` or ``bulk_dir``
        was given: nothing was written; ``report`` holds the counts.
    graph.errors.FormatError
        An unknown format name (the message lists the valid ones).
    BuildError
        Bad arguments (``bulk_dir`` without a Dask runner or with ``out``,
        a bad ``default_date``).
    extract.errors.InputError
        Under ``strict``, for the first document that cannot be read.
    extract.errors.ModelNotFoundError
        The runner's model is not installed.
    OSError
        An output cannot be written (naming the file); previous outputs
        are kept.
    """
    chosen = _formats(formats)
    if bulk_dir is not None:
        return _build_parts(inputs, bulk_dir, out=out, store=store, runner=runner, on_error=on_error,
                            progress=progress, strict=strict, default_date=default_date)
    recovered: list[Path] = []
    if out is not None and Path(out).is_dir():
        recovered += finish_interrupted_outputs(out)
    from .polling import WebSession

    web = WebSession(fetch, store)
    stream = read_facts(inputs, runner=runner, strict=strict, default_date=default_date, on_error=on_error,
                        progress=progress, web=web)
    kg, store_report = _merge(stream, store)
    return _finish(kg, stream, web, runner=runner, out=out, store=store, store_report=store_report,
                   formats=chosen, max_nodes=max_nodes, recovered=recovered)


def _merge(stream: FactStream, store) -> tuple:
    """Merge the facts of ``stream`` into a new graph, committing each document to ``store`` as it comes.

    Returns ``(graph, store report or None)``.
    """
    from .model import KnowledgeGraph

    kg = KnowledgeGraph()

    def merged() -> Iterator:
        for item in stream:
            kg.add(item)
            yield item

    store_report = None
    if store is not None:
        from .store import load_into_store

        store_report = load_into_store(merged(), store)
    else:
        for _ in merged():
            pass
    return kg, store_report


def _finish(kg, stream: FactStream, web, *, runner, out, store, store_report, formats: list, max_nodes: int,
            recovered: list[Path]) -> BuildReport:
    """After merging: join names, record copies, save the poll state and write the outputs."""
    _join_entities(kg, runner, store)
    web.record_copies(kg)
    web.store_copies()
    report = _report(kg, stream, store=store_report)
    if stream.read == 0 and _nothing_new(report) and store is not None:
        web.save()
        return report  # a poll that found nothing new: the outputs stay as they were (failures still count)
    if stream.read == 0 and (out is not None or store is not None):
        raise NothingReadError(report)
    web.save()
    if out is not None:
        written, more = write_outputs(kg, out, formats=formats, max_nodes=max_nodes)
        report = replace(report, written=tuple(written), recovered=tuple(recovered + more))
    return report


def _join_entities(kg, runner, store) -> None:
    """Join short names to the one full name the whole graph holds (:mod:`graph.joins`);
    the store reloads the named graphs of the documents that changed."""
    from extract.lexicon import get_lexicon

    from .joins import document_graph_quads, join_entities

    lexicon = (getattr(runner, "options", None) or {}).get("lexicon") or get_lexicon()
    _, changed = join_entities(kg, lexicon=lexicon)
    if store is not None and changed:
        from .store import load_into_store
        from .store.terms import oxigraph_quads

        load_into_store(oxigraph_quads(document_graph_quads(kg, changed)), store)


def _nothing_new(report: BuildReport) -> bool:
    """True when a poll found pages, but every one was held already or a copy (failures aside)."""
    passed = dict(report.pages_skipped)
    return bool(report.copies or passed.get("already held") or passed.get("not modified"))


def _report(kg, stream: FactStream, *, store=None) -> BuildReport:
    summary = kg.summary()
    nodes = kg.graph.nodes
    top = [(nodes[key]["label"], n) for key, n in kg.top_entities(20) if nodes[key]["type"] != "CONCEPT"]
    return BuildReport(
        documents_read=stream.read, documents_skipped=stream.skipped, words=stream.words,
        errors=tuple(stream.errors), entities=summary["entities"],
        concepts=summary["entity_types"].get("CONCEPT", 0), relations=summary["relations"],
        evidence=summary["evidence"], top_entities=tuple(top[:_TOP]), store=store, graph=kg,
        copies=len(stream.web.copies) if stream.web else 0,
        pages_skipped=tuple(stream.web.skipped.items()) if stream.web else (),
        linked=sum(1 for _, attrs in nodes(data=True) if attrs.get("wikidata") and attrs["type"] != "CONCEPT"),
    )


def _build_parts(inputs, bulk_dir, *, out, store, runner, on_error, progress, strict, default_date) -> BuildReport:
    """``bulk_dir``: the Dask workers write N-Quads parts; report what they wrote."""
    from .runners import DaskRunner

    for given, name in ((out, "out"), (store, "store")):
        if given is not None:
            raise BuildError(f"bulk_dir and {name} exclude each other: with bulk_dir the facts stay on the "
                             f"Dask workers, which write N-Quads parts")
    if not isinstance(runner, DaskRunner):
        raise BuildError("bulk_dir needs a DaskRunner: the Dask workers write the parts")
    stream = read_facts(inputs, runner=runner, strict=strict, default_date=default_date, on_error=on_error)
    parts = []
    for part in runner.write_parts(stream.documents(), bulk_dir):
        parts.append(part)
        if progress is not None:
            progress(part)
    report = BuildReport(documents_read=stream.read, documents_skipped=stream.skipped,
                         errors=tuple(stream.errors), relations=sum(p.relations for p in parts),
                         parts=tuple(parts))
    if stream.read == 0:
        raise NothingReadError(report)
    return report


def write_outputs(kg, out: str | os.PathLike, *, formats: Iterable = BUILD_FORMATS,
                  max_nodes: int = 2000) -> tuple[list[Path], list[Path]]:
    """Write every output of a build into ``out`` as one set: all new, or all as they were.

    Each file is written whole to a hidden staging folder first, and only
    when all are written are they renamed into place, so a full disk or
    any other error part way leaves every previous output untouched.

    Returns
    -------
    (written, recovered)
        The outputs written, and those of an interrupted earlier build put
        in place before.
    """
    from .formats import write_graph
    from .io import staged_writes

    chosen = _formats(formats)
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    recovered = finish_interrupted_outputs(out)
    with staged_writes(out, prefix=_STAGING_PREFIX) as files:
        for fmt in chosen:
            if fmt.folder is not None:  # a folder of files, staged one by one
                staged = [files.path(f"{fmt.folder}/{name}") for name in fmt.files]
                write_graph(kg, staged[0].parent, format=fmt.name, max_nodes=max_nodes)
            else:
                write_graph(kg, files.path(fmt.filename), format=fmt.name, max_nodes=max_nodes)
    return files.targets, recovered


def finish_interrupted_outputs(out: str | os.PathLike) -> list[Path]:
    """Leave the outputs of a build that was killed while writing them as one set again.

    If the kill came after every file was written, the renames it did not
    do are done now (the set is all new; each is logged as a warning and
    returned); if it came earlier, what it staged is removed (the set is
    all old).
    """
    from .io import finish_staged_writes

    out = Path(out)
    # A temporary file of a single atomic write; never a finished output.
    for stale in out.glob(".graph.*.tmp"):
        stale.unlink(missing_ok=True)
    done = finish_staged_writes(out, prefix=_STAGING_PREFIX)
    for path in done:
        logger.warning("%s: put in place from an earlier build, stopped after it had written all its "
                       "outputs", path)
    return done
