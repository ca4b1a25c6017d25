"""Fetching web resources politely and safely (the I/O of the web inputs).

Feeds, pages and the links inside them are untrusted. A :class:`Fetcher`:

- fetches over ``http`` and ``https`` only;
- resolves the host name and refuses private, loopback, link-local,
  multicast, reserved and unspecified addresses, unless the host is one the
  user named (``trusted_hosts``: the host of a URL given on the command
  line, hence of a feed the user named) or ``allow_private`` is set;
- follows redirects itself, checking every hop the same way;
- honours robots.txt (:mod:`urllib.robotparser`) and waits ``delay``
  seconds (or the site's ``Crawl-delay``, if longer) between two requests
  to one host;
- caps the bytes read off the wire and the bytes once decompressed;
- checks the content type;
- retries connection failures, 429 and 5xx answers with exponential
  backoff, with a timeout on every request;
- sends conditional requests (``If-None-Match``, ``If-Modified-Since``)
  when given the validators of an earlier answer.

Every failure is a :class:`FetchError` (an :class:`~extract.errors.InputError`)
naming the URL and the reason; ``reason`` is one of :data:`FAILURES` or
:data:`REFUSALS`, so a caller can count them.
"""

from __future__ import annotations

import ipaddress
import socket
import time
import urllib.robotparser
from collections.abc import Callable
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit

from ..errors import InputError

__all__ = [
    "USER_AGENT",
    "HTML_TYPES",
    "FEED_TYPES",
    "FAILURES",
    "REFUSALS",
    "FetchError",
    "FetchPolicy",
    "Response",
    "Fetcher",
    "is_public_address",
    "media_type",
]

#: The user agent every request sends: it names newsgraph and where to read about it.
USER_AGENT = "newsgraph/0.1 (+https://w3id.org/newsgraph; news knowledge graph builder)"
#: Content types read as web pages.
HTML_TYPES = ("text/html", "application/xhtml+xml")
#: Content types read as feeds.
FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/xml",
              "text/xml", "application/feed+json")
#: Reasons a fetch failed (an error: the run's exit code is 1).
FAILURES = ("http status", "timeout", "connection", "too large", "unsafe address", "bad url")
#: Reasons a fetch was declined on purpose (counted, not an error).
REFUSALS = ("robots.txt", "content type")

_SCHEMES = ("http", "https")
_REDIRECTS = (301, 302, 303, 307, 308)
_RETRY_STATUS = (429, 500, 502, 503, 504)
_CHUNK = 64 * 1024


class FetchError(InputError):
    """A URL could not be fetched, or was not, and why.

    Attributes
    ----------
    url : str
    reason : str
        One of :data:`FAILURES` or :data:`REFUSALS`.
    status : int or None
        The HTTP status, where there was one.
    """

    def __init__(self, url: str, reason: str, detail: str, *, status: int | None = None) -> None:
        super().__init__(f"{url}: {detail}")
        self.url = url
        self.reason = reason
        self.status = status

    @property
    def refused(self) -> bool:
        """True when the fetch was declined by a rule (robots.txt, content type), not failed."""
        return self.reason in REFUSALS


@dataclass(frozen=True, slots=True)
class FetchPolicy:
    """How a :class:`Fetcher` behaves; the defaults suit a news crawl.

    Attributes
    ----------
    timeout : float
        Seconds to connect, and to wait between two bytes of the answer.
    retries : int
        Further attempts after a connection failure, a timeout, 429 or 5xx.
    backoff : float
        The first retry waits this long, each next one twice as long.
    delay : float
        Least seconds between two requests to one host.
    max_bytes : int
        Most bytes read off the wire for one resource.
    max_decompressed : int
        Most bytes of one resource once decompressed.
    max_redirects : int
    allow_private : bool
        Fetch private, loopback and link-local addresses from any link.
    user_agent : str
    """

    timeout: float = 20.0
    retries: int = 2
    backoff: float = 0.5
    delay: float = 1.0
    max_bytes: int = 5_000_000
    max_decompressed: int = 20_000_000
    max_redirects: int = 5
    allow_private: bool = False
    user_agent: str = USER_AGENT


@dataclass(frozen=True, slots=True)
class Response:
    """A fetched resource.

    ``url`` is the address finally answered (after redirects); ``body`` is
    empty and ``not_modified`` true for a 304 to a conditional request.
    """

    url: str
    requested: str
    status: int
    content_type: str
    body: bytes
    etag: str | None = None
    last_modified: str | None = None
    not_modified: bool = False

    @property
    def kind(self) -> str:
        """``"feed"`` or ``"html"``, told from the content type and the first bytes."""
        head = self.body[:512].lstrip().lower()
        if self.content_type in FEED_TYPES or head.startswith((b"<?xml", b"<rss", b"<feed", b"<rdf")):
            if b"<html" not in head:
                return "feed"
        return "html"


