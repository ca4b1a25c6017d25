"""A real HTTP server on 127.0.0.1 (threaded ``http.server``) serving news pages, feeds and traps.

The pages carry real boilerplate (menus, a cookie notice, comments, a
footer). The site has a robots.txt that disallows ``/private/``, a feed
whose links include a dead one, a redirect, a slow page, a gzip-compressed
page, an oversized page, a compression bomb, a PDF, a redirect to another
host name of the same loopback address, a French page and an index page.
Every request is counted per path, so tests can say what was fetched.
"""

from __future__ import annotations

import gzip
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from email.utils import formatdate
from html import escape
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

#: The wire story: its words decide what a copy is. Entities and acts are in the text.
STORY = (
    "Turkish rescuers pulled survivors from collapsed buildings in Gaziantep on Monday after a powerful "
    "earthquake struck southern Turkey, killing at least 300 people, officials said.\n\n"
    "President Recep Tayyip Erdogan declared a state of emergency in ten provinces. Germany sent a team of "
    "rescue workers to Turkey and the European Union promised aid to the region, the agency said."
)
OTHER_STORY = (
    "Kenyan police arrested three opposition leaders in Nairobi on Tuesday after protests against new taxes "
    "turned violent, the interior ministry said.\n\n"
    "The government of Kenya accused the opposition of planning the unrest. Human rights groups criticised the "
    "arrests and called for the release of the leaders, who deny the charges against them."
)
FRENCH = (
    "Les sauveteurs turcs ont retiré des survivants des bâtiments effondrés à Gaziantep lundi après un "
    "puissant séisme dans le sud de la Turquie, qui a fait au moins trois cents morts selon les autorités. "
    "Le président a déclaré l'état d'urgence dans dix provinces et plusieurs pays ont envoyé des secours."
)


def article(headline: str, story: str, *, site: str, canonical: str, date: str = "2023-02-06",
            author: str = "Jane Doe", dateline: str = "", lang: str = "en") -> str:
    """A news page with a site's boilerplate around the story."""
    paragraphs = story.split("\n\n")
    if dateline:
        paragraphs[0] = dateline + " " + paragraphs[0]
    body = "".join(f"<p>{escape(p)}</p>" for p in paragraphs)
    return f"""<!DOCTYPE html><html lang="{lang}"><head>
<title>{escape(headline)} | {escape(site)}</title>
<meta property="og:site_name" content="{escape(site)}">
<meta property="og:title" content="{escape(headline)}">
<meta name="author" content="{escape(author)}">
<meta property="article:published_time" content="{date}">
<link rel="canonical" href="{canonical}">
</head><body>
<header><nav class="menu"><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li>
<li><a href="/sport">Sport</a></li><li><a href="/subscribe">Subscribe to {escape(site)}</a></li></ul></nav></header>
<div id="cookie-banner" class="cookie-notice"><p>We use cookies to improve your experience on {escape(site)}.
By continuing you accept our cookie policy.</p><button>Accept all cookies</button></div>
<main><article><h1>{escape(headline)}</h1><p class="byline">By {escape(author)}</p>{body}</article>
<aside class="sidebar"><h3>Most read</h3><ul><li><a href="/x1">Celebrity wedding stuns fans</a></li>
<li><a href="/x2">Ten recipes for the weekend</a></li></ul></aside></main>
<section id="comments" class="comments"><h3>Comments</h3><div class="comment"><p>Bob wrote: Terrible news,
my thoughts go out to everyone there. Subscribe to my channel for more videos!</p></div></section>
<footer><p>Copyright 2023 {escape(site)}. All rights reserved. Contact us. Privacy policy. Terms of use.</p>
</footer></body></html>"""


def index_page() -> str:
    links = "".join(f'<li><a href="/story{i}">Story number {i} of the day about the news</a></li>'
                    for i in range(40))
    return f"<html lang='en'><head><title>Latest news</title></head><body><ul>{links}</ul></body></html>"


def rss(items: list[tuple[str, str]], *, title: str = "Wire Feed") -> str:
    """An RSS 2.0 feed of ``(guid, link)`` items."""
    entries = "".join(
        f"<item><title>Item {i}</title><link>{escape(link)}</link><guid>{escape(guid)}</guid>"
        f"<pubDate>Mon, 06 Feb 2023 10:00:00 GMT</pubDate></item>"
        for i, (guid, link) in enumerate(items)
    )
    return (f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>{escape(title)}</title>'
            f"<link>http://wire.example/</link><description>news</description>{entries}</channel></rss>")


