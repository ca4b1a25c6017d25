"""The knowledge graph: facts of many documents merged into one networkx graph.

:class:`KnowledgeGraph` wraps a :class:`networkx.MultiDiGraph` that follows
the schema in ``docs/ARCHITECTURE.md``: one node per entity key, one edge
per (subject, predicate, object) holding every piece of evidence.

Besides the attributes the schema lists, each node keeps
``doc_entities``: ``{doc_id: {"label", "type", "aliases", "mentions", ...}}``,
the entity as each document names it. Merged values (label, type, aliases,
mentions) are recomputed from it, so a document can be replaced or removed
exactly, and a graph read back from JSON or RDF can still grow. Each
evidence dict also keeps the relation's ``event`` (dict or None).

Merging is linear: documents are indexed by id, edges by (subject, key,
object); merged values are recomputed once per touched node or edge at the
end of :meth:`KnowledgeGraph.add_all`.
"""

from __future__ import annotations

import contextlib
import gc
import json
import os
from collections import Counter
from collections.abc import Iterable, Iterator
from typing import Any

import networkx as nx

from extract.merge import vote_label, vote_type
from extract.lexicon.normalise import fold_case
from extract.pipeline import DEFAULT_MODEL
from extract.quality import is_edge
from extract.types import Document, DocumentFacts, Entity, Relation

from .errors import FormatError, GraphError
from .io import atomic_write
from .views import GraphViews

__all__ = [
    "KnowledgeGraph",
    "UnknownEntityError",
    "edge_facts",
    "edge_key",
    "is_asserted",
    "normalise_name",
    "to_node_link",
    "from_node_link",
    "write_json",
    "read_json",
]

_DOC_FIELDS = ("title", "url", "date", "source")


def _document_meta(document) -> dict:
    """A document's entry in ``graph["documents"]``: the four fields, and what a web page adds.

    A page's ``author``, its ``text`` when it was extracted from markup
    (the evidence offsets point into it and it exists nowhere else), and
    the syndicated ``copies`` found of it.
    """
    meta = {name: getattr(document, name) for name in _DOC_FIELDS}
    if getattr(document, "author", None):
        meta["author"] = document.author
    if getattr(document, "extracted", False):
        meta["text"] = document.text
    if getattr(document, "copies", ()):
        meta["copies"] = [copy_meta(c) for c in document.copies]
    return meta


def copy_meta(copy) -> dict:
    """A :class:`~extract.types.DocumentCopy` as an entry of a document's ``copies``."""
    return {"id": copy.id, "url": copy.url, "source": copy.source, "title": copy.title,
            "similarity": copy.similarity}
_OPTIONAL_NODE_FIELDS = ("actor_code", "geonames_id", "lat", "lon", "country", "role", "wikidata")
# Node fields voted across documents one by one (places vote as a whole).
_VOTED_NODE_FIELDS = ("actor_code", "country", "role", "wikidata")
_FORMAT_VERSION = 1


class UnknownEntityError(GraphError, KeyError):
    """No entity has the given key or alias."""

    def __str__(self) -> str:  # KeyError would quote the message
        return str(self.args[0]) if self.args else ""


#: Casefold and collapse whitespace: how names are compared (the lexicon's
#: named normaliser, one function for extract and graph alike).
normalise_name = fold_case


def edge_key(predicate: str, negated: bool = False) -> str:
    """The key of an edge: the predicate lemma, prefixed ``"not "`` if negated.

    Examples
    --------
    >>> edge_key("bomb"), edge_key("relent", True)
    ('bomb', 'not relent')
    """
    return f"not {predicate}" if negated else predicate


def is_asserted(evidence: dict) -> bool:
    """Whether a piece of evidence asserts its relation (an event can only be asserted).

    Evidence with modality ``"asserted"`` is, and so is evidence of a graph
    made before relations had a modality (None), unless it is negated;
    ``negated``, ``hypothetical``, ``intended`` and ``claimed`` are not.

    Examples
    --------
    >>> is_asserted({"modality": "asserted", "negated": False}), is_asserted({"modality": "intended"})
    (True, False)
    >>> is_asserted({"modality": None, "negated": True})
    False
    """
    return not evidence.get("negated") and evidence.get("modality") in (None, "asserted")


