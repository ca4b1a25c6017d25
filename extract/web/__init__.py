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

from .dedup import Copy, CopyFinder
from .fetch import FetchError, Fetcher, FetchPolicy
from .pages import PageSkipped, page_document
from .sources import WebReader
from .state import PollState, from_state_json, to_state_json

__all__ = ["Copy", "CopyFinder", "FetchError", "Fetcher", "FetchPolicy", "PageSkipped", "page_document",
           "WebReader", "PollState", "from_state_json", "to_state_json"]
