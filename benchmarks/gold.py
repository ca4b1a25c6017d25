"""Reading the project's hand-made gold files (JSON lines), shared by the benchmark scripts."""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path

__all__ = ["read_gold_lines"]


def read_gold_lines(path: Path, *, required: Iterable[str]) -> list[dict]:
    """The rows of a JSON-lines gold file, each with its line number as ``_line``.

    A line that is not JSON, or lacks a ``required`` key, stops the script
    with a message naming the file and line.
    """
    rows = []
    for lineno, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as err:
            raise SystemExit(f"{path}:{lineno}: not JSON: {err}") from None
        for key in required:
            if key not in row:
                raise SystemExit(f"{path}:{lineno}: missing {key!r}")
        row["_line"] = lineno
        rows.append(row)
    return rows