def edge_facts(facts: DocumentFacts) -> DocumentFacts:
    """``facts`` with only the relations the graph draws as edges.

    A relation :func:`extract.quality.edge_doubts` finds doubtful (an
    unnamed side, a quotation, a light verb with a plain noun, ``is a`` a
    noun that lost its complement ...) stays in the extraction output with
    a low confidence, but is no edge: the graph, its RDF and the store
    leave it out, and the concepts only it names. Values that are not
    relations are kept for :func:`_document_entries` to reject.
    """
    relations = facts.relations
    if not isinstance(relations, tuple | list):
        return facts
    kept = tuple(r for r in relations if _is_edge(r))
    return facts if len(kept) == len(relations) else DocumentFacts(facts.document, facts.entities, kept)


def _is_edge(relation) -> bool:
    if not isinstance(relation, Relation):
        return True  # _document_entries names what is wrong with it
    try:
        return is_edge(relation)
    except (TypeError, AttributeError):  # a malformed value: _document_entries names it too
        return True


def _require_str(value: Any, what: str) -> str:
    if not isinstance(value, str) or not value:
        raise GraphError(f"{what} must be a non-empty str, got {value!r}")
    return value


def _event_dict(event) -> dict | None:
    if event is None:
        return None
    return {"code": event.code, "root": event.root, "label": event.label, "quad_class": event.quad_class}


def _time_dict(time) -> dict | None:
    if time is None:
        return None
    return {"text": time.text, "start": time.start, "end": time.end}


def _place_dict(place) -> dict | None:
    if place is None:
        return None
    return {"label": place.label, "geonames_id": place.geonames_id, "lat": place.lat, "lon": place.lon}


def _casualties_dict(casualties) -> dict | None:
    if casualties is None:
        return None
    return {
        "killed": casualties.killed,
        "injured": casualties.injured,
        "victims": casualties.victims,
        "qualifier": casualties.qualifier,
    }


def _evidence(doc_id: str, relation: Relation) -> dict:
    subject, predicate, obj = relation.subject, relation.predicate, relation.object
    return {
        "doc": doc_id,
        "sentence": relation.sentence,
        "sentence_start": relation.sentence_start,
        "subject": [subject.start, subject.end],
        "predicate": [predicate.start, predicate.end],
        "object": [obj.start, obj.end],
        "subject_text": subject.text,
        "predicate_text": predicate.text,
        "object_text": obj.text,
        "confidence": relation.confidence,
        "negated": relation.negated,
        "complement": relation.complement,
        "event": _event_dict(relation.event),
        "time": _time_dict(relation.time),
        "place": _place_dict(relation.place),
        "casualties": _casualties_dict(relation.casualties),
        "attributed_to": relation.attributed_to,
        "modality": relation.modality,
        "modality_cue": relation.modality_cue,
        "mutual": relation.mutual,
        "resolved_from_subject": subject.resolved_from,
        "resolved_from_object": obj.resolved_from,
        "subject_actor_code": subject.actor_code,
        "subject_actor_confidence": subject.actor_confidence,
        "object_actor_code": obj.actor_code,
        "object_actor_confidence": obj.actor_confidence,
    }


def _evidence_order(ev: dict) -> tuple:
    return (
        ev["doc"],
        ev["sentence_start"],
        ev["subject"][0],
        ev["predicate"][0],
        ev["object"][0],
        ev["subject"][1],
        ev["predicate"][1],
        ev["object"][1],
    )


def _full_order(ev: dict) -> str:
    return json.dumps(ev, sort_keys=True, ensure_ascii=False)


def _sort_evidence(evidence: list[dict]) -> None:
    """Sort in place by document and offsets; ties (rare) by full content."""
    evidence.sort(key=_evidence_order)
    i, n = 0, len(evidence)
    while i < n:
        j = i + 1
        first = _evidence_order(evidence[i])
        while j < n and _evidence_order(evidence[j]) == first:
            j += 1
        if j - i > 1:
            evidence[i:j] = sorted(evidence[i:j], key=_full_order)
        i = j


