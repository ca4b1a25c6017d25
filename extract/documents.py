"""Reading articles: ``.txt`` files, folders, JSON and JSON lines, stdin, and the web inputs.

URLs, ``.html``/``.htm`` pages, ``.rss``/``.atom``/``.xml`` feeds and
``.warc``/``.warc.gz`` crawls are handed to a
:class:`~extract.web.sources.WebReader` (:mod:`extract.web`).

Every reader yields :class:`~extract.types.Document` values lazily, so a
corpus of any size streams through in bounded memory. A document that cannot
be read becomes an :class:`~extract.errors.InputError` naming the file (and
line); the run goes on past it unless ``strict`` is set.
"""

from __future__ import annotations

import codecs
import hashlib
import json
import logging
import os
import re
import sys
from collections.abc import Callable, Iterable, Iterator
from datetime import date, datetime
from pathlib import Path

from .errors import InputError
from .types import Document

__all__ = [
    "TEXT_SUFFIXES",
    "JSON_SUFFIXES",
    "clean_text",
    "content_id",
    "decode_bytes",
    "iter_input_files",
    "parse_text",
    "read_documents",
]

logger = logging.getLogger("newsgraph")

#: File suffixes read as plain text (title on the first line).
TEXT_SUFFIXES = (".txt", ".text", ".md")
#: File suffixes read as JSON records with a ``text`` field.
JSON_SUFFIXES = (".jsonl", ".ndjson", ".json")

_OPTIONAL_FIELDS = ("title", "url", "date", "source")
# C0 controls other than tab, newline and carriage return, DEL and C1
# controls: they are invalid in XML (RDF/XML, HTML) and never carry meaning.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

OnError = Callable[[InputError], None]


def content_id(text: str) -> str:
    """Return the stable id of a document without one: a hash of its text.

    Examples
    --------
    >>> content_id("Syria accused Israel.")
    'a00c0c47a0e13179'
    """
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def decode_bytes(data: bytes, *, name: str) -> str:
    """Decode a file's bytes, tolerating BOMs, UTF-16 and stray bytes.

    UTF-8 is tried first. A file with a byte-order mark is decoded by it; a
    file with no BOM whose every other byte is NUL is read as UTF-16. A file
    that is not valid UTF-8 is decoded as UTF-8 with replacement characters
    when it holds more valid non-ASCII UTF-8 than bad bytes, and as
    Windows-1252 otherwise; both are logged as warnings naming the file.

    Raises
    ------
    InputError
        If the data looks binary (NUL bytes in what is not UTF-16/32).

    Examples
    --------
    >>> decode_bytes("café".encode("latin-1"), name="a.txt")
    'café'
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError as err:
                raise InputError(f"{name}: invalid {encoding} text ({err.reason})") from err
    sample = data[:4096]
    if 0 in sample:
        # No BOM, but NULs in every other byte: UTF-16 without a mark.
        evens, odds = sample[0::2].count(0), sample[1::2].count(0)
        encoding = "utf-16-le" if odds > evens else "utf-16-be"
        if len(sample) >= 4 and max(evens, odds) >= len(sample) // 2 * 0.6 and min(evens, odds) == 0:
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError:
                pass
            else:
                logger.warning("%s: no byte-order mark; decoded as %s", name, encoding.upper())
                return text
        raise InputError(f"{name}: binary data (NUL bytes), not text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    # Mostly UTF-8 with a few stray bytes, or a legacy single-byte encoding
    # (where every accented letter is invalid UTF-8)?
    good = sum(1 for ch in text if ch > "\x7f" and ch != "\ufffd")
    if good > bad:
        logger.warning("%s: %d byte(s) not valid UTF-8 were replaced by U+FFFD", name, bad)
        return text
    logger.warning("%s: not valid UTF-8; decoded as Windows-1252", name)
    return data.decode("cp1252", errors="replace")


def clean_text(text: str, *, name: str) -> str:
    """``text`` with CRLF made LF and control characters and lone surrogates removed (logged)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    cleaned = _LONE_SURROGATE.sub("\ufffd", _CONTROL.sub("", text))
    if len(cleaned) != len(text) or cleaned != text:
        logger.warning("%s: control characters or lone surrogates removed", name)
    return cleaned


