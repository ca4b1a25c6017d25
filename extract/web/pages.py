"""Web pages to documents, with trafilatura.

:func:`page_document` takes the main text of an HTML page (no menus,
sidebars, cookie notices, comments or footers) and its metadata: the
headline, the publication date, the author, the site name and the
canonical URL. The document id is a hash of the canonical URL, so the
same article gets the same id however it was reached.

A page that is not an English article is not a document: it raises
:class:`PageSkipped` naming the reason (:data:`SKIP_REASONS`), which
callers count rather than treat as an error.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

from ..errors import InputError
from ..types import Document

__all__ = ["SKIP_REASONS", "PageSkipped", "Page", "canonical_url", "url_id", "read_page", "page_document"]

logger = logging.getLogger("newsgraph")

#: Why a page or record is passed over (counted, not an error).
SKIP_REASONS = ("not English", "not an article", "not HTML", "robots.txt", "content type", "already held",
                "not modified", "not a response")

_WORDS_FILE = Path(__file__).resolve().parent.parent / "data" / "english_words.txt"
_MIN_WORDS = 30  # fewer words of main text: not an article (an index, a stub, an error page)
_MAX_LINK_SHARE = 0.5  # a page whose words are mostly link text is an index
_MIN_ENGLISH_SHARE = 0.12  # share of English function words in English news prose is ~0.3
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_LANG = re.compile(rb"<html\b[^>]*?\blang\s*=\s*[\"']?([A-Za-z]{2,3})", re.IGNORECASE)


class PageSkipped(InputError):
    """A page that is readable but not read: ``reason`` is one of :data:`SKIP_REASONS`."""

    def __init__(self, where: str, reason: str, detail: str = "") -> None:
        super().__init__(f"{where}: skipped, {reason}" + (f" ({detail})" if detail else ""))
        self.where = where
        self.reason = reason


@dataclass(frozen=True, slots=True)
class Page:
    """What trafilatura read off a page: main text and metadata."""

    text: str
    title: str | None
    date: str | None
    author: str | None
    source: str | None
    url: str | None


def canonical_url(url: str) -> str:
    """``url`` without its fragment, with scheme and host in lower case.

    Examples
    --------
    >>> canonical_url("HTTPS://News.Example/a/b?x=1#top")
    'https://news.example/a/b?x=1'
    """
    parts = urlsplit(url.strip())
    return urlunsplit((parts.scheme.lower(), parts.netloc.lower(), parts.path or "/", parts.query, ""))


def url_id(url: str) -> str:
    """The stable document id of the page at canonical URL ``url``.

    Examples
    --------
    >>> url_id("https://news.example/a") == url_id("https://NEWS.example/a#x")
    True
    """
    from ..documents import content_id

    return content_id(canonical_url(url))


@lru_cache(maxsize=1)
def _english_words() -> frozenset[str]:
    from ..lexicon.readers import read_words

    return frozenset(row.cells[0].casefold() for row in read_words(_WORDS_FILE))


def _language_skip(html: bytes, text: str, *, where: str) -> None:
    declared = _LANG.search(html[:4096])
    if declared and declared.group(1).lower().decode() not in ("en", "eng"):
        raise PageSkipped(where, "not English", f"lang={declared.group(1).decode()}")
    words = [w.casefold() for w in _WORD.findall(text)]
    common = _english_words()
    share = sum(1 for w in words if w in common) / max(len(words), 1)
    if share < _MIN_ENGLISH_SHARE:
        raise PageSkipped(where, "not English", f"{share:.0%} English function words")


def _link_share(tree) -> float:
    body = tree.find(".//body")
    if body is None:
        return 0.0
    words = len(" ".join(body.itertext()).split())
    linked = sum(len(" ".join(a.itertext()).split()) for a in body.iter("a"))
    return linked / max(words, 1)


def read_page(html: bytes | str, *, url: str | None = None, where: str) -> Page:
    """The main text and metadata of an HTML page.

    Raises
    ------
    PageSkipped
        ``not an article`` (an index page that is mostly links, or too
        little main text) or ``not English``.
    """
    import lxml.html
    import trafilatura

    data = html.encode("utf-8") if isinstance(html, str) else html
    try:
        tree = lxml.html.fromstring(data)
    except (ValueError, lxml.etree.ParserError) as err:
        raise PageSkipped(where, "not HTML", str(err)) from None
    share = _link_share(tree)
    if share > _MAX_LINK_SHARE:
        raise PageSkipped(where, "not an article", f"an index page: {share:.0%} of its words are links")
    result = trafilatura.bare_extraction(tree, url=url, with_metadata=True, include_comments=False,
                                         include_tables=False, include_images=False)
    text = (result.text or "").strip() if result is not None else ""
    if len(text.split()) < _MIN_WORDS:
        raise PageSkipped(where, "not an article", f"{len(text.split())} words of main text")
    _language_skip(data, text, where=where)
    text = re.sub(r"\n\s*", "\n\n", _without_headline(text, result.title))  # one blank line between paragraphs
    return Page(text=text, title=result.title or None, date=result.date or None, author=result.author or None,
                source=result.sitename or None, url=result.url or url)


def _without_headline(text: str, title: str | None) -> str:
    """The text, its first line dropped when it only repeats the headline."""
    first, _, rest = text.partition("\n")
    if title and rest and first.strip() == title.strip():
        return rest.lstrip("\n")
    return text


def page_document(html: bytes | str, *, url: str | None = None, where: str, source: str | None = None,
                  date: str | None = None, poll_keys: tuple[str, ...] = ()) -> Document:
    """The :class:`Document` of one HTML page.

    Parameters
    ----------
    html : bytes or str
    url : str, optional
        Where the page was fetched (or recorded); the page's canonical
        link wins over it when it is on the same host.
    where : str
        What error messages name (a path, a URL, ``file.warc.gz#record``).
    source, date : str, optional
        The site and date to use when the page names none (from a feed).
    poll_keys : tuple of str
        Feed entry id and URLs a later poll recognises the page by.

    Raises
    ------
    PageSkipped
        As :func:`read_page`.
    """
    from ..documents import clean_text, content_id

    page = read_page(html, url=url, where=where)
    text = clean_text(page.text, name=where)
    canonical = canonical_url(page.url) if page.url and urlsplit(page.url).scheme in ("http", "https") else None
    if canonical and url and urlsplit(canonical).hostname != urlsplit(url).hostname:
        # A page may not claim another site's URL (and so replace that site's document).
        logger.info("%s: canonical URL %s is on another host; the page's own URL is kept", where, canonical)
        canonical = canonical_url(url)
    doc_id = url_id(canonical) if canonical else content_id(text)
    keys = tuple(dict.fromkeys(k for k in (*poll_keys, canonical, url and canonical_url(url)) if k))
    return Document(id=doc_id, text=text, title=page.title, url=canonical or url, date=page.date or date,
                    source=page.source or source, origin=where, author=page.author, extracted=True,
                    poll_keys=keys)