def _entity_entry(entity: Entity) -> dict:
    entry = {
        "label": entity.label,
        "type": entity.type,
        "aliases": sorted(set(entity.aliases)),
        "mentions": entity.mentions,
    }
    for name in _OPTIONAL_NODE_FIELDS:
        value = getattr(entity, name)
        if value is not None:
            entry[name] = value
    return entry


def _document_entries(facts: DocumentFacts) -> dict[str, dict]:
    """The entities one document names, concepts of its relations included."""
    doc_id = facts.document.id
    entries: dict[str, dict] = {}
    for entity in facts.entities:
        if not isinstance(entity, Entity):
            raise GraphError(f"document {doc_id!r}: entities must be Entity values, got {entity!r}")
        key = _require_str(entity.key, f"document {doc_id!r}: entity key")
        if not isinstance(entity.mentions, int) or entity.mentions < 0:
            raise GraphError(
                f"document {doc_id!r}: entity {key!r}: mentions must be an int >= 0, got {entity.mentions!r}"
            )
        entry = _entity_entry(entity)
        if key in entries:  # named twice by one document: one entity all the same
            known = entries[key]
            known["mentions"] += entry["mentions"]
            known["aliases"] = sorted(set(known["aliases"]) | set(entry["aliases"]) | {entry["label"]})
            for name in _OPTIONAL_NODE_FIELDS:
                if name in entry:
                    known.setdefault(name, entry[name])
        else:
            entries[key] = entry
    # Arguments the entity list does not name (concepts): one mention per span.
    spans: dict[str, set] = {}
    for relation in facts.relations:
        if not isinstance(relation, Relation):
            raise GraphError(f"document {doc_id!r}: relations must be Relation values, got {relation!r}")
        _require_str(relation.predicate.lemma, f"document {doc_id!r}: predicate lemma")
        for argument in (relation.subject, relation.object):
            key = _require_str(argument.key, f"document {doc_id!r}: argument key")
            if key in entries and key not in spans:
                continue
            if key not in entries:
                entry = {"label": argument.label, "type": argument.type, "aliases": [], "mentions": 0}
                if argument.actor_code is not None:
                    entry["actor_code"] = argument.actor_code
                entries[key] = entry
                spans[key] = set()
            spans[key].add((argument.start, argument.end))
    for key, found in spans.items():
        entries[key]["mentions"] = len(found)
    return entries


def _most_common(values: Iterable, *, tie=lambda value: value):
    """The most frequent value; ties go to the smallest ``tie(value)``."""
    counts = Counter(values)
    if not counts:
        return None
    return min(counts.items(), key=lambda item: (-item[1], tie(item[0])))[0]


@contextlib.contextmanager
def _no_gc() -> Iterator[None]:
    """Pause the cyclic garbage collector while building.

    Building creates millions of small dicts and lists and no cycles; with
    the collector on, its full passes over the growing heap make building
    super-linear.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _vote_field(entries: dict, docs: list[str], name: str) -> str | None:
    """The value of ``name`` most documents give (ties: more mentions), by :func:`extract.merge.vote_label`."""
    votes: Counter = Counter()
    mentions: Counter = Counter()
    for d in docs:
        value = entries[d].get(name)
        if value is not None:
            votes[value] += 1
            mentions[value] += entries[d]["mentions"]
    return vote_label(votes, evidence=mentions)


def _merge_node(attrs: dict) -> None:
    """Recompute a node's merged attributes from its ``doc_entities``."""
    entries = attrs["doc_entities"]
    docs = sorted(entries)
    type_votes = Counter(entries[d]["type"] for d in docs)
    type_mentions = Counter()
    for d in docs:
        type_mentions[entries[d]["type"]] += entries[d]["mentions"]
    # Majority over documents; a tie goes to more mentions, then the one rule of extract.merge.
    node_type = vote_type(type_votes, evidence=type_mentions)
    label = vote_label(Counter(entries[d]["label"] for d in docs))
    aliases = set()
    for d in docs:
        aliases.update(entries[d]["aliases"])
        aliases.add(entries[d]["label"])
    aliases.discard(label)
    attrs["label"] = label
    attrs["type"] = node_type
    attrs["aliases"] = sorted(aliases)
    attrs["mentions"] = sum(entries[d]["mentions"] for d in docs)
    attrs["documents"] = docs
    attrs["doc_mentions"] = {d: entries[d]["mentions"] for d in docs}
    attrs["doc_entities"] = {d: entries[d] for d in docs}
    place = _most_common(
        (
            (entries[d].get("geonames_id"), entries[d].get("lat"), entries[d].get("lon"))
            for d in docs
            if any(name in entries[d] for name in ("geonames_id", "lat", "lon"))
        ),
        tie=repr,
    )
    values = {name: _vote_field(entries, docs, name) for name in _VOTED_NODE_FIELDS}
    if place is not None:
        values.update(geonames_id=place[0], lat=place[1], lon=place[2])
    for name in _OPTIONAL_NODE_FIELDS:
        if values.get(name) is None:
            attrs.pop(name, None)
        else:
            attrs[name] = values[name]


