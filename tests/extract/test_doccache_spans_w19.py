"""doc_span, sentence_bounds and token_sentence give what spaCy's slicing and ``token.sent`` give."""

from __future__ import annotations

import pytest

from extract.doccache import doc_span, sentence_bounds, token_sentence
from extract.lexicon.cameo_verbs import _stems

TEXT = (
    "Kenya's president met Ethiopian officials in Nairobi on Monday. They signed a trade deal.\n\n"
    "The talks ended early. \"We agreed,\" a spokesman said."
)


@pytest.fixture(scope="module")
def doc(nlp):
    return nlp(TEXT)


def test_doc_span_is_the_slice_in_range(doc):
    for start in range(len(doc) + 1):
        for end in range(start, min(len(doc), start + 6) + 1):
            made, sliced = doc_span(doc, start, end), doc[start:end]
            assert (made.start, made.end, made.text) == (sliced.start, sliced.end, sliced.text)
            assert made == sliced


@pytest.mark.parametrize("start,end", [(-3, -1), (5, 2), (3, 10_000), (-10_000, 2)])
def test_doc_span_slices_other_bounds(doc, start, end):
    made, sliced = doc_span(doc, start, end), doc[start:end]
    assert (made.start, made.end) == (sliced.start, sliced.end)


def test_token_sentence_is_token_sent(doc):
    assert len(list(doc.sents)) >= 4
    for token in doc:
        sent = token.sent
        assert token_sentence(token) == sent
        assert sentence_bounds(doc, token.i) == (sent.start, sent.end)


def test_sentence_bounds_of_a_span_start(doc):
    second = list(doc.sents)[1]  # "They signed a trade deal."
    assert second.text.startswith("They")
    span = doc[second.start + 1 : second.end]
    assert sentence_bounds(doc, span.start) == (span.sent.start, span.sent.end) == (second.start, second.end)


def test_stems_of_a_frame():
    assert _stems(frozenset({"accused", "talks"})) >= {"accus", "accuse", "talk", "talks", "accused"}
    assert "state" not in _stems(frozenset({"statement"}))
