"""The graph as RDF: ``to_rdf``/``from_rdf`` (pure) and ``write_rdf``/``read_rdf`` (files).

Layout (see "RDF principles" in ``docs/ARCHITECTURE.md``): each document's
facts live in its own named graph, :func:`graph.vocab.graph_iri` of its id,
which holds only what that document says:

- the document: ``ng:Document``, ``schema:NewsArticle``, ``dcterms:identifier``,
  ``dcterms:title``, ``dcterms:date``, ``schema:url``, ``dcterms:source``; a
  web page's ``schema:author`` and its extracted text ``schema:articleBody``
  (the evidence offsets point into it), and ``ng:copy`` each syndicated
  copy (the copy's document IRI, with its identifier, URL, source, title and
  ``ng:similarity``);
- each entity it names: ``ng:Entity`` and schema.org classes
  (:data:`graph.vocab.TYPE_CLASSES`), ``rdfs:label``, ``skos:altLabel``,
  ``ng:entityType``; and an ``ng:Appearance`` (the entity as this document
  names it: ``ng:entity``, ``ng:document``, ``ng:mentionCount``, label,
  type, aliases), so merged figures are sums over graphs;
- each relation as a plain triple ``subject rel:<lemma> object``
  (``rel:not/<lemma>`` when negated), so SPARQL stays simple;
- each piece of evidence as an ``rdf:Statement`` / ``ng:Statement`` with
  ``rdf:subject/predicate/object``, ``prov:wasDerivedFrom`` the document,
  the sentence, offsets, texts, confidence, negation and event fields
  (time, place and casualties as nodes of their own); ``ng:modality`` one
  of :data:`graph.vocab.MODALITY_IRIS` (``ng:Asserted`` ...), with
  ``ng:modalityCue``, ``ng:mutual`` and the codes the mention gave its
  arguments (``ng:subjectActorCode``, ``ng:objectActorConfidence`` ...);
- a generic actor (type ``ACTOR``) as an ``ng:Actor`` with
  ``ng:actorCode``, ``ng:role`` and ``ng:country``, the IRI of its
  country's entity.

Triple-only formats (Turtle, N-Triples, RDF/XML) hold the union of the
named graphs. :func:`from_rdf` rebuilds the graph from documents,
appearances and statements alone, which carry their document, so every
format reads back into an equal graph.

The fast path, always taken by :func:`write_rdf` and :func:`to_rdf_bytes`:
N-Triples and N-Quads are written as text straight from the graph;
Turtle, TriG and RDF/XML are that text streamed through pyoxigraph's
parser and serializer (linear, flat memory; rdflib's Turtle serializer is
super-linear on large graphs, rdflib issue 2135, and its RDF/XML
serializer writes ``rel:carry%20out`` as an element name). Those five
formats are read back with pyoxigraph's parser. JSON-LD goes through
rdflib both ways. :func:`to_rdf` gives the very same statements as an
rdflib Dataset, for users who want to work on them in rdflib.

RDF/XML writes predicates as element names, so a predicate IRI must end
in an XML name; verb lemmas do, and a lemma that does not (``"1"``) makes
writing RDF/XML fail with :class:`~graph.errors.FormatError`.
"""

from __future__ import annotations

import hashlib
import io
import math
import os
import re
import tempfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO

import rdflib
from rdflib import Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, RDF, RDFS, SKOS, XSD

from extract.types import (
    Argument,
    Casualties,
    Document,
    DocumentCopy,
    DocumentFacts,
    Entity,
    Event,
    Place,
    Predicate,
    Relation,
    TimeSpan,
)

from ..errors import FormatError, GraphError
from ..io import atomic_write
from ..model import KnowledgeGraph, _no_gc
from .lookup import find_format
from ..vocab import (
    FILE_PREFIXES,
    MODALITY_IRIS,
    NG,
    NS,
    SCHEMA,
    TYPE_CLASSES,
    appearance_iri,
    document_id,
    document_iri,
    entity_iri,
    entity_key,
    graph_iri,
    predicate_iri,
    predicate_of,
    statement_iri,
)

__all__ = [
    "RdfFormat",
    "FORMATS",
    "PREFIXES",
    "rdf_format",
    "to_rdf",
    "from_rdf",
    "to_rdf_bytes",
    "from_rdf_bytes",
    "write_rdf",
    "read_rdf",
    "document_quads",
    "copy_quads",
]

#: Prefixes bound in Turtle, TriG, JSON-LD and RDF/XML output (the shared table of :mod:`graph.vocab`).
PREFIXES = FILE_PREFIXES


@dataclass(frozen=True, slots=True)
class RdfFormat:
    """One serialisation format: its names, file extensions and engines."""

    name: str
    aliases: tuple[str, ...]
    extensions: tuple[str, ...]
    media_type: str
    quads: bool  # holds named graphs
    rdflib: str  # rdflib plugin name
    oxigraph: str | None  # pyoxigraph.RdfFormat attribute of the fast path


