"""RDF terms between rdflib, pyoxigraph and the neutral quads of :mod:`graph.formats.rdf`.

The one place where terms change library: :func:`to_oxigraph`,
:func:`to_rdflib`, and :func:`oxigraph_quads` (the neutral quads the RDF
writers walk, as pyoxigraph quads, with no text in between).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

import pyoxigraph as ox
import rdflib

from ..errors import FormatError, StoreError

__all__ = ["DEFAULT_GRAPH", "Graphs", "to_oxigraph", "to_rdflib", "oxigraph_quads"]

#: The default graph, as pyoxigraph names it.
DEFAULT_GRAPH = ox.DefaultGraph()

_RDFLIB_DEFAULT = rdflib.URIRef("urn:x-rdflib:default")
_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"

Graphs = dict  # graph name (NamedNode | BlankNode | DefaultGraph) -> list[ox.Triple]


def to_oxigraph(term: rdflib.term.Node) -> Any:
    """Convert an rdflib term to the equal pyoxigraph term.

    Examples
    --------
    >>> to_oxigraph(rdflib.Literal("Idlib", lang="en"))
    <Literal value=Idlib language=en>
    """
    if isinstance(term, rdflib.URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, rdflib.BNode):
        return ox.BlankNode(str(term))
    if isinstance(term, rdflib.Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype is not None:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    raise StoreError(f"cannot store the RDF term {term!r} (a {type(term).__name__})")


def to_rdflib(term: Any) -> rdflib.term.Node:
    """Convert a pyoxigraph term to the equal rdflib term.

    Examples
    --------
    >>> to_rdflib(ox.NamedNode("https://w3id.org/newsgraph/id/x"))
    rdflib.term.URIRef('https://w3id.org/newsgraph/id/x')
    """
    if isinstance(term, ox.NamedNode):
        return rdflib.URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return rdflib.BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return rdflib.Literal(term.value, lang=term.language)
        datatype = term.datatype.value
        if datatype == "http://www.w3.org/2001/XMLSchema#string":
            return rdflib.Literal(term.value)
        return rdflib.Literal(term.value, datatype=rdflib.URIRef(datatype))
    if isinstance(term, ox.DefaultGraph):
        return _RDFLIB_DEFAULT
    raise StoreError(f"cannot convert the RDF term {term!r} to rdflib")



def oxigraph_quads(quads: Iterable[tuple]) -> Iterator[ox.Quad]:
    """pyoxigraph quads of neutral ``(s, p, o, g)`` quads (:func:`graph.formats.rdf.document_quads`).

    An IRI is a str, a literal a ``(lexical, datatype IRI)`` tuple; ``g``
    None is the default graph. Each term is made once per call.

    Raises
    ------
    FormatError
        If a literal holds a lone surrogate (as writing it as text would).
    """
    nodes: dict[str, ox.NamedNode] = {}
    literals: dict[tuple[str, str], ox.Literal] = {}

    def node(iri: str) -> ox.NamedNode:
        found = nodes.get(iri)
        if found is None:
            found = nodes[iri] = ox.NamedNode(iri)
        return found

    def literal(term: tuple[str, str]) -> ox.Literal:
        found = literals.get(term)
        if found is None:
            lexical, datatype = term
            try:
                lexical.encode("utf-8")
            except UnicodeEncodeError as err:
                raise FormatError(f"cannot write RDF: a value holds a lone surrogate: "
                                  f"{err.object[err.start - 20:err.end + 20]!r}") from err
            found = literals[term] = (ox.Literal(lexical) if datatype == _XSD_STRING
                                      else ox.Literal(lexical, datatype=node(datatype)))
        return found

    for s, p, o, g in quads:
        yield ox.Quad(node(s), node(p), node(o) if o.__class__ is str else literal(o),
                      node(g) if g else DEFAULT_GRAPH)


def _graph_name(identifier: Any) -> Any:
    if isinstance(identifier, rdflib.Graph):
        identifier = identifier.identifier
    if identifier is None or identifier == _RDFLIB_DEFAULT:
        return DEFAULT_GRAPH
    if isinstance(identifier, rdflib.BNode):
        return DEFAULT_GRAPH
    return ox.NamedNode(str(identifier))


def _group(quads: Iterable[ox.Quad]) -> Graphs:
    graphs: Graphs = {}
    for quad in quads:
        graphs.setdefault(quad.graph_name, []).append(quad.triple)
    return graphs




def _graph_label(name: Any) -> str:
    return "" if isinstance(name, ox.DefaultGraph) else name.value
