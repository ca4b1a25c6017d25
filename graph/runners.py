"""Runners: where a build extracts its facts (this machine, or a Dask cluster).

A runner turns a stream of :class:`~extract.types.Document` into a stream
of :class:`~extract.types.DocumentFacts`, in input order; the caller
(:func:`graph.build.build`, or anyone) chooses it:

- :class:`LocalRunner`: spaCy's ``nlp.pipe`` here, on ``workers``
  processes. It loads the pipeline on :meth:`~LocalRunner.prepare`, so a
  missing model is reported before any work starts.
- :class:`DaskRunner`: the documents go to the workers of a Dask
  distributed cluster in partitions; each worker process loads the spaCy
  pipeline once (:func:`extract.pipeline.load_pipeline` is cached per
  process). This machine never loads the model. Either the workers return
  plain facts (:meth:`~DaskRunner.facts`, merged here in input order, so
  the graph equals the one-machine build), or they turn their partition's
  facts into N-Quads themselves and write them, atomically, to
  ``part-NNNNN.nq`` on their own file system, for a triple store's bulk
  loader (:meth:`~DaskRunner.write_parts`); only a small
  :class:`NQuadsPart` summary comes back.

Both limit numpy's BLAS to ``blas_threads`` threads per process
(:func:`extract.pipeline.limit_blas_threads`): the parallelism comes from
the processes. Only a bounded number of Dask partitions is in flight at
once, so memory stays flat however long the input is.

Why the parts add up to the one-machine build: every article's facts live
in the article's own named graph, which holds only what that article says,
entity labels, types and appearances included (see "RDF principles" in
``docs/ARCHITECTURE.md``). The quads of an article therefore do not depend
on any other article, and the union of the parts is exactly the N-Quads of
the one-machine build: every quad is in exactly one part. An entity named
in articles of several partitions is described (label, type, aliases) in
each of their graphs, so in several parts, just as the one-machine build
repeats it in each article's graph; a query over the union of the graphs
(or a triple-only export) sees each such triple once, since triples are a
set. Two documents with the same id in different partitions are the one
exception: the one-machine build keeps the later, the parts keep both.
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import Any, Protocol, runtime_checkable

from extract.pipeline import DEFAULT_MODEL
from extract.types import Document, DocumentFacts

from .errors import GraphError

__all__ = ["Runner", "LocalRunner", "DaskRunner", "NQuadsPart", "PART_NAME", "extract_facts_dask",
           "write_nquads_dask", "usable_cores"]

#: File name of the N-Quads of the partition numbered ``index`` (from 0, in input order).
PART_NAME = "part-{index:05d}.nq"


@dataclass(frozen=True, slots=True)
class NQuadsPart:
    """What a worker wrote for one partition of documents.

    Attributes
    ----------
    index : int
        The partition's number, from 0, in input order.
    path : str
        The file written, on the worker's file system.
    documents : int
        Documents in the partition.
    relations : int
        Relations (pieces of evidence) extracted from them.
    quads : int
        Quads written (one per line).
    """

    index: int
    path: str
    documents: int
    relations: int
    quads: int


def _extract_partition(documents: list[Document], model: str, batch_size: int,
                       blas_threads: int | None = 1) -> list[DocumentFacts]:
    """Run on a worker: extract a partition with the worker's cached pipeline."""
    from extract.facts import extract_facts
    from extract.pipeline import limit_blas_threads, load_pipeline

    if blas_threads is not None:
        limit_blas_threads(blas_threads)
    return list(extract_facts(documents, nlp=load_pipeline(model), batch_size=batch_size))


def _write_partition(documents: list[Document], model: str, batch_size: int, directory: str,
                     index: int, blas_threads: int | None = 1) -> NQuadsPart:
    """Run on a worker: extract a partition and write its N-Quads, atomically."""
    from .formats.rdf import to_rdf_bytes
    from .io import atomic_write
    from .model import KnowledgeGraph, edge_facts

    facts = _extract_partition(documents, model, batch_size, blas_threads)
    kg = KnowledgeGraph(facts)
    data = to_rdf_bytes(kg, format="nquads")
    folder = Path(directory)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / PART_NAME.format(index=index)
    with atomic_write(path, "wb") as handle:
        handle.write(data)
    return NQuadsPart(index=index, path=str(path), documents=len(documents),
                      relations=sum(len(edge_facts(item).relations) for item in facts), quads=data.count(b"\n"))


def _partitions(documents: Iterable[Document], size: int) -> Iterator[list[Document]]:
    it = iter(documents)
    while part := list(islice(it, size)):
        yield part


