"""Documents from the web inputs: URLs, HTML files, feeds and WARC files, mixed freely.

:class:`WebReader` is what :func:`extract.documents.read_documents` hands a
URL, an ``.html``/``.htm`` file, a feed file or a WARC file to. It owns the
:class:`~extract.web.fetch.Fetcher` (so the per-host delay and robots.txt
hold across inputs) and the :class:`~extract.web.state.PollState` of the
store being built into, and counts what it passes over by reason
(:attr:`WebReader.skipped`): pages that are not English articles, records
that are not HTML responses, links robots.txt disallows, entries the store
already holds. A page that fails (an HTTP error, a timeout, an unsafe
address, too large) is an error, given to ``on_error``.
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import InputError
from ..types import Document
from .feeds import Feed, read_feed
from .fetch import HTML_TYPES, FetchError, Fetcher, FetchPolicy
from .pages import PageSkipped, canonical_url, page_document
from .state import PollState
from .kinds import FEED_SUFFIXES, HTML_SUFFIXES, WARC_SUFFIXES, WEB_SUFFIXES, is_url, web_suffix
from .warc import WarcSkip, iter_warc

__all__ = ["WebReader"]

logger = logging.getLogger("newsgraph")

OnError = Callable[[InputError], None]


@dataclass
class WebReader:
    """Reads web inputs into documents, politely, safely and once.

    Parameters
    ----------
    policy : FetchPolicy
    state : PollState
        What the store already holds (polling); updated as pages are read.
    """

    policy: FetchPolicy = field(default_factory=FetchPolicy)
    state: PollState = field(default_factory=PollState)
    skipped: Counter = field(default_factory=Counter)
    fetcher: Fetcher | None = None

    def __post_init__(self) -> None:
        if self.fetcher is None:
            self.fetcher = Fetcher(self.policy)

    def close(self) -> None:
        self.fetcher.close()

    def _skip(self, err: PageSkipped | FetchError) -> None:
        self.skipped[err.reason] += 1
        logger.info("%s", err)

    def _held(self, *keys: str | None) -> bool:
        return any(k and k in self.state.held for k in keys)

    def _taken(self, doc: Document) -> Document:
        self.state.held.update(doc.poll_keys)
        return doc

    # -- inputs --------------------------------------------------------

    def documents(self, item, *, on_error: OnError) -> Iterator[Document]:
        """The documents of one input: a URL, or a path with a web suffix."""
        if is_url(item):
            self.fetcher.trust(item)
            yield from self._url_documents(item, on_error=on_error)
            return
        path = Path(item)
        suffix = web_suffix(path)
        try:
            if suffix in WARC_SUFFIXES:
                yield from self._warc_documents(path, on_error=on_error)
                return
            data = path.read_bytes()
        except OSError as err:
            on_error(InputError(f"{path}: cannot read file ({err.strerror or err})"))
            return
        except InputError as err:
            on_error(err)
            return
        if suffix in FEED_SUFFIXES:
            try:
                feed = read_feed(data, where=str(path))
            except InputError as err:
                on_error(err)
                return
            yield from self._feed_documents(feed, where=str(path), on_error=on_error)
        else:
            yield from self._page(data, url=None, where=str(path), on_error=on_error)

    def _page(self, data: bytes, *, url, where, on_error, fetched: bool = False, **known) -> Iterator[Document]:
        try:
            doc = page_document(data, url=url, where=where, **known)
        except PageSkipped as err:
            self._skip(err)
            if fetched:  # not an English article now, nor at the next poll: not fetched again
                self.state.held.update(known.get("poll_keys", ()))
            return
        except InputError as err:
            on_error(err)
            return
        except Exception as err:  # noqa: BLE001 - a parser failing on hostile markup must not stop the run
            on_error(InputError(f"{where}: cannot read page ({type(err).__name__}: {err})"))
            return
        if fetched and self._held(doc.url):
            # Reached by another link: the page the store holds under its canonical URL.
            self.skipped["already held"] += 1
            return
        yield self._taken(doc)

    def _url_documents(self, url: str, *, on_error: OnError) -> Iterator[Document]:
        if self._held(canonical_url(url)):
            self.skipped["already held"] += 1
            return
        try:
            answer = self.fetcher.get(url, validators=self.state.validators.get(url))
        except FetchError as err:
            self._skip(err) if err.refused else on_error(err)
            return
        if answer.not_modified:
            self.skipped["not modified"] += 1
            logger.info("%s: not modified since the last poll", url)
            return
        if answer.kind == "feed":
            try:
                feed = read_feed(answer.body, where=url)
            except InputError as err:
                on_error(err)
                return
            self.state.validators[url] = {k: v for k, v in (("etag", answer.etag),
                                                            ("last_modified", answer.last_modified)) if v}
            yield from self._feed_documents(feed, where=url, on_error=on_error)
        else:
            yield from self._page(answer.body, url=answer.url, where=url, on_error=on_error, fetched=True,
                                  poll_keys=(canonical_url(url), canonical_url(answer.url)))

    def _feed_documents(self, feed: Feed, *, where: str, on_error: OnError) -> Iterator[Document]:
        for number, entry in enumerate(feed.entries, 1):
            at = entry.link or f"{where}#entry{number}"
            link = canonical_url(entry.link) if entry.link else None
            if self._held(entry.id, link):
                self.skipped["already held"] += 1
                continue
            keys = tuple(k for k in (entry.id, link) if k)
            known = {"source": feed.title, "date": entry.date, "poll_keys": keys}
            if entry.content:
                yield from self._page(_entry_html(entry, site=feed.title), url=entry.link, where=at, on_error=on_error, **known)
                continue
            if not entry.link:
                on_error(InputError(f"{at}: feed entry without a link or full text"))
                continue
            try:
                answer = self.fetcher.get(entry.link, accept=HTML_TYPES)
            except FetchError as err:
                self._skip(err) if err.refused else on_error(err)
                continue
            known["poll_keys"] = (*keys, canonical_url(answer.url))
            yield from self._page(answer.body, url=answer.url, where=at, on_error=on_error, fetched=True, **known)

    def _warc_documents(self, path: Path, *, on_error: OnError) -> Iterator[Document]:
        for record in iter_warc(path, max_bytes=self.policy.max_decompressed):
            if isinstance(record, WarcSkip):
                self.skipped[record.reason] += 1
                continue
            yield from self._page(record.body, url=record.url or None, where=record.where, on_error=on_error,
                                  date=_warc_date(record.date))


def _entry_html(entry, *, site: str | None) -> bytes:
    """A page of a feed entry's full text, its headline, author and site as metadata."""
    from html import escape

    head = f"<title>{escape(entry.title or '')}</title>"
    if site:
        head += f'<meta property="og:site_name" content="{escape(site)}">'
    if entry.date:
        head += f'<meta property="article:published_time" content="{escape(entry.date)}">'
    if entry.author:
        head += f'<meta name="author" content="{escape(entry.author)}">'
    return f"<html><head>{head}</head><body><article>{entry.content}</article></body></html>".encode()


def _warc_date(value: str | None) -> str | None:
    return value[:10] if value and len(value) >= 10 else None
