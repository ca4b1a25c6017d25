"""The project's RDF vocabulary and the minting of resource IRIs.

One closed namespace, :class:`NG` (``https://w3id.org/newsgraph/ns#``),
holds the classes and properties; a typo in a term raises at once.
Relation predicates are open-ended verb lemmas (``bomb``, ``carry out``),
so they cannot be listed in a closed namespace: :func:`predicate_iri`
mints them under ``https://w3id.org/newsgraph/rel/``. Resources (entities,
documents, statements, named graphs) live under
``https://w3id.org/newsgraph/id/``.

Every name becomes one path segment, percent-encoded: characters outside
RFC 3987 ``iunreserved`` (ASCII letters, digits, ``-._~`` and the
``ucschar`` ranges) are written as ``%XX`` escapes of their UTF-8 bytes;
so are Unicode spaces and a final ``.``, which some parsers mishandle.
``%`` itself is escaped, so the encoding is injective: two different names
never give the same IRI, and :func:`decode_segment` recovers the name.

Examples
--------
>>> entity_iri("donald trump")
rdflib.term.URIRef('https://w3id.org/newsgraph/id/entity/donald%20trump')
>>> predicate_iri("carry out")
rdflib.term.URIRef('https://w3id.org/newsgraph/rel/carry%20out')
>>> predicate_iri("bomb", negated=True)
rdflib.term.URIRef('https://w3id.org/newsgraph/rel/not/bomb')
>>> entity_key(entity_iri("<img src=x>"))
'<img src=x>'
"""

from __future__ import annotations

import re
from urllib.parse import unquote

from rdflib import Namespace, URIRef
from rdflib.namespace import DefinedNamespace

from .errors import GraphError

__all__ = [
    "NG",
    "NS",
    "REL",
    "ID",
    "SCHEMA",
    "encode_segment",
    "decode_segment",
    "entity_iri",
    "document_iri",
    "graph_iri",
    "statement_iri",
    "appearance_iri",
    "predicate_iri",
    "entity_key",
    "document_id",
    "predicate_of",
    "TYPE_CLASSES",
    "MODALITY_IRIS",
    "PREFIXES",
    "FILE_PREFIXES",
    "QUERY_PREFIXES",
]

#: The namespace of classes and properties.
NS = "https://w3id.org/newsgraph/ns#"
#: Relation predicates, one per verb lemma; negated ones under ``rel/not/``.
REL = "https://w3id.org/newsgraph/rel/"
#: Resources: ``id/entity/``, ``id/document/``, ``id/graph/``, ...
ID = "https://w3id.org/newsgraph/id/"

SCHEMA = Namespace("https://schema.org/")

#: The one prefix table: the RDF writers declare these prefixes and the
#: queries predeclare them, so a prefixed name copied from a written file
#: (``entity:idlib``) works in ``newsgraph query`` as it is.
PREFIXES = {
    "ng": NS,
    "rel": REL,
    "entity": ID + "entity/",
    "doc": ID + "document/",
    "schema": str(SCHEMA),
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "prov": "http://www.w3.org/ns/prov#",
    "dcterms": "http://purl.org/dc/terms/",
    "geo": "http://www.w3.org/2003/01/geo/wgs84_pos#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "graph": ID + "graph/",
}
#: What the files declare: :data:`PREFIXES` but ``graph:``, so TriG and
#: N-Quads name each article's graph by its full IRI.
FILE_PREFIXES = {name: iri for name, iri in PREFIXES.items() if name != "graph"}
#: What queries predeclare: :data:`PREFIXES`, and ``ent:``, the name the
#: queries gave ``entity:`` before both shared this table (kept so that
#: queries written then still run).
QUERY_PREFIXES = {**PREFIXES, "ent": PREFIXES["entity"]}


