"""Triple stores: the embedded on-disk store, the push to SPARQL 1.1 servers, SHACL validation.

- :mod:`graph.store.embedded`: the pyoxigraph store on disk, one named
  graph per article, loaded document by document;
- :mod:`graph.store.remote`: the push to a SPARQL 1.1 server;
- :mod:`graph.store.http`: endpoints and retried requests;
- :mod:`graph.store.auth`: Basic, Digest and bearer credentials;
- :mod:`graph.store.profiles`: the URL layouts of Oxigraph, Virtuoso,
  Fuseki and GraphDB (``--server``);
- :mod:`graph.store.sparql`: the query protocol (GET or form POST, Accept
  by query form, truncation, syntax error positions);
- :mod:`graph.store.terms`: RDF terms between rdflib, pyoxigraph and the
  writers' neutral quads;
- :mod:`graph.validate`: SHACL validation (re-exported here).

Every public name stays importable from ``graph.store``.
"""

import importlib

# Where each name lives. The submodules load on first use, so a command
# that only needs the choices of --server or --auth (``newsgraph --help``)
# does not import rdflib or pyoxigraph. A test checks this table against
# the submodules' own ``__all__``.
_WHERE = {
    "LoadReport": "embedded", "open_store": "embedded", "graphs_of": "embedded", "read_graphs": "embedded",
    "load_graphs": "embedded", "load_into_store": "embedded", "add_copies": "embedded", "to_dataset": "embedded",
    "read_store": "embedded", "graph_sizes": "embedded", "_insert_data": "embedded",
    "AUTH_SCHEMES": "auth", "make_auth": "auth", "challenge": "auth",
    "Endpoint": "http", "_auth": "http", "_send": "http", "_snippet": "http", "_with_retries": "http",
    "SERVERS": "profiles", "ServerProfile": "profiles", "SERVER_PROFILES": "profiles", "endpoint_for": "profiles",
    "QUERY_FORMS": "sparql", "RemoteAnswer": "sparql", "RemoteQueryError": "sparql", "query_form": "sparql",
    "accept_for": "sparql", "send_query": "sparql",
    "PUSH_METHODS": "remote", "PushReport": "remote", "PushError": "remote", "push": "remote",
    "_batches": "remote", "_move_into_place": "remote",
    "DEFAULT_GRAPH": "terms", "to_oxigraph": "terms", "to_rdflib": "terms", "oxigraph_quads": "terms",
    "SHAPES_PATH": "..validate", "Violation": "..validate", "ValidationReport": "..validate", "validate": "..validate",
}

# Every public name of the table (the private ones serve the tests).
__all__ = [name for name in _WHERE if not name.startswith("_")]


def __getattr__(name: str):
    where = _WHERE.get(name)
    if where is None:
        raise AttributeError(f"module 'graph.store' has no attribute {name!r}")
    module = importlib.import_module(("graph" + where[1:]) if where.startswith("..") else f"{__name__}.{where}")
    value = getattr(module, name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_WHERE})
