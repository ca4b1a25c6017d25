"""RSS and Atom feeds, read with feedparser.

A feed is a list of :class:`Entry` values: each entry's link, its id, its
headline, date and author, and, where the feed carries the full text
(``content:encoded`` or Atom ``content``), that HTML. The caller fetches
the links of entries without full text and reads them as pages.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

from ..errors import InputError

__all__ = ["Entry", "Feed", "read_feed"]

_FULL_TEXT_WORDS = 50  # fewer words in the feed's content: a summary, fetch the page


@dataclass(frozen=True, slots=True)
class Entry:
    """One item of a feed. ``content`` is the full-text HTML, if the feed carries it."""

    id: str | None
    link: str | None
    title: str | None
    date: str | None
    author: str | None
    content: str | None


@dataclass(frozen=True, slots=True)
class Feed:
    """A feed: its title (the site) and its entries in feed order."""

    title: str | None
    link: str | None
    entries: tuple[Entry, ...]


def _date(entry) -> str | None:
    for key in ("published_parsed", "updated_parsed"):
        value = entry.get(key)
        if value:
            return time.strftime("%Y-%m-%dT%H:%M:%SZ", value)
    return None


def _content(entry) -> str | None:
    for part in entry.get("content") or ():
        value = part.get("value") or ""
        if "html" in (part.get("type") or "html") and len(value.split()) >= _FULL_TEXT_WORDS:
            return value
    return None


def read_feed(data: bytes, *, where: str) -> Feed:
    """Parse the bytes of an RSS or Atom feed.

    Raises
    ------
    InputError
        If the data is not a feed (no feed element, or unparsable with no entry).
    """
    import feedparser

    parsed = feedparser.parse(data, sanitize_html=False, resolve_relative_uris=True)
    if not parsed.get("version") and not parsed.entries:
        reason = parsed.get("bozo_exception")
        raise InputError(f"{where}: not an RSS or Atom feed" + (f" ({reason})" if reason else ""))
    entries = tuple(
        Entry(id=e.get("id") or None, link=e.get("link") or None, title=e.get("title") or None, date=_date(e),
              author=e.get("author") or None, content=_content(e))
        for e in parsed.entries
    )
    return Feed(title=parsed.feed.get("title") or None, link=parsed.feed.get("link") or None, entries=entries)
