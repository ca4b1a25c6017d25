"""newsgraph.graph: facts to a knowledge graph, its exports, stores and queries.

The public names of the submodules are attributes of the package, loaded
on first use, so ``import graph`` itself is cheap: ``graph.KnowledgeGraph``
imports :mod:`graph.model`, ``graph.build`` the library build, and so on.
(``graph.validate`` is the SHACL module; its function is
``graph.store.validate`` or ``graph.validate.validate``.)
"""

from __future__ import annotations

import importlib

#: Submodule of each public name; the modules' ``__all__`` are checked against it in the tests.
_MODULES = {
    "errors": ("GraphError", "FormatError", "StoreError", "BuildError", "NothingReadError"),
    "io": ("atomic_write", "AtomicFileSet", "staged_writes", "finish_staged_writes"),
    "model": ("KnowledgeGraph", "UnknownEntityError", "edge_key", "is_asserted", "normalise_name", "to_node_link",
              "from_node_link", "write_json", "read_json"),
    "formats.html": ("DEFAULT_MAX_NODES", "ENTITY_COLOURS", "EVENT_COLOURS", "to_html", "write_html"),
    "formats.rdf": ("RdfFormat", "FORMATS", "rdf_format", "to_rdf", "from_rdf", "to_rdf_bytes",
                    "from_rdf_bytes", "write_rdf", "read_rdf", "document_quads"),
    "formats": ("OutputFormat", "OUTPUT_FORMATS", "output_format", "write_graph", "read_graph"),
    "queries": ("QUERY_FORMATS", "QuerySyntaxError", "QueryResult", "NamedQuery", "NAMED_QUERIES",
                "named_query", "run_query", "to_values", "bind", "format_result"),
    "store": ("DEFAULT_GRAPH", "PUSH_METHODS", "Endpoint", "LoadReport", "PushReport", "PushError",
              "open_store", "to_oxigraph", "to_rdflib", "oxigraph_quads", "graphs_of", "read_graphs",
              "load_graphs", "load_into_store", "to_dataset", "read_store", "graph_sizes", "push"),
    "validate": ("SHAPES_PATH", "Violation", "ValidationReport"),
    "vocab": ("NG", "NS", "REL", "ID", "SCHEMA", "encode_segment", "decode_segment", "entity_iri",
              "document_iri", "graph_iri", "statement_iri", "appearance_iri", "predicate_iri", "entity_key",
              "document_id", "predicate_of", "TYPE_CLASSES", "MODALITY_IRIS", "PREFIXES", "FILE_PREFIXES",
              "QUERY_PREFIXES"),
    "build": ("BuildReport", "BUILD_OUTPUTS"),
    "runners": ("Runner", "LocalRunner", "DaskRunner"),
}
_HOME = {name: module for module, names in _MODULES.items() for name in names}

__all__ = sorted(_HOME)


def __getattr__(name: str):
    module = _HOME.get(name)
    if module is None:
        raise AttributeError(f"module 'graph' has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