#: The format table: name -> format.
FORMATS: dict[str, RdfFormat] = {
    f.name: f
    for f in (
        RdfFormat("turtle", ("ttl",), (".ttl",), "text/turtle", False, "turtle", "TURTLE"),
        RdfFormat("nt", ("ntriples", "n-triples"), (".nt",), "application/n-triples", False, "nt", "N_TRIPLES"),
        RdfFormat("nquads", ("nq", "n-quads"), (".nq",), "application/n-quads", True, "nquads", "N_QUADS"),
        RdfFormat("trig", (), (".trig",), "application/trig", True, "trig", "TRIG"),
        RdfFormat("json-ld", ("jsonld",), (".jsonld", ".json-ld"), "application/ld+json", True, "json-ld", None),
        RdfFormat("xml", ("rdf/xml", "rdfxml", "rdf"), (".rdf", ".owl", ".xml"), "application/rdf+xml", False,
                  "xml", "RDF_XML"),
    )
}
_BY_NAME = {name: f for f in FORMATS.values() for name in (f.name, *f.aliases)}
_BY_EXTENSION = {ext: f for f in FORMATS.values() for ext in f.extensions}


def rdf_format(format: str | None = None, *, path: str | os.PathLike | None = None) -> RdfFormat:
    """Look a format up by name, or else by the extension of ``path``.

    Raises
    ------
    FormatError
        If the name or extension is unknown; the message lists the valid ones.

    Examples
    --------
    >>> rdf_format("ttl").name, rdf_format(path="out/graph.nq").name
    ('turtle', 'nquads')
    """
    return find_format(_BY_NAME, _BY_EXTENSION, format, path, what="RDF format",
                       valid_names=", ".join(sorted(_BY_NAME)))


# -- emitting: one walk over the graph, neutral terms ---------------------
#
# A term is a str (an IRI) or a (lexical, datatype) tuple (a literal); a
# quad is (s, p, o, g) with g None for triple-only output. Converters turn
# them into rdflib or pyoxigraph terms.

_XSD_STRING = str(XSD.string)
_XSD_INTEGER = str(XSD.integer)
_XSD_DOUBLE = str(XSD.double)
_XSD_BOOLEAN = str(XSD.boolean)
_XSD_DATE = str(XSD.date)
_DATE = re.compile(r"\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])")

_TYPE = str(RDF.type)
_LABEL = str(RDFS.label)
_ALT = str(SKOS.altLabel)
_DERIVED = str(PROV.wasDerivedFrom)


def _lit(value) -> tuple[str, str]:
    if isinstance(value, bool):
        return ("true" if value else "false", _XSD_BOOLEAN)
    if isinstance(value, int):
        return (str(value), _XSD_INTEGER)
    if isinstance(value, float):
        if math.isnan(value):
            return ("NaN", _XSD_DOUBLE)
        if math.isinf(value):
            return ("INF" if value > 0 else "-INF", _XSD_DOUBLE)
        return (repr(value), _XSD_DOUBLE)
    if isinstance(value, str):
        return (value, _XSD_STRING)
    raise GraphError(f"cannot write {type(value).__name__} value {value!r} as an RDF literal")


def _date_lit(value: str) -> tuple[str, str]:
    # Typed only when surely valid; anything else stays a plain string.
    return (value, _XSD_DATE) if _DATE.fullmatch(value) else (value, _XSD_STRING)


def _digest(*parts) -> str:
    text = "\x1f".join(str(part) for part in parts)
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=8).hexdigest()


_DOC_PROPS = (("title", str(DCTERMS.title)), ("url", str(SCHEMA.url)), ("source", str(DCTERMS.source)),
              ("author", str(SCHEMA.author)), ("text", str(SCHEMA.articleBody)))
# A syndicated copy of a document: ng:copy -> the copy's document IRI, described by these.
_COPY_PROPS = (("id", str(DCTERMS.identifier)), ("url", str(SCHEMA.url)), ("source", str(DCTERMS.source)),
               ("title", str(DCTERMS.title)), ("similarity", str(NG.similarity)))