def _merge_edge(attrs: dict) -> None:
    evidence = attrs["evidence"]
    _sort_evidence(evidence)
    attrs["count"] = len(evidence)
    attrs["confidence"] = max(ev["confidence"] for ev in evidence)
    events = [ev["event"] for ev in evidence if ev.get("event") is not None]
    best = _most_common(
        (tuple(sorted(e.items())) for e in events), tie=lambda items: tuple(str(v) for _, v in items)
    )
    attrs["event"] = dict(best) if best is not None else None


class KnowledgeGraph(GraphViews):
    """Facts of many documents merged into one directed multigraph.

    Parameters
    ----------
    facts : iterable of DocumentFacts, optional
        Documents to add at once (see :meth:`add_all`).

    Examples
    --------
    >>> from extract.types import Document, DocumentFacts, Entity
    >>> doc = Document(id="d1", text="Syria accused Israel.")
    >>> kg = KnowledgeGraph([DocumentFacts(doc, (Entity("syria", "Syria", "GPE"),))])
    >>> kg.find("SYRIA"), len(kg)
    ('syria', 1)
    """

    def __init__(self, facts: Iterable[DocumentFacts] | None = None) -> None:
        self._graph = nx.MultiDiGraph(documents={})
        self._doc_nodes: dict[str, set[str]] = {}
        self._doc_edges: dict[str, set[tuple[str, str, str]]] = {}
        self._names: dict[str, str] | None = None
        # Changes not merged yet: merged values are recomputed once per
        # touched node or edge when the graph is next read, so adding
        # documents one by one stays linear even for entities named by
        # every document.
        self._pending_nodes: set[str] = set()
        self._pending_edges: set[tuple[str, str, str]] = set()
        self._added: dict[tuple[str, str, str], list[dict]] = {}
        self._removed: dict[tuple[str, str, str], set[str]] = {}
        if facts is not None:
            self.add_all(facts)

    # -- building -----------------------------------------------------

    @property
    def graph(self) -> nx.MultiDiGraph:
        """The underlying graph (live: read it, do not change it)."""
        if self._pending_nodes or self._pending_edges:
            self._settle()
        return self._graph

    @property
    def documents(self) -> dict[str, dict]:
        """``{doc_id: {"title", "url", "date", "source"}}`` (live; read only)."""
        return self._graph.graph["documents"]

    def add(self, facts: DocumentFacts) -> KnowledgeGraph:
        """Add one document's facts, replacing a document with the same id.

        Returns the graph itself, so calls can be chained.

        Raises
        ------
        GraphError
            If ``facts`` is not a :class:`DocumentFacts` or names an entity
            or document with an empty key.
        """
        return self.add_all((facts,))

    def add_all(self, facts: Iterable[DocumentFacts]) -> KnowledgeGraph:
        """Add the facts of many documents (linear in their size).

        A document whose id the graph already holds replaces the one held.
        The inputs are not changed. Returns the graph itself.

        Raises
        ------
        GraphError
            If an item is not a :class:`DocumentFacts` (the message gives
            its position) or holds an empty key. The documents before it
            are kept.
        """
        if isinstance(facts, DocumentFacts):
            facts = (facts,)
        self._names = None
        with _no_gc():
            for position, item in enumerate(facts):
                if not isinstance(item, DocumentFacts):
                    raise GraphError(
                        f"facts[{position}] must be a DocumentFacts, got {type(item).__name__}: {item!r:.80}"
                    )
                self._add(item)
        return self

    def remove(self, doc_id: str) -> KnowledgeGraph:
        """Remove a document: its evidence and mentions; emptied nodes and edges go.

        Raises
        ------
        UnknownEntityError
            If the graph holds no document ``doc_id``.
        """
        if doc_id not in self.documents:
            raise UnknownEntityError(f"no document {doc_id!r} in the graph")
        self._names = None
        self._remove(doc_id)
        return self

    def _add(self, facts: DocumentFacts) -> None:
        document = facts.document
        if not isinstance(document, Document):
            raise GraphError(f"facts.document must be a Document, got {document!r:.80}")
        doc_id = _require_str(document.id, "document id")
        facts = edge_facts(facts)
        entries = _document_entries(facts)  # validates before anything changes
        if doc_id in self.documents:
            self._remove(doc_id)
        self.documents[doc_id] = _document_meta(document)
        graph = self._graph
        nodes = graph._node
        for key, entry in entries.items():
            attrs = nodes.get(key)
            if attrs is None:
                graph.add_node(key, doc_entities={})
                attrs = nodes[key]
            attrs["doc_entities"][doc_id] = entry
        self._doc_nodes[doc_id] = set(entries)
        self._pending_nodes.update(entries)
        edges = self._doc_edges[doc_id] = set()
        adjacency = graph._succ
        added = self._added
        for relation in facts.relations:
            lemma = relation.predicate.lemma
            u, v = relation.subject.key, relation.object.key
            negated = bool(relation.negated)
            key = edge_key(lemma, negated)
            edge = (u, v, key)
            if key not in adjacency[u].get(v, ()):
                graph.add_edge(u, v, key=key, predicate=lemma, negated=negated,
                               count=0, confidence=0.0, event=None, evidence=[])
            pending = added.get(edge)
            if pending is None:
                pending = added[edge] = []
            pending.append(_evidence(doc_id, relation))
            edges.add(edge)
        self._pending_edges.update(edges)

    def _remove(self, doc_id: str) -> None:
        # Evidence is filtered once per edge when merging, not once per document.
        for edge in self._doc_edges.pop(doc_id, ()):
            self._removed.setdefault(edge, set()).add(doc_id)
            pending = self._added.get(edge)
            if pending:
                self._added[edge] = [ev for ev in pending if ev["doc"] != doc_id]
            self._pending_edges.add(edge)
        nodes = self._graph._node
        for key in self._doc_nodes.pop(doc_id, ()):
            nodes[key]["doc_entities"].pop(doc_id, None)
            self._pending_nodes.add(key)
        del self.documents[doc_id]

    def _settle(self) -> None:
        from .merge import settle

        settle(self)

    @classmethod
    def _from_graph(cls, graph: nx.MultiDiGraph) -> KnowledgeGraph:
        """Wrap a graph that follows the schema (taken over, not copied)."""
        from .merge import wrap

        return wrap(cls, graph)

    @classmethod
    def from_texts(
        cls,
        texts: Iterable[str | Document],
        *,
        nlp=None,
        model: str = DEFAULT_MODEL,
        **options,
    ) -> KnowledgeGraph:
        """Extract facts from texts (or :class:`Document` values) and build a graph.

        Texts get the id of their content hash; empty texts are skipped.
        ``options`` go to :func:`extract.facts.extract_facts`.
        """
        from extract.documents import parse_text
        from extract.facts import extract_facts

        def documents() -> Iterator[Document]:
            for position, text in enumerate(texts):
                if isinstance(text, Document):
                    yield text
                elif not isinstance(text, str):
                    raise GraphError(f"texts[{position}] must be a str or Document, got {type(text).__name__}")
                elif text.strip():
                    yield parse_text(text, name=f"texts[{position}]")

        return cls(extract_facts(documents(), nlp=nlp, model=model, **options))

    @classmethod
    def from_files(
        cls,
        paths: str | os.PathLike | Iterable[str | os.PathLike],
        *,
        nlp=None,
        model: str = DEFAULT_MODEL,
        strict: bool = False,
        **options,
    ) -> KnowledgeGraph:
        """Read articles (files, folders, JSON lines) and build a graph of their facts.

        The library build (:func:`graph.build.build`) without outputs, on a
        :class:`~graph.runners.LocalRunner` that leaves numpy's BLAS threads
        as they are. ``strict`` goes to :func:`extract.documents.read_documents`,
        ``options`` (``batch_size``, ``n_process``) to :func:`extract.facts.extract_facts`.
        """
        from .build import build
        from .runners import LocalRunner

        options = dict(options)
        runner = LocalRunner(model=model, nlp=nlp, workers=options.pop("n_process", 1),
                             batch_size=options.pop("batch_size", 64), blas_threads=None, options=options)
        return build(paths, runner=runner, strict=strict).graph

    # -- comparing ----------------------------------------------------

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, KnowledgeGraph):
            return NotImplemented
        a, b = self.graph, other.graph
        return (
            a.graph == b.graph
            and dict(a.nodes(data=True)) == dict(b.nodes(data=True))
            and {(u, v, k): d for u, v, k, d in a.edges(keys=True, data=True)}
            == {(u, v, k): d for u, v, k, d in b.edges(keys=True, data=True)}
        )

    __hash__ = None  # mutable

    def __repr__(self) -> str:
        return (
            f"<KnowledgeGraph: {len(self.documents)} documents, "
            f"{self.number_of_entities()} entities, {self.number_of_relations()} relations>"
        )