@dataclass
class Site:
    """The running server: its base URL, the routes and the requests counted per path."""

    base: str
    port: int
    routes: dict = field(default_factory=dict)
    hits: Counter = field(default_factory=Counter)
    conditional: list = field(default_factory=list)

    def url(self, path: str) -> str:
        return self.base + path


def _routes(site: Site) -> dict:
    b = site.base
    feed = rss([("urn:wire:a", b + "/a"), ("urn:wire:b", b + "/b"), ("urn:wire:dead", b + "/dead"),
                ("urn:wire:private", b + "/private/secret"), ("urn:wire:index", b + "/index"),
                ("urn:wire:fr", b + "/fr"), ("urn:wire:c", b + "/redirect-c")])
    return {
        "/robots.txt": (200, "text/plain", "User-agent: *\nDisallow: /private/\n"),
        "/feed.xml": (200, "application/rss+xml", feed),
        "/a": (200, "text/html; charset=utf-8",
               article("Earthquake kills hundreds in Turkey", STORY, site="Anatolia Times",
                       canonical=b + "/a", dateline="ISTANBUL (AFP) -")),
        "/b": (200, "text/html; charset=utf-8",
               article("Hundreds killed as quake hits Turkey", STORY, site="Global Herald",
                       canonical=b + "/b", author="Wire staff")),
        "/c": (200, "text/html", article("Kenyan police arrest opposition leaders", OTHER_STORY,
                                          site="Nairobi Daily", canonical=b + "/c", date="2023-07-11")),
        "/redirect-c": (302, b + "/c", ""),
        "/to-localhost": (302, f"http://localhost:{site.port}/c", ""),
        "/private/secret": (200, "text/html", article("Secret", OTHER_STORY, site="X", canonical=b + "/private/secret")),
        "/index": (200, "text/html", index_page()),
        "/fr": (200, "text/html", article("Séisme en Turquie", FRENCH, site="Le Monde Test", canonical=b + "/fr",
                                          lang="fr")),
        "/pdf": (200, "application/pdf", "%PDF-1.4 not a page"),
        "/big": (200, "text/html", article("Big", OTHER_STORY + " padding" * 40000, site="X", canonical=b + "/big")),
        "/slow": ("slow", "text/html", article("Slow", OTHER_STORY, site="X", canonical=b + "/slow")),
        "/gzip": ("gzip", "text/html", article("Kenyan police arrest opposition leaders", OTHER_STORY,
                                                site="Zip News", canonical=b + "/gzip")),
        "/bomb": ("gzip", "text/html", "<html><body>" + " " * 3_000_000 + "</body></html>"),
    }


def _handler(site: Site):
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args) -> None:  # quiet
            pass

        def do_GET(self) -> None:  # noqa: N802 - http.server's name
            path = self.path.split("?", 1)[0]
            site.hits[path] += 1
            if path not in site.routes:
                return self._send(404, "text/html", b"<html><body>Not found</body></html>")
            status, kind, body = site.routes[path]
            if status in (301, 302):
                self.send_response(status)
                self.send_header("Location", kind)
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            if status == "slow":
                time.sleep(1.5)
                status = 200
            headers = {}
            data = body.encode("utf-8")
            if status == "gzip":
                status, data = 200, gzip.compress(data)
                headers["Content-Encoding"] = "gzip"
            if path == "/feed.xml":
                etag = '"feed-v1"'
                headers["ETag"] = etag
                headers["Last-Modified"] = formatdate(1675677600, usegmt=True)
                if self.headers.get("If-None-Match") == etag:
                    site.conditional.append(path)
                    return self._send(304, kind, b"", headers)
            self._send(status, kind, data, headers)

        def _send(self, status, kind, data: bytes, headers=None) -> None:
            self.send_response(status)
            self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(data)))
            for name, value in (headers or {}).items():
                self.send_header(name, value)
            self.end_headers()
            if status != 304:
                try:
                    self.wfile.write(data)
                except (BrokenPipeError, ConnectionResetError):
                    pass

    return Handler


@pytest.fixture(scope="session")
def site():
    """The news site on 127.0.0.1, stopped after the session."""
    holder: dict = {}
    server = ThreadingHTTPServer(("127.0.0.1", 0), lambda *a: holder["handler"](*a))
    server.daemon_threads = True
    port = server.server_address[1]
    site = Site(base=f"http://127.0.0.1:{port}", port=port)
    site.routes.update(_routes(site))
    holder["handler"] = _handler(site)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield site
    finally:
        server.shutdown()
        server.server_close()
