"""The one entry point of extraction: documents in, entities and relations out.

Each document is tokenised once, blank lines are marked as sentence
boundaries (a headline or a photo credit never runs into the next
paragraph), and the spaCy pipeline runs once over it through ``nlp.pipe``.
Entities, relations and their event annotation are then read off that one
Doc, and the entities are linked to Wikidata (:mod:`extract.linking`).

A document longer than :data:`LONG_DOCUMENT_CHARS` is extracted piece by
piece: it is cut by :func:`split_text` into pieces of at most
:data:`PIECE_CHARS` characters at paragraph (else line, sentence, word)
boundaries, each piece is parsed and its rules run as soon as it comes out
of ``nlp.pipe``, and the facts of the pieces are folded into one
``DocumentFacts`` whose offsets point into the original text. Memory stays
bounded by one ``nlp.pipe`` batch of pieces, not by the document's length.
"""

from __future__ import annotations

import dataclasses
import itertools
import os
import re
from collections import Counter
from collections.abc import Iterable, Iterator

from . import events
from .actors import actor_entities
from .government_names import with_actor_entities
from .actors.role_nodes import per_document_keys
from .entities import entities_of
from .events.agent_edges import typed_agent_edges
from .relations.aimed_things import typed_aimed_relations
from .events.fallback import coder_fallback
from .institution_scopes import article_keys
from .doccache import keep_spans, known_text
from .errors import InputError
from .lexicon import Lexicon, get_lexicon
from .linking import link_facts
from .merge import vote_label, vote_type
from .pipeline import DEFAULT_MODEL, load_pipeline
from .quality import demote_doubtful
from .relations import relations_of
from .relations.sides import one_node_dropped
from .types import Document, DocumentFacts, Entity, Relation
from .workers import DEFAULT_TOKEN_BUDGET, can_fork, estimate_tokens, in_batches, parallel_map

__all__ = ["LONG_DOCUMENT_CHARS", "PIECE_CHARS", "extract_facts", "extract_document", "split_text"]

#: A document longer than this (or than ``nlp.max_length``) is extracted
#: piece by piece; shorter ones, nearly every article, are parsed whole.
LONG_DOCUMENT_CHARS = 100_000

#: The size of a piece of a long document (at most ``nlp.max_length``).
#: ``nlp.pipe`` parses a batch of pieces at once, so a worker holds about
#: ``batch_size * PIECE_CHARS`` characters of parse: 320,000 at the command
#: line's default batch of 32.
PIECE_CHARS = 10_000

_BLANK_LINE = re.compile(r"\n[^\S\n]*\n\s*")
_LINE = re.compile(r"\n\s*")
_SENTENCE_END = re.compile(r"[.!?][\"'”’)\]]*\s+")
_WHITESPACE = re.compile(r"\s+")


def split_text(text: str, max_length: int) -> list[str]:
    """Cut ``text`` into pieces of at most ``max_length`` characters.

    Cuts fall after blank lines where possible, else after line breaks,
    sentence ends, whitespace, and as a last resort anywhere. The pieces
    joined give back ``text`` exactly.

    Examples
    --------
    >>> split_text("one.\\n\\ntwo.\\n\\nthree.", 12)
    ['one.\\n\\ntwo.\\n\\n', 'three.']
    >>> "".join(split_text("abc def", 3)) == "abc def"
    True
    """
    if max_length < 1:
        raise ValueError(f"max_length must be at least 1, got {max_length!r}")
    pieces = []
    start = 0
    for end in _cuts(text, max_length):
        pieces.append(text[start:end])
        start = end
    return pieces


def _cuts(text: str, max_length: int) -> Iterator[int]:
    """The end offset of each piece :func:`split_text` makes, lazily."""
    start = 0
    n = len(text)
    while n - start > max_length:
        limit = start + max_length
        cut = None
        for pattern in (_BLANK_LINE, _LINE, _SENTENCE_END, _WHITESPACE):
            for match in pattern.finditer(text, start, limit):
                if match.end() <= limit:
                    cut = match.end()
            if cut is not None and cut > start:
                break
            cut = None
        if cut is None:
            cut = limit
        yield cut
        start = cut
    yield n