# The W3C WGS84 (Basic Geo) vocabulary, and GeoNames' own IRIs for owl:sameAs.
_WGS84 = "http://www.w3.org/2003/01/geo/wgs84_pos#"
_SAME_AS = "http://www.w3.org/2002/07/owl#sameAs"
_GEONAMES = "http://sws.geonames.org/{}/"
_WIKIDATA = "http://www.wikidata.org/entity/{}"
_OPTIONAL_ENTITY_PROPS = (
    ("actor_code", str(NG.actorCode)),
    ("geonames_id", str(NG.geonamesId)),
    ("lat", _WGS84 + "lat"),
    ("lon", _WGS84 + "long"),
    ("wikidata", str(NG.wikidata)),
    ("role", str(NG.role)),
)
# Entity fields that name another entity: written as its IRI.
_ENTITY_LINKS = (("country", str(NG.country)),)
_EVIDENCE_PROPS = (
    ("sentence", str(NG.sentence)),
    ("sentence_start", str(NG.sentenceStart)),
    ("subject_text", str(NG.subjectText)),
    ("predicate_text", str(NG.predicateText)),
    ("object_text", str(NG.objectText)),
    ("confidence", str(NG.confidence)),
    ("negated", str(NG.negated)),
    ("complement", str(NG.complement)),
    ("attributed_to", str(NG.attributedTo)),
    ("modality_cue", str(NG.modalityCue)),
    ("mutual", str(NG.mutual)),
    ("resolved_from_subject", str(NG.resolvedFromSubject)),
    ("resolved_from_object", str(NG.resolvedFromObject)),
    ("subject_actor_code", str(NG.subjectActorCode)),
    ("subject_actor_confidence", str(NG.subjectActorConfidence)),
    ("object_actor_code", str(NG.objectActorCode)),
    ("object_actor_confidence", str(NG.objectActorConfidence)),
)
_MODALITY = str(NG.modality)
_MODALITY_IRIS = {name: str(iri) for name, iri in MODALITY_IRIS.items()}
_MODALITY_NAMES = {iri: name for name, iri in _MODALITY_IRIS.items()}
_SPAN_PROPS = (
    ("subject", str(NG.subjectStart), str(NG.subjectEnd)),
    ("predicate", str(NG.predicateStart), str(NG.predicateEnd)),
    ("object", str(NG.objectStart), str(NG.objectEnd)),
)
_EVENT_PROPS = (
    ("code", str(NG.eventCode)),
    ("root", str(NG.eventRoot)),
    ("label", str(NG.eventLabel)),
    ("quad_class", str(NG.eventQuadClass)),
)
_TIME_PROPS = (("text", str(NG.text)), ("start", str(NG.start)), ("end", str(NG.end)))
_PLACE_PROPS = (
    ("label", _LABEL),
    ("geonames_id", str(NG.geonamesId)),
    ("lat", _WGS84 + "lat"),
    ("lon", _WGS84 + "long"),
)
_CASUALTY_PROPS = (
    ("killed", str(NG.killed)),
    ("injured", str(NG.injured)),
    ("victims", str(NG.victims)),
    ("qualifier", str(NG.qualifier)),
)
_TYPE_CLASSES = {name: tuple(str(c) for c in classes) for name, classes in TYPE_CLASSES.items()}
_NESTED = (
    ("time", str(NG.time), str(NG.TimeSpan), _TIME_PROPS),
    ("place", str(NG.place), str(SCHEMA.Place), _PLACE_PROPS),
    ("casualties", str(NG.casualties), str(NG.Casualties), _CASUALTY_PROPS),
)


_NG = {name: NS + name for name in NG.__annotations__}
_SCHEMA_ARTICLE = str(SCHEMA.NewsArticle)
_SCHEMA_PLACE = str(SCHEMA.Place)
_IDENTIFIER = str(DCTERMS.identifier)
_DATE_PROP = str(DCTERMS.date)
_RDF_STATEMENT = str(RDF.Statement)
_RDF_SUBJECT = str(RDF.subject)
_RDF_PREDICATE = str(RDF.predicate)
_RDF_OBJECT = str(RDF.object)
_TITLE = str(DCTERMS.title)
_SOURCE = str(DCTERMS.source)
_URL = str(SCHEMA.url)
_AUTHOR = str(SCHEMA.author)
_ARTICLE_BODY = str(SCHEMA.articleBody)


def _quads(kg: KnowledgeGraph, *, named: bool) -> Iterator[tuple]:
    """Every quad of the graph; ``named=False`` gives the union, without repeats."""
    graph = kg.graph
    docs = kg.documents
    return _walk(
        [(d, docs[d]) for d in sorted(docs)],
        ((key, attrs["doc_entities"]) for key, attrs in sorted(graph.nodes(data=True))),
        ((u, v, key, attrs["predicate"], attrs["negated"], attrs["evidence"])
         for u, v, key, attrs in sorted(graph.edges(keys=True, data=True), key=lambda edge: edge[:3])),
        named=named,
    )


def document_quads(facts: DocumentFacts) -> Iterator[tuple]:
    """The quads of one document's named graph, straight from its facts.

    The very quads :func:`to_rdf` gives for a graph of this document alone
    (the same entity entries, evidence and order), without building that
    graph: what the store loads per document. A quad is neutral:
    ``(s, p, o, g)`` where an IRI is a str and a literal a
    ``(lexical, datatype IRI)`` tuple.

    Raises
    ------
    GraphError
        If ``facts`` is not a :class:`~extract.types.DocumentFacts` or
        holds an empty key (as :meth:`KnowledgeGraph.add` would).
    """
    from ..model import _document_entries, _document_meta, _evidence, _require_str, _sort_evidence, edge_facts, edge_key

    if not isinstance(facts, DocumentFacts):
        raise GraphError(f"facts must be a DocumentFacts, got {type(facts).__name__}: {facts!r:.80}")
    document = facts.document
    if not isinstance(document, Document):
        raise GraphError(f"facts.document must be a Document, got {document!r:.80}")
    doc_id = _require_str(document.id, "document id")
    facts = edge_facts(facts)
    entries = _document_entries(facts)
    edges: dict[tuple[str, str, str], tuple[str, bool, list]] = {}
    for relation in facts.relations:
        lemma, negated = relation.predicate.lemma, bool(relation.negated)
        key = (relation.subject.key, relation.object.key, edge_key(lemma, negated))
        edges.setdefault(key, (lemma, negated, []))[2].append(_evidence(doc_id, relation))
    for _, _, evidence in edges.values():
        _sort_evidence(evidence)
    return _walk(
        [(doc_id, _document_meta(document))],
        ((key, {doc_id: entries[key]}) for key in sorted(entries)),
        ((u, v, key, *edges[u, v, key]) for u, v, key in sorted(edges)),
        named=True,
    )


