"""Per-Doc facts the rules ask for many times, computed once per parsed document.

The rules read one Doc through many small functions; several of them ask
the same question of it again and again (the Doc's whole text, the actor
codes of one noun phrase). A :class:`DocCache` keeps those answers for one
Doc: :func:`cache_of` gives the cache of a Doc, made on first use.

The cache holds plain values only (strings, numbers, tuples of frozen
records), never a Token or Span: a Span refers to its Doc, so keeping one
here would keep the Doc alive. The caches are kept in a
:class:`weakref.WeakKeyDictionary` keyed by the Doc, so each one goes with
its Doc; nothing is written to ``doc.user_data`` (which ``Doc.to_bytes``
would serialise). The answers are those of the parse as it was when first
asked: the rules read a Doc, they never change it (a Doc retokenised or
re-parsed after the rules have read it would need a new Doc).

Examples
--------
>>> import spacy
>>> doc = spacy.blank("en")("Two  words")
>>> doc_text(doc) == doc.text
True
>>> cache_of(doc) is cache_of(doc)
True
"""

from __future__ import annotations

import threading
import weakref
from contextlib import contextmanager

__all__ = [
    "DocCache", "cache_of", "doc_ents", "doc_span", "doc_text", "doc_words", "keep_spans", "known_text",
    "sentence_bounds", "sentence_ranges", "span_chars", "span_text", "token_column", "token_rows", "token_sentence",
]

_CACHES: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


class DocCache:
    """The memoised answers of the rules for one Doc.

    Attributes
    ----------
    text : str or None
        The Doc's text, once asked for (:func:`doc_text`).
    memos : dict
        Per function, a dict of its answers keyed by what it was asked
        (:meth:`memo`). Values are plain data, never spaCy objects.
    bounds : tuple of two lists of int, or None
        Each token's first and end character offsets, once asked for
        (:func:`span_text`).
    """

    __slots__ = ("text", "memos", "bounds")

    def __init__(self):
        self.text: str | None = None
        self.memos: dict[str, dict] = {}
        #: (first character, end character) of every token, once asked for (:func:`span_text`)
        self.bounds: tuple[list[int], list[int]] | None = None

    def memo(self, name: str) -> dict:
        """The answers kept under ``name`` (a function's name), a new dict on first use."""
        found = self.memos.get(name)
        if found is None:
            found = self.memos[name] = {}
        return found


# A one-entry front of _CACHES: the rules ask about the same Doc many times in a row.
_last: list = [None, None]  # [weakref to the Doc, its DocCache]


def cache_of(doc) -> DocCache:
    """The :class:`DocCache` of ``doc``, made on first use and dropped with the Doc."""
    ref, cache = _last
    if ref is not None and ref() is doc:
        return cache
    cache = _CACHES.get(doc)
    if cache is None:
        cache = _CACHES[doc] = DocCache()
    _last[0], _last[1] = weakref.ref(doc), cache
    return cache


def doc_text(doc) -> str:
    """``doc.text``, built once per Doc (spaCy joins a new Token per word on every access)."""
    cache = cache_of(doc)
    if cache.text is None:
        cache.text = doc.text
    return cache.text


def known_text(doc, text: str) -> None:
    """Keep ``text`` as the Doc's text (:func:`doc_text`): the text the Doc was made from, which spaCy's
    tokenizer keeps whole, so the rules need not join it again from the tokens. A text whose length is not
    the Doc's is not kept."""
    cache = cache_of(doc)
    if cache.text is None and len(doc) and doc[-1].idx + len(doc[-1].text_with_ws) == len(text):
        cache.text = text


def _bounds(doc, cache: DocCache) -> tuple[list[int], list[int]]:
    """Each token's first and end character offsets (:attr:`DocCache.bounds`), read once."""
    bounds = cache.bounds
    if bounds is None:
        from spacy.attrs import IDX, LENGTH

        rows = doc.to_array([IDX, LENGTH]).reshape(-1, 2)
        bounds = cache.bounds = (rows[:, 0].tolist(), (rows[:, 0] + rows[:, 1]).tolist())
    return bounds


def span_chars(doc, start: int, end: int) -> tuple[int, int]:
    """``(span.start_char, span.end_char)`` of ``span = doc[start:end]``, with no Span made."""
    starts, ends = _bounds(doc, cache_of(doc))
    if 0 <= start < end <= len(starts):
        return starts[start], ends[end - 1]
    span = doc[start:end]
    return span.start_char, span.end_char


def span_text(doc, start: int, end: int) -> str:
    """``doc[start:end].text``, cut from the Doc's text by character offsets (no Span or Token is made)."""
    cache = cache_of(doc)
    bounds = _bounds(doc, cache)
    if 0 <= start < end <= len(bounds[0]):
        text = cache.text
        if text is None:
            text = cache.text = doc.text
        return text[bounds[0][start] : bounds[1][end - 1]]
    return doc[start:end].text


def token_rows(doc, attrs: tuple):
    """``doc.to_array(list(attrs))`` as rows of one token each, made once per Doc and attribute tuple.

    The array is read-only: it is shared by every caller that asks for the same attributes.
    """
    memo = cache_of(doc).memo("token_rows")
    rows = memo.get(attrs)
    if rows is None:
        rows = memo[attrs] = doc.to_array(list(attrs)).reshape(-1, len(attrs))
        rows.flags.writeable = False
    return rows


def token_column(doc, attr: int) -> list[int]:
    """``doc.to_array(attr)`` as a list, made once per Doc and attribute (a slice of it is cheap to test)."""
    memo = cache_of(doc).memo("token_column")
    column = memo.get(attr)
    if column is None:
        column = memo[attr] = doc.to_array([attr]).reshape(-1).tolist()
    return column