# -- node-link JSON ---------------------------------------------------


def _clone(value):
    """A deep copy of JSON-like data (dicts, lists, scalars); faster than deepcopy."""
    if value.__class__ is dict:
        return {k: _clone(v) for k, v in value.items()}
    if value.__class__ is list:
        return [_clone(v) for v in value]
    return value


def _node_link_parts(kg: KnowledgeGraph, *, clone: bool) -> tuple[dict, Iterator[dict], Iterator[dict]]:
    graph = kg.graph
    copy_ = _clone if clone else (lambda value: value)
    head = {
        "directed": True,
        "multigraph": True,
        "graph": {"documents": {d: dict(meta) for d, meta in sorted(kg.documents.items())}},
        "newsgraph": {"version": _FORMAT_VERSION},
    }
    nodes = ({"id": key, **copy_(attrs)} for key, attrs in sorted(graph.nodes(data=True)))
    links = (
        {"source": u, "target": v, "key": k, **copy_(attrs)}
        for u, v, k, attrs in sorted(graph.edges(keys=True, data=True), key=lambda e: e[:3])
    )
    return head, nodes, links


def to_node_link(kg: KnowledgeGraph) -> dict:
    """The graph as networkx node-link data (``links``), sorted, JSON-ready.

    The data shares nothing with the graph.
    ``networkx.node_link_graph(data, edges="links")`` reads it too.
    """
    head, nodes, links = _node_link_parts(kg, clone=True)
    return {**head, "nodes": list(nodes), "links": list(links)}