def _map_partitions(
    documents: Iterable[Document],
    task: Callable,
    args: tuple,
    *,
    scheduler,
    partition_size: int,
    in_flight: int | None,
    with_index: bool = False,
    blas_threads: int | None = 1,
) -> Iterator:
    """Yield ``task(partition, *args[, index])`` of each partition, in input order."""
    from distributed import Client

    if partition_size < 1:
        raise GraphError(f"partition_size must be at least 1, got {partition_size}")
    if in_flight is not None and in_flight < 1:
        raise GraphError(f"in_flight must be at least 1, got {in_flight}")
    own_client = not isinstance(scheduler, Client)
    if own_client:
        try:
            client = Client(scheduler, timeout="10s")
        except (OSError, TimeoutError) as err:
            raise GraphError(f"cannot reach the Dask scheduler at {scheduler}: {err}") from err
    else:
        client = scheduler
    try:
        if in_flight is None:
            threads = sum(client.nthreads().values()) or 1
            in_flight = 2 * threads
        pending: deque = deque()
        for index, part in enumerate(_partitions(documents, partition_size)):
            extra = (index,) if with_index else ()
            pending.append(client.submit(task, part, *args, *extra, blas_threads=blas_threads, pure=False))
            if len(pending) >= in_flight:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()
    finally:
        if own_client:
            client.close()


def extract_facts_dask(
    documents: Iterable[Document],
    *,
    scheduler,
    model: str = DEFAULT_MODEL,
    partition_size: int = 64,
    batch_size: int = 32,
    in_flight: int | None = None,
    blas_threads: int | None = 1,
) -> Iterator[DocumentFacts]:
    """Yield the facts of ``documents``, extracted on a Dask cluster.

    Parameters
    ----------
    documents : iterable of Document
        Read lazily, a partition at a time.
    scheduler : str or distributed.Client
        The scheduler's address (``tcp://host:8786``) or a connected client.
    model : str
        The spaCy pipeline each worker loads (it must be installed there).
    partition_size : int
        Documents per task.
    in_flight : int, optional
        Partitions submitted but not yet yielded; twice the number of worker
        threads by default.
    blas_threads : int or None
        numpy BLAS threads per worker process (None: leave them be).

    Raises
    ------
    GraphError
        If the scheduler cannot be reached.
    """
    for facts in _map_partitions(documents, _extract_partition, (model, batch_size), scheduler=scheduler,
                                 partition_size=partition_size, in_flight=in_flight,
                                 blas_threads=blas_threads):
        yield from facts


def write_nquads_dask(
    documents: Iterable[Document],
    directory: str | os.PathLike,
    *,
    scheduler,
    model: str = DEFAULT_MODEL,
    partition_size: int = 64,
    batch_size: int = 32,
    in_flight: int | None = None,
    blas_threads: int | None = 1,
) -> Iterator[NQuadsPart]:
    """Have the workers write the N-Quads of ``documents`` as ``directory/part-NNNNN.nq``.

    Each worker extracts its partition, makes the partition's graph and
    writes its N-Quads (one named graph per document, exactly the quads the
    one-machine build writes for those documents) atomically to its own
    file system; no fact comes back, only one :class:`NQuadsPart` per
    partition, yielded in input order as they are done. The union of the
    parts equals the one-machine build's N-Quads (see the module notes);
    a store's bulk loader takes them all at once, e.g.
    ``oxigraph load --location STORE --file DIR/part-*.nq``.

    Parameters
    ----------
    documents : iterable of Document
        Read lazily, a partition at a time.
    directory : str or path-like
        Where the workers write; made absolute here, and created by the
        workers. On a cluster of several machines it is a path every
        worker can write: a shared file system, or the same local path on
        each machine (each then holds the parts it wrote).
    partition_size : int
        Documents per task, and so per part file.
    scheduler, model, in_flight, blas_threads
        As for :func:`extract_facts_dask` (``in_flight``: partitions
        submitted but not yet done).

    Yields
    ------
    NQuadsPart
        What each worker wrote, in input order.

    Raises
    ------
    GraphError
        If the scheduler cannot be reached, or ``directory`` (as this
        machine sees it) already holds part files, which a bulk load would
        mix with the new ones.
    OSError
        If a worker cannot write its part (naming the file).
    """
    folder = Path(os.path.abspath(os.fspath(directory)))
    if folder.exists() and not folder.is_dir():
        raise GraphError(f"directory {str(folder)!r} is a file, not a folder")
    stale = sorted(folder.glob("part-*.nq")) if folder.is_dir() else []
    if stale:
        raise GraphError(f"directory {str(folder)!r} already holds part files ({stale[0].name}, ...): "
                         f"a bulk load would mix them with the new ones; give a new or empty folder")
    yield from _map_partitions(documents, _write_partition, (model, batch_size, str(folder)),
                               scheduler=scheduler, partition_size=partition_size, in_flight=in_flight,
                               with_index=True, blas_threads=blas_threads)


