"""SPARQL over the embedded store or a remote endpoint, and named queries.

:func:`run_query` runs a SELECT, ASK or CONSTRUCT query and returns a
:class:`QueryResult`; :func:`format_result` writes it as a readable table
or a standard SPARQL results format (CSV, TSV, JSON) or, for CONSTRUCT,
N-Triples / Turtle.

Parameters are bound, never pasted into query text: a named query marks
where each parameter goes with ``#VALUES(name)``, and :func:`run_query`
puts there a ``VALUES ?name { term }`` block whose term pyoxigraph
serialises (``str`` of a ``Literal`` or ``NamedNode`` is its N-Triples form,
escaped by the library), or nothing when the parameter is unbound. The same
text runs on the embedded store and on a remote endpoint. (pyoxigraph's own
``substitutions=`` pre-binding would do locally, but it requires the bound
variables in the projection and cannot reach a remote server; one mechanism
for both keeps the answers identical.)

The named queries (:data:`NAMED_QUERIES`): ``about`` (everything said about
an entity), ``top-actors``, ``between`` (the relations between two
entities, optionally in a date range) and ``events`` (events between
actors, counted by actor code and quad class). They see asserted relations
only: a negated, hypothetical, intended or claimed relation is not a fact
(``ng:modality``); ``all_modalities=True`` includes them.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import pyoxigraph as ox

from .errors import GraphError, StoreError
from .store.auth import make_auth
from .store.http import Endpoint
from .store.sparql import RemoteQueryError, send_query
from .vocab import PREFIXES, QUERY_PREFIXES

__all__ = [
    "QUERY_FORMATS",
    "QuerySyntaxError",
    "QueryResult",
    "NamedQuery",
    "NAMED_QUERIES",
    "named_query",
    "run_query",
    "to_values",
    "bind",
    "format_result",
]

#: Output formats of :func:`format_result`.
QUERY_FORMATS = ("table", "csv", "tsv", "json", "nt", "ttl")

_XSD = "http://www.w3.org/2001/XMLSchema#"
_PREFIXES = QUERY_PREFIXES
_ERROR_AT = re.compile(r"error at (\d+):(\d+):?\s*(.*)", re.S)


class QuerySyntaxError(GraphError, ValueError):
    """A query does not parse; ``line`` and ``column`` say where (1-based)."""

    def __init__(self, message: str, *, line: int | None = None, column: int | None = None):
        self.reason = message
        self.line = line
        self.column = column
        where = "" if line is None else f"line {line}: " if column is None else f"line {line}, column {column}: "
        super().__init__(f"bad SPARQL query: {where}{message}")


@dataclass(frozen=True, slots=True)
class QueryResult:
    """The answer to a query.

    ``kind`` is ``"select"``, ``"ask"`` or ``"construct"``. A SELECT fills
    ``variables`` and ``rows`` (tuples of pyoxigraph terms, None where
    unbound); an ASK fills ``boolean``; a CONSTRUCT fills ``triples``.
    ``truncated_at`` is the row cap a remote server cut the answer at
    (Virtuoso's ``X-SPARQL-MaxRows``), None when it is whole.
    """

    kind: str
    variables: tuple[str, ...] = ()
    rows: tuple[tuple[Any, ...], ...] = ()
    boolean: bool | None = None
    triples: tuple[Any, ...] = ()
    truncated_at: int | None = None

    def values(self) -> list[dict[str, Any]]:
        """Rows as dicts of plain values (lexical forms, IRIs as str)."""
        return [
            {v: (None if t is None else t.value) for v, t in zip(self.variables, row)}
            for row in self.rows
        ]

    def __len__(self) -> int:
        if self.kind == "select":
            return len(self.rows)
        if self.kind == "construct":
            return len(self.triples)
        return 1


@dataclass(frozen=True, slots=True)
class NamedQuery:
    """A parameterised query.

    ``text`` holds a marker ``#VALUES(p)`` for each parameter ``p``, in the
    group where the value is needed; ``parameters`` names them.
    """

    name: str
    description: str
    text: str
    parameters: tuple[str, ...] = ()
    defaults: Mapping[str, Any] = field(default_factory=dict)


def _q(text: str) -> str:
    head = "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in _PREFIXES.items())
    return head + text.strip() + "\n"


# Entity names are matched case-insensitively against labels and aliases,
# inside a sub-select that sees the bound ?{p}; it yields each entity once.
_MATCH_ENTITY = """
  {{ SELECT DISTINCT ?{v} WHERE {{
      #VALUES({p})
      GRAPH ?{v}_g {{ ?{v} a ng:Entity . {{ ?{v} rdfs:label ?{v}_l }} UNION {{ ?{v} skos:altLabel ?{v}_l }} }}
      FILTER (LCASE(STR(?{v}_l)) = LCASE(STR(?{p})))
  }} }}
"""

_EVIDENCE = """
    ?st prov:wasDerivedFrom ?doc ; ng:lemma ?predicate .
    OPTIONAL {{ ?st ng:negated ?negated }}
    OPTIONAL {{ ?st ng:sentence ?sentence }}
    OPTIONAL {{ ?s rdfs:label ?subject }}
    OPTIONAL {{ ?o rdfs:label ?object }}
    OPTIONAL {{ ?doc dcterms:date ?date }}
    OPTIONAL {{ ?doc dcterms:title ?title }}
    OPTIONAL {{ ?st ng:modality ?modality_iri }}
"""

# Asserted evidence only, unless ?all_modalities is bound: ng:Asserted, or
# (a graph made before modalities) no modality and not negated.
_ASSERTED = """
  FILTER (BOUND(?all_modalities) || ?modality_iri = ng:Asserted
          || (!BOUND(?modality_iri) && !COALESCE(?negated, false)))
  BIND (IF(BOUND(?modality_iri), LCASE(STRAFTER(STR(?modality_iri), "#")), ?unbound) AS ?modality)
"""

#: The quad classes of CAMEO event roots, the values of ``events``' ``quad``.
_QUAD_CLASSES = ("verbal cooperation", "material cooperation", "verbal conflict", "material conflict")

NAMED_QUERIES: dict[str, NamedQuery] = {
    q.name: q
    for q in (
        NamedQuery(
            "about",
            "Everything said about an entity: each relation it is the subject "
            "or object of, with the other side, the document and the sentence.",
            _q(
                """
SELECT ?subject ?predicate ?negated ?object ?date ?document ?sentence ?modality
WHERE {
  #VALUES(all_modalities)
"""
                + _MATCH_ENTITY.format(v="e", p="name")
                + """
  {
    GRAPH ?g { ?st rdf:subject ?e ; rdf:object ?o . BIND (?e AS ?s)
""" + _EVIDENCE.format() + """ }
  } UNION {
    GRAPH ?g { ?st rdf:subject ?s ; rdf:object ?e . BIND (?e AS ?o)
""" + _EVIDENCE.format() + """ }
  }
""" + _ASSERTED + """
  BIND (COALESCE(?title, STR(?doc)) AS ?document)
}
ORDER BY ?date ?document ?subject ?predicate ?object ?sentence
"""
            ),
            ("name", "all_modalities"),
        ),
        NamedQuery(
            "top-actors",
            "The entities that are the subject of the most relations, with "
            "their total mentions over all documents.",
            _q(
                """
SELECT ?actor ?type ?relations ?mentions
WHERE {
  {
    SELECT ?e (COUNT(?st) AS ?relations) WHERE {
      #VALUES(all_modalities)
      GRAPH ?g { ?st a rdf:Statement ; rdf:subject ?e
                 OPTIONAL { ?st ng:negated ?negated } OPTIONAL { ?st ng:modality ?modality_iri } }
      FILTER NOT EXISTS { GRAPH ?g2 { ?e ng:entityType "CONCEPT" } }
      FILTER (BOUND(?all_modalities) || ?modality_iri = ng:Asserted
              || (!BOUND(?modality_iri) && !COALESCE(?negated, false)))
    } GROUP BY ?e
  }
  { SELECT ?e (MIN(STR(?l)) AS ?actor) (MIN(STR(?t)) AS ?type) WHERE {
      GRAPH ?g { ?e a ng:Entity ; rdfs:label ?l . OPTIONAL { ?e ng:entityType ?t } } } GROUP BY ?e }
  OPTIONAL {
    SELECT ?e (SUM(?m) AS ?mentions) WHERE {
      GRAPH ?g { ?a ng:entity ?e ; ng:mentionCount ?m }
    } GROUP BY ?e
  }
}
ORDER BY DESC(?relations) DESC(?mentions) ?actor
"""
            ),
            ("limit", "all_modalities"),
            {"limit": 10},
        ),
        NamedQuery(
            "between",
            "The relations between two entities (either direction), optionally "
            "restricted to documents dated in [since, until].",
            _q(
                """
SELECT ?subject ?predicate ?negated ?object ?date ?document ?sentence ?modality
WHERE {
  #VALUES(since)
  #VALUES(until)
  #VALUES(all_modalities)
"""
                + _MATCH_ENTITY.format(v="ea", p="a")
                + _MATCH_ENTITY.format(v="eb", p="b")
                + """
  {
    GRAPH ?g { ?st rdf:subject ?ea ; rdf:object ?eb . BIND (?ea AS ?s) BIND (?eb AS ?o)
""" + _EVIDENCE.format() + """ }
  } UNION {
    GRAPH ?g { ?st rdf:subject ?eb ; rdf:object ?ea . BIND (?eb AS ?s) BIND (?ea AS ?o)
""" + _EVIDENCE.format() + """ }
  }
  FILTER (!BOUND(?since) || (BOUND(?date) && STR(?date) >= STR(?since)))
  FILTER (!BOUND(?until) || (BOUND(?date) && SUBSTR(STR(?date), 1, 10) <= STR(?until)))
""" + _ASSERTED + """
  BIND (COALESCE(?title, STR(?doc)) AS ?document)
}
ORDER BY ?date ?document ?predicate ?sentence
"""
            ),
            ("a", "b", "since", "until", "all_modalities"),
        ),
        NamedQuery(
            "events",
            "Events between actors: asserted relations with an event type, counted "
            "by the source's and the target's actor code and the quad class, "
            "optionally of one quad class (verbal cooperation, material cooperation, "
            "verbal conflict, material conflict).",
            _q(
                """
SELECT ?source ?target ?quad_class (COUNT(?st) AS ?events) (MIN(STR(?lemma)) AS ?example)
WHERE {
  #VALUES(quad)
  GRAPH ?g {
    ?st a ng:Statement ; rdf:subject ?s ; rdf:object ?o ; ng:eventQuadClass ?quad_class ; ng:lemma ?lemma .
    OPTIONAL { ?st ng:modality ?modality_iri }
    OPTIONAL { ?st ng:negated ?negated }
    OPTIONAL { ?st ng:subjectActorCode ?sc } OPTIONAL { ?s ng:actorCode ?sn }
    OPTIONAL { ?st ng:objectActorCode ?oc } OPTIONAL { ?o ng:actorCode ?on }
  }
  FILTER (?modality_iri = ng:Asserted || (!BOUND(?modality_iri) && !COALESCE(?negated, false)))
  FILTER (!BOUND(?quad) || ?quad_class = ?quad)
  BIND (COALESCE(?sc, ?sn) AS ?source)
  BIND (COALESCE(?oc, ?on) AS ?target)
  FILTER (BOUND(?source) && BOUND(?target))
}
GROUP BY ?source ?target ?quad_class
ORDER BY DESC(?events) ?source ?target ?quad_class
"""
            ),
            ("quad", "limit"),
            {"limit": 20},
        ),
    )
}

_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def named_query(name: str, /, **params: Any) -> tuple[str, dict[str, Any]]:
    """The text of a named query and its bindings as pyoxigraph terms.

    Parameters
    ----------
    name
        A key of :data:`NAMED_QUERIES`.
    **params
        Its parameters: ``name`` for ``about``; ``limit`` for
        ``top-actors``; ``a``, ``b`` and optional ``since``, ``until``
        (``YYYY-MM-DD``) for ``between``; optional ``quad`` (a quad class)
        and ``limit`` for ``events``. ``about``, ``top-actors`` and
        ``between`` take ``all_modalities=True`` to include relations that
        are not asserted (negated, hypothetical, intended, claimed).

    Returns
    -------
    (text, bindings)
        Pass both to :func:`run_query`.

    Raises
    ------
    QuerySyntaxError
        Unknown query or bad parameter (named in the message).
    """
    if name not in NAMED_QUERIES:
        raise QuerySyntaxError(
            f"no named query {name!r}; expected one of {', '.join(NAMED_QUERIES)}"
        )
    query = NAMED_QUERIES[name]
    unknown = set(params) - set(query.parameters)
    if unknown:
        raise QuerySyntaxError(
            f"{name}: unknown parameter {sorted(unknown)[0]!r}; "
            f"expected {', '.join(query.parameters)}"
        )
    values = {**query.defaults, **{k: v for k, v in params.items() if v is not None}}
    bindings: dict[str, Any] = {}
    for key, value in values.items():
        if key == "limit":
            if isinstance(value, bool) or not isinstance(value, int) or value < 1:
                raise QuerySyntaxError(f"{name}: limit {value!r}: expected a positive integer")
            continue
        if key == "all_modalities":
            if not isinstance(value, bool):
                raise QuerySyntaxError(f"{name}: all_modalities {value!r}: expected True or False")
            if value:
                bindings[key] = ox.Literal(True)
            continue
        if key == "quad" and value not in _QUAD_CLASSES:
            raise QuerySyntaxError(f"{name}: quad {value!r}: expected one of {', '.join(_QUAD_CLASSES)}")
        if key in ("since", "until"):
            if not isinstance(value, str) or not _DATE.match(value):
                raise QuerySyntaxError(f"{name}: {key} {value!r}: expected a date YYYY-MM-DD")
        elif not isinstance(value, str) or not value.strip():
            raise QuerySyntaxError(f"{name}: {key} {value!r}: expected a non-empty name")
        try:
            bindings[key] = ox.Literal(value)
        except ValueError as err:  # lone surrogates: bytes that were not text
            raise QuerySyntaxError(f"{name}: {key} {value!r}: not valid Unicode text ({err})") from err
    missing = [p for p in query.parameters if p not in values and p not in ("since", "until", "all_modalities", "quad")]
    if missing:
        raise QuerySyntaxError(f"{name}: missing parameter {missing[0]!r}")
    text = query.text
    if "limit" in values:
        # An int checked above: the one value formatted into the text,
        # since SPARQL has no variable LIMIT.
        text += f"LIMIT {int(values['limit'])}\n"
    return text, bindings


def to_values(name: str, term: Any) -> str:
    """A SPARQL ``VALUES`` block binding ``?name`` to a pyoxigraph term.

    Examples
    --------
    >>> print(to_values("name", ox.Literal('Idlib" } DROP ALL #')))
    VALUES ?name { "Idlib\\" } DROP ALL #" }
    """
    return f"VALUES ?{_variable(name)} {{ {_term(term)} }}"


def bind(query: str, bindings: Mapping[str, Any]) -> str:
    """Fill the ``#VALUES(p)`` markers of ``query`` from ``bindings``.

    A marker whose parameter is unbound is removed, so the variable stays
    unbound; a binding without its marker is an error.

    Raises
    ------
    QuerySyntaxError
        A binding names no marker of the query, or a term that cannot be
        bound.
    """
    for name, term in bindings.items():
        marker = f"#VALUES({_variable(name)})"
        if marker not in query:
            raise QuerySyntaxError(f"cannot bind ?{name}: the query has no {marker} marker")
        query = query.replace(marker, to_values(name, term))
    return re.sub(r"#VALUES\([A-Za-z_][A-Za-z0-9_]*\)", "", query)


def _variable(name: str) -> str:
    if not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", name):
        raise QuerySyntaxError(f"bad variable name {name!r}")
    return name


def _term(term: Any) -> str:
    if not isinstance(term, (ox.NamedNode, ox.Literal)):
        raise QuerySyntaxError(f"cannot bind {term!r}: expected an IRI or a literal")
    return str(term)


def _syntax_error(exc: SyntaxError) -> QuerySyntaxError:
    match = _ERROR_AT.match(str(exc))
    if match:
        return QuerySyntaxError(match.group(3), line=int(match.group(1)), column=int(match.group(2)))
    return QuerySyntaxError(str(exc))


def run_query(
    target: ox.Store | Endpoint | str,
    query: str,
    *,
    bindings: Mapping[str, Any] | None = None,
    auth: Any = None,
    timeout: float = 60.0,
    retries: int = 2,
) -> QueryResult:
    """Run a SELECT, ASK or CONSTRUCT query on a store or an endpoint.

    Parameters
    ----------
    target
        An open pyoxigraph ``Store`` (the default graph is the union of the
        article graphs; ``GRAPH ?g`` names them) or a remote
        :class:`~graph.store.Endpoint` / base URL.
    query
        The query text. The project prefixes of :data:`graph.vocab.PREFIXES`
        (``ng:``, ``rel:``, ``entity:`` as in the written files, ``ent:``,
        ``doc:``, ``graph:``, ``rdf:``, ``rdfs:``, ``skos:``, ``schema:``,
        ``prov:``, ``dcterms:``, ``xsd:``) are predeclared.
    bindings
        ``{parameter: pyoxigraph term}`` for the ``#VALUES(p)`` markers of
        a named query (see :func:`bind`).
    auth, timeout, retries
        For a remote endpoint: ``(user, password)`` or a bearer token,
        seconds per request, retries after connection errors and 5xx.

    Raises
    ------
    QuerySyntaxError
        The query does not parse (line and column from the parser).
    StoreError
        The store or the endpoint failed.

    Examples
    --------
    >>> store = ox.Store()
    >>> run_query(store, "ASK { ?s ?p ?o }").boolean
    False
    """
    query = bind(query, bindings or {})
    if isinstance(target, ox.Store):
        try:
            answer = target.query(query, use_default_graph_as_union=True, prefixes=_PREFIXES)
        except SyntaxError as exc:
            raise _syntax_error(exc) from exc
        except OSError as exc:
            raise StoreError(f"the query failed: {exc}") from exc
        return _result(answer)
    endpoint = target if isinstance(target, Endpoint) else Endpoint.from_url(target)
    # The project prefixes go on one line of their own before the query
    # (a query may redeclare them); error lines are shifted back.
    head = " ".join(f"PREFIX {p}: <{iri}>" for p, iri in _PREFIXES.items()) + "\n"
    try:
        answer = send_query(endpoint, head + query, auth=make_auth(auth), timeout=timeout,
                            retries=retries, echo=head)
    except RemoteQueryError as exc:
        line = exc.line - 1 if exc.line is not None and exc.line > 1 else None
        raise QuerySyntaxError(exc.reason, line=line,
                               column=exc.column if line is not None else None) from exc
    return _remote_result(answer)


def _result(answer: Any) -> QueryResult:
    if isinstance(answer, ox.QueryBoolean):
        return QueryResult("ask", boolean=bool(answer))
    if isinstance(answer, ox.QueryTriples):
        return QueryResult("construct", triples=tuple(answer))
    names = tuple(v.value for v in answer.variables)
    rows = tuple(tuple(solution[i] for i in range(len(names))) for solution in answer)
    return QueryResult("select", variables=names, rows=rows)


def _remote_result(answer: Any) -> QueryResult:
    """A :class:`~graph.store.sparql.RemoteAnswer` read into a :class:`QueryResult`."""
    kind, body = answer.media_type, answer.body
    try:
        if kind == "application/sparql-results+json":
            result = _result(ox.parse_query_results(body, format=ox.QueryResultsFormat.JSON))
        elif kind == "application/sparql-results+xml":
            result = _result(ox.parse_query_results(body, format=ox.QueryResultsFormat.XML))
        elif ox.RdfFormat.from_media_type(kind) is not None:
            fmt = ox.RdfFormat.from_media_type(kind)
            result = QueryResult("construct", triples=tuple(q.triple for q in ox.parse(body, format=fmt)))
        else:
            raise StoreError(f"{answer.url}: unexpected answer type {kind or 'none'!r}")
    except (SyntaxError, ValueError) as exc:
        raise StoreError(f"{answer.url}: unreadable answer: {exc}") from exc
    if result.kind == "select":
        rows = tuple(tuple(_canonical(term) for term in row) for row in result.rows)
        result = QueryResult("select", result.variables, rows, truncated_at=answer.truncated_at(len(rows)))
    return result


_BOOLEAN = ox.NamedNode(_XSD + "boolean")
_CANONICAL_BOOLEANS = {"1": "true", "0": "false"}


def _canonical(term: Any) -> Any:
    """xsd:boolean ``1``/``0`` (Virtuoso's answers) as ``true``/``false``, as locally."""
    if isinstance(term, ox.Literal) and term.datatype == _BOOLEAN and term.value in _CANONICAL_BOOLEANS:
        return ox.Literal(_CANONICAL_BOOLEANS[term.value], datatype=_BOOLEAN)
    return term


# --------------------------------------------------------------------------
# Output
# --------------------------------------------------------------------------


def _short(term: Any) -> str:
    if term is None:
        return ""
    if isinstance(term, ox.NamedNode):
        for prefix, iri in PREFIXES.items():
            if term.value.startswith(iri) and len(term.value) > len(iri):
                return f"{prefix}:{term.value[len(iri):]}"
        return term.value
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    return term.value


def _table(header: Sequence[str], rows: Sequence[Sequence[str]], *, width: int = 60) -> str:
    def cell(text: str) -> str:
        text = " ".join(text.split())
        return text if len(text) <= width else text[: width - 1] + "…"

    cells = [[cell(c) for c in row] for row in rows]
    widths = [max([len(h)] + [len(r[i]) for r in cells]) for i, h in enumerate(header)]
    line = "  ".join(h.ljust(w) for h, w in zip(header, widths)).rstrip()
    out = [line, "  ".join("-" * w for w in widths)]
    out += ["  ".join(c.ljust(w) for c, w in zip(r, widths)).rstrip() for r in cells]
    return "\n".join(out) + "\n"


def _json_term(term: Any) -> dict:
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    out = {"type": "literal", "value": term.value}
    if term.language:
        out["xml:lang"] = term.language
    elif term.datatype.value != _XSD + "string":
        out["datatype"] = term.datatype.value
    return out


def _csv_value(term: Any) -> str:
    if term is None:
        return ""
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    return term.value


def format_result(result: QueryResult, format: str = "table") -> str:
    """Write ``result`` as text.

    Parameters
    ----------
    result
        What :func:`run_query` returned.
    format
        ``table`` (readable, IRIs shortened with the project prefixes),
        ``csv``, ``tsv`` or ``json`` (the W3C SPARQL 1.1 results formats;
        a CONSTRUCT is written as bindings of ``?s ?p ?o``), or ``nt`` /
        ``ttl`` for a CONSTRUCT.

    Raises
    ------
    FormatError
        Unknown format, or a graph format asked of a SELECT or ASK.
    """
    from .errors import FormatError

    if format not in QUERY_FORMATS:
        raise FormatError(f"--format {format!r}: expected one of {', '.join(QUERY_FORMATS)}")
    if format in ("nt", "ttl"):
        if result.kind != "construct":
            raise FormatError(f"--format {format}: only for CONSTRUCT queries; use table, csv, tsv or json")
        fmt = ox.RdfFormat.N_TRIPLES if format == "nt" else ox.RdfFormat.TURTLE
        prefixes = PREFIXES if format == "ttl" else None
        return ox.serialize(result.triples, format=fmt, prefixes=prefixes).decode("utf-8")
    if result.kind == "construct":
        variables = ("s", "p", "o")
        rows = tuple((t.subject, t.predicate, t.object) for t in result.triples)
    else:
        variables, rows = result.variables, result.rows
    if result.kind == "ask":
        if format == "json":
            return json.dumps({"head": {}, "boolean": result.boolean}) + "\n"
        if format == "table":
            return ("yes" if result.boolean else "no") + "\n"
        return ("true" if result.boolean else "false") + "\n"
    if format == "table":
        body = _table(variables, [[_short(t) for t in row] for row in rows])
        return body + f"({len(rows)} row{'s' if len(rows) != 1 else ''})\n"
    if format == "json":
        bindings = [
            {v: _json_term(t) for v, t in zip(variables, row) if t is not None} for row in rows
        ]
        return json.dumps({"head": {"vars": list(variables)}, "results": {"bindings": bindings}},
                          ensure_ascii=False) + "\n"
    if format == "csv":
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\r\n")
        writer.writerow(variables)
        writer.writerows([_csv_value(t) for t in row] for row in rows)
        return buffer.getvalue()
    lines = ["\t".join(f"?{v}" for v in variables)]
    lines += ["\t".join("" if t is None else str(t) for t in row) for row in rows]
    return "\n".join(lines) + "\n"