def _mark_paragraphs(doc) -> None:
    """Make every token after a blank line start a sentence (before parsing)."""
    from spacy.attrs import IS_SPACE

    # only whitespace tokens are looked at: no Token object for the words
    for i in doc.to_array(IS_SPACE).nonzero()[0].tolist():
        if i + 1 < len(doc) and doc[i].text.count("\n") >= 2:
            doc[i + 1].is_sent_start = True


def _tokenised(nlp, text: str):
    doc = nlp.make_doc(text)
    if "\n" in text:
        _mark_paragraphs(doc)
    return doc


_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def _check_document(document, position: int) -> Document:
    if not isinstance(document, Document):
        raise InputError(
            f"documents[{position}] must be an extract.types.Document, got {type(document).__name__}"
        )
    where = f" (read from {document.origin})" if document.origin else ""
    if not isinstance(document.text, str):
        raise InputError(
            f"document {document.id!r}{where}: text must be a str, got {type(document.text).__name__}"
        )
    if _LONE_SURROGATE.search(document.text):
        raise InputError(
            f"document {document.id!r}{where}: text holds lone surrogates, which are not Unicode text "
            "(extract.documents.read_documents replaces them with U+FFFD)"
        )
    return document


def _facts(doc, document: Document, lexicon: Lexicon | None = None) -> DocumentFacts:
    with keep_spans(doc):  # the rules' slices of this Doc made once each, dropped with the block
        return _read_facts(doc, document, lexicon)


def _read_facts(doc, document: Document, lexicon: Lexicon | None) -> DocumentFacts:
    lexicon = lexicon or get_lexicon()
    index = entities_of(doc, lexicon=lexicon, date=document.date)
    context = events.EventContext(doc, document, lexicon=lexicon)  # dropped with the Doc on return
    entities = events.annotate_entities(doc, document, list(index.entities), context=context)
    index = index.with_entities(entities)
    relations = relations_of(doc, document, index, lexicon=lexicon)
    relations = events.annotate_relations(doc, document, relations, entities=entities, context=context)
    relations = typed_agent_edges(doc, relations, lexicon=lexicon)  # "the court sentenced X": only if typed
    relations = typed_aimed_relations(doc, relations)  # "rockets were fired at X": only if typed
    # verbs of the CAMEO dictionary the reader gave no relation, read as an event coder does
    relations += coder_fallback(doc, document, index, relations, entities=entities, context=context)
    # kept, with a low confidence (the graph draws no edge of them), and none of a coded actor to itself (sides.py)
    relations = one_node_dropped(demote_doubtful(relations))
    relations = per_document_keys(relations, document.id, lexicon=lexicon)  # one "navy" per article
    # a bare "Senate" whose country the article does not give is this article's own node
    entities, relations = article_keys(entities, relations, document.id, lexicon=lexicon, text=document.text)
    entities = with_actor_entities(entities, actor_entities(relations, lexicon=lexicon))  # "Kenya: judiciary" nodes
    return DocumentFacts(document=document, entities=tuple(entities), relations=tuple(relations))


def extract_document(document: Document, *, nlp, lexicon: Lexicon | None = None) -> DocumentFacts:
    """Extract the entities and relations of one document.

    Parameters
    ----------
    document : Document
        The article.
    nlp : spacy.Language
        A loaded pipeline with tagger, parser, lemmatizer and NER
        (see :func:`extract.pipeline.load_pipeline`).
    lexicon : Lexicon, optional
        The tables the rules read; by default :func:`extract.lexicon.get_lexicon`'s.

    Returns
    -------
    DocumentFacts
    """
    return next(extract_facts([document], nlp=nlp, lexicon=lexicon))


