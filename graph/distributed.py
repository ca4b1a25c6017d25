"""Extraction on a Dask distributed cluster.

Documents are sent to the workers in partitions; each worker process loads
the spaCy pipeline once (:func:`extract.pipeline.load_pipeline` is cached per
process) and returns plain :class:`~extract.types.DocumentFacts`, which are
merged here in input order, so the graph equals the one-machine build.
Only a bounded number of partitions is in flight at once, so memory stays
flat however long the input is.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator
from itertools import islice

from extract.pipeline import DEFAULT_MODEL
from extract.types import Document, DocumentFacts

from .errors import GraphError

__all__ = ["extract_facts_dask"]


def _extract_partition(documents: list[Document], model: str, batch_size: int) -> list[DocumentFacts]:
    """Run on a worker: extract a partition with the worker's cached pipeline."""
    from extract.facts import extract_facts
    from extract.pipeline import load_pipeline

    return list(extract_facts(documents, nlp=load_pipeline(model), batch_size=batch_size))


def _partitions(documents: Iterable[Document], size: int) -> Iterator[list[Document]]:
    it = iter(documents)
    while part := list(islice(it, size)):
        yield part


def extract_facts_dask(
    documents: Iterable[Document],
    *,
    scheduler,
    model: str = DEFAULT_MODEL,
    partition_size: int = 64,
    batch_size: int = 32,
    in_flight: int | None = None,
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

    Raises
    ------
    GraphError
        If the scheduler cannot be reached.
    """
    from distributed import Client

    if partition_size < 1:
        raise GraphError(f"partition_size must be at least 1, got {partition_size}")
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
        for part in _partitions(documents, partition_size):
            pending.append(client.submit(_extract_partition, part, model, batch_size, pure=False))
            if len(pending) >= in_flight:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()
    finally:
        if own_client:
            client.close()