def is_public_address(address: str) -> bool:
    """True when ``address`` is a global unicast IP address.

    Examples
    --------
    >>> is_public_address("93.184.216.34"), is_public_address("127.0.0.1"), is_public_address("fe80::1")
    (True, False, False)
    """
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return not (ip.is_private or ip.is_loopback or ip.is_link_local or ip.is_multicast or ip.is_reserved
                or ip.is_unspecified) and ip.is_global


def _resolve(host: str, port: int) -> list[str]:
    return sorted({info[4][0] for info in socket.getaddrinfo(host, port, proto=socket.IPPROTO_TCP)})


def media_type(header: str | None) -> str:
    """The media type of a ``Content-Type`` header, lower case, without parameters."""
    return (header or "").split(";", 1)[0].strip().lower()


@dataclass
class _HostState:
    last: float = 0.0
    robots: urllib.robotparser.RobotFileParser | None = None
    crawl_delay: float = 0.0


@dataclass
class Fetcher:
    """A polite, safe HTTP client over one :class:`requests.Session`.

    Parameters
    ----------
    policy : FetchPolicy
    trusted_hosts : set of str
        Hosts whose private addresses may be fetched: those of URLs the
        user gave (see :meth:`trust`).
    resolve : callable, optional
        ``resolve(host, port) -> list of addresses`` (DNS by default).
    """

    policy: FetchPolicy = field(default_factory=FetchPolicy)
    trusted_hosts: set[str] = field(default_factory=set)
    resolve: Callable[[str, int], list[str]] = _resolve
    _hosts: dict[str, _HostState] = field(default_factory=dict, repr=False)
    _session: object = field(default=None, repr=False)

    @property
    def session(self):
        if self._session is None:
            import requests

            session = requests.Session()
            session.headers.update({"User-Agent": self.policy.user_agent,
                                    "Accept-Encoding": "gzip, deflate"})
            self._session = session
        return self._session

    def trust(self, url: str) -> None:
        """Let the host of ``url`` (a URL the user gave) be fetched at a private address."""
        host = urlsplit(url).hostname
        if host:
            self.trusted_hosts.add(host.lower())

    def close(self) -> None:
        if self._session is not None:
            self._session.close()
            self._session = None

    # -- checks --------------------------------------------------------

    def check_url(self, url: str) -> None:
        """Refuse a URL whose scheme is not http(s) or whose host resolves to a private address.

        Raises
        ------
        FetchError
            ``bad url`` or ``unsafe address``.
        """
        try:
            parts = urlsplit(url)
            port = parts.port or (443 if parts.scheme == "https" else 80)
        except ValueError as err:
            raise FetchError(url, "bad url", f"not a valid URL ({err})") from None
        if parts.scheme.lower() not in _SCHEMES:
            raise FetchError(url, "bad url", f"scheme {parts.scheme or '(none)'!r} refused: http(s) only")
        host = (parts.hostname or "").lower()
        if not host:
            raise FetchError(url, "bad url", "no host")
        try:
            addresses = self.resolve(host, port)
        except (OSError, UnicodeError) as err:
            raise FetchError(url, "connection", f"cannot resolve {host} ({err})") from None
        if not addresses:
            raise FetchError(url, "connection", f"cannot resolve {host}")
        if self.policy.allow_private or host in self.trusted_hosts:
            return
        private = [a for a in addresses if not is_public_address(a)]
        if private:
            raise FetchError(url, "unsafe address",
                             f"refused: {host} resolves to the non-public address {private[0]} "
                             f"(use --allow-private to allow it)")

    # -- requests -------------------------------------------------------

    def _wait(self, host: str) -> None:
        state = self._hosts.setdefault(host, _HostState())
        gap = max(self.policy.delay, state.crawl_delay)
        pause = state.last + gap - time.monotonic()
        if pause > 0:
            time.sleep(pause)
        state.last = time.monotonic()

    def allowed(self, url: str) -> bool:
        """True when the site's robots.txt lets newsgraph fetch ``url`` (fetched once per host)."""
        parts = urlsplit(url)
        site = f"{parts.scheme}://{parts.netloc}".lower()
        state = self._hosts.setdefault(parts.netloc.lower(), _HostState())
        if state.robots is None:
            robots = urllib.robotparser.RobotFileParser(urljoin(site, "/robots.txt"))
            try:
                answer = self._fetch(urljoin(site, "/robots.txt"), accept=None, validators=None)
            except FetchError as err:
                # 401/403 mean "keep out"; a missing or unreachable file allows all.
                robots.disallow_all = err.status in (401, 403)
                robots.allow_all = not robots.disallow_all
            else:
                robots.parse(answer.body.decode("utf-8", "replace").splitlines())
                delay = robots.crawl_delay(self.policy.user_agent)
                state.crawl_delay = float(delay or 0)
            state.robots = robots
        return state.robots.can_fetch(self.policy.user_agent, url)

    def get(self, url: str, *, accept: tuple[str, ...] = HTML_TYPES + FEED_TYPES,
            validators: dict[str, str] | None = None) -> Response:
        """Fetch ``url``: robots.txt, address checks at every hop, size caps, content type.

        Parameters
        ----------
        accept : tuple of str
            Content types taken; any other is refused (``content type``).
        validators : dict, optional
            ``{"etag": ..., "last_modified": ...}`` of an earlier answer:
            the request is conditional, and a 304 gives a response with
            ``not_modified`` set.

        Raises
        ------
        FetchError
        """
        if not self.allowed(url):
            raise FetchError(url, "robots.txt", "skipped: disallowed by the site's robots.txt")
        return self._fetch(url, accept=accept, validators=validators)

    def _fetch(self, url: str, *, accept, validators) -> Response:
        import requests

        headers = {}
        if validators:
            if validators.get("etag"):
                headers["If-None-Match"] = validators["etag"]
            if validators.get("last_modified"):
                headers["If-Modified-Since"] = validators["last_modified"]
        current = url
        for _ in range(self.policy.max_redirects + 1):
            self.check_url(current)
            answer = self._request(current, headers)
            if answer.status_code in _REDIRECTS and answer.headers.get("Location"):
                target = urljoin(current, answer.headers["Location"])
                answer.close()
                current = target
                continue
            try:
                return self._response(url, current, answer, accept=accept)
            finally:
                answer.close()
        raise FetchError(url, "http status", f"more than {self.policy.max_redirects} redirects")

    def _request(self, url: str, headers: dict):
        import requests

        host = urlsplit(url).netloc.lower()
        attempt = 0
        while True:
            self._wait(host)
            try:
                answer = self.session.get(url, headers=headers, timeout=self.policy.timeout,
                                          allow_redirects=False, stream=True)
            except requests.Timeout:
                failure = FetchError(url, "timeout", f"timed out after {self.policy.timeout:g} s")
            except requests.RequestException as err:
                failure = FetchError(url, "connection", f"connection failed ({type(err).__name__})")
            else:
                if answer.status_code not in _RETRY_STATUS or attempt >= self.policy.retries:
                    return answer
                answer.close()
                failure = None
            if attempt >= self.policy.retries:
                raise failure
            time.sleep(self.policy.backoff * 2 ** attempt)
            attempt += 1

    def _response(self, requested: str, url: str, answer, *, accept) -> Response:
        import requests

        status = answer.status_code
        if status == 304:
            return Response(url=url, requested=requested, status=status, content_type="", body=b"",
                            etag=answer.headers.get("ETag"), last_modified=answer.headers.get("Last-Modified"),
                            not_modified=True)
        if status >= 400 or status < 200:
            raise FetchError(requested, "http status", f"HTTP {status} {answer.reason or ''}".rstrip(),
                             status=status)
        media = media_type(answer.headers.get("Content-Type"))
        if accept is not None and media not in accept:
            raise FetchError(requested, "content type",
                             f"skipped: content type {media or '(none)'!r} is not a page or a feed",
                             status=status)
        declared = answer.headers.get("Content-Length", "")
        if declared.isdigit() and int(declared) > self.policy.max_bytes:
            raise FetchError(requested, "too large",
                             f"{declared} bytes declared, over the cap of {self.policy.max_bytes}", status=status)
        body = bytearray()
        try:
            for chunk in answer.iter_content(_CHUNK):
                body += chunk
                if answer.raw.tell() > self.policy.max_bytes:
                    raise FetchError(requested, "too large",
                                     f"over the cap of {self.policy.max_bytes} bytes downloaded", status=status)
                if len(body) > self.policy.max_decompressed:
                    raise FetchError(requested, "too large", f"over the cap of {self.policy.max_decompressed} "
                                     f"bytes decompressed", status=status)
        except requests.Timeout:
            raise FetchError(requested, "timeout", f"timed out after {self.policy.timeout:g} s") from None
        except requests.RequestException as err:
            raise FetchError(requested, "connection", f"download failed ({type(err).__name__})") from None
        return Response(url=url, requested=requested, status=status, content_type=media, body=bytes(body),
                        etag=answer.headers.get("ETag"), last_modified=answer.headers.get("Last-Modified"))
