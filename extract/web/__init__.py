"""Web inputs: pages, feeds and web archives, and syndicated copies counted once.

- :mod:`~extract.web.fetch`: the polite, safe HTTP client (:class:`Fetcher`, :class:`FetchPolicy`);
- :mod:`~extract.web.pages`: a page to a :class:`~extract.types.Document` with trafilatura;
- :mod:`~extract.web.feeds`: RSS and Atom with feedparser;
- :mod:`~extract.web.warc`: WARC files streamed with warcio;
- :mod:`~extract.web.dedup`: near-duplicates by MinHash over word shingles;
- :mod:`~extract.web.state`: what a poll remembers between runs;
- :mod:`~extract.web.sources`: :class:`WebReader`, the dispatch of all of them.

Nothing here imports spaCy or ``graph``.
"""

import importlib

# Where each name lives; the submodules load on first use, so asking
# extract.web.kinds whether a path is a web input imports none of requests,
# trafilatura, feedparser or warcio.
_WHERE = {
    "Copy": "dedup", "CopyFinder": "dedup",
    "FetchError": "fetch", "Fetcher": "fetch", "FetchPolicy": "fetch",
    "PageSkipped": "pages", "page_document": "pages",
    "WebReader": "sources",
    "PollState": "state", "from_state_json": "state", "to_state_json": "state",
}

__all__ = ["Copy", "CopyFinder", "FetchError", "Fetcher", "FetchPolicy", "PageSkipped", "page_document",
           "WebReader", "PollState", "from_state_json", "to_state_json"]


def __getattr__(name: str):
    where = _WHERE.get(name)
    if where is None:
        raise AttributeError(f"module 'extract.web' has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{where}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_WHERE})
