"""The per-Doc cache of the rules (extract/doccache.py): one cache a Doc, gone with its Doc."""

from __future__ import annotations

import gc
import weakref

import spacy

from extract.actors import generic_actor_codes
from extract.doccache import _CACHES, cache_of, doc_text
from extract.lexicon import get_lexicon


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
