"""WARC and WARC.gz files (CC-NEWS style), streamed record by record with warcio.

Only HTML response records with a 2xx status become pages; every other
record (requests, metadata, non-HTML responses, revisits, redirects) is
passed over and counted by type. Memory stays flat: one record is held at
a time.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from ..errors import InputError
from .fetch import HTML_TYPES, media_type

__all__ = ["WarcPage", "WarcSkip", "iter_warc"]


@dataclass(frozen=True, slots=True)
class WarcPage:
    """An HTML response record: where it is, the URL it answered and its body."""

    where: str
    url: str
    date: str | None
    body: bytes


@dataclass(frozen=True, slots=True)
class WarcSkip:
    """A record passed over and why (``not a response`` or ``not HTML``)."""

    where: str
    reason: str


def iter_warc(path: str | Path, *, max_bytes: int = 20_000_000) -> Iterator[WarcPage | WarcSkip]:
    """Yield a :class:`WarcPage` or :class:`WarcSkip` per record of a WARC file, streamed.

    Parameters
    ----------
    path : path
        A ``.warc`` or ``.warc.gz`` file.
    max_bytes : int
        A record whose body is longer is skipped (``not HTML``), unread.

    Raises
    ------
    InputError
        If the file cannot be opened or is not a WARC (naming the file and
        the record number reached).
    """
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    name = str(path)
    number = 0
    try:
        with open(path, "rb") as stream:
            for number, record in enumerate(ArchiveIterator(stream), 1):
                where = f"{name}#{number}"
                if record.format != "warc":  # warcio reads any line of words as an old ARC record
                    raise InputError(f"{where}: not a WARC record ({record.format or 'unknown'} format)")
                if record.rec_type != "response":
                    yield WarcSkip(where, "not a response")
                    continue
                http = record.http_headers
                media = media_type(http.get_header("Content-Type")) if http else ""
                status = http.get_statuscode() if http else ""
                if media not in HTML_TYPES or not str(status).startswith("2"):
                    yield WarcSkip(where, "not HTML")
                    continue
                body = record.content_stream().read(max_bytes + 1)
                if len(body) > max_bytes:
                    yield WarcSkip(where, "not HTML")
                    continue
                url = record.rec_headers.get_header("WARC-Target-URI") or ""
                date = record.rec_headers.get_header("WARC-Date")
                yield WarcPage(where=where, url=url, date=date, body=body)
        if number == 0:
            raise InputError(f"{name}: no WARC record")
    except OSError as err:
        raise InputError(f"{name}: cannot read file ({err.strerror or err})") from None
    except (EOFError, zlib.error) as err:
        raise InputError(f"{name}#{number + 1}: truncated or corrupt compressed data ({err})") from None
    except ArchiveLoadFailed as err:
        raise InputError(f"{name}#{number + 1}: not a WARC record ({str(err).splitlines()[0]})") from None
