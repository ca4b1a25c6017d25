"""Reading the project's hand-made gold files (JSON lines), shared by the benchmark scripts."""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path

__all__ = ["CORPUS", "read_corpus_documents", "read_gold_lines"]

#: The Wikinews articles the gold files annotate.
CORPUS = Path(__file__).resolve().parent / "data" / "wikinews_2019_2020.jsonl"


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


def read_corpus_documents(ids: Iterable[str], *, corpus: Path = CORPUS) -> list:
    """The articles of ``corpus`` whose id is in ``ids``, as ``extract.types.Document``s, in corpus order.

    An id that the corpus lacks stops the script with a message naming the file.
    """
    from extract.types import Document

    wanted = set(ids)
    docs = []
    with open(corpus, encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            if row["id"] in wanted:
                docs.append(Document(id=row["id"], text=row["text"], title=row.get("title"),
                                     date=row.get("date"), url=row.get("url")))
    missing = wanted - {d.id for d in docs}
    if missing:
        raise SystemExit(f"gold names articles not in {corpus}: {sorted(missing)}")
    return docs