def copy_quads(doc_id: str, copies: Iterable[dict], *, graph: str | None) -> Iterator[tuple]:
    """The neutral quads saying document ``doc_id`` has these syndicated ``copies`` (dicts as in graph.json)."""
    s = str(document_iri(doc_id))
    for copy in copies:
        c = str(document_iri(copy["id"]))
        yield s, _NG["copy"], c, graph
        for name, prop in _COPY_PROPS:
            if copy.get(name) is not None:
                yield c, prop, _lit(copy[name]), graph


def _walk(docs: list[tuple[str, dict]], entities: Iterable[tuple[str, dict]], edges: Iterable[tuple], *,
          named: bool) -> Iterator[tuple]:
    """The quads of documents ``(id, meta)``, entities ``(key, {doc: entry})`` and
    edges ``(u, v, key, lemma, negated, sorted evidence)``, each sorted."""
    doc_iris = {d: str(document_iri(d)) for d, _ in docs}
    graphs = {d: (str(graph_iri(d)) if named else None) for d, _ in docs}

    for d, meta in docs:
        s, g = doc_iris[d], graphs[d]
        yield s, _TYPE, _NG["Document"], g
        yield s, _TYPE, _SCHEMA_ARTICLE, g
        yield s, _IDENTIFIER, (d, _XSD_STRING), g
        for name, prop in _DOC_PROPS:
            if meta.get(name) is not None:
                yield s, prop, _lit(meta[name]), g
        if meta.get("date") is not None:
            yield s, _DATE_PROP, _date_lit(meta["date"]), g
        yield from copy_quads(d, meta.get("copies") or (), graph=g)

    for key, doc_entities in entities:
        e = str(entity_iri(key))
        seen: set = set()  # entity triples repeat across documents in the union
        for d, entry in doc_entities.items():
            g = graphs[d]
            described = [(_TYPE, _NG["Entity"]), (_LABEL, _lit(entry["label"])),
                         (_NG["entityType"], _lit(entry["type"]))]
            described += [(_TYPE, c) for c in _TYPE_CLASSES.get(entry["type"], ())]
            described += [(_ALT, _lit(alias)) for alias in entry["aliases"]]
            described += [(prop, _lit(entry[name])) for name, prop in _OPTIONAL_ENTITY_PROPS if name in entry]
            described += [(prop, str(entity_iri(entry[name]))) for name, prop in _ENTITY_LINKS if name in entry]
            if entry.get("geonames_id") is not None:
                described.append((_SAME_AS, _GEONAMES.format(int(entry["geonames_id"]))))
            if entry.get("wikidata") is not None:
                described.append((_SAME_AS, _WIKIDATA.format(entry["wikidata"])))
            for p, o in described:
                if not named:
                    if (p, o) in seen:
                        continue
                    seen.add((p, o))
                yield e, p, o, g
            a = str(appearance_iri(d, key))
            yield a, _TYPE, _NG["Appearance"], g
            yield a, _NG["entity"], e, g
            yield a, _NG["document"], doc_iris[d], g
            yield a, _NG["mentionCount"], _lit(entry["mentions"]), g
            yield a, _LABEL, _lit(entry["label"]), g
            yield a, _NG["entityType"], _lit(entry["type"]), g
            for alias in entry["aliases"]:
                yield a, _ALT, _lit(alias), g
            for name, prop in _OPTIONAL_ENTITY_PROPS:
                if name in entry:
                    yield a, prop, _lit(entry[name]), g
            for name, prop in _ENTITY_LINKS:
                if name in entry:
                    yield a, prop, str(entity_iri(entry[name])), g

    for u, v, key, lemma, negated, evidence in edges:
        su, sv = str(entity_iri(u)), str(entity_iri(v))
        plain = str(predicate_iri(lemma, negated=negated))
        positive = str(predicate_iri(lemma))
        last_doc = last_base = None
        repeat = 0
        for ev in evidence:
            d = ev["doc"]
            g = graphs[d]
            if d != last_doc and (named or last_doc is None):
                yield su, plain, sv, g
            digest = _digest(u, key, v, ev["sentence_start"], *ev["subject"], *ev["predicate"], *ev["object"])
            if d == last_doc and digest == last_base:
                repeat += 1  # the same offsets twice in a document: still two statements
            else:
                repeat = 0
            last_doc, last_base = d, digest
            st = str(statement_iri(d, f"{digest}-{repeat}" if repeat else digest))
            yield from _statement_quads(st, ev, g, (su, positive, sv), lemma, doc_iris[d])