def parse_text(text: str, *, name: str, doc_id: str | None = None) -> Document:
    """Make a :class:`Document` of plain text.

    The title is the first line when a blank line follows it. The text is
    kept whole (title included), so offsets are offsets into the file.

    Raises
    ------
    InputError
        If the text is empty or holds only whitespace.

    Examples
    --------
    >>> d = parse_text("Russia bombs Idlib\\n\\nRussia bombed Idlib on Monday.\\n", name="x.txt")
    >>> d.title
    'Russia bombs Idlib'
    """
    text = clean_text(text, name=name)
    if not text.strip():
        raise InputError(f"{name}: empty document")
    lines = text.lstrip("\n").split("\n", 2)
    title = None
    if len(lines) >= 3 and lines[0].strip() and not lines[1].strip():
        title = lines[0].strip()
    return Document(id=doc_id or content_id(text), text=text, title=title, origin=name)


def _valid_date(value: str) -> bool:
    try:
        datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        try:
            date.fromisoformat(value)
        except ValueError:
            return False
    return True


def _record_document(record: object, *, name: str) -> Document:
    """Make a :class:`Document` of one JSON record."""
    if not isinstance(record, dict):
        raise InputError(f"{name}: expected a JSON object with 'text', got {type(record).__name__}")
    text = record.get("text")
    if text is None:
        raise InputError(f"{name}: record has no 'text' field")
    if not isinstance(text, str):
        raise InputError(f"{name}: 'text' must be a string, got {type(text).__name__}")
    text = clean_text(text, name=name)
    if not text.strip():
        raise InputError(f"{name}: empty document")
    raw_id = record.get("id")
    if raw_id is not None and not isinstance(raw_id, (str, int)):
        raise InputError(f"{name}: 'id' must be a string or an integer, got {type(raw_id).__name__}")
    doc_id = str(raw_id).strip() if raw_id is not None else ""
    fields: dict[str, str | None] = {}
    for key in _OPTIONAL_FIELDS:
        value = record.get(key)
        if value is not None and not isinstance(value, str):
            logger.warning("%s: '%s' must be a string, got %s; ignored", name, key, type(value).__name__)
            value = None
        fields[key] = clean_text(value, name=name).strip() or None if value else None
    if fields["date"] and not _valid_date(fields["date"]):
        logger.warning("%s: 'date' %r is not ISO 8601; ignored", name, fields["date"])
        fields["date"] = None
    return Document(id=doc_id or content_id(text), text=text, origin=name, **fields)


def _json_limit(err: Exception) -> str:
    if isinstance(err, RecursionError):
        return "nested too deeply"
    return str(err).split(":")[0]


def _load_json(text: str, *, where: str, what: str) -> object:
    """Parse JSON text; a failure is an :class:`InputError` naming ``where``."""
    try:
        return json.loads(text)
    except json.JSONDecodeError as err:
        line = f":{err.lineno}" if what == "JSON" else ""
        raise InputError(f"{where}{line}: malformed {what} ({err.msg}, column {err.colno})") from err
    except (RecursionError, ValueError) as err:  # too deep, or an integer too long
        raise InputError(f"{where}: malformed {what} ({_json_limit(err)})") from err


def _record_documents(records: Iterable[tuple[str, object]], *, on_error: OnError) -> Iterator[Document]:
    for where, record in records:
        try:
            yield _record_document(record, name=where)
        except InputError as err:
            on_error(err)


