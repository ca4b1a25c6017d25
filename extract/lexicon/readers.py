"""Reading lexicon files: one schema per table, errors that name file and line.

Every table is a UTF-8 text file. Blank lines and lines starting with ``#``
are skipped. A TSV table has tab-separated columns; its first row may name
the columns (it is then skipped). A word list has one entry per line.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..errors import LexiconError

__all__ = ["Schema", "Row", "read_rows", "read_words", "read_word_kinds"]


@dataclass(frozen=True, slots=True)
class Schema:
    """The columns of a TSV table: ``required`` of them must be present.

    Examples
    --------
    >>> Schema("capitals.tsv", ("name", "country", "role"), required=2).columns[0]
    'name'
    """

    file: str
    columns: tuple[str, ...]
    required: int | None = None

    @property
    def minimum(self) -> int:
        """How many columns a row must have."""
        return len(self.columns) if self.required is None else self.required


@dataclass(frozen=True, slots=True)
class Row:
    """One data row: where it is, and its cells (padded to the schema's width)."""

    path: str
    line: int
    cells: tuple[str, ...]

    def error(self, message: str) -> LexiconError:
        """A :class:`LexiconError` naming this row's file and line."""
        return LexiconError(f"{self.path}:{self.line}: {message}")


def _content_lines(path: Path):
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as err:
        raise LexiconError(f"{path}: not UTF-8 text ({err.reason} at byte {err.start})") from None
    except OSError as err:
        raise LexiconError(f"{path}: cannot read the lexicon file ({err.strerror or err})") from None
    for lineno, line in enumerate(text.splitlines(), 1):
        stripped = line.strip()
        if stripped and not stripped.startswith("#"):
            yield lineno, line


def read_rows(path: str | Path, schema: Schema, *, error: type[LexiconError] = LexiconError) -> list[Row]:
    """The data rows of a TSV table, checked against ``schema``.

    Raises
    ------
    LexiconError
        On a row with too few or too many columns, naming the file and
        line (as ``error``, a subclass, if given).
    """
    path = Path(path)
    rows: list[Row] = []
    width = len(schema.columns)
    header = tuple(c.casefold() for c in schema.columns)
    for lineno, line in _content_lines(path):
        cells = [c.strip() for c in line.split("\t")]
        if not rows and tuple(c.casefold() for c in cells) == header:
            continue
        while len(cells) > width and not cells[-1]:
            cells.pop()
        if not schema.minimum <= len(cells) <= width:
            expected = width if schema.minimum == width else f"{schema.minimum} to {width}"
            raise error(
                f"{path}:{lineno}: expected {expected} tab-separated columns "
                f"({', '.join(schema.columns)}), got {len(cells)}"
            )
        rows.append(Row(str(path), lineno, tuple(cells) + ("",) * (width - len(cells))))
    return rows


def read_word_kinds(path: str | Path, schema: Schema, kinds: tuple[str, ...]) -> dict[str, frozenset[str]]:
    """The casefolded words of a two-column ``word kind`` table, by kind (every kind of ``kinds`` a key).

    Raises
    ------
    LexiconError
        On a malformed row or a kind not in ``kinds``, naming the file and line.
    """
    found: dict[str, set[str]] = {kind: set() for kind in kinds}
    for row in read_rows(path, schema):
        word, kind = row.cells
        if kind not in found:
            raise row.error(f"unknown kind {kind!r}; one of {', '.join(kinds)}")
        found[kind].add(word.casefold())
    return {kind: frozenset(words) for kind, words in found.items()}


def read_words(path: str | Path) -> list[Row]:
    """The entries of a word list, one per line, stripped (one cell each).

    Raises
    ------
    LexiconError
        On a line holding a tab (a table, not a word list), naming the file and line.
    """
    path = Path(path)
    rows = []
    for lineno, line in _content_lines(path):
        if "\t" in line.strip():
            raise LexiconError(f"{path}:{lineno}: a word list has one entry per line, got a tab in {line!r}")
        rows.append(Row(str(path), lineno, (line.strip(),)))
    return rows