def _statement_quads(st: str, ev: dict, g, triple: tuple, lemma: str, doc_iri: str) -> Iterator[tuple]:
    """The quads of the statement ``st``: one piece of evidence ``ev`` of ``triple``."""
    su, positive, sv = triple
    yield st, _TYPE, _RDF_STATEMENT, g
    yield st, _TYPE, _NG["Statement"], g
    yield st, _RDF_SUBJECT, su, g
    yield st, _RDF_PREDICATE, positive, g
    yield st, _RDF_OBJECT, sv, g
    yield st, _NG["lemma"], _lit(lemma), g
    yield st, _DERIVED, doc_iri, g
    for name, prop in _EVIDENCE_PROPS:
        if ev.get(name) is not None:
            yield st, prop, _lit(ev[name]), g
    modality = ev.get("modality")
    if modality is not None:
        # One of five IRIs; a value from before the closed set (a cue word) stays a string.
        yield st, _MODALITY, _MODALITY_IRIS.get(modality) or _lit(modality), g
    for name, start, end in _SPAN_PROPS:
        yield st, start, _lit(ev[name][0]), g
        yield st, end, _lit(ev[name][1]), g
    event = ev.get("event")
    if event is not None:
        for name, prop in _EVENT_PROPS:
            if event.get(name) is not None:
                yield st, prop, _lit(event[name]), g
    for name, prop, cls, props in _NESTED:
        value = ev.get(name)
        if value is None:
            continue
        node = f"{st}/{name}"
        yield st, prop, node, g
        yield node, _TYPE, cls, g
        for field, field_prop in props:
            if value.get(field) is not None:
                lit = _date_lit(value[field]) if name == "time" and field != "text" else _lit(value[field])
                yield node, field_prop, lit, g


# -- rdflib -----------------------------------------------------------


def _bind(graph: rdflib.Graph) -> None:
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, namespace, override=True, replace=True)


def _rdflib_term(term):
    if isinstance(term, str):
        return URIRef(term)
    lexical, datatype = term
    if datatype == _XSD_STRING:
        return Literal(lexical)
    return Literal(lexical, datatype=URIRef(datatype))


def to_rdf(kg: KnowledgeGraph) -> rdflib.Dataset:
    """The graph as an rdflib :class:`~rdflib.Dataset`: one named graph per document.

    Examples
    --------
    >>> from extract.types import Document, DocumentFacts, Entity
    >>> kg = KnowledgeGraph([DocumentFacts(Document("d1", "Syria."), (Entity("syria", "Syria", "GPE"),))])
    >>> ds = to_rdf(kg)
    >>> [str(g.identifier) for g in ds.graphs() if len(g)]
    ['https://w3id.org/newsgraph/id/graph/d1']
    """
    if not isinstance(kg, KnowledgeGraph):
        raise GraphError(f"kg must be a KnowledgeGraph, got {type(kg).__name__}")
    dataset = rdflib.Dataset()
    _bind(dataset)
    contexts: dict[str, rdflib.Graph] = {}
    cache: dict = {}

    def term(t):
        found = cache.get(t)
        if found is None:
            found = cache[t] = _rdflib_term(t)
        return found

    def quads():
        for s, p, o, g in _quads(kg, named=True):
            context = contexts.get(g)
            if context is None:
                context = contexts[g] = dataset.graph(URIRef(g))
            yield term(s), term(p), _rdflib_term(o) if not isinstance(o, str) else term(o), context

    dataset.addN(quads())
    return dataset


def _rdflib_quads(graph: rdflib.Graph) -> Iterator[tuple]:
    if isinstance(graph, rdflib.Dataset):
        source = ((s, p, o) for s, p, o, _ in graph.quads((None, None, None, None)))
    else:
        source = graph.triples((None, None, None))
    for s, p, o in source:
        yield _neutral_rdflib(s), str(p), _neutral_rdflib(o)


def _neutral_rdflib(term):
    if isinstance(term, URIRef):
        return str(term)
    if isinstance(term, Literal):
        return (str(term), str(term.datatype) if term.datatype is not None else _XSD_STRING)
    return ("_:" + str(term),)  # a blank node: not ours; ignored when read


# -- N-Triples / N-Quads text, and pyoxigraph ------------------------

# Escapes in N-Triples string literals: quote, backslash, and every control
# character (as \\uXXXX), which some parsers refuse raw.
_NT_ESCAPES = {ord("\\"): "\\\\", ord('"'): '\\"', ord("\n"): "\\n", ord("\r"): "\\r"}
_NT_ESCAPES.update({c: f"\\u{c:04X}" for c in (*range(0x20), 0x7F) if c not in _NT_ESCAPES})
_CHUNK = 50_000


def _nt_chunks(kg: KnowledgeGraph, *, named: bool) -> Iterator[bytes]:
    """The graph as N-Quads (``named``) or N-Triples, in UTF-8 chunks.

    Minted IRIs need no escaping: :func:`graph.vocab.encode_segment`
    leaves nothing an IRIREF forbids.
    """
    escapes, string = _NT_ESCAPES, _XSD_STRING
    lines: list[str] = []
    for s, p, o, g in _quads(kg, named=named):
        if o.__class__ is str:
            obj = f"<{o}>"
        else:
            lexical, datatype = o
            lexical = lexical.translate(escapes)
            obj = f'"{lexical}"' if datatype == string else f'"{lexical}"^^<{datatype}>'
        lines.append(f"<{s}> <{p}> {obj} <{g}> .\n" if g else f"<{s}> <{p}> {obj} .\n")
        if len(lines) >= _CHUNK:
            yield _utf8("".join(lines))
            lines = []
    if lines:
        yield _utf8("".join(lines))


def _utf8(text: str) -> bytes:
    try:
        return text.encode("utf-8")
    except UnicodeEncodeError as err:
        raise FormatError(f"cannot write RDF: a value holds a lone surrogate: {err.object[err.start - 20:err.end + 20]!r}") from err