def _json_whole(text: str, *, name: str, on_error: OnError) -> Iterator[Document]:
    """Yield documents from one JSON object or an array of them."""
    if not text.strip():
        on_error(InputError(f"{name}: empty file"))
        return
    try:
        data = _load_json(text, where=name, what="JSON")
    except InputError as err:
        on_error(err)
        return
    if isinstance(data, list):
        yield from _record_documents(((f"{name}[{i}]", r) for i, r in enumerate(data, 1)), on_error=on_error)
    else:
        yield from _record_documents([(name, data)], on_error=on_error)


def _json_lines(lines: Iterable[bytes | str], *, name: str, on_error: OnError) -> Iterator[Document]:
    """Yield documents from JSON lines, one record per line, lazily."""
    seen = False

    def records() -> Iterator[tuple[str, object]]:
        nonlocal seen
        for lineno, line in enumerate(lines, 1):
            if isinstance(line, bytes):
                try:
                    line = line.decode("utf-8-sig" if lineno == 1 else "utf-8")
                except UnicodeDecodeError:
                    logger.warning("%s:%d: bytes not valid UTF-8 were replaced by U+FFFD", name, lineno)
                    line = line.decode("utf-8", errors="replace")
            if not line.strip():
                continue
            seen = True
            where = f"{name}:{lineno}"
            try:
                yield where, _load_json(line, where=where, what="JSON line")
            except InputError as err:
                on_error(err)

    yield from _record_documents(records(), on_error=on_error)
    if not seen:
        on_error(InputError(f"{name}: empty file"))


def iter_input_files(path: Path, *, on_error: OnError) -> Iterator[Path]:
    """Yield the readable article files under ``path``, sorted, recursively.

    Symbolic links to folders are not followed, so link loops cannot trap
    the walk. Files with other suffixes are passed over.
    """
    def walk_error(err: OSError) -> None:
        on_error(InputError(f"{err.filename}: cannot read folder ({err.strerror})"))

    for root, dirs, files in os.walk(path, onerror=walk_error, followlinks=False):
        dirs.sort()
        for filename in sorted(files):
            candidate = Path(root, filename)
            if candidate.suffix.lower() in TEXT_SUFFIXES + JSON_SUFFIXES or _web_file(candidate, folder=True):
                yield candidate


def _web_file(path: Path, *, folder: bool = False) -> bool:
    """True for a page, feed or WARC file (in a folder, ``.xml`` files are passed over)."""
    from .web.kinds import web_suffix

    suffix = web_suffix(path)
    return suffix is not None and not (folder and suffix == ".xml")