# -- runners ------------------------------------------------------------


def usable_cores() -> int:
    """The cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


@runtime_checkable
class Runner(Protocol):
    """What :func:`graph.build.build` needs of a runner."""

    def prepare(self) -> None:
        """Check what the runner needs (load the model) before any document is read."""

    def facts(self, documents: Iterable[Document]) -> Iterator[DocumentFacts]:
        """The facts of ``documents``, in input order."""


@dataclass(frozen=True)
class LocalRunner:
    """Extract on this machine with ``nlp.pipe``.

    Parameters
    ----------
    model : str
        The installed spaCy pipeline, loaded by :meth:`prepare` (or on
        first use) unless ``nlp`` is given.
    nlp : spacy.Language, optional
        A pipeline already loaded (it is used as it is).
    workers : int, optional
        Parser processes (``n_process``); by default the usable cores, at
        most 4, since each process holds its own copy of the model.
    batch_size : int
        Documents per ``nlp.pipe`` batch.
    blas_threads : int or None
        numpy BLAS threads per process, set when the runner starts
        (:func:`extract.pipeline.limit_blas_threads`); None leaves them as
        they are (what :meth:`graph.model.KnowledgeGraph.from_files` does).
    options : dict
        More keyword arguments of :func:`extract.facts.extract_facts`.
    """

    model: str = DEFAULT_MODEL
    nlp: Any = None
    workers: int | None = None
    batch_size: int = 32
    blas_threads: int | None = 1
    options: Mapping[str, Any] = field(default_factory=dict)

    def prepare(self) -> None:
        """Load the model now: a missing one raises :class:`extract.errors.ModelNotFoundError`."""
        if self.blas_threads is not None:
            from extract.pipeline import limit_blas_threads

            limit_blas_threads(self.blas_threads)
        self._pipeline()

    def _pipeline(self):
        if self.nlp is not None:
            return self.nlp
        from extract.pipeline import load_pipeline

        return load_pipeline(self.model)  # cached per process

    def facts(self, documents: Iterable[Document]) -> Iterator[DocumentFacts]:
        from extract.facts import extract_facts

        workers = self.workers if self.workers is not None else min(usable_cores(), 4)
        return extract_facts(documents, nlp=self._pipeline(), batch_size=self.batch_size, n_process=workers,
                             **self.options)


@dataclass(frozen=True)
class DaskRunner:
    """Extract on a Dask distributed cluster; this machine never loads the model.

    Parameters
    ----------
    scheduler : str or distributed.Client
        The scheduler's address (``tcp://host:8786``) or a connected client.
    model : str
        The spaCy pipeline each worker loads (it must be installed there).
    partition_size : int
        Documents per task.
    batch_size : int
        Documents per ``nlp.pipe`` batch on a worker.
    in_flight : int, optional
        Partitions submitted but not yet done; twice the worker threads by default.
    blas_threads : int or None
        numpy BLAS threads per worker process (None: leave them be).
    """

    scheduler: Any
    model: str = DEFAULT_MODEL
    partition_size: int = 64
    batch_size: int = 32
    in_flight: int | None = None
    blas_threads: int | None = 1

    def prepare(self) -> None:
        """Nothing to load here: the workers load the model."""

    def facts(self, documents: Iterable[Document]) -> Iterator[DocumentFacts]:
        return extract_facts_dask(documents, scheduler=self.scheduler, model=self.model,
                                  partition_size=self.partition_size, batch_size=self.batch_size,
                                  in_flight=self.in_flight, blas_threads=self.blas_threads)

    def write_parts(self, documents: Iterable[Document], directory: str | os.PathLike) -> Iterator[NQuadsPart]:
        """Have the workers write N-Quads parts (see :func:`write_nquads_dask`)."""
        return write_nquads_dask(documents, directory, scheduler=self.scheduler, model=self.model,
                                 partition_size=self.partition_size, batch_size=self.batch_size,
                                 in_flight=self.in_flight, blas_threads=self.blas_threads)
