"""Extraction in worker processes: the parser and the rules side by side, only facts come back.

spaCy's own ``nlp.pipe(n_process=N)`` parses in worker processes but sends
every Doc back to the parent, where the rules then run one document after
another: the parent becomes the bottleneck and each Doc crosses a process
boundary twice. Here each worker runs the whole extraction of a batch
(tokenising, ``nlp.pipe``, the rules, linking) and returns its
:class:`~extract.types.DocumentFacts`, which are small beside a Doc.

- The workers are forked from the parent, which has already loaded the
  pipeline and the compiled lexicon: they share both (copy-on-write) and
  load nothing themselves.
- Work goes out in batches by a token budget, not by a count of documents,
  so a batch of long articles holds no more parse than a batch of short
  ones. A long document's pieces go as units of their own; the parent folds
  their facts back together.
- At most two batches per worker are in flight, and the pool starts before
  the input is read to the end: the first batch is parsed while later ones
  are still being read, and memory stays bounded whatever the input's size.
- Results come back in input order.

Where ``fork`` is not available (Windows; macOS defaults to ``spawn`` and
would have each worker load the model again) the caller falls back to
``nlp.pipe``'s own processes.
"""

from __future__ import annotations

import itertools
import multiprocessing
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from typing import Any

__all__ = ["DEFAULT_TOKEN_BUDGET", "can_fork", "estimate_tokens", "in_batches", "parallel_map"]

#: Tokens (estimated, see :func:`estimate_tokens`) per batch sent to a
#: worker: about 40 news articles. Small enough that two workers share a few
#: hundred articles evenly, large enough that a batch's overhead is small.
DEFAULT_TOKEN_BUDGET = 20_000

# What a forked worker runs each batch with: set in the parent just before
# the pool forks, read in the children. Never pickled.
_WORK: dict[int, Callable] = {}
_TOKENS = itertools.count()


def can_fork() -> bool:
    """Whether worker processes can be forked here (they then share the loaded pipeline)."""
    return "fork" in multiprocessing.get_all_start_methods()


def estimate_tokens(text: str) -> int:
    """About how many tokens spaCy makes of ``text``: words plus a share for punctuation.

    Examples
    --------
    >>> estimate_tokens("Russia bombed Idlib on Monday.")
    6
    """
    return len(text.split()) + text.count(",") + text.count(".")


def in_batches(items: Iterable[Any], *, budget: int, size: Callable[[Any], int]) -> Iterator[list[Any]]:
    """Group ``items`` into batches of about ``budget`` in all, each item weighing ``size(item)``.

    An item is never split: one heavier than the budget is a batch of its own.

    Examples
    --------
    >>> [len(b) for b in in_batches(["a b", "c d", "e f g h i"], budget=5, size=estimate_tokens)]
    [2, 1]
    """
    if budget < 1:
        raise ValueError(f"budget must be at least 1, got {budget!r}")
    batch: list[Any] = []
    weight = 0
    for item in items:
        item_weight = size(item)
        if batch and weight + item_weight > budget:
            yield batch
            batch, weight = [], 0
        batch.append(item)
        weight += item_weight
    if batch:
        yield batch


def _run(token: int, batch):
    return _WORK[token](batch)


def parallel_map(
    function: Callable[[list], list],
    batches: Iterable[list],
    *,
    workers: int,
) -> Iterator[list]:
    """``function(batch)`` for each batch, in forked worker processes, in input order.

    ``function`` is called in the workers with whatever the parent had
    loaded when the pool forked (the pipeline, the lexicon); only the batch
    and the result cross the process boundary. At most ``2 * workers``
    batches are in flight. Closing the iterator early stops the workers.

    Parameters
    ----------
    function : callable
        Takes a batch, returns a picklable list.
    batches : iterable of list
        Read lazily, as workers become free.
    workers : int
        Worker processes (at least 2: with one, call ``function`` yourself).
    """
    if workers < 2:
        raise ValueError(f"parallel_map needs at least 2 workers, got {workers!r}")
    token = next(_TOKENS)
    _WORK[token] = function
    pool = ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("fork"))
    pending: deque = deque()
    try:
        for batch in batches:
            pending.append(pool.submit(_run, token, batch))
            if len(pending) >= 2 * workers:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()
    finally:
        for future in pending:
            future.cancel()
        pool.shutdown(wait=True, cancel_futures=True)
        del _WORK[token]