_NODE_REQUIRED = ("label", "type", "aliases", "mentions", "documents", "doc_mentions", "doc_entities")
_EDGE_REQUIRED = ("predicate", "negated", "count", "confidence", "event", "evidence")


def from_node_link(data: dict) -> KnowledgeGraph:
    """Rebuild a graph from :func:`to_node_link` data (the input is not changed).

    Raises
    ------
    FormatError
        If the data does not follow the schema; the message says where.
    """
    return _from_node_link(data, clone=True)


def _from_node_link(data: dict, *, clone: bool) -> KnowledgeGraph:
    copy_ = _clone if clone else (lambda value: value)
    if not isinstance(data, dict):
        raise FormatError(f"node-link data must be a JSON object, got {type(data).__name__}")
    version = (data.get("newsgraph") or {}).get("version", _FORMAT_VERSION)
    if version != _FORMAT_VERSION:
        raise FormatError(f"node-link data: unsupported newsgraph version {version!r} (expected {_FORMAT_VERSION})")
    for name in ("nodes", "links"):
        if not isinstance(data.get(name), list):
            raise FormatError(f"node-link data: {name!r} must be a list")
    meta = data.get("graph") or {}
    documents = meta.get("documents", {})
    if not isinstance(documents, dict):
        raise FormatError("node-link data: graph.documents must be an object")
    graph = nx.MultiDiGraph(documents=_clone(documents))
    with _no_gc():
        for position, node in enumerate(data["nodes"]):
            if not isinstance(node, dict) or not isinstance(node.get("id"), str):
                raise FormatError(f"node-link data: nodes[{position}] has no str 'id'")
            missing = [name for name in _NODE_REQUIRED if name not in node]
            if missing:
                raise FormatError(f"node-link data: nodes[{position}] ({node['id']!r}) lacks {', '.join(missing)}")
            graph.add_node(node["id"], **{k: copy_(v) for k, v in node.items() if k != "id"})
        for position, link in enumerate(data["links"]):
            if not isinstance(link, dict):
                raise FormatError(f"node-link data: links[{position}] is not an object")
            ends = [link.get(name) for name in ("source", "target", "key")]
            if not all(isinstance(end, str) for end in ends):
                raise FormatError(f"node-link data: links[{position}] needs str source, target and key")
            missing = [name for name in _EDGE_REQUIRED if name not in link]
            if missing:
                raise FormatError(f"node-link data: links[{position}] lacks {', '.join(missing)}")
            for end in ends[:2]:
                if end not in graph:
                    raise FormatError(f"node-link data: links[{position}] names unknown node {end!r}")
            attrs = {k: copy_(v) for k, v in link.items() if k not in ("source", "target", "key")}
            graph.add_edge(*ends, **attrs)
    return KnowledgeGraph._from_graph(graph)