def _write_oxigraph(kg: KnowledgeGraph, fmt: RdfFormat, handle: IO[bytes]) -> None:
    """Write N-Triples/N-Quads as text; other formats through pyoxigraph's serializer.

    The text goes through a temporary file, which pyoxigraph parses and
    re-serialises as a stream, so memory stays flat however large the graph.
    """
    if fmt.name in ("nt", "nquads"):
        for chunk in _nt_chunks(kg, named=fmt.quads):
            handle.write(chunk)
        return
    import pyoxigraph as ox

    if fmt.name == "xml":
        prefixes = {k: v for k, v in PREFIXES.items() if k not in ("rel", "entity", "doc")}
    else:
        prefixes = PREFIXES
    source = ox.RdfFormat.N_QUADS if fmt.quads else ox.RdfFormat.N_TRIPLES
    with tempfile.TemporaryFile() as text:
        for chunk in _nt_chunks(kg, named=fmt.quads):
            text.write(chunk)
        text.seek(0)
        ox.serialize(ox.parse(text, format=source), handle, format=getattr(ox.RdfFormat, fmt.oxigraph),
                     prefixes=prefixes)


def _oxigraph_triples(parsed) -> Iterator[tuple]:
    """Neutral (s, p, o) of pyoxigraph quads; blank nodes become 1-tuples."""
    import pyoxigraph as ox

    named, literal = ox.NamedNode, ox.Literal

    def neutral(term):
        kind = term.__class__
        if kind is named:
            return term.value
        if kind is literal:
            return (term.value, term.datatype.value)
        return ("_:" + str(term),)

    for quad in parsed:
        yield neutral(quad.subject), quad.predicate.value, neutral(quad.object)


# -- reading back -----------------------------------------------------


def _python(term, what: str):
    if isinstance(term, str) or len(term) != 2:
        raise FormatError(f"{what}: expected a literal, got {term!r}")
    lexical, datatype = term
    try:
        if datatype == _XSD_INTEGER:
            return int(lexical)
        if datatype == _XSD_DOUBLE:
            return float({"INF": "inf", "-INF": "-inf"}.get(lexical, lexical))
        if datatype == _XSD_BOOLEAN:
            if lexical not in ("true", "false", "1", "0"):
                raise ValueError(lexical)
            return lexical in ("true", "1")
    except ValueError as err:
        raise FormatError(f"{what}: bad {datatype.rsplit('#', 1)[-1]} literal {lexical!r}") from err
    return lexical


def _modality(term, where: str) -> str | None:
    """The modality name of an ``ng:modality`` value: one of the five IRIs, or a string from before them."""
    if term is None:
        return None
    if isinstance(term, str):
        name = _MODALITY_NAMES.get(term)
        if name is None:
            raise FormatError(f"<{where}>: ng:modality <{term}> is none of "
                              f"{', '.join('ng:' + iri.rsplit('#', 1)[1] for iri in _MODALITY_NAMES)}")
        return name
    return _python(term, f"<{where}> ng:modality")


def _one(props: dict, prop: str, where: str, *, required: bool = False, iri: bool = False, term: bool = False):
    """The one value of ``prop``: a Python value, an IRI (``iri``) or the raw term (``term``)."""
    values = props.get(prop, ())
    if not values:
        if required:
            raise FormatError(f"<{where}> lacks <{prop}>")
        return None
    if len(set(values)) > 1:
        raise FormatError(f"<{where}> has {len(set(values))} values of <{prop}>")
    value = values[0]
    if term:  # an IRI or a literal: the caller decides
        return value
    if iri:
        if not isinstance(value, str):
            raise FormatError(f"<{where}>: <{prop}> must be an IRI, got {value!r}")
        return value
    return _python(value, f"<{where}> <{prop}>")


def _doc_of(iri: str, where: str, documents: dict) -> str:
    doc_id = document_id(iri)
    if doc_id not in documents:
        raise FormatError(f"<{where}> refers to document <{iri}>, which is not described")
    return doc_id


def _copy_from(subjects: dict, iri) -> DocumentCopy:
    if not isinstance(iri, str):
        raise FormatError(f"ng:copy must name a document IRI, got {iri!r:.80}")
    props = subjects.get(iri, {})
    values = {name: _one(props, prop, iri) for name, prop in _COPY_PROPS}
    values["id"] = values["id"] if values["id"] is not None else document_id(iri)
    if values["similarity"] is None:
        values["similarity"] = 1.0
    return DocumentCopy(**values)


def _documents_from(subjects: dict, iris: Iterable[str]) -> dict[str, Document]:
    documents: dict[str, Document] = {}
    for s in sorted(set(iris)):
        props = subjects[s]
        identifier = _one(props, _IDENTIFIER, s)
        doc_id = identifier if identifier is not None else document_id(s)
        if str(document_iri(doc_id)) != s:
            raise FormatError(f"<{s}>: dcterms:identifier {doc_id!r} does not match the IRI")
        text = _one(props, _ARTICLE_BODY, s)
        documents[doc_id] = Document(
            id=doc_id,
            text=text or "",
            title=_one(props, _TITLE, s),
            url=_one(props, _URL, s),
            date=_one(props, _DATE_PROP, s),
            source=_one(props, _SOURCE, s),
            author=_one(props, _AUTHOR, s),
            extracted=text is not None,
            copies=tuple(_copy_from(subjects, c) for c in sorted(set(props.get(_NG["copy"], ())))),
        )
    return documents