def extract_facts(
    documents: Iterable[Document],
    *,
    nlp=None,
    model: str = DEFAULT_MODEL,
    batch_size: int = 64,
    n_process: int = 1,
    lexicon: Lexicon | None = None,
) -> Iterator[DocumentFacts]:
    """Stream documents through spaCy and yield the facts of each, in order.

    A document longer than :data:`LONG_DOCUMENT_CHARS` (or ``nlp.max_length``)
    is cut into pieces of at most :data:`PIECE_CHARS` characters at paragraph
    boundaries; the pieces go through ``nlp.pipe`` with the other documents,
    and their facts are folded into the one ``DocumentFacts`` of the
    document, every offset pointing into its whole text. Coreference does
    not cross a cut: a pronoun, a description or a lone surname whose
    antecedent is in another piece is left unresolved.

    Parameters
    ----------
    documents : iterable of Document
        Read lazily; any size.
    nlp : spacy.Language, optional
        A loaded pipeline; by default ``load_pipeline(model)``.
    model : str
        The pipeline to load when ``nlp`` is not given.
    batch_size : int
        Documents (or pieces of a long document) per ``nlp.pipe`` batch
        (at least 1).
    n_process : int
        Worker processes for ``nlp.pipe`` (at least 1, or -1 for all cores).
    lexicon : Lexicon, optional
        The tables the rules read: ``extract.lexicon.get_lexicon(overlays=[folder])``
        extends them with a user's files. By default the shipped tables plus the
        overlays named in ``$NEWSGRAPH_LEXICON``.

    Yields
    ------
    DocumentFacts
        One per document, in input order.

    Raises
    ------
    InputError
        If an item is not a ``Document`` or an option is out of range.
    ModelNotFoundError
        If ``model`` is not installed.
    """
    if isinstance(batch_size, bool) or not isinstance(batch_size, int) or batch_size < 1:
        raise InputError(f"batch_size must be an integer of at least 1, got {batch_size!r}")
    if isinstance(n_process, bool) or not isinstance(n_process, int) or not (n_process >= 1 or n_process == -1):
        raise InputError(f"n_process must be an integer of at least 1 or -1, got {n_process!r}")
    if lexicon is not None and not isinstance(lexicon, Lexicon):
        raise InputError(
            f"lexicon must be an extract.lexicon.Lexicon (get_lexicon(overlays=...)), got {type(lexicon).__name__}"
        )
    lexicon = lexicon or get_lexicon()
    if nlp is None:
        nlp = load_pipeline(model)
    return _stream(documents, nlp, batch_size, n_process, lexicon)


def _stream(documents, nlp, batch_size, n_process, lexicon: Lexicon) -> Iterator[DocumentFacts]:
    workers = _cores() if n_process == -1 else n_process
    if workers > 1 and can_fork():
        documents = iter(documents)
        first = list(itertools.islice(documents, 2))
        if len(first) > 1:  # one document: no worker process starts
            yield from _parallel(itertools.chain(first, documents), nlp, batch_size, workers, lexicon)
            return
        documents, workers = first, 1
    # without fork (Windows, macOS) nlp.pipe's own processes parse, and the rules run here
    yield from _serial(documents, nlp, batch_size, lexicon, n_process=workers)


def _units(documents, nlp, folding: dict[int, _Pieces]) -> Iterator[tuple[tuple, Document]]:
    """``((position, piece), document)`` for each document, or for each piece of a long one.

    ``piece`` is None for a whole document, else the piece's ``(start, end)``
    in the document's text, and the document is then the piece (its text
    cut). A long document's folder is put in ``folding`` under its position.
    """
    long_document = min(LONG_DOCUMENT_CHARS, nlp.max_length)
    piece_chars = max(1, min(PIECE_CHARS, nlp.max_length))
    for position, document in enumerate(documents):
        document = _check_document(document, position)
        text = document.text
        if len(text) <= long_document:
            yield (position, None), document
            continue
        folding[position] = _Pieces(document)
        start = 0
        for end in _cuts(text, piece_chars):
            yield (position, (start, end)), dataclasses.replace(document, text=text[start:end])
            start = end


