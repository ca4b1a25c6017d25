"""Which inputs are web inputs: URLs and the file suffixes of pages, feeds and web archives.

A leaf module: reading ``.txt`` or JSON input asks it, and nothing of the
web reader (requests, trafilatura, feedparser, warcio) is imported for that.
"""

from __future__ import annotations

from pathlib import Path

__all__ = ["HTML_SUFFIXES", "FEED_SUFFIXES", "WARC_SUFFIXES", "WEB_SUFFIXES", "is_url", "web_suffix"]

HTML_SUFFIXES = (".html", ".htm")
FEED_SUFFIXES = (".rss", ".atom", ".xml")
WARC_SUFFIXES = (".warc", ".warc.gz")
#: Every suffix the web reader takes (folders are searched for all but ``.xml``).
WEB_SUFFIXES = HTML_SUFFIXES + FEED_SUFFIXES + WARC_SUFFIXES


def is_url(item: object) -> bool:
    """True when ``item`` is an ``http(s)://`` URL given as a string.

    >>> is_url("https://example.org/a"), is_url("a.txt")
    (True, False)
    """
    return isinstance(item, str) and item[:8].lower().startswith(("http://", "https://"))


def web_suffix(path: Path) -> str | None:
    """The web suffix of ``path`` (``.warc.gz`` counts as one), or None.

    >>> web_suffix(Path("crawl.WARC.gz")), web_suffix(Path("a.txt"))
    ('.warc.gz', None)
    """
    name = path.name.lower()
    for suffix in WEB_SUFFIXES:
        if name.endswith(suffix):
            return suffix
    return None
