"""Triple stores: the embedded on-disk store, the push to SPARQL 1.1 servers, SHACL validation.

- :mod:`graph.store.embedded`: the pyoxigraph store on disk, one named
  graph per article, loaded document by document;
- :mod:`graph.store.remote`: the push to a SPARQL 1.1 server;
- :mod:`graph.store.http`: endpoints, credentials and retried requests;
- :mod:`graph.store.terms`: RDF terms between rdflib, pyoxigraph and the
  writers' neutral quads;
- :mod:`graph.validate`: SHACL validation (re-exported here).

Every public name stays importable from ``graph.store``.
"""

from .embedded import *  # noqa: F401,F403
from .embedded import _insert_data  # noqa: F401
from .http import *  # noqa: F401,F403
from .http import _auth, _send, _snippet, _with_retries  # noqa: F401
from .remote import *  # noqa: F401,F403
from .remote import _batches, _move_into_place  # noqa: F401
from .terms import *  # noqa: F401,F403
from ..validate import *  # noqa: F401,F403
from . import embedded as _embedded, http as _http, remote as _remote, terms as _terms
from .. import validate as _validate

__all__ = [
    "DEFAULT_GRAPH",
    "PUSH_METHODS",
    "Endpoint",
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
                        *_validate.__all__} - {"Graphs"}
