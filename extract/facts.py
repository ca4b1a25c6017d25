"""The one entry point of extraction: documents in, entities and relations out.

Each document is tokenised once, blank lines are marked as sentence
boundaries (a headline or a photo credit never runs into the next
paragraph), and the spaCy pipeline runs once over it through ``nlp.pipe``.
Entities, relations and their event annotation are then read off that one
Doc. A document longer than ``nlp.max_length`` is parsed in pieces cut at
paragraph boundaries and joined back, so offsets stay those of the original
text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from . import events
from .entities import entities_of
from .errors import InputError
from .pipeline import DEFAULT_MODEL, load_pipeline
from .relations import relations_of
from .types import Document, DocumentFacts

__all__ = ["extract_facts", "extract_document", "split_text"]

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
        pieces.append(text[start:cut])
        start = cut
    pieces.append(text[start:])
    return pieces


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


def _facts(doc, document: Document) -> DocumentFacts:
    index = entities_of(doc)
    entities = events.annotate_entities(doc, document, list(index.entities))
    index = index.with_entities(entities)
    relations = relations_of(doc, document, index)
    relations = events.annotate_relations(doc, document, relations)
    return DocumentFacts(document=document, entities=tuple(entities), relations=tuple(relations))


def extract_document(document: Document, *, nlp) -> DocumentFacts:
    """Extract the entities and relations of one document.

    Parameters
    ----------
    document : Document
        The article.
    nlp : spacy.Language
        A loaded pipeline with tagger, parser, lemmatizer and NER
        (see :func:`extract.pipeline.load_pipeline`).

    Returns
    -------
    DocumentFacts
    """
    return next(extract_facts([document], nlp=nlp))


def extract_facts(
    documents: Iterable[Document],
    *,
    nlp=None,
    model: str = DEFAULT_MODEL,
    batch_size: int = 64,
    n_process: int = 1,
) -> Iterator[DocumentFacts]:
    """Stream documents through spaCy and yield the facts of each, in order.

    Parameters
    ----------
    documents : iterable of Document
        Read lazily; any size.
    nlp : spacy.Language, optional
        A loaded pipeline; by default ``load_pipeline(model)``.
    model : str
        The pipeline to load when ``nlp`` is not given.
    batch_size : int
        Documents per ``nlp.pipe`` batch (at least 1).
    n_process : int
        Worker processes for ``nlp.pipe`` (at least 1, or -1 for all cores).

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
    if nlp is None:
        nlp = load_pipeline(model)
    return _stream(documents, nlp, batch_size, n_process)


def _stream(documents, nlp, batch_size, n_process) -> Iterator[DocumentFacts]:
    from spacy.tokens import Doc

    max_length = nlp.max_length

    def inputs():
        for position, document in enumerate(documents):
            document = _check_document(document, position)
            text = document.text
            if len(text) <= max_length:
                yield _tokenised(nlp, text), (document, 1)
                continue
            pieces = split_text(text, max_length)
            for piece in pieces:
                yield _tokenised(nlp, piece), (document, len(pieces))

    pending = []
    for doc, (document, n_pieces) in nlp.pipe(
        inputs(), as_tuples=True, batch_size=batch_size, n_process=n_process
    ):
        if n_pieces == 1:
            yield _facts(doc, document)
            continue
        pending.append(doc)
        if len(pending) == n_pieces:
            joined = Doc.from_docs(pending, ensure_whitespace=False)
            pending = []
            yield _facts(joined, document)
