"""File output that never leaves a half-written file behind.

:func:`atomic_write` replaces one file; :func:`staged_writes` replaces a
set of files together, so a failure never leaves a mix of old and new.
"""

from __future__ import annotations

import contextlib
import errno
import glob
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO

__all__ = ["atomic_write", "AtomicFileSet", "staged_writes", "finish_staged_writes"]

_STAGING = ".tmp"  # suffix of a staging folder being written
_COMMITTED = ".commit"  # suffix of a staging folder whose files are all written


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
    _fsync_directory(directory)


class AtomicFileSet:
    """Files written together: either every one replaces its target, or none does.

    Each file is first written whole to a hidden staging folder inside
    ``directory`` (the same file system, so a rename moves it). Only when
    the block has written all of them without error are they renamed over
    their targets, one :func:`os.replace` each; renaming needs no free
    space, so a full disk or a file size limit, which can only strike
    while writing, leaves every previous file exactly as it was. On any
    error the staging folder is removed with everything in it.

    When every file is written and fsynced, the staging folder is renamed
    from ``<prefix>*.tmp`` to ``<prefix>*.commit`` before the files are
    moved out of it. A process killed while staging leaves the previous
    files and a ``.tmp`` folder; killed during the renames, it leaves some
    targets new, the others old (each whole) and a ``.commit`` folder
    holding the rest of the new ones. :func:`finish_staged_writes`, run
    before the next writes, removes the first and completes the second.

    Use it through :func:`staged_writes`.

    Parameters
    ----------
    directory : str or path-like
        Where the targets are; it must exist.
    prefix : str
        Name prefix of the staging folder.

    Raises
    ------
    FileNotFoundError
        If ``directory`` does not exist.
    """

    def __init__(self, directory: str | os.PathLike, *, prefix: str = ".staging-") -> None:
        self.directory = Path(directory)
        if not self.directory.is_dir():
            raise FileNotFoundError(errno.ENOENT, "directory does not exist", str(self.directory))
        self._prefix = prefix
        self._staging: Path | None = None
        self._targets: dict[str, Path] = {}  # staged file name -> target
        self._done = False

    @property
    def targets(self) -> list[Path]:
        """The targets handed out so far, in order."""
        return list(self._targets.values())

    def path(self, name: str) -> Path:
        """The staging path of target ``directory/name``, for a writer that takes a path.

        The caller writes the whole file there (a ``write_x`` function, or
        :meth:`open`); the file keeps ``name``, so its extension still
        tells its format. ``name`` may be ``folder/file``: the target is
        then a file of the sub-folder ``directory/folder``, created on commit
        if need be (a format written as a folder of files).

        Raises
        ------
        ValueError
            If ``name`` is not a plain file name (or one in a plain
            sub-folder), or is handed out twice.
        """
        if self._done:
            raise ValueError("this AtomicFileSet was already committed or discarded")
        if not _plain_name(name):
            raise ValueError(f"name must be a plain file name, or one inside a plain sub-folder name, got {name!r}")
        if name in self._targets:
            raise ValueError(f"{name!r} is already staged in this AtomicFileSet")
        if self._staging is None:
            self._staging = Path(tempfile.mkdtemp(dir=self.directory, prefix=self._prefix, suffix=_STAGING))
        self._targets[name] = self.directory / name
        staged = self._staging / name
        staged.parent.mkdir(exist_ok=True)
        return staged

    @contextlib.contextmanager
    def open(self, name: str, mode: str = "w", *, encoding: str = "utf-8",
             newline: str | None = None) -> Iterator[IO]:
        """Open the staging file of target ``directory/name``; it is flushed and fsynced on exit.

        Parameters
        ----------
        name : str
            The target's file name.
        mode : {"w", "wb"}
            Text or binary.
        encoding, newline
            For text mode, as in :func:`open`.
        """
        if mode not in ("w", "wb"):
            raise ValueError(f"AtomicFileSet.open: mode must be 'w' or 'wb', got {mode!r}")
        staged = self.path(name)
        handle = open(staged, mode) if mode == "wb" else open(staged, mode, encoding=encoding, newline=newline)
        with handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())

    def commit(self) -> list[Path]:
        """Rename every staged file over its target; return the targets.

        Raises
        ------
        FileNotFoundError
            If a target was handed out but never written; nothing is then
            replaced.
        """
        if self._done:
            raise ValueError("this AtomicFileSet was already committed or discarded")
        staging = self._staging
        missing = [target for name, target in self._targets.items() if not (staging / name).is_file()]
        if missing:
            self.discard()
            raise FileNotFoundError(errno.ENOENT, "staged but never written", str(missing[0]))
        if staging is None:  # nothing was staged
            self._done = True
            return []
        try:
            for name, target in self._targets.items():
                if target.parent != self.directory:  # a sub-folder: made now, before anything is replaced
                    target.parent.mkdir(exist_ok=True)
                if target.is_dir():
                    raise IsADirectoryError(errno.EISDIR, "is a directory", str(target))
                staged = staging / name
                # Keep the previous file's permissions; a new file gets the usual ones.
                try:
                    permissions = target.stat().st_mode & 0o7777
                except FileNotFoundError:
                    permissions = 0o666 & ~_umask()
                os.chmod(staged, permissions)
                _fsync_file(staged)
            # Every file is whole and durable: mark the set committed, so that
            # if this process dies among the renames below, the next
            # finish_staged_writes() completes them rather than dropping them.
            committed = staging.with_suffix(_COMMITTED)
            os.replace(staging, committed)
            self._staging = committed
            _fsync_directory(self.directory)
            for name, target in self._targets.items():
                os.replace(committed / name, target)
        except BaseException:
            self.discard()
            raise
        self._done = True
        shutil.rmtree(committed, ignore_errors=True)
        _fsync_directory(self.directory)
        return self.targets

    def discard(self) -> None:
        """Remove every staged file; the targets stay as they were."""
        self._done = True
        if self._staging is not None:
            shutil.rmtree(self._staging, ignore_errors=True)

    def __enter__(self) -> AtomicFileSet:
        return self

    def __exit__(self, kind, err, tb) -> None:
        if err is None:
            self.commit()
            return
        if not self._done:
            self.discard()
        if isinstance(err, OSError):
            target = self._target_of(err.filename)
            if target is not None:
                # Name the file the user asked for, not the hidden staging path.
                raise OSError(err.errno, err.strerror or str(err), str(target)) from err

    def _target_of(self, filename) -> Path | None:
        """The target whose staging file (or a temporary file beside it) is ``filename``."""
        if self._staging is None or filename is None or isinstance(filename, int):
            return None
        path = Path(os.fsdecode(filename))
        for name, target in self._targets.items():
            staged = self._staging / name
            if path.parent == staged.parent and (path.name == staged.name or path.name.startswith(f".{staged.name}.")):
                return target
        return None


