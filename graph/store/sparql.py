"""The SPARQL 1.1 query protocol as servers in the wild speak it.

- A query goes as ``GET ?query=`` when short, else as a form-encoded
  ``POST`` (``query=``): both work on Oxigraph, Virtuoso, Fuseki and
  GraphDB, where a ``POST`` of ``application/sparql-query`` never gets an
  answer from Virtuoso 7.2.
- The ``Accept`` header follows the query form: SPARQL results for SELECT
  and ASK, N-Triples or Turtle for CONSTRUCT and DESCRIBE.
- A result cut by the server is noticed: Virtuoso names its cap in
  ``X-SPARQL-MaxRows``; otherwise a row count equal to the profile's
  default cap is suspect (:meth:`RemoteAnswer.truncated_at`).
- A syntax error's line and column are read from the messages of
  Oxigraph (``error at 3:5``), Jena and RDF4J (``line 3, column 5``) and
  Virtuoso (``line 3:``), and the server's echo of the query is cut off.
"""

from __future__ import annotations

import re
import urllib.parse
from dataclasses import dataclass
from typing import Any

import requests

from ..errors import StoreError
from .http import _ECHO, Endpoint, _send, _snippet, _with_retries
from .profiles import SERVER_PROFILES

__all__ = ["QUERY_FORMS", "RemoteAnswer", "RemoteQueryError", "query_form", "accept_for", "send_query"]

#: The query forms and the media types each asks for.
QUERY_FORMS = {
    "select": "application/sparql-results+json, application/sparql-results+xml;q=0.8",
    "ask": "application/sparql-results+json, application/sparql-results+xml;q=0.8",
    "construct": "application/n-triples, text/turtle;q=0.9, application/rdf+xml;q=0.5",
    "describe": "application/n-triples, text/turtle;q=0.9, application/rdf+xml;q=0.5",
}

#: Above this many bytes of URL-encoded query, POST instead of GET.
_GET_LIMIT = 1500
_FORM = "application/x-www-form-urlencoded"
_NOISE = re.compile(
    r'"""(?:[^"\\]|\\.|"(?!""))*"""|\'\'\'(?:[^\'\\]|\\.|\'(?!\'\'))*\'\'\''
    r'|"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\'|<[^<>"{}|^`\\\s]*>|#[^\n]*'
)
_FORM_WORD = re.compile(r"\b(SELECT|ASK|CONSTRUCT|DESCRIBE)\b", re.I)
_POSITIONS = (
    re.compile(r"error at (?P<line>\d+):(?P<column>\d+):?\s*"),  # Oxigraph
    re.compile(r"(?:\s+at)?\s+line (?P<line>\d+), column (?P<column>\d+)\.?\s*", re.I),  # Jena, RDF4J
    re.compile(r",? line (?P<line>\d+):?\s*", re.I),  # Virtuoso
)


class RemoteQueryError(StoreError):
    """The server refused a query as malformed (400); ``line`` and
    ``column`` (1-based, None if not given) count in the text sent."""

    def __init__(self, reason: str, *, line: int | None = None, column: int | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.line = line
        self.column = column


@dataclass(frozen=True, slots=True)
class RemoteAnswer:
    """A server's answer to a query: its media type and body, and the row
    cap the server declared (``X-SPARQL-MaxRows``) or is known for."""

    url: str
    media_type: str
    body: bytes
    declared_limit: int | None = None
    known_limit: int | None = None

    def truncated_at(self, rows: int) -> int | None:
        """The cap at which ``rows`` rows were probably cut, or None."""
        for limit in (self.declared_limit, self.known_limit):
            if limit is not None and rows >= limit:
                return limit
        return None


def query_form(query: str) -> str:
    """``"select"``, ``"ask"``, ``"construct"`` or ``"describe"``
    (``"select"`` when no form word is found: the server will say why).

    Examples
    --------
    >>> query_form('PREFIX s: <http://x/select#> # ASK?\\nCONSTRUCT { ?s ?p "SELECT" } WHERE {}')
    'construct'
    """
    match = _FORM_WORD.search(_NOISE.sub(" ", query))
    return match.group(1).lower() if match else "select"


def accept_for(query: str) -> str:
    """The ``Accept`` header for ``query``'s form."""
    return QUERY_FORMS[query_form(query)]


def send_query(
    endpoint: Endpoint,
    query: str,
    *,
    auth: Any = None,
    timeout: float = 60.0,
    retries: int = 2,
    backoff: float = 0.5,
    echo: str = "",
) -> RemoteAnswer:
    """Send ``query`` to ``endpoint.query_url`` and return the answer.

    Parameters
    ----------
    endpoint
        The server; its ``server`` profile gives the known row cap.
    query
        The full query text, as sent.
    auth
        A requests auth object (see :func:`graph.store.auth.make_auth`).
    timeout, retries, backoff
        As for the push (:func:`graph.store.http._with_retries`).
    echo
        Text the caller added to the query (its prefix lines); removed
        from error messages.

    Raises
    ------
    RemoteQueryError
        The server answered 400 (a malformed query).
    StoreError
        Any other failure, after the retries that can help.
    """
    headers = {"Accept": accept_for(query)}
    form = urllib.parse.urlencode({"query": query})
    if len(form) <= _GET_LIMIT:
        request = {"method": "GET", "params": form}
    else:
        request = {"method": "POST", "data": form.encode("ascii"),
                   "headers": {**headers, "Content-Type": _FORM}}
    http = requests.Session()
    try:
        response = _with_retries(
            lambda: _send(http, request["method"], endpoint.query_url, timeout=timeout,
                          params=request.get("params"), data=request.get("data"),
                          headers=request.get("headers", headers), auth=auth, passthrough=(400,)),
            retries=retries,
            backoff=backoff,
        )
    finally:
        http.close()
    if response.status_code == 400:
        raise _malformed(response.text, echo)
    declared = response.headers.get("X-SPARQL-MaxRows", "").strip()
    profile = SERVER_PROFILES.get(endpoint.server)
    return RemoteAnswer(
        endpoint.query_url,
        response.headers.get("Content-Type", "").split(";")[0].strip().lower(),
        response.content,
        int(declared) if declared.isdigit() else None,
        profile.row_limit if profile else None,
    )


def _malformed(text: str, echo: str) -> RemoteQueryError:
    """The 400 answer ``text`` as an error with its position, without the query echo."""
    text = _ECHO.sub("", text)
    if echo.strip():
        text = text.replace(echo.strip(), "")
    for pattern in _POSITIONS:
        match = pattern.search(text)
        if match:
            column = match.groupdict().get("column")
            reason = (text[: match.start()] + (": " if match.start() else "") + text[match.end():])
            return RemoteQueryError(_snippet(reason.strip(" :")), line=int(match.group("line")),
                                    column=int(column) if column else None)
    return RemoteQueryError(_snippet(text) or "the server refused the query (400)")
