"""Finding a format by name or by a file's extension: the one look-up every format table uses."""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path
from typing import TypeVar

from ..errors import FormatError

__all__ = ["find_format"]

T = TypeVar("T")


def find_format(
    by_name: Mapping[str, T],
    by_extension: Mapping[str, T],
    format: str | None,
    path: str | os.PathLike | None,
    *,
    what: str,
    valid_names: str,
) -> T:
    """The entry ``format`` names, else the one ``path``'s extension gives.

    Raises
    ------
    FormatError
        If the name or extension is unknown; the message lists the valid
        ones (``valid_names`` for names).
    """
    if format is not None:
        found = by_name.get(str(format).lower())
        if found is None:
            raise FormatError(f"unknown {what} {format!r}; valid names: {valid_names}")
        return found
    if path is None:
        raise FormatError(f"no {what} given: pass format= or a path with a known extension")
    suffix = Path(path).suffix.lower()
    found = by_extension.get(suffix)
    if found is None:
        raise FormatError(
            f"{os.fspath(path)}: cannot tell the {what} from extension {suffix or '(none)'!r}; "
            f"valid extensions: {', '.join(sorted(by_extension))} (or pass format=)"
        )
    return found