def _folded(results: Iterable[tuple[tuple, DocumentFacts]], folding: dict[int, _Pieces],
            lexicon: Lexicon) -> Iterator[DocumentFacts]:
    """The facts of each document, in order, a long one's pieces folded together."""
    for (position, piece), facts in results:
        if piece is None:
            yield facts
            continue
        folded = folding[position]
        folded.add(facts, *piece)
        if folded.complete:
            del folding[position]
            yield link_facts(folded.facts(), lexicon=lexicon)


def _read(nlp, units, batch_size, lexicon: Lexicon, *, n_process: int = 1) -> Iterator[tuple[tuple, DocumentFacts]]:
    """Parse ``units`` with ``nlp.pipe`` in this process and read each one's facts as it comes.

    A whole document's facts are linked here; a piece's are linked once
    folded. Each Doc is dropped as soon as its facts are read.
    """
    inputs = ((_tokenised(nlp, document.text), (tag, document)) for tag, document in units)
    for doc, (tag, document) in nlp.pipe(inputs, as_tuples=True, batch_size=batch_size, n_process=n_process):
        known_text(doc, document.text)  # the Doc's text is the document's: not joined again from its tokens
        facts = _facts(doc, document, lexicon)
        del doc  # the parse is not kept once its facts are read
        yield tag, (link_facts(facts, lexicon=lexicon) if tag[1] is None else facts)


def _serial(documents, nlp, batch_size, lexicon: Lexicon, *, n_process: int = 1) -> Iterator[DocumentFacts]:
    folding: dict[int, _Pieces] = {}
    units = _units(documents, nlp, folding)
    yield from _folded(_read(nlp, units, batch_size, lexicon, n_process=n_process), folding, lexicon)


def _parallel(documents, nlp, batch_size, workers, lexicon: Lexicon) -> Iterator[DocumentFacts]:
    """:func:`_serial`, with the parsing and the rules in forked worker processes (:mod:`extract.workers`)."""
    folding: dict[int, _Pieces] = {}

    def extract_batch(batch):  # runs in a worker, on the pipeline and lexicon it forked with
        return list(_read(nlp, batch, batch_size, lexicon))

    batches = in_batches(_units(documents, nlp, folding), budget=DEFAULT_TOKEN_BUDGET,
                         size=lambda unit: estimate_tokens(unit[1].text))
    results = (item for batch in parallel_map(extract_batch, batches, workers=workers) for item in batch)
    yield from _folded(results, folding, lexicon)


def _cores() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not Linux
        return os.cpu_count() or 1