def doc_words(doc) -> frozenset[str]:
    """The lower-case forms of the Doc's words (``token.lower_``), read once per Doc from one column.

    A rule whose trigger words are all absent (``words.isdisjoint(doc_words(doc))``) can pass over
    the Doc without making a Token.
    """
    memo = cache_of(doc).memo("doc_words")
    found = memo.get(None)
    if found is None:
        from spacy.attrs import LOWER

        strings = doc.vocab.strings
        found = memo[None] = frozenset(strings[lower] for lower in set(token_column(doc, LOWER)))
    return found


_SPAN: list = []  # [spacy.tokens.Span], imported on first use (no spaCy import when this module loads)
#: Per thread, ``.doc`` and ``.spans``: the Doc whose spans :func:`doc_span` keeps while :func:`keep_spans` runs
_KEPT = threading.local()


@contextmanager
def keep_spans(doc):
    """While the block runs, :func:`doc_span` gives one Span per ``(start, end)`` of ``doc``, made once,
    and :func:`doc_ents` the Doc's named-entity Spans, built once.

    spaCy makes a new Span (and three Tokens for its character offsets) on every slice, and the rules
    slice the same phrases again and again (about three slices in four repeat one made before). The
    kept Spans refer to the Doc, so they are kept only for the block (the rules of one Doc:
    :func:`extract.facts._facts`) and dropped with it; elsewhere every call makes a new Span, as
    before. The rules never change a Span they are given (its label, its ids), so a kept one serves
    every caller.
    """
    previous = getattr(_KEPT, "doc", None), getattr(_KEPT, "spans", None), getattr(_KEPT, "ents", None)
    _KEPT.doc, _KEPT.spans, _KEPT.ents = doc, {}, None
    try:
        yield
    finally:
        _KEPT.doc, _KEPT.spans, _KEPT.ents = previous


def doc_ents(doc) -> tuple:
    """``doc.ents``; inside :func:`keep_spans` of ``doc`` built once (spaCy builds new Spans on every access)."""
    if getattr(_KEPT, "doc", None) is doc:
        ents = getattr(_KEPT, "ents", None)
        if ents is None or ents[0] is not doc:
            ents = _KEPT.ents = (doc, doc.ents)
        return ents[1]
    return doc.ents


def _new_span(doc, start: int, end: int):
    if 0 <= start <= end <= len(doc):
        if not _SPAN:
            from spacy.tokens import Span

            _SPAN.append(Span)
        return _SPAN[0](doc, start, end)
    return doc[start:end]


def doc_span(doc, start: int, end: int):
    """``doc[start:end]``, made as ``Span(doc, start, end)`` when ``0 <= start <= end <= len(doc)``.

    The same Span: ``Doc.__getitem__`` makes it so, after normalising the
    slice in Python (``spacy.util.normalize_slice``), which costs more than
    the Span itself; other bounds (negative, past the end) are sliced.
    Inside :func:`keep_spans` of ``doc`` the Span of a ``(start, end)`` is made once.
    """
    if getattr(_KEPT, "doc", None) is doc:
        spans = _KEPT.spans
        span = spans.get((start, end))
        if span is None:
            span = spans[start, end] = _new_span(doc, start, end)
        return span
    return _new_span(doc, start, end)


def _sentence_table(doc):
    """Per token, the start and end of its sentence, read once per Doc; None where ``Token.sent`` must be asked
    (no sentence boundaries, or a hook of the Doc's own)."""
    memo = cache_of(doc).memo("sentence_table")
    if None in memo:
        return memo[None]
    table = None
    if (doc.has_annotation("SENT_START") and "sent" not in doc.user_token_hooks
            and "sent" not in doc.user_span_hooks and "sents" not in doc.user_hooks):
        from spacy.attrs import SENT_START

        flags = doc.to_array([SENT_START]).reshape(-1).tolist()
        n = len(flags)
        starts, ends = [0] * n, [n] * n
        start = 0
        for i in range(1, n):
            if flags[i] == 1:
                start = i
            starts[i] = start
        end = n
        for i in range(n - 1, 0, -1):
            ends[i] = end
            if flags[i] == 1:
                end = i
        if n:
            ends[0] = end
        table = (starts, ends)
    memo[None] = table
    return table


def sentence_ranges(doc) -> list[tuple[int, int]]:
    """``[(sent.start, sent.end) for sent in doc.sents]``, read once per Doc with no Span made."""
    memo = cache_of(doc).memo("sentence_ranges")
    found = memo.get(None)
    if found is None:
        table = _sentence_table(doc)
        if table is None:
            found = [(sent.start, sent.end) for sent in doc.sents]
        else:
            found, i, ends = [], 0, table[1]
            while i < len(ends):
                found.append((i, ends[i]))
                i = ends[i]
        memo[None] = found
    return found


def sentence_bounds(doc, i: int) -> tuple[int, int]:
    """``(sent.start, sent.end)`` of ``sent = doc[i].sent``, with no Span made."""
    table = _sentence_table(doc)
    if table is None or not 0 <= i < len(table[0]):
        sent = doc[i].sent
        return sent.start, sent.end
    return table[0][i], table[1][i]


def token_sentence(token):
    """``token.sent`` (a Span's: ``doc[span.start].sent``), made as one Span from the bounds of
    :func:`sentence_bounds` (spaCy's makes two, each by a slice, and walks the sentence)."""
    start, end = sentence_bounds(token.doc, token.i)
    return doc_span(token.doc, start, end)
