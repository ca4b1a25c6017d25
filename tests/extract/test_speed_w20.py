"""The speed shortcuts of wave 20 give what the longer way gives: kept Spans and names, sentence ranges,
a Doc's words, and the rules read from token columns instead of Tokens."""

from __future__ import annotations

import gc
import weakref

import pytest

from extract.aka_names import _CUES, _cue_start
from extract.coref_rivals import _candidate_indices
from extract.doccache import doc_ents, doc_span, doc_words, keep_spans, sentence_ranges
from extract.knowledge_names import _title_line
from extract.relations.hyphen_words import hyphen_start

TEXT = (
    "Kenya's president met Ethiopian officials in Nairobi on Monday. They signed a cease-fire deal.\n\n"
    "The Islamic State, also known as Daesh, was found guilty by the court. \"We agreed,\" a spokesman said.\n\n"
    "FIRST LADY VISITS THE RED CROSS HEADQUARTERS IN GENEVA"
)


@pytest.fixture(scope="module")
def doc(nlp):
    return nlp(TEXT)


def test_kept_spans_are_made_once_and_equal_the_slice(doc):
    with keep_spans(doc):
        first, again = doc_span(doc, 2, 5), doc_span(doc, 2, 5)
        assert first is again
        assert first == doc[2:5] and first.text == doc[2:5].text
        assert doc_span(doc, -3, -1) == doc[-3:-1]  # other bounds are sliced as before
    assert doc_span(doc, 2, 5) is not doc_span(doc, 2, 5)  # outside the block every call makes its Span


def test_kept_spans_are_of_their_doc_only(nlp, doc):
    other = nlp("A short note about Paris and Rome.")
    with keep_spans(doc):
        assert doc_span(other, 0, 2) is not doc_span(other, 0, 2)
        assert doc_span(other, 0, 2).text == "A short"
        assert doc_ents(other) == other.ents


def test_the_kept_spans_go_with_the_block(nlp):
    doc = nlp("Angela Merkel met Emmanuel Macron in Berlin.")
    gone = weakref.ref(doc)
    with keep_spans(doc):
        doc_span(doc, 0, 2)
        doc_ents(doc)
    gc.collect()
    del doc
    gc.collect()
    assert gone() is None


def test_doc_ents_are_the_docs_names(doc):
    with keep_spans(doc):
        kept = doc_ents(doc)
        assert doc_ents(doc) is kept
    assert [(e.start, e.end, e.label_) for e in kept] == [(e.start, e.end, e.label_) for e in doc.ents]
    assert "Nairobi" in {e.text for e in kept}


def test_sentence_ranges_are_the_docs_sentences(doc):
    ranges = sentence_ranges(doc)
    assert ranges == [(s.start, s.end) for s in doc.sents]
    assert len(ranges) >= 4 and ranges[0][0] == 0 and ranges[-1][1] == len(doc)


def test_sentence_ranges_of_an_empty_doc(nlp):
    assert sentence_ranges(nlp("")) == []


def test_doc_words_are_the_lower_case_forms(doc):
    words = doc_words(doc)
    assert words == frozenset(t.lower_ for t in doc)
    assert {"guilty", "nairobi", "known"} <= words
    assert "liable" not in words


def test_cue_start_reads_the_cue_before_a_second_name(doc):
    daesh = next(t.i for t in doc if t.text == "Daesh")
    opener = _cue_start(doc, daesh)
    assert opener is not None and doc[opener].text == ","
    assert tuple(t.lower_ for t in doc[opener + 1 : daesh]) in _CUES
    for i in range(len(doc)):  # only the one name has a cue before it
        if i != daesh:
            assert _cue_start(doc, i) is None


def test_hyphen_start_finds_the_first_word_of_a_compound(doc):
    fire = next(t for t in doc if t.text == "fire")
    assert doc[hyphen_start(fire)].text == "cease"
    deal = next(t for t in doc if t.text == "deal")
    assert hyphen_start(deal) == deal.i


def test_rival_candidates_are_nouns_in_a_candidates_role(doc):
    found = _candidate_indices(doc)
    expected = {t.i for t in doc if t.pos_ in ("NOUN", "PROPN")
                and t.dep_ in {"nsubj", "nsubjpass", "dobj", "pobj", "attr", "appos", "conj"}}
    assert found == expected
    assert any(doc[i].text == "officials" for i in found)


def test_title_line_is_read_per_sentence(doc):
    headline = next(t.i for t in doc if t.text == "GENEVA")
    news = next(t.i for t in doc if t.text == "Nairobi")
    for i in (headline, news):  # asked twice: the kept answer is the first
        assert _title_line(doc, i) == _title_line(doc, i)
    assert _title_line(doc, news) is False
