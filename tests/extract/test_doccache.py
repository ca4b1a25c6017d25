"""The per-Doc cache of the rules (extract/doccache.py): one cache a Doc, gone with its Doc."""

from __future__ import annotations

import gc
import weakref

import pytest
import spacy
from spacy.attrs import IS_ALPHA, LIKE_NUM, LOWER

from extract.actors import generic_actor_codes
from extract.doccache import _CACHES, cache_of, doc_text, span_chars, span_text, token_column, token_rows
from extract.lexicon import get_lexicon
from extract.prefixes import word_prefixes
from extract.syntax import char_span


def test_doc_text_is_the_docs_text_and_each_doc_has_its_own_cache():
    nlp = spacy.blank("en")
    first, second = nlp("Kenyan police  said.\n\nThey left."), nlp("Another text")
    assert doc_text(first) == "Kenyan police  said.\n\nThey left."
    assert doc_text(second) == "Another text"
    assert doc_text(first) == "Kenyan police  said.\n\nThey left."  # not the last Doc's answer
    assert cache_of(first) is cache_of(first) and cache_of(first) is not cache_of(second)
    cache_of(first).memo("f")["key"] = 1
    assert cache_of(second).memo("f") == {}


def test_the_cache_goes_with_its_doc():
    nlp = spacy.blank("en")
    doc = nlp("A short text")
    doc_text(doc)
    cache_of(doc).memo("f")[(0, 1)] = ("plain", "values")
    gone = weakref.ref(doc)
    gc.collect()  # earlier tests' unreachable Docs go first: only this Doc's going is measured
    before = len(_CACHES)
    del doc
    gc.collect()
    assert gone() is None
    assert len(_CACHES) == before - 1


def test_generic_actor_codes_are_the_same_asked_twice(nlp):
    doc = nlp("A Kenyan court ruled on Monday.")
    span = doc[0:3]
    lexicon = get_lexicon()
    first = generic_actor_codes(span, date=None, lexicon=lexicon)
    assert [found.code for found in first] == ["KENJUD"]
    assert generic_actor_codes(doc[0:3], date=None, lexicon=lexicon) == first
    assert generic_actor_codes(doc[3:4], date=None, lexicon=lexicon) == ()  # "ruled": another span, no agent


def test_span_text_is_the_spans_text_for_every_range():
    nlp = spacy.blank("en")
    doc = nlp("  Kenyan \u201cpolice\u201d  said,\n\nthey left .  ")
    n = len(doc)
    for start in range(-1, n + 2):
        for end in range(-1, n + 2):
            assert span_text(doc, start, end) == doc[start:end].text, (start, end)
            span = doc[start:end]
            assert span_chars(doc, start, end) == (span.start_char, span.end_char), (start, end)
    assert span_text(nlp(""), 0, 0) == ""


def test_char_span_answers_the_same_when_asked_again():
    nlp = spacy.blank("en")
    doc = nlp("The Kenyan police said so.")
    for start, end in [(4, 10), (5, 9), (4, 17), (0, 26), (3, 4), (26, 26)]:
        first = doc.char_span(start, end, alignment_mode="expand")
        first = (first.start, first.end) if first is not None and len(first) else None
        for _ in range(2):
            found = char_span(doc, start, end)
            assert (None if found is None else (found.start, found.end)) == first, (start, end)


def test_word_prefixes_are_the_leading_words_of_longer_phrases():
    phrases = frozenset({"home secretary", "deputy prime minister", "mayor"})
    assert word_prefixes(phrases) == {"home", "deputy", "deputy prime"}
    assert "mayor" not in word_prefixes(phrases) and "home secretary" not in word_prefixes(phrases)


def test_token_rows_and_columns_are_the_docs_array_made_once():
    nlp = spacy.blank("en")
    doc = nlp("Two  words, 3 more")
    rows = token_rows(doc, (LOWER, IS_ALPHA))
    assert rows.tolist() == doc.to_array([LOWER, IS_ALPHA]).tolist()
    assert token_rows(doc, (LOWER, IS_ALPHA)) is rows
    with pytest.raises(ValueError):
        rows[0, 0] = 1  # shared by every caller: read-only
    assert token_column(doc, LIKE_NUM) == [t.like_num for t in doc] == [True, False, False, False, True, False]  # "Two", "3"
    assert token_column(doc, IS_ALPHA) == [t.is_alpha for t in doc]
    assert token_rows(nlp(""), (LOWER,)).shape == (0, 1) and token_column(nlp(""), LOWER) == []
