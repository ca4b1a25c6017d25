"""HTTP to SPARQL 1.1 servers: endpoints, credentials, requests and retries.

Shared by the push (:mod:`graph.store.remote`) and remote queries
(:mod:`graph.store.sparql`): only what another try can mend is retried,
with exponential backoff: connection errors and timeouts (a slow server
may answer the next one; the push's staging graphs make a late request
harmless), 502, 503 and 504 answers, and a 500 once (a server that fails
twice the same way will fail again; Virtuoso answers "permission denied"
with 500). Other answers (4xx, 501, 505...) are errors at once. A 401 says
which authentication scheme the server asked for.
"""

from __future__ import annotations

import re
import time
from dataclasses import dataclass
from typing import Any

import requests

from ..errors import StoreError
from .auth import challenge, make_auth

__all__ = ["Endpoint"]

_N_TRIPLES = "application/n-triples"
_SPARQL_UPDATE = "application/sparql-update"


@dataclass(frozen=True, slots=True)
class Endpoint:
    """The URLs of a SPARQL 1.1 server.

    :meth:`from_url` derives them from the server's base URL the way
    Oxigraph lays them out (``/query``, ``/update``, ``/store``);
    :func:`graph.store.profiles.endpoint_for` knows other servers' layouts
    (Virtuoso, Fuseki, GraphDB). ``server`` names the profile used
    (``"generic"`` for :meth:`from_url`).

    Examples
    --------
    >>> Endpoint.from_url("http://localhost:7878/query").store_url
    'http://localhost:7878/store'
    """

    query_url: str
    update_url: str
    store_url: str
    server: str = "generic"

    @classmethod
    def from_url(
        cls,
        url: str,
        *,
        query_url: str | None = None,
        update_url: str | None = None,
        store_url: str | None = None,
    ) -> Endpoint:
        if not re.match(r"^https?://[^/\s]+", url or ""):
            raise StoreError(f"--endpoint {url!r}: expected an http:// or https:// URL")
        base = re.sub(r"/(query|update|store|sparql)/?$", "", url.rstrip("/"))
        return cls(
            query_url or base + "/query",
            update_url or base + "/update",
            store_url or base + "/store",
        )


def _auth(auth: Any) -> Any:
    """``(user, password)`` -> basic auth; a string -> bearer token."""
    return make_auth(auth)


class _Retriable(StoreError):
    """A connection error, a timeout or a passing 5xx answer: worth another try.

    ``limit`` caps the retries of this kind of failure (a 500: one).
    """

    unreachable = False

    def __init__(self, message: str, *, why: str, limit: int | None = None) -> None:
        super().__init__(message)
        self.why = why
        self.limit = limit


class _Unreachable(_Retriable):
    """No connection to the server at all."""

    unreachable = True

#: Answers another try may mend: gateway errors and an overloaded server.
_PASSING = {502, 503, 504}


class _GaveUp(StoreError):
    def __init__(self, message: str, *, unreachable: bool) -> None:
        super().__init__(message)
        self.unreachable = unreachable


#: Virtuoso repeats the whole request text after its error message.
_ECHO = re.compile(r"\n\s*SPARQL query:.*", re.S)


def _snippet(text: str, limit: int = 300) -> str:
    text = " ".join(_ECHO.sub("", text).split())
    return text if len(text) <= limit else text[:limit] + "..."


def _send(
    session: requests.Session,
    method: str,
    url: str,
    *,
    timeout: float,
    passthrough: tuple[int, ...] = (),
    **kwargs: Any,
) -> requests.Response:
    """One HTTP request; what another try may mend raises :class:`_Retriable`.

    An answer whose status is in ``passthrough`` is returned, not raised.
    """
    try:
        response = session.request(method, url, timeout=timeout, **kwargs)
    except requests.Timeout as exc:
        if isinstance(exc, requests.ConnectTimeout):
            raise _Unreachable(f"{method} {url}: cannot connect within {timeout:g} s",
                               why="the server stayed unreachable") from exc
        raise _Retriable(f"{method} {url}: no answer within {timeout:g} s",
                         why="the server kept not answering") from exc
    except requests.ConnectionError as exc:
        raise _Unreachable(f"{method} {url}: cannot connect ({_reason(exc)})",
                           why="the server stayed unreachable") from exc
    status = response.status_code
    if status in passthrough:
        return response
    what = f"{status} {response.reason}: {_snippet(response.text)}"
    if status in _PASSING or status == 500:
        raise _Retriable(
            f"{method} {url}: server error {what}",
            why=f"the server kept answering {status}" if status != 500
            else "a 500 is retried once only",
            limit=1 if status == 500 else None,
        )
    if status == 401:
        raise StoreError(f"{method} {url}: refused with 401 {response.reason}: "
                         f"{challenge(_with_challenge(session, url, response, timeout))}")
    if status >= 400:
        kind = "server error" if status >= 500 else "refused with"
        raise StoreError(f"{method} {url}: {kind} {what} (not retried: another try cannot mend it)")
    return response


def _with_challenge(session, url: str, response: requests.Response, timeout: float) -> requests.Response:
    """``response``, or, when it names no scheme (Virtuoso refuses Basic
    without one), the challenge of a bare GET of ``url`` with ``response``'s
    request attached, so the message can say what was sent and what is asked."""
    if response.headers.get("WWW-Authenticate"):
        return response
    try:
        bare = session.get(url, timeout=timeout, auth=None, headers={"Authorization": None})
    except requests.RequestException:
        return response
    if bare.status_code != 401 or not bare.headers.get("WWW-Authenticate"):
        return response
    bare.request = response.request
    return bare


def _reason(exc: Exception) -> str:
    text = str(exc)
    match = re.search(r"\] ([^'\")]+)", text)
    return match.group(1).strip() if match else text[:200]


def _with_retries(action: Any, *, retries: int, backoff: float) -> Any:
    """Call ``action`` until it succeeds or the retries run out.

    Only :class:`_Retriable` failures are retried, at most ``retries``
    times (a 500 once); the final error says why the retries stopped.
    """
    attempt = 0
    while True:
        try:
            return action()
        except _Retriable as exc:
            allowed = retries if exc.limit is None else min(retries, exc.limit)
            if attempt >= allowed:
                if retries == 0:
                    why = "no retries asked for (--retries 0)"
                elif allowed < retries:
                    why = exc.why
                else:
                    why = f"{exc.why}; all {retries} retries used"
                raise _GaveUp(
                    f"{exc} (gave up after {attempt + 1} attempts: {why})",
                    unreachable=exc.unreachable,
                ) from exc
            time.sleep(backoff * 2**attempt)
            attempt += 1