def _entities_from(subjects: dict, iris: Iterable[str], documents: dict) -> dict[str, dict[str, Entity]]:
    entities: dict[str, dict[str, Entity]] = {d: {} for d in documents}
    for a in sorted(set(iris)):
        props = subjects[a]
        doc_id = _doc_of(_one(props, _NG["document"], a, required=True, iri=True), a, documents)
        key = entity_key(_one(props, _NG["entity"], a, required=True, iri=True))
        optional = {name: _one(props, prop, a) for name, prop in _OPTIONAL_ENTITY_PROPS}
        for name, prop in _ENTITY_LINKS:
            link = _one(props, prop, a, iri=True)
            optional[name] = entity_key(link) if link is not None else None
        entities[doc_id][key] = Entity(
            key=key,
            label=_one(props, _LABEL, a, required=True),
            type=_one(props, _NG["entityType"], a, required=True),
            aliases=tuple(sorted(_python(o, f"<{a}> skos:altLabel") for o in props.get(_ALT, ()))),
            mentions=_one(props, _NG["mentionCount"], a, required=True),
            **optional,
        )
    return entities


def _nested(subjects: dict, st: str, prop: str, fields: tuple, cls):
    iri = _one(subjects[st], prop, st, iri=True)
    if iri is None:
        return None
    node = subjects.get(iri, {})
    return cls(**{name: _one(node, field_prop, iri) for name, field_prop in fields})


def _relation_from(subjects: dict, st: str, documents: dict, entities: dict) -> Relation:
    """The relation one statement holds."""
    props = subjects[st]
    doc_id = _doc_of(_one(props, _DERIVED, st, required=True, iri=True), st, documents)
    u = entity_key(_one(props, _RDF_SUBJECT, st, required=True, iri=True))
    v = entity_key(_one(props, _RDF_OBJECT, st, required=True, iri=True))
    lemma = _one(props, _NG["lemma"], st)
    if lemma is None:
        lemma, _ = predicate_of(_one(props, _RDF_PREDICATE, st, required=True, iri=True))
    known = entities[doc_id]
    for key in (u, v):
        if key not in known:
            raise FormatError(f"<{st}>: entity {key!r} has no appearance in document {doc_id!r}")
    values = {name: _one(props, prop, st) for name, prop in _EVIDENCE_PROPS}
    values["modality"] = _modality(_one(props, _MODALITY, st, term=True), st)
    spans = {
        name: (_one(props, start, st, required=True), _one(props, end, st, required=True))
        for name, start, end in _SPAN_PROPS
    }
    event_values = {name: _one(props, prop, st) for name, prop in _EVENT_PROPS}
    event = Event(**event_values) if event_values["code"] is not None else None

    def argument(key: str, role: str) -> Argument:
        entity, span = known[key], spans[role]
        return Argument(key=key, label=entity.label, type=entity.type, text=values[f"{role}_text"],
                        start=span[0], end=span[1], actor_code=values[f"{role}_actor_code"],
                        resolved_from=values[f"resolved_from_{role}"],
                        actor_confidence=values[f"{role}_actor_confidence"])

    return Relation(
        doc_id=doc_id,
        subject=argument(u, "subject"),
        predicate=Predicate(lemma=lemma, text=values["predicate_text"],
                            start=spans["predicate"][0], end=spans["predicate"][1]),
        object=argument(v, "object"),
        sentence=values["sentence"],
        sentence_start=values["sentence_start"],
        negated=bool(values["negated"]),
        confidence=values["confidence"],
        complement=values["complement"],
        event=event,
        time=_nested(subjects, st, _NG["time"], _TIME_PROPS, TimeSpan),
        place=_nested(subjects, st, _NG["place"], _PLACE_PROPS, Place),
        casualties=_nested(subjects, st, _NG["casualties"], _CASUALTY_PROPS, Casualties),
        attributed_to=values["attributed_to"],
        modality=values["modality"],
        modality_cue=values["modality_cue"],
        mutual=bool(values["mutual"]),
    )


def _facts_from_quads(quads: Iterable[tuple]) -> list[DocumentFacts]:
    """Rebuild each document's facts from documents, appearances and statements."""
    subjects: dict[str, dict[str, list]] = {}
    kinds = {_NG["Document"]: [], _NG["Appearance"]: [], _NG["Statement"]: []}
    for s, p, o in quads:
        if not isinstance(s, str):
            continue  # blank nodes are not ours
        if p == _TYPE and o in kinds:
            kinds[o].append(s)
        subjects.setdefault(s, {}).setdefault(p, []).append(o)
    documents = _documents_from(subjects, kinds[_NG["Document"]])
    entities = _entities_from(subjects, kinds[_NG["Appearance"]], documents)
    relations: dict[str, list[Relation]] = {d: [] for d in documents}
    for st in sorted(set(kinds[_NG["Statement"]])):
        relation = _relation_from(subjects, st, documents, entities)
        relations[relation.doc_id].append(relation)
    return [
        DocumentFacts(documents[d], tuple(entities[d][k] for k in sorted(entities[d])), tuple(relations[d]))
        for d in sorted(documents)
    ]