def write_json(kg: KnowledgeGraph, path: str | os.PathLike, *, indent: int | None = None) -> None:
    """Write the graph as node-link JSON (UTF-8), atomically.

    Nodes and links are encoded one by one, so no whole-file string is built.

    Raises
    ------
    FormatError
        If a value cannot be written as JSON (a NaN confidence); the file
        is then left as it was.
    """
    head, nodes, links = _node_link_parts(kg, clone=False)

    def dumps(value) -> str:
        try:
            return json.dumps(value, ensure_ascii=False, allow_nan=False, indent=indent)
        except ValueError as err:  # NaN or infinity: JSON has no such numbers
            where = value.get("id") or (value.get("source"), value.get("key"), value.get("target"))
            raise FormatError(f"{os.fspath(path)}: cannot write {where!r} as JSON: {err}") from err

    with atomic_write(path, "w", encoding="utf-8") as handle:
        handle.write(dumps(head)[:-1])  # the head's fields, then the two lists
        for name, items in (("nodes", nodes), ("links", links)):
            handle.write(f', "{name}": [')
            for position, item in enumerate(items):
                handle.write(("," if position else "") + "\n" + dumps(item))
            handle.write("\n]")
        handle.write("}\n")


def read_json(path: str | os.PathLike) -> KnowledgeGraph:
    """Read a graph written by :func:`write_json`.

    Raises
    ------
    FormatError
        If the file is not JSON (the message gives file, line and column)
        or does not follow the schema.
    GraphError
        If the file cannot be read.
    """
    try:
        with open(path, encoding="utf-8") as handle, _no_gc():
            data = json.load(handle)
    except json.JSONDecodeError as err:
        raise FormatError(f"{os.fspath(path)}:{err.lineno}:{err.colno}: not valid JSON: {err.msg}") from err
    except UnicodeDecodeError as err:
        raise FormatError(f"{os.fspath(path)}: not UTF-8 text: {err}") from err
    except OSError as err:
        raise GraphError(f"{os.fspath(path)}: cannot read: {err.strerror or err}") from err
    try:
        return _from_node_link(data, clone=False)
    except FormatError as err:
        raise FormatError(f"{os.fspath(path)}: {err}") from err
