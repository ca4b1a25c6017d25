"""newsgraph.graph: facts to a knowledge graph, its exports, stores and queries."""

from .errors import *  # noqa: F401,F403
from .html import *  # noqa: F401,F403
from .io import *  # noqa: F401,F403
from .model import *  # noqa: F401,F403
from .queries import *  # noqa: F401,F403
from .rdf import *  # noqa: F401,F403
from .store import *  # noqa: F401,F403
from .vocab import *  # noqa: F401,F403
from . import (
    errors as _errors, html as _html, io as _io, model as _model, queries as _queries, rdf as _rdf,
    store as _store, vocab as _vocab,
)

__all__ = [
    *_errors.__all__, *_html.__all__, *_io.__all__, *_model.__all__, *_queries.__all__, *_rdf.__all__,
    *_store.__all__, *_vocab.__all__,
]