def staged_writes(directory: str | os.PathLike, *, prefix: str = ".staging-") -> AtomicFileSet:
    """Write several files in ``directory`` as one: all replace their targets, or none.

    Hand out a staging path per target with ``files.path(name)`` (for a
    writer that takes a path) or open one with ``files.open(name)``; when
    the block ends without error every file is renamed into place. If it
    raises, every staged file is removed and the previous files stay
    untouched; an :class:`OSError` raised while writing a staging file
    names its target. See :class:`AtomicFileSet`.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> out = pathlib.Path(tempfile.mkdtemp())
    >>> with staged_writes(out) as files:
    ...     with files.open("a.txt") as f:
    ...         _ = f.write("one")
    ...     _ = files.path("b.txt").write_text("two")
    >>> sorted(p.name for p in out.iterdir())
    ['a.txt', 'b.txt']
    """
    return AtomicFileSet(directory, prefix=prefix)


def finish_staged_writes(directory: str | os.PathLike, *, prefix: str = ".staging-") -> list[Path]:
    """Complete what a killed :class:`AtomicFileSet` left in ``directory``.

    A committed set (every file written) whose renames were cut short is
    completed: its remaining files are renamed into place. A set that was
    still being written is removed: its targets keep their previous files.
    Run it before writing a new set in ``directory``, with the same
    ``prefix``, and not while another process writes there.

    Returns
    -------
    list of pathlib.Path
        The targets that were completed.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> out = pathlib.Path(tempfile.mkdtemp())
    >>> finish_staged_writes(out)
    []
    """
    directory = Path(directory)
    if not directory.is_dir():
        return []
    completed = []
    for folder in sorted(directory.glob(glob.escape(prefix) + "*" + _COMMITTED)):
        if not folder.is_dir() or folder.is_symlink():
            continue
        for staged in sorted(_staged_files(folder)):
            target = directory / staged.relative_to(folder)
            target.parent.mkdir(exist_ok=True)
            os.replace(staged, target)
            completed.append(target)
        shutil.rmtree(folder, ignore_errors=True)
    for folder in directory.glob(glob.escape(prefix) + "*" + _STAGING):
        if folder.is_dir() and not folder.is_symlink():
            shutil.rmtree(folder, ignore_errors=True)
    if completed:
        _fsync_directory(directory)
    return completed


def _plain_name(name: str) -> bool:
    """``file`` or ``folder/file``, each part a plain name (no ``.``, ``..``, or leading ``/``)."""
    if not isinstance(name, str) or not name or "\\" in name:
        return False
    parts = name.split("/")
    return len(parts) <= 2 and all(part and part not in (".", "..") for part in parts)


def _staged_files(folder: Path) -> Iterator[Path]:
    """The finished files of a staging folder: its own and those of its sub-folders, not hidden ones."""
    for staged in folder.iterdir():
        if staged.name.startswith(".") or staged.is_symlink():
            continue
        if staged.is_file():
            yield staged
        elif staged.is_dir():
            yield from (inner for inner in staged.iterdir()
                        if inner.is_file() and not inner.is_symlink() and not inner.name.startswith("."))


def _fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_directory(directory: Path) -> None:
    # Make renames durable; not every platform can open a directory.
    with contextlib.suppress(OSError):
        dir_fd = os.open(directory, os.O_RDONLY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)