def from_rdf(graph: rdflib.Graph) -> KnowledgeGraph:
    """Rebuild a graph from :func:`to_rdf` output (a Dataset, or any rdflib Graph).

    Only newsgraph documents, appearances and statements are read; other
    triples are ignored. A plain Graph holding the union of the named
    graphs reads back the same, since statements and appearances name
    their document.

    Raises
    ------
    FormatError
        If a newsgraph resource lacks a required property or is malformed.
    """
    if not isinstance(graph, rdflib.Graph):
        raise GraphError(f"graph must be an rdflib Graph or Dataset, got {type(graph).__name__}")
    with _no_gc():
        return KnowledgeGraph(_facts_from_quads(_rdflib_quads(graph)))


# -- bytes and files --------------------------------------------------


# RDF/XML writes a predicate as an element name: its IRI must end in an XML name.
_XML_NAME_END = re.compile(r"[^\W\d][\w.\-]*\Z")


def _check_xml_predicates(kg: KnowledgeGraph) -> None:
    for u, v, attrs in kg.graph.edges(data=True):
        for negated in (False, attrs["negated"]):
            iri = predicate_iri(attrs["predicate"], negated=negated)
            if not _XML_NAME_END.search(iri):
                raise FormatError(
                    f"RDF/XML cannot write predicate <{iri}> (relation {u!r} -> {v!r}): its IRI does not "
                    f"end in an XML name; use Turtle, N-Triples, N-Quads, TriG or JSON-LD"
                )


def _write(kg: KnowledgeGraph, fmt: RdfFormat, handle: IO[bytes]) -> None:
    if not isinstance(kg, KnowledgeGraph):
        raise GraphError(f"kg must be a KnowledgeGraph, got {type(kg).__name__}")
    if fmt.name == "xml":
        _check_xml_predicates(kg)
    if fmt.oxigraph is not None:
        _write_oxigraph(kg, fmt, handle)
        return
    if fmt.quads:
        graph = to_rdf(kg)
    else:
        graph = rdflib.Graph()
        _bind(graph)
        graph.addN((_rdflib_term(s), _rdflib_term(p), _rdflib_term(o), graph)
                   for s, p, o, _ in _quads(kg, named=False))
    handle.write(graph.serialize(format=fmt.rdflib, encoding="utf-8"))


def to_rdf_bytes(kg: KnowledgeGraph, *, format: str) -> bytes:
    """Serialise the graph in ``format`` (see :data:`FORMATS`).

    Raises
    ------
    FormatError
        If the format is unknown, or (RDF/XML) a predicate IRI cannot be
        written as an XML element name.
    """
    buffer = io.BytesIO()
    _write(kg, rdf_format(format), buffer)
    return buffer.getvalue()


def from_rdf_bytes(data: bytes | str, *, format: str) -> KnowledgeGraph:
    """Parse ``data`` in ``format`` and rebuild the graph.

    Raises
    ------
    FormatError
        If the format is unknown or ``data`` is not valid in it.
    """
    return _read(data, rdf_format(format))


def _read(source: bytes | str | IO[bytes], fmt: RdfFormat) -> KnowledgeGraph:
    if fmt.oxigraph is not None:
        import pyoxigraph as ox

        try:
            with _no_gc():
                parsed = ox.parse(source, format=getattr(ox.RdfFormat, fmt.oxigraph))
                facts = _facts_from_quads(_oxigraph_triples(parsed))
        except SyntaxError as err:  # pyoxigraph's parse errors, raised while streaming
            raise FormatError(f"not valid {fmt.name}: {err}") from err
        with _no_gc():
            return KnowledgeGraph(facts)
    graph = rdflib.Dataset() if fmt.quads else rdflib.Graph()
    try:
        if isinstance(source, (bytes, str)):
            graph.parse(data=source, format=fmt.rdflib)
        else:
            graph.parse(source=source, format=fmt.rdflib)
    except Exception as err:  # rdflib parsers raise assorted exception types
        raise FormatError(f"not valid {fmt.name}: {err}") from err
    return from_rdf(graph)


def write_rdf(kg: KnowledgeGraph, path: str | os.PathLike, *, format: str | None = None) -> None:
    """Write the graph as RDF, atomically; the format comes from ``format`` or the extension.

    Raises
    ------
    FormatError
        If the format is unknown, or the graph cannot be written in it.
    """
    fmt = rdf_format(format, path=path)
    with atomic_write(path, "wb") as handle:
        _write(kg, fmt, handle)


def read_rdf(path: str | os.PathLike, *, format: str | None = None) -> KnowledgeGraph:
    """Read a graph written by :func:`write_rdf`.

    Raises
    ------
    FormatError
        If the format is unknown or the file is not valid (the message names it).
    GraphError
        If the file cannot be read.
    """
    fmt = rdf_format(format, path=path)
    try:
        handle = open(path, "rb")  # streamed: large files are not read whole
    except OSError as err:
        raise GraphError(f"{os.fspath(path)}: cannot read: {err.strerror or err}") from err
    with handle:
        try:
            return _read(handle, fmt)
        except FormatError as err:
            raise FormatError(f"{os.fspath(path)}: {err}") from err
