"""SHACL validation of the article graphs (pySHACL), against ``graph/shapes.ttl``."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import rdflib

from .errors import StoreError

__all__ = ["SHAPES_PATH", "Violation", "ValidationReport", "validate"]


#: The project's SHACL shapes.
SHAPES_PATH = Path(__file__).with_name("shapes.ttl")

_SH = rdflib.Namespace("http://www.w3.org/ns/shacl#")


@dataclass(frozen=True, slots=True)
class Violation:
    """One SHACL result: which graph, which node, which property, why."""

    graph: str
    focus: str
    path: str | None
    message: str
    value: str | None = None
    severity: str = "Violation"

    def __str__(self) -> str:
        where = f"<{self.graph}>" if self.graph else "default graph"
        prop = f" {self.path}" if self.path else ""
        value = f" (value {self.value})" if self.value is not None else ""
        return f"{where}: <{self.focus}>{prop}: {self.message}{value}"


@dataclass(frozen=True, slots=True)
class ValidationReport:
    """The outcome of :func:`validate`."""

    conforms: bool
    graphs: int
    triples: int
    violations: tuple[Violation, ...] = ()


def _shapes(shapes: Any) -> rdflib.Graph:
    if isinstance(shapes, rdflib.Graph):
        return shapes
    path = Path(shapes) if shapes is not None else SHAPES_PATH
    graph = rdflib.Graph()
    try:
        graph.parse(path, format="turtle")
    except Exception as exc:  # rdflib raises many parser exception types
        raise StoreError(f"--shapes {path}: cannot read the SHACL shapes: {exc}") from exc
    return graph


def _violations(results: rdflib.Graph, graph_label: str) -> list[Violation]:
    found = []
    for result in results.subjects(rdflib.RDF.type, _SH.ValidationResult):
        def one(prop):
            value = results.value(result, prop)
            return None if value is None else str(value)

        severity = one(_SH.resultSeverity) or str(_SH.Violation)
        found.append(
            Violation(
                graph=graph_label,
                focus=one(_SH.focusNode) or "",
                path=one(_SH.resultPath),
                message=one(_SH.resultMessage) or "constraint not met",
                value=one(_SH.value),
                severity=severity.rsplit("#", 1)[-1],
            )
        )
    return sorted(found, key=lambda v: (v.graph, v.focus, v.path or "", v.message))


def validate(source: Any, *, shapes: Any = None) -> ValidationReport:
    """Check every named graph of ``source`` against SHACL shapes with pySHACL.

    Each article graph is validated on its own, since each must be
    self-contained (it names the labels and types of the entities it uses).

    Parameters
    ----------
    source
        Anything :func:`graphs_of` reads (a ``KnowledgeGraph``, an rdflib
        ``Dataset``, a pyoxigraph ``Store``, a file or build folder).
    shapes
        A shapes file or rdflib ``Graph``; default :data:`SHAPES_PATH`.

    Returns
    -------
    ValidationReport
        ``violations`` name the graph, focus node, property and message.
    """
    from pyshacl import validate as shacl_validate

    shapes_graph = _shapes(shapes)
    violations: list[Violation] = []
    # imported here: graph.store re-exports this module, so a top-level import would be circular
    from .store.embedded import graphs_of
    from .store.terms import _graph_label, to_rdflib

    graphs = graphs_of(source)
    triples = 0
    for name, content in graphs.items():
        data = rdflib.Graph()
        for t in content:
            data.add((to_rdflib(t.subject), to_rdflib(t.predicate), to_rdflib(t.object)))
        triples += len(content)
        conforms, results, _ = shacl_validate(
            data, shacl_graph=shapes_graph, inference="none", advanced=True, inplace=True
        )
        if not conforms:
            violations.extend(_violations(results, _graph_label(name)))
    return ValidationReport(not violations, len(graphs), triples, tuple(violations))

