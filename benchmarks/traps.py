"""Reading the trap sentence files of ``benchmarks/data/traps_*.tsv``: one helper for their scorers.

A trap file is tab-separated with a header, ``#`` comment lines, and a column naming each row's half
("tune" or "held"); a cell may list several items separated by ";", or "-" for none.
"""

from __future__ import annotations

import csv
from pathlib import Path

__all__ = ["read_traps", "items"]


def read_traps(path: Path, split: str, *, column: str = "split") -> list[dict]:
    """The rows of ``path`` (comment lines dropped) whose ``column`` is ``split``; all of them for "all"."""
    with open(path, encoding="utf-8") as f:
        rows = [line for line in f if not line.startswith("#")]
    return [r for r in csv.DictReader(rows, delimiter="\t") if split in ("all", r[column])]


def items(cell: str) -> list[str]:
    """The ";"-separated items of a cell; none for "-"."""
    return [] if cell.strip() == "-" else [c.strip() for c in cell.split(";") if c.strip()]
