"""Credentials for SPARQL servers: Basic, Digest or a bearer token.

:func:`make_auth` turns ``(user, password)`` or a token into a requests
auth object for the scheme asked for; :func:`challenge` reads which
schemes a server asked for in its ``WWW-Authenticate`` header, so a 401
can say "the server asks for Digest" instead of only "refused".
"""

from __future__ import annotations

import re
from typing import Any

import requests

from ..errors import StoreError

__all__ = ["AUTH_SCHEMES", "make_auth", "challenge"]

#: The ``--auth`` choices.
AUTH_SCHEMES = ("basic", "digest", "bearer")

_SCHEME = re.compile(r"(?:^|,)\s*([A-Za-z][A-Za-z0-9!#$%&'*+.^_`|~-]*)(?=\s+[A-Za-z0-9_-]+=|\s*$|\s*,|\s+[A-Za-z0-9+/._~-]+=*\s*(?:,|$))")


class _BearerAuth(requests.auth.AuthBase):
    def __init__(self, token: str) -> None:
        self.token = token

    def __call__(self, request: requests.PreparedRequest) -> requests.PreparedRequest:
        request.headers["Authorization"] = f"Bearer {self.token}"
        return request


def make_auth(credentials: Any, scheme: str | None = None) -> Any:
    """A requests auth object for ``credentials`` under ``scheme``.

    Parameters
    ----------
    credentials
        ``None``, ``(user, password)``, a bearer token string, or a ready
        ``requests.auth.AuthBase`` (returned as it is).
    scheme
        ``"basic"``, ``"digest"`` or ``"bearer"``; by default Basic for a
        user and password, Bearer for a token.

    Raises
    ------
    StoreError
        An unknown scheme, or credentials that do not fit it.

    Examples
    --------
    >>> type(make_auth(("dba", "dba"), "digest")).__name__
    'HTTPDigestAuth'
    """
    if scheme is not None and scheme not in AUTH_SCHEMES:
        raise StoreError(f"--auth {scheme!r}: expected one of {', '.join(AUTH_SCHEMES)}")
    if credentials is None or isinstance(credentials, requests.auth.AuthBase):
        return credentials
    if isinstance(credentials, str):
        if scheme not in (None, "bearer"):
            raise StoreError(f"--auth {scheme}: needs --user and --password, not a token")
        return _BearerAuth(credentials)
    if isinstance(credentials, tuple) and len(credentials) == 2:
        if scheme == "bearer":
            raise StoreError("--auth bearer: needs --token, not --user and --password")
        if scheme == "digest":
            return requests.auth.HTTPDigestAuth(*credentials)
        return requests.auth.HTTPBasicAuth(*credentials)
    raise StoreError("auth: expected (user, password) or a bearer token string")


def _sent_scheme(request: requests.PreparedRequest | None) -> str | None:
    header = (request.headers.get("Authorization") if request is not None else None) or ""
    return header.split(" ", 1)[0] or None


def challenge(response: requests.Response) -> str:
    """What a 401 answer asked for and what was sent, as one sentence.

    Examples
    --------
    >>> r = requests.Response(); r.status_code = 401
    >>> r.headers["WWW-Authenticate"] = 'Digest realm="SPARQL", nonce="x", qop="auth"'
    >>> challenge(r)
    'the server asks for Digest authentication (realm "SPARQL"); no credentials were sent'
    """
    header = response.headers.get("WWW-Authenticate", "")
    schemes = list(dict.fromkeys(m.group(1) for m in _SCHEME.finditer(header)))
    realm = re.search(r'realm="([^"]*)"', header)
    asked = (f"the server asks for {' or '.join(schemes)} authentication"
             + (f' (realm "{realm.group(1)}")' if realm else "")) if schemes \
        else "the server names no authentication scheme"
    sent = _sent_scheme(response.request)
    if sent is None:
        return asked + "; no credentials were sent"
    if sent.lower() not in {s.lower() for s in schemes}:
        return asked + f"; {sent} was sent (try --auth {schemes[0].lower()})" if schemes \
            else asked + f"; {sent} was sent"
    return asked + f"; the {sent} credentials were refused (wrong user or password?)"
