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

from .embedded import *  # noqa: F401,F403
from .embedded import _insert_data  # noqa: F401
from .auth import *  # noqa: F401,F403
from .http import *  # noqa: F401,F403
from .http import _auth, _send, _snippet, _with_retries  # noqa: F401
from .profiles import *  # noqa: F401,F403
from .sparql import *  # noqa: F401,F403
from .remote import *  # noqa: F401,F403
from .remote import _batches, _move_into_place  # noqa: F401
from .terms import *  # noqa: F401,F403
from ..validate import *  # noqa: F401,F403
from . import auth as _auth_module, embedded as _embedded, http as _http, profiles as _profiles
from . import remote as _remote, sparql as _sparql, terms as _terms
from .. import validate as _validate

__all__ = [
    "DEFAULT_GRAPH",
    "PUSH_METHODS",
    "Endpoint",
    "AUTH_SCHEMES",
    "make_auth",
    "challenge",
    "SERVERS",
    "ServerProfile",
    "SERVER_PROFILES",
    "endpoint_for",
    "QUERY_FORMS",
    "RemoteAnswer",
    "RemoteQueryError",
    "query_form",
    "accept_for",
    "send_query",
    "LoadReport",
    "PushReport",
    "PushError",
    "open_store",
    "to_oxigraph",
    "to_rdflib",
    "oxigraph_quads",
    "graphs_of",
    "read_graphs",
    "load_graphs",
    "load_into_store",
    "add_copies",
    "to_dataset",
    "read_store",
    "graph_sizes",
    "push",
    "SHAPES_PATH",
    "Violation",
    "ValidationReport",
    "validate",
]
assert set(__all__) == {*_embedded.__all__, *_http.__all__, *_remote.__all__, *_terms.__all__,
                        *_auth_module.__all__, *_profiles.__all__, *_sparql.__all__,
                        *_validate.__all__} - {"Graphs"}