class NG(DefinedNamespace):
    """The newsgraph vocabulary (closed: unknown terms raise)."""

    _NS = Namespace(NS)
    _fail = True

    # Classes
    Entity: URIRef  # anything a document names: a node of the graph
    Document: URIRef  # one article
    Statement: URIRef  # one piece of evidence for a relation (also an rdf:Statement)
    Appearance: URIRef  # an entity as one document names it (label, type, mention count)
    GeopoliticalEntity: URIRef  # a country, city or state (spaCy GPE)
    Group: URIRef  # a nationality, religious or political group (spaCy NORP)
    Facility: URIRef  # a building, airport, road, bridge (spaCy FAC)
    TimeSpan: URIRef  # a date expression and the ISO dates it resolves to
    Casualties: URIRef  # killed / injured figures of an event
    Actor: URIRef  # a generic actor: a country plus a role ("Kenya: judiciary", KENJUD)
    Modality: URIRef  # what a sentence does with a relation: the class of the five below
    # Modalities (the closed set of ng:modality values; only ng:Asserted relations are events)
    Asserted: URIRef  # stated as fact
    Negated: URIRef  # stated not to have happened
    Hypothetical: URIRef  # conditional or possible ("could", "if")
    Intended: URIRef  # wished, planned or threatened
    Claimed: URIRef  # reported as an allegation or claim

    # Entities and appearances
    entityType: URIRef  # the exact newsgraph type ("PERSON", "GPE", ...)
    entity: URIRef  # appearance -> entity
    document: URIRef  # appearance -> document
    mentionCount: URIRef  # mentions of the entity in one document
    actorCode: URIRef  # CAMEO actor code
    country: URIRef  # actor -> the entity of its country
    role: URIRef  # actor -> its CAMEO role code ("JUD")
    geonamesId: URIRef  # GeoNames id
    wikidata: URIRef  # Wikidata item id ("Q858"); the entity is also owl:sameAs its Wikidata IRI

    # Statements: evidence of one relation
    sentence: URIRef
    sentenceStart: URIRef
    subjectStart: URIRef
    subjectEnd: URIRef
    predicateStart: URIRef
    predicateEnd: URIRef
    objectStart: URIRef
    objectEnd: URIRef
    subjectText: URIRef
    predicateText: URIRef
    objectText: URIRef
    lemma: URIRef  # the predicate's verb lemma
    confidence: URIRef
    negated: URIRef
    complement: URIRef
    attributedTo: URIRef
    modality: URIRef  # statement -> one of ng:Asserted ... ng:Claimed
    modalityCue: URIRef  # the word that set the modality ("could")
    mutual: URIRef  # one direction of a mutual event (A and B met)
    subjectActorCode: URIRef  # the actor code of the subject as this mention gives it
    subjectActorConfidence: URIRef
    objectActorCode: URIRef
    objectActorConfidence: URIRef
    resolvedFromSubject: URIRef
    resolvedFromObject: URIRef
    eventCode: URIRef
    eventRoot: URIRef
    eventLabel: URIRef
    eventQuadClass: URIRef
    time: URIRef  # statement -> TimeSpan
    place: URIRef  # statement -> schema:Place
    casualties: URIRef  # statement -> Casualties
    text: URIRef  # a time expression's text
    copy: URIRef  # document -> a syndicated copy of it (another site's near-duplicate page)
    similarity: URIRef  # copy -> estimated similarity of its text to the document's
    start: URIRef  # first day of a TimeSpan
    end: URIRef  # last day of a TimeSpan
    killed: URIRef
    injured: URIRef
    victims: URIRef
    qualifier: URIRef


#: schema.org (and project) classes of each entity type; every entity is
#: also an ``NG.Entity`` and keeps its exact type in ``NG.entityType``.
TYPE_CLASSES: dict[str, tuple[URIRef, ...]] = {
    "PERSON": (SCHEMA.Person,),
    "ORG": (SCHEMA.Organization,),
    # GPE covers countries and cities alike: AdministrativeArea is their
    # common schema.org class (City and Country derive from it).
    "GPE": (SCHEMA.AdministrativeArea, NG.GeopoliticalEntity),
    "LOC": (SCHEMA.Place,),
    "NORP": (NG.Group,),
    "FAC": (SCHEMA.Place, NG.Facility),
    "EVENT": (SCHEMA.Event,),
    "CONCEPT": (URIRef("http://www.w3.org/2004/02/skos/core#Concept"),),
    "ACTOR": (NG.Actor,),
}

#: The IRI of each modality of :data:`extract.types.MODALITIES`.
MODALITY_IRIS: dict[str, URIRef] = {
    "asserted": NG.Asserted,
    "negated": NG.Negated,
    "hypothetical": NG.Hypothetical,
    "intended": NG.Intended,
    "claimed": NG.Claimed,
}

