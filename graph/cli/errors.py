"""Library errors to exit codes: the one place where the command line decides them.

- 0: everything went well;
- 1: some input could not be read or some output failed (the run went
  on), a document stopped a ``--strict`` run, or a store or server failed
  in ``query``, ``push`` or ``validate``;
- 2: bad usage, a missing model, or nothing could be done. ``build`` and
  ``extract`` on inputs that hold no document at all (an empty folder)
  both exit 2; when every document was skipped as unreadable, both exit 1.
"""

from __future__ import annotations

import functools
import sys
from collections.abc import Callable

import click

__all__ = ["exit_code", "library_errors", "STORE_COMMANDS", "BUILD_COMMANDS"]

#: Commands that work on a store or a server: their store errors are failures (1), not usage (2).
STORE_COMMANDS = "store"
#: Commands that read documents and extract.
BUILD_COMMANDS = "build"


def exit_code(err: BaseException, *, kind: str = BUILD_COMMANDS) -> int:
    """The exit code of a library error raised by a command of ``kind``."""
    from extract.errors import ExtractError, InputError

    from ..errors import GraphError, NothingReadError
    from ..queries import QuerySyntaxError

    if isinstance(err, NothingReadError):
        return 1 if err.report.documents_skipped else 2
    if isinstance(err, InputError):  # raised under --strict
        return 1
    if isinstance(err, QuerySyntaxError):
        return 2
    if isinstance(err, GraphError):
        return 1 if kind == STORE_COMMANDS else 2
    if isinstance(err, ExtractError):
        return 2
    return 1  # OSError: an output or input failed


def _message(err: BaseException) -> str:
    from extract.errors import InputError

    if isinstance(err, InputError):
        return f"{err} (stopped: --strict)"
    if isinstance(err, OSError) and not hasattr(err, "report"):
        return f"{err.filename or ''}: {err.strerror or err}"
    return str(err)


def library_errors(func: Callable | None = None, *, kind: str = BUILD_COMMANDS) -> Callable:
    """Decorate a command: a library error becomes one message on stderr and its exit code."""
    from extract.errors import ExtractError

    from ..errors import GraphError

    def decorate(command: Callable) -> Callable:
        @functools.wraps(command)
        def wrapper(*args, **kwargs):
            try:
                return command(*args, **kwargs)
            except (ExtractError, GraphError, OSError) as err:
                click.echo(f"newsgraph: error: {_message(err)}", err=True)
                sys.exit(exit_code(err, kind=kind))

        return wrapper

    return decorate(func) if func is not None else decorate
