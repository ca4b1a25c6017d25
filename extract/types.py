"""Plain, frozen values that pass from ``extract`` to ``graph``.

Nothing here imports spaCy. Offsets are character offsets into the
document's text (``Document.text``), never token indices, so evidence
survives re-tokenisation.
"""

from __future__ import annotations

from dataclasses import dataclass, field

__all__ = [
    "ENTITY_TYPES",
    "MODALITIES",
    "Document",
    "DocumentCopy",
    "Entity",
    "Argument",
    "Predicate",
    "Event",
    "TimeSpan",
    "Place",
    "Casualties",
    "Relation",
    "DocumentFacts",
    "Triple",
]

#: Node types. ``CONCEPT`` marks a plain noun phrase ("six civilians")
#: rather than a named entity; ``ACTOR`` a generic actor, a country plus a
#: role ("a Kenyan court": Kenya: judiciary, ``KENJUD``).
ENTITY_TYPES = ("PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT", "CONCEPT", "ACTOR")

#: What a relation's sentence does with it: only ``asserted`` relations are
#: events. ``hypothetical`` covers conditionals; ``intended`` wished,
#: planned and threatened acts; ``claimed`` allegations reported as such.
MODALITIES = ("asserted", "negated", "hypothetical", "intended", "claimed")


@dataclass(frozen=True, slots=True)
class DocumentCopy:
    """A syndicated copy of a document: another site's page whose text is a near-duplicate.

    ``id`` is the id the copy would have had (its canonical URL's);
    ``similarity`` the estimated Jaccard similarity of the two texts' word shingles.
    """

    id: str
    url: str | None = None
    source: str | None = None
    title: str | None = None
    similarity: float = 1.0


@dataclass(frozen=True, slots=True)
class Document:
    """One article.

    ``id`` is the id it was given, or a hash of its text. ``source`` is the
    publisher or feed a record names ("AFP"), if any. ``origin`` says where
    the document was read from (a path, ``path:line`` for JSON lines, or
    ``<stdin>``). ``date`` is ISO 8601 (``YYYY-MM-DD`` or a full timestamp)
    or None.

    Web inputs (:mod:`extract.web`) also give ``author``; ``extracted`` is
    true when ``text`` was taken out of markup (a page, a feed, a WARC
    record), so the outputs keep the text the evidence offsets point into;
    ``poll_keys`` are the canonical URL, the URLs fetched and the feed
    entry id a later poll recognises the page by. ``copies`` are the
    syndicated copies found of it (:class:`DocumentCopy`), as a graph read
    back from RDF gives them.
    """

    id: str
    text: str
    title: str | None = None
    url: str | None = None
    date: str | None = None
    source: str | None = None
    origin: str | None = None
    author: str | None = None
    extracted: bool = False
    poll_keys: tuple[str, ...] = ()
    copies: tuple[DocumentCopy, ...] = ()


@dataclass(frozen=True, slots=True)
class Entity:
    """A canonical entity as one document names it.

    ``key`` is stable across documents: the same real-world entity gets the
    same key in every article, so the graph merges on it. A bare institution
    name whose country the article does not give ("the Senate") is keyed for
    its article alone (``senate@<document id>``, :mod:`extract.institution_scopes`).
    """

    key: str
    label: str
    type: str
    aliases: tuple[str, ...] = ()
    mentions: int = 1
    actor_code: str | None = None
    geonames_id: int | None = None
    lat: float | None = None
    lon: float | None = None
    #: For actors: the entity key of the actor's country ("kenya") and its
    #: role code ("JUD"), where known.
    country: str | None = None
    role: str | None = None
    #: The Wikidata item ("Q858") the entity is linked to (:mod:`extract.linking`), where known.
    wikidata: str | None = None


@dataclass(frozen=True, slots=True)
class Argument:
    """The subject or object of a relation: a canonical entity or a concept.

    ``text``, ``start`` and ``end`` give the surface mention in the document.
    ``resolved_from`` holds the surface text when coreference replaced it
    ("the US president" resolved to Donald Trump).
    """

    key: str
    label: str
    type: str
    text: str
    start: int
    end: int
    actor_code: str | None = None
    resolved_from: str | None = None
    #: How sure the code is: a dictionary name beats a title or an
    #: adjective, which beat coreference. None when there is no code.
    actor_confidence: float | None = None

    @property
    def is_concept(self) -> bool:
        return self.type == "CONCEPT"


@dataclass(frozen=True, slots=True)
class Predicate:
    """The relation's predicate: its lemma (``bomb``) and surface phrase."""

    lemma: str
    text: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Event:
    """A CAMEO-style event type."""

    code: str
    root: str
    label: str
    quad_class: str


@dataclass(frozen=True, slots=True)
class TimeSpan:
    """A date expression and the ISO dates it resolves to (inclusive)."""

    text: str
    start: str | None = None
    end: str | None = None


@dataclass(frozen=True, slots=True)
class Place:
    label: str
    geonames_id: int | None = None
    lat: float | None = None
    lon: float | None = None


@dataclass(frozen=True, slots=True)
class Casualties:
    killed: int | None = None
    injured: int | None = None
    victims: str | None = None
    qualifier: str | None = None


@dataclass(frozen=True, slots=True)
class Relation:
    """(subject, predicate, object) with its evidence.

    ``sentence_start`` is the offset of ``sentence`` in the document text;
    the arguments' and predicate's offsets are document offsets too.
    ``complement`` keeps a control verb's complement ("to stop bombing").
    The fields after ``complement`` are filled by event extraction where
    the sentence gives them, and are None otherwise.
    """

    doc_id: str
    subject: Argument
    predicate: Predicate
    object: Argument
    sentence: str
    sentence_start: int
    negated: bool = False
    confidence: float = 0.5
    complement: str | None = None
    event: Event | None = None
    time: TimeSpan | None = None
    place: Place | None = None
    casualties: Casualties | None = None
    attributed_to: str | None = None
    modality: str | None = None
    #: The word that set the modality ("could", "reportedly"), if any.
    modality_cue: str | None = None
    #: True on both relations of a mutual event ("A and B met": A->B, B->A).
    mutual: bool = False
    #: For ``located in``: ``"text"`` when the sentence says it ("X in Y", "Y's X"),
    #: ``"gazetteer"`` when an unambiguous gazetteer entry does; None otherwise.
    basis: str | None = None


@dataclass(frozen=True, slots=True)
class DocumentFacts:
    """Everything extracted from one document."""

    document: Document
    entities: tuple[Entity, ...] = ()
    relations: tuple[Relation, ...] = ()


@dataclass(frozen=True, slots=True)
class Triple:
    """A sentence-level open triple: relation phrase and 2+ argument phrases."""

    sentence: str
    relation: str
    arguments: tuple[str, ...]
    confidence: float = 0.5
    extra: dict = field(default_factory=dict, compare=False, hash=False)
