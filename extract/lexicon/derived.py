"""Tables the rules derive from a lexicon once per process, kept in the lexicon's disk cache.

Some rules build a table of their own from the lexicon on first use (the given names of the
knowledge base's people, the dictionaries' names without their first word): tens of milliseconds
each, paid again by every new process, a one-article command's as much as a long run's.
:func:`derived` keeps them in the disk cache of :mod:`extract.lexicon.cache`, all of one lexicon in
one file (keyed by the lexicon's own key, so a changed data file or overlay gives a new one). Each
table is filed under its name and the bytes of the module that builds it, so an edit of the builder
builds it anew; the table itself is what the builder returns, pickled.

A lexicon that did not come from :func:`~extract.lexicon.core.get_lexicon`'s cache (built by hand,
or with a user's knowledge base added), or a process with the disk cache off, builds the table each
time, as before.
"""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from .cache import cache_dir, read_cached, write_cached

__all__ = ["derived", "remember_key"]

#: id of a lexicon -> (the lexicon, its cache key); the lexicon is held, so its id is not reused.
_KEYS: dict[int, tuple[Any, str]] = {}
#: cache key of a bundle -> its tables as read or written by this process.
_BUNDLES: dict[str, dict[str, Any]] = {}
_SOURCES: dict[str, str] = {}
_LOCK = threading.Lock()
_MISSING = object()


def remember_key(lexicon, key: str) -> None:
    """Note the cache key ``lexicon`` was loaded or built under (by :func:`extract.lexicon.core.get_lexicon`)."""
    _KEYS[id(lexicon)] = (lexicon, key)


def _source_digest(source: str) -> str:
    found = _SOURCES.get(source)
    if found is None:
        found = _SOURCES[source] = hashlib.sha256(Path(source).read_bytes()).hexdigest()[:16]
    return found


def derived(lexicon, name: str, build: Callable[[Any], Any], *, source: str) -> Any:
    """``build(lexicon)``, read from the disk cache when an earlier process built it.

    Parameters
    ----------
    lexicon : Lexicon
        The tables the value is derived from.
    name : str
        The table's name, unique among the derived tables.
    build : callable
        Makes the value from ``lexicon``; it must pickle, and depend only on the lexicon and the
        code of ``source``.
    source : str
        The path of the module that builds it (``__file__``).
    """
    known = _KEYS.get(id(lexicon))
    if known is None or known[0] is not lexicon or cache_dir() is None:
        return build(lexicon)
    bundle_key = hashlib.sha256(f"derived;{known[1]}".encode()).hexdigest()
    entry = f"{name};{_source_digest(source)}"
    with _LOCK:
        bundle = _BUNDLES.get(bundle_key)
        if bundle is None:
            bundle = read_cached(bundle_key)
            bundle = _BUNDLES[bundle_key] = dict(bundle) if isinstance(bundle, dict) else {}
        found = bundle.get(entry, _MISSING)
    if found is not _MISSING:
        return found
    value = build(lexicon)
    with _LOCK:
        bundle[entry] = value
        on_disk = read_cached(bundle_key)  # tables another process added meanwhile are kept
        merged = {**(on_disk if isinstance(on_disk, dict) else {}), **bundle}
        # a table of an older version of its builder is dropped as the file is written again
        write_cached(bundle_key, {k: v for k, v in merged.items() if k == entry or not k.startswith(f"{name};")})
    return value
