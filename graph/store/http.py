"""HTTP to SPARQL 1.1 servers: endpoints, credentials, requests and retries.

Shared by the push (:mod:`graph.store.remote`) and remote queries
(:mod:`graph.queries`): connection errors and 5xx answers are retried
with exponential backoff; 4xx answers are errors at once.
"""

from __future__ import annotations

import re
import time
from dataclasses import dataclass
from typing import Any

import requests

from ..errors import StoreError

__all__ = ["Endpoint"]

_N_TRIPLES = "application/n-triples"
_SPARQL_UPDATE = "application/sparql-update"


@dataclass(frozen=True, slots=True)
class Endpoint:
    """The URLs of a SPARQL 1.1 server.

    :meth:`from_url` derives them from the server's base URL the way
    Oxigraph lays them out (``/query``, ``/update``, ``/store``); pass the
    URLs explicitly for other servers (Fuseki: ``/ds/query``,
    ``/ds/update``, ``/ds/data``).

    Examples
    --------
    >>> Endpoint.from_url("http://localhost:7878/query").store_url
    'http://localhost:7878/store'
    """

    query_url: str
    update_url: str
    store_url: str

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


class _BearerAuth(requests.auth.AuthBase):
    def __init__(self, token: str) -> None:
        self.token = token

    def __call__(self, request: requests.PreparedRequest) -> requests.PreparedRequest:
        request.headers["Authorization"] = f"Bearer {self.token}"
        return request


def _auth(auth: Any) -> Any:
    """``(user, password)`` -> basic auth; a string -> bearer token."""
    if auth is None or isinstance(auth, requests.auth.AuthBase):
        return auth
    if isinstance(auth, str):
        return _BearerAuth(auth)
    if isinstance(auth, tuple) and len(auth) == 2:
        return requests.auth.HTTPBasicAuth(*auth)
    raise StoreError("auth: expected (user, password) or a bearer token string")


class _Retriable(StoreError):
    """A connection error or a 5xx answer: worth another try."""

    unreachable = False


class _Unreachable(_Retriable):
    """No connection to the server at all."""

    unreachable = True


class _GaveUp(StoreError):
    def __init__(self, message: str, *, unreachable: bool) -> None:
        super().__init__(message)
        self.unreachable = unreachable


def _snippet(text: str, limit: int = 300) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit] + "..."


def _send(
    session: requests.Session,
    method: str,
    url: str,
    *,
    timeout: float,
    **kwargs: Any,
) -> requests.Response:
    """One HTTP request; connection errors and 5xx raise :class:`_Retriable`."""
    try:
        response = session.request(method, url, timeout=timeout, **kwargs)
    except requests.Timeout as exc:
        raise _Retriable(f"{method} {url}: no answer within {timeout:g} s") from exc
    except requests.ConnectionError as exc:
        raise _Unreachable(f"{method} {url}: cannot connect ({_reason(exc)})") from exc
    if response.status_code >= 500:
        raise _Retriable(
            f"{method} {url}: server error {response.status_code} {response.reason}: "
            f"{_snippet(response.text)}"
        )
    if response.status_code >= 400:
        raise StoreError(
            f"{method} {url}: refused with {response.status_code} {response.reason}: "
            f"{_snippet(response.text)}"
        )
    return response


def _reason(exc: Exception) -> str:
    text = str(exc)
    match = re.search(r"\] ([^'\")]+)", text)
    return match.group(1).strip() if match else text[:200]


def _with_retries(action: Any, *, retries: int, backoff: float) -> Any:
    attempt = 0
    while True:
        try:
            return action()
        except _Retriable as exc:
            if attempt >= retries:
                raise _GaveUp(
                    f"{exc} (gave up after {attempt + 1} attempts)", unreachable=exc.unreachable
                ) from exc
            time.sleep(backoff * 2**attempt)
            attempt += 1


