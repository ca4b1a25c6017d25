"""Server profiles: where each SPARQL server keeps its query, update and Graph Store URLs.

``--server NAME --endpoint URL`` derives the three URLs of an
:class:`~graph.store.http.Endpoint` from the table :data:`SERVER_PROFILES`
(data) through :func:`endpoint_for` (rules). Explicit URLs always win.

- ``oxigraph``: ``/query``, ``/update``, ``/store`` under the base URL;
- ``virtuoso``: ``/sparql`` and ``/sparql-graph-crud``, or with credentials
  ``/sparql-auth`` and ``/sparql-graph-crud-auth`` (Digest by default);
- ``fuseki``: ``/DATASET/sparql``, ``/DATASET/update``, ``/DATASET/data``;
- ``graphdb``: ``/repositories/ID``, ``/repositories/ID/statements``,
  ``/repositories/ID/rdf-graphs/service``;
- ``generic``: the layout of :meth:`Endpoint.from_url` (Oxigraph's, and a
  trailing ``/sparql`` is taken for the base).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..errors import StoreError
from .http import Endpoint

__all__ = ["SERVERS", "ServerProfile", "SERVER_PROFILES", "endpoint_for"]


@dataclass(frozen=True, slots=True)
class ServerProfile:
    """Where a server keeps its SPARQL services, relative to its base URL.

    ``base`` is a regular expression that a base URL must match (after the
    service suffixes ``strip`` are removed); ``query``, ``update`` and
    ``store`` are appended to it, and ``*_auth`` replace them when
    credentials are given. ``auth`` is the default scheme with credentials;
    ``row_limit`` the server's default cap on result rows (None: no cap);
    ``update_batch`` the most triples one ``INSERT DATA`` may carry (Virtuoso
    refuses about 1,500 with "generated SQL text has exceeded 10000 lines").
    """

    name: str
    query: str
    update: str
    store: str
    strip: tuple[str, ...] = ()
    base: str = r"^https?://[^/\s]+"
    base_hint: str = "http://host:port"
    query_auth: str | None = None
    update_auth: str | None = None
    store_auth: str | None = None
    auth: str = "basic"
    row_limit: int | None = None
    update_batch: int | None = None


#: The profiles of ``--server``, by name.
SERVER_PROFILES: dict[str, ServerProfile] = {
    p.name: p
    for p in (
        ServerProfile("oxigraph", "/query", "/update", "/store", strip=("query", "update", "store")),
        ServerProfile(
            "virtuoso", "/sparql", "/sparql", "/sparql-graph-crud",
            strip=("sparql", "sparql-auth", "sparql-graph-crud", "sparql-graph-crud-auth"),
            query_auth="/sparql-auth", update_auth="/sparql-auth",
            store_auth="/sparql-graph-crud-auth", auth="digest", row_limit=10_000,
            update_batch=800,
        ),
        ServerProfile(
            "fuseki", "/sparql", "/update", "/data",
            strip=("sparql", "query", "update", "data", "get"),
            base=r"^https?://[^/\s]+/.+", base_hint="http://host:3030/DATASET",
        ),
        ServerProfile(
            "graphdb", "", "/statements", "/rdf-graphs/service",
            strip=("statements", "rdf-graphs/service"),
            base=r"^https?://[^\s]+/repositories/[^/\s]+$",
            base_hint="http://host:7200/repositories/ID",
        ),
    )
}

#: The ``--server`` choices (``generic`` is :meth:`Endpoint.from_url`).
SERVERS = (*SERVER_PROFILES, "generic")


def endpoint_for(
    server: str,
    url: str,
    *,
    credentials: bool = False,
    query_url: str | None = None,
    update_url: str | None = None,
    store_url: str | None = None,
) -> Endpoint:
    """The :class:`Endpoint` of ``server`` at base URL ``url``.

    Parameters
    ----------
    server
        One of :data:`SERVERS`.
    url
        The ``--endpoint`` URL: the server's base URL, or one of its
        service URLs (their suffix is removed).
    credentials
        Whether credentials will be sent (Virtuoso then uses its ``-auth``
        services).
    query_url, update_url, store_url
        Explicit URLs; they win over the derived ones.

    Raises
    ------
    StoreError
        An unknown server, or a URL that does not fit the server's layout.

    Examples
    --------
    >>> endpoint_for("virtuoso", "http://h:8890/sparql").store_url
    'http://h:8890/sparql-graph-crud'
    >>> endpoint_for("fuseki", "http://h:3030/ds").update_url
    'http://h:3030/ds/update'
    """
    if server == "generic":
        return Endpoint.from_url(url, query_url=query_url, update_url=update_url, store_url=store_url)
    profile = SERVER_PROFILES.get(server)
    if profile is None:
        raise StoreError(f"--server {server!r}: expected one of {', '.join(SERVERS)}")
    base = (url or "").strip().rstrip("/")
    for suffix in sorted(profile.strip, key=len, reverse=True):
        if base.endswith("/" + suffix):
            base = base[: -len(suffix) - 1]
            break
    if not re.match(profile.base, base):
        raise StoreError(f"--endpoint {url!r}: expected the {server} base URL, like {profile.base_hint}")
    query, update, store = (profile.query_auth or profile.query, profile.update_auth or profile.update,
                            profile.store_auth or profile.store) if credentials \
        else (profile.query, profile.update, profile.store)
    return Endpoint(query_url or base + query, update_url or base + update, store_url or base + store,
                    server=server)