def _file_documents(path: Path, *, on_error: OnError, web: Callable) -> Iterator[Document]:
    name = str(path)
    suffix = path.suffix.lower()
    if _web_file(path) and not (path.exists() and not path.is_file()):
        yield from web().documents(path, on_error=on_error)
        return
    if suffix not in TEXT_SUFFIXES + JSON_SUFFIXES and not _web_file(path):
        from .web.kinds import WEB_SUFFIXES

        known = ", ".join(TEXT_SUFFIXES + JSON_SUFFIXES + WEB_SUFFIXES)
        on_error(InputError(f"{name}: unknown format {suffix or '(no suffix)'!r}; expected one of {known}"))
        return
    if path.exists() and not path.is_file():
        # A named pipe or a device would block the read or never end.
        on_error(InputError(f"{name}: not a regular file (use - to read a stream)"))
        return
    try:
        if suffix in (".jsonl", ".ndjson"):
            with path.open("rb") as stream:
                head = stream.read(4)
                stream.seek(0)
                if not head.lstrip().startswith(b"[") and not head.startswith(
                    (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
                ):
                    yield from _json_lines(stream, name=name, on_error=on_error)
                    return
        data = path.read_bytes()
    except OSError as err:
        on_error(InputError(f"{name}: cannot read file ({err.strerror or err})"))
        return
    try:
        text = decode_bytes(data, name=name)
    except InputError as err:
        on_error(err)
        return
    kind = {".json": "json", ".jsonl": "jsonl", ".ndjson": "jsonl"}.get(suffix, "text")
    yield from _decoded_documents(text, name=name, kind=kind, on_error=on_error)


def _decoded_documents(text: str, *, name: str, kind: str, on_error: OnError) -> Iterator[Document]:
    """The documents of decoded text of ``kind`` "text", "json", "jsonl" or "sniff".

    "sniff" reads JSON lines when the text starts with ``{``, a JSON array
    when it starts with ``[``, and one article otherwise.
    """
    head = text.lstrip()[:1]
    if kind == "sniff":
        kind = {"{": "jsonl", "[": "json"}.get(head, "text")
    if kind == "json" or (kind == "jsonl" and head == "["):
        yield from _json_whole(text, name=name, on_error=on_error)
    elif kind == "jsonl":
        yield from _json_lines(text.splitlines(), name=name, on_error=on_error)
    else:
        try:
            yield parse_text(text, name=name)
        except InputError as err:
            on_error(err)


def _stdin_documents(stream, *, on_error: OnError) -> Iterator[Document]:
    name = "<stdin>"
    data = stream.read()
    try:
        text = decode_bytes(data, name=name) if isinstance(data, bytes) else data
    except InputError as err:
        on_error(err)
        return
    yield from _decoded_documents(text, name=name, kind="sniff", on_error=on_error)


def read_documents(
    inputs: str | os.PathLike | Iterable[str | os.PathLike],
    *,
    strict: bool = False,
    on_error: OnError | None = None,
    stdin=None,
    web=None,
) -> Iterator[Document]:
    """Yield the documents of files, folders (recursively), URLs and ``-`` (stdin).

    Parameters
    ----------
    inputs : path, ``"-"`` or iterable of them
        ``.txt``/``.md`` files are one article each, titled by their first
        line when a blank line follows it. ``.jsonl``/``.json`` files hold
        records with ``text`` and optional ``id``, ``title``, ``url``,
        ``date`` (ISO 8601) and ``source``. Folders are searched
        recursively. ``-`` reads standard input, as JSON when it starts
        with ``{`` or ``[`` and as one text article otherwise.
        ``http(s)://`` URLs (pages and feeds), ``.html``/``.htm`` pages,
        ``.rss``/``.atom``/``.xml`` feeds and ``.warc``/``.warc.gz``
        files are read by ``web``.
    strict : bool
        Raise at the first bad document instead of going on.
    on_error : callable, optional
        Called with each :class:`InputError` when ``strict`` is false. By
        default the error is logged as a warning.
    stdin : file, optional
        The stream ``-`` reads; ``sys.stdin.buffer`` by default.
    web : extract.web.WebReader, optional
        Reads the web inputs (and counts the pages it passes over); one
        with the default :class:`~extract.web.FetchPolicy` when needed.

    Raises
    ------
    InputError
        Under ``strict``, for the first document that cannot be read.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (folder / "a.txt").write_text("Syria accused Israel.")
    >>> [d.text for d in read_documents(folder)]
    ['Syria accused Israel.']
    """
    if isinstance(inputs, (str, os.PathLike)):
        inputs = [inputs]
    readers = [web]

    def web_reader():
        if readers[0] is None:
            from .web.sources import WebReader

            readers[0] = WebReader()
        return readers[0]

    def handle(err: InputError) -> None:
        if strict:
            raise err
        if on_error is not None:
            on_error(err)
        else:
            logger.warning("%s", err)

    from .web.kinds import is_url

    for item in inputs:
        if is_url(item):
            yield from web_reader().documents(item, on_error=handle)
            continue
        if str(item) == "-":
            stream = stdin if stdin is not None else sys.stdin.buffer
            yield from _stdin_documents(stream, on_error=handle)
            continue
        path = Path(item)
        if path.is_dir():
            for file in iter_input_files(path, on_error=handle):
                yield from _file_documents(file, on_error=handle, web=web_reader)
        elif path.exists() or path.is_symlink():
            yield from _file_documents(path, on_error=handle, web=web_reader)
        else:
            handle(InputError(f"{path}: no such file or folder"))
