"""File output that never leaves a half-written file behind."""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO

__all__ = ["atomic_write"]


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


@contextlib.contextmanager
def atomic_write(
    path: str | os.PathLike,
    mode: str = "w",
    *,
    encoding: str = "utf-8",
    newline: str | None = None,
) -> Iterator[IO]:
    """Open a temporary file beside ``path``; on success it replaces ``path``.

    The data goes to a temporary file in the same directory, which is
    flushed and fsynced, then renamed over ``path`` with :func:`os.replace`
    (atomic on POSIX and Windows). If the block raises, the temporary file
    is removed and ``path`` keeps its previous content. The new file gets
    the previous file's permissions, or the usual ones (``0o666`` less the
    umask) for a new file.

    Parameters
    ----------
    path : str or path-like
        The file to write.
    mode : {"w", "wb"}
        Text or binary.
    encoding, newline
        For text mode, as in :func:`open`.

    Raises
    ------
    ValueError
        If ``mode`` is neither ``"w"`` nor ``"wb"``.
    FileNotFoundError
        If the directory of ``path`` does not exist.
    OSError
        If writing fails (a full disk, a file size limit); its ``filename``
        is ``path``.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> target = pathlib.Path(tempfile.mkdtemp()) / "out.txt"
    >>> with atomic_write(target) as f:
    ...     _ = f.write("done")
    >>> target.read_text()
    'done'
    """
    if mode not in ("w", "wb"):
        raise ValueError(f"atomic_write: mode must be 'w' or 'wb', got {mode!r}")
    path = Path(path)
    directory = path.parent
    if not directory.is_dir():
        raise FileNotFoundError(errno.ENOENT, "directory does not exist", str(directory))
    try:
        permissions = path.stat().st_mode & 0o7777
    except FileNotFoundError:
        permissions = 0o666 & ~_umask()
    fd, tmp = tempfile.mkstemp(dir=directory, prefix=f".{path.name}.", suffix=".tmp")
    try:
        if mode == "wb":
            handle = os.fdopen(fd, "wb")
        else:
            handle = os.fdopen(fd, "w", encoding=encoding, newline=newline)
        with handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, permissions)
        os.replace(tmp, path)
    except BaseException as err:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        if isinstance(err, OSError) and err.filename is None:
            # A failed write (disk full, file too large) names no file: name the one written.
            raise OSError(err.errno, err.strerror or str(err), str(path)) from err
        raise
    # Make the rename itself durable; not every platform can open a directory.
    with contextlib.suppress(OSError):
        dir_fd = os.open(directory, os.O_RDONLY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)