class _Pieces:
    """The facts of a long document, folded in piece by piece.

    Each piece's Doc is read by the rules as it comes and then dropped;
    only its facts are kept, shifted by the piece's start so that every
    offset (argument and predicate spans, sentence starts) points into the
    whole document's text. Entities of one key are merged over the pieces:
    mentions summed, the label and the type the ones most mentions give
    (ties broken by :mod:`extract.merge`'s rule), the other labels and all aliases
    as aliases, actor code and place the ones most mentions give.
    Relations keep their order (the pieces' order, then each piece's) and
    their arguments are re-linked to the merged entity's label and type
    (an argument's actor code stays the one its piece gave: it depends on
    the sentence).

    What a piece cannot see is lost: a pronoun or description ("he", "the
    ministry") whose antecedent is in an earlier piece is not resolved, and
    a lone surname ("Putin") is not mapped to a full name given only in
    another piece, so it stays an entity of its own.
    """

    __slots__ = ("document", "done", "_entities", "_relations", "_order")

    def __init__(self, document: Document):
        self.document = document
        self.done = 0  # characters of the document folded in so far
        self._order: list[str] = []
        self._entities: dict[str, dict] = {}
        self._relations: list[tuple[Relation, dict[str, Entity]]] = []

    @property
    def complete(self) -> bool:
        return self.done == len(self.document.text)

    def add(self, facts: DocumentFacts, start: int, end: int) -> None:
        """Fold in ``facts``, read off the piece ``text[start:end]``."""
        for entity in facts.entities:
            self._add_entity(entity)
        by_key = {entity.key: entity for entity in facts.entities}
        for relation in facts.relations:
            self._relations.append((_shifted(relation, start) if start else relation, by_key))
        self.done = end

    def _add_entity(self, entity: Entity) -> None:
        merged = self._entities.get(entity.key)
        if merged is None:
            merged = self._entities[entity.key] = {
                "labels": Counter(), "types": Counter(), "aliases": set(), "mentions": 0,
                "actor_codes": Counter(), "places": Counter(), "country": entity.country, "role": entity.role,
            }
            self._order.append(entity.key)
        weight = max(entity.mentions, 1)
        merged["labels"][entity.label] += weight
        merged["types"][entity.type] += weight
        merged["aliases"].update(entity.aliases)
        merged["aliases"].add(entity.label)
        merged["mentions"] += entity.mentions
        if entity.actor_code is not None:
            merged["actor_codes"][entity.actor_code] += weight
        if entity.geonames_id is not None or entity.lat is not None:
            merged["places"][(entity.geonames_id, entity.lat, entity.lon)] += weight

    def _entity(self, key: str) -> Entity:
        merged = self._entities[key]
        label = vote_label(merged["labels"])
        etype = vote_type(merged["types"])
        actor_code = merged["actor_codes"].most_common(1)[0][0] if merged["actor_codes"] else None
        geonames_id, lat, lon = merged["places"].most_common(1)[0][0] if merged["places"] else (None, None, None)
        return Entity(
            key=key, label=label, type=etype, aliases=tuple(sorted(merged["aliases"] - {label})),
            mentions=merged["mentions"], actor_code=actor_code, geonames_id=geonames_id, lat=lat, lon=lon,
            country=merged["country"], role=merged["role"],
        )

    def facts(self) -> DocumentFacts:
        entities = {key: self._entity(key) for key in self._order}
        relations = tuple(_relinked(relation, by_key, entities) for relation, by_key in self._relations)
        return DocumentFacts(document=self.document, entities=tuple(entities.values()), relations=relations)


def _shifted(relation: Relation, by: int) -> Relation:
    """``relation`` with every character offset moved ``by`` characters on."""
    return dataclasses.replace(
        relation,
        subject=dataclasses.replace(relation.subject, start=relation.subject.start + by,
                                    end=relation.subject.end + by),
        predicate=dataclasses.replace(relation.predicate, start=relation.predicate.start + by,
                                      end=relation.predicate.end + by),
        object=dataclasses.replace(relation.object, start=relation.object.start + by,
                                   end=relation.object.end + by),
        sentence_start=relation.sentence_start + by,
    )


def _relinked(relation: Relation, piece_entities: dict[str, Entity], entities: dict[str, Entity]) -> Relation:
    """``relation`` with its arguments naming the merged entities."""
    changes = {}
    for role in ("subject", "object"):
        argument = getattr(relation, role)
        piece_entity, entity = piece_entities.get(argument.key), entities.get(argument.key)
        if piece_entity is None or entity is None:
            continue  # a concept: it has no entity to follow
        update = {}
        if argument.label == piece_entity.label and argument.label != entity.label:
            update["label"] = entity.label
        if argument.type == piece_entity.type and argument.type != entity.type:
            update["type"] = entity.type
        if update:
            changes[role] = dataclasses.replace(argument, **update)
    return dataclasses.replace(relation, **changes) if changes else relation