# RFC 3987 iunreserved = ALPHA / DIGIT / "-" / "." / "_" / "~" / ucschar.
_UCSCHAR = (
    "\u00a0-\ud7ff\uf900-\ufdcf\ufdf0-\uffef"
    "\U00010000-\U0001fffd\U00020000-\U0002fffd\U00030000-\U0003fffd"
    "\U00040000-\U0004fffd\U00050000-\U0005fffd\U00060000-\U0006fffd"
    "\U00070000-\U0007fffd\U00080000-\U0008fffd\U00090000-\U0009fffd"
    "\U000a0000-\U000afffd\U000b0000-\U000bfffd\U000c0000-\U000cfffd"
    "\U000d0000-\U000dfffd\U000e1000-\U000efffd"
)
# Unicode spaces (U+00A0, U+2003, ...) are ucschar, but parsers that split
# on whitespace (rdflib's N-Triples) stop there: they are escaped too.
_ESCAPE = re.compile(f"(?:[^A-Za-z0-9\\-._~{_UCSCHAR}]|\\s)+")


def _escape(match: re.Match) -> str:
    data = match.group().encode("utf-8", "surrogatepass")
    return "".join(f"%{byte:02X}" for byte in data)


def encode_segment(name: str) -> str:
    """Percent-encode ``name`` as one IRI path segment (injective).

    Raises
    ------
    GraphError
        If ``name`` is not a non-empty str.

    Examples
    --------
    >>> encode_segment("Al Qaida's <Syria> 100%")
    'Al%20Qaida%27s%20%3CSyria%3E%20100%25'
    >>> encode_segment("Dar\'\u0101")
    'Dar%27\u0101'
    """
    if not isinstance(name, str) or not name:
        raise GraphError(f"a name to mint an IRI from must be a non-empty str, got {name!r}")
    segment = _ESCAPE.sub(_escape, name)
    # Turtle writes a final "." as an escape in a prefixed name; rdflib cannot read it.
    return segment[:-1] + "%2E" if segment.endswith(".") else segment


def decode_segment(segment: str) -> str:
    """Invert :func:`encode_segment`.

    Examples
    --------
    >>> decode_segment(encode_segment("a b/c%"))
    'a b/c%'
    """
    return unquote(segment, encoding="utf-8", errors="surrogatepass")


def _mint(kind: str, *names: str) -> URIRef:
    return URIRef(ID + kind + "/" + "/".join(encode_segment(name) for name in names))


def entity_iri(key: str) -> URIRef:
    """The IRI of the entity with key ``key``."""
    return _mint("entity", key)


def document_iri(doc_id: str) -> URIRef:
    """The IRI of the document ``doc_id``."""
    return _mint("document", doc_id)


def graph_iri(doc_id: str) -> URIRef:
    """The IRI of the named graph holding what document ``doc_id`` says."""
    return _mint("graph", doc_id)


def appearance_iri(doc_id: str, key: str) -> URIRef:
    """The IRI of entity ``key`` as document ``doc_id`` names it."""
    return _mint("appearance", doc_id, key)


def statement_iri(doc_id: str, digest: str) -> URIRef:
    """The IRI of one statement (piece of evidence) of document ``doc_id``."""
    return _mint("statement", doc_id, digest)


def predicate_iri(lemma: str, *, negated: bool = False) -> URIRef:
    """The predicate IRI of a relation lemma; negated relations get ``rel/not/``.

    A lemma is one percent-encoded segment, so ``not/bomb`` can only come
    from a negated ``bomb``.
    """
    return URIRef(REL + ("not/" if negated else "") + encode_segment(lemma))


def _strip(iri: str, prefix: str, what: str) -> str:
    iri = str(iri)
    if not iri.startswith(prefix) or "/" in iri[len(prefix):] or len(iri) == len(prefix):
        raise GraphError(f"not a newsgraph {what} IRI: <{iri}>")
    return decode_segment(iri[len(prefix):])


def entity_key(iri: str) -> str:
    """The entity key an :func:`entity_iri` was minted from."""
    return _strip(iri, ID + "entity/", "entity")


def document_id(iri: str) -> str:
    """The document id a :func:`document_iri` was minted from."""
    return _strip(iri, ID + "document/", "document")


def predicate_of(iri: str) -> tuple[str, bool]:
    """``(lemma, negated)`` of a :func:`predicate_iri`."""
    iri = str(iri)
    if iri.startswith(REL + "not/"):
        return _strip(iri, REL + "not/", "predicate"), True
    return _strip(iri, REL, "predicate"), False
