"""The pipeline loader and its faster, equivalent attribute ruler and lemmatizer."""

from __future__ import annotations

import pytest

from extract.errors import ModelNotFoundError
from extract.facts import extract_facts
from extract.pipeline import DEFAULT_MODEL, CachedLemmatizer, CompiledAttributeRuler, blas_ops, load_pipeline
from extract.types import Document

# Texts that reach the attribute ruler's rarer rules: contractions, 'gonna',
# 'y'all', a determiner used as a pronoun, expletive 'there', whitespace.
_EDGE_TEXTS = [
    "I ain't gonna do it, y'all. He'd go. Nothin' doin'. We gon na win, ol' boy.",
    "There are those who said that. That is what gets me. Let's go, c'mon.",
    "Police data on the species\n\n\n  were released.  Everybody knew.",
    "",
    "   ",
]


@pytest.fixture(scope="module")
def shipped():
    """The same model with spaCy's own components, loaded apart from the cached one."""
    import spacy

    return spacy.load(DEFAULT_MODEL)


def _token_rows(doc):
    return [(t.text, t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_, t.head.i, t.ent_iob_, t.ent_type_)
            for t in doc]


def test_load_pipeline_swaps_in_the_fast_components(nlp):
    components = dict(nlp.pipeline)
    assert isinstance(components["attribute_ruler"], CompiledAttributeRuler)
    assert isinstance(components["lemmatizer"], CachedLemmatizer)
    # order and names as shipped; the disabled sentence recogniser stays off
    assert nlp.pipe_names == ["tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "ner"]
    assert "senter" in nlp.disabled


def test_models_multiply_through_numpys_blas(nlp, shipped):
    from thinc.api import NumpyOps

    from extract.pipeline import BlasOps

    # numpy's wheels ship OpenBLAS: CI must take the fast path
    assert blas_ops() is not None
    for name, proc in nlp.pipeline:
        if hasattr(proc, "model"):
            assert {type(node.ops) for node in proc.model.walk()} == {BlasOps}, name
    # the reference pipeline keeps thinc's own ops
    assert {type(node.ops) for node in shipped.get_pipe("ner").model.walk()} == {NumpyOps}


def _blas_threads() -> set[int]:
    from threadpoolctl import threadpool_info

    return {lib["num_threads"] for lib in threadpool_info() if lib["user_api"] == "blas"}


def test_blas_threads_are_limited_only_on_request(monkeypatch):
    from threadpoolctl import threadpool_limits

    from extract.pipeline import BLAS_THREADS_ENV, limit_blas_threads

    monkeypatch.delenv(BLAS_THREADS_ENV, raising=False)
    with threadpool_limits(limits=2, user_api="blas"):
        blas_ops.cache_clear()
        assert blas_ops() is not None
        assert _blas_threads() == {2}  # a notebook keeps its BLAS threads
        limit_blas_threads(1)  # what the CLI and the runners call
        assert _blas_threads() == {1}
        assert BLAS_THREADS_ENV in __import__("os").environ  # for worker processes
        with pytest.raises(ValueError, match="threads"):
            limit_blas_threads(0)
    blas_ops.cache_clear()


@pytest.mark.parametrize("trans1, trans2", [(False, False), (False, True), (True, False), (True, True)])
def test_blas_gemm_equals_thincs(trans1, trans2):
    import numpy
    from thinc.api import NumpyOps

    rng = numpy.random.default_rng(7)
    x = rng.standard_normal((96, 40) if trans1 else (40, 96), dtype=numpy.float32)
    y = rng.standard_normal((288, 96) if trans2 else (96, 288), dtype=numpy.float32)
    expected = NumpyOps().gemm(x, y, trans1=trans1, trans2=trans2)
    got = blas_ops().gemm(x, y, trans1=trans1, trans2=trans2)
    assert got.shape == expected.shape == (40, 288)
    numpy.testing.assert_allclose(got, expected, rtol=1e-4, atol=1e-4)
    out = numpy.full((40, 288), 99.0, dtype=numpy.float32)  # overwritten, not added to
    assert blas_ops().gemm(x, y, out=out, trans1=trans1, trans2=trans2) is out
    numpy.testing.assert_allclose(out, expected, rtol=1e-4, atol=1e-4)
    # other dtypes go to thinc's own gemm: the same answer, or the same refusal, as thinc's
    x64, y64 = x.astype(numpy.float64), y.astype(numpy.float64)
    try:
        thincs = NumpyOps().gemm(x64, y64, trans1=trans1, trans2=trans2)
    except ValueError as refusal:  # thinc 8.3.12 and later accept float32 only
        with pytest.raises(ValueError, match="float32"):
            blas_ops().gemm(x64, y64, trans1=trans1, trans2=trans2)
        assert "float32" in str(refusal)
    else:
        ours = blas_ops().gemm(x64, y64, trans1=trans1, trans2=trans2)
        assert ours.dtype == thincs.dtype
        numpy.testing.assert_array_equal(ours, thincs)


def test_the_fast_pipeline_pickles(nlp):
    import pickle

    from extract.pipeline import BlasOps

    copy = pickle.loads(pickle.dumps(nlp))
    assert {type(node.ops) for node in copy.get_pipe("parser").model.walk()} == {BlasOps}
    assert _token_rows(copy("Russia bombed Idlib on Monday.")) == _token_rows(nlp("Russia bombed Idlib on Monday."))


def test_same_tokens_as_spacys_components(nlp, shipped, seed_text):
    texts = [seed_text, *_EDGE_TEXTS]
    for fast, slow in zip(nlp.pipe(texts), shipped.pipe(texts)):
        assert _token_rows(fast) == _token_rows(slow)


@pytest.mark.parametrize(
    "text, word, pos, lemma",
    [
        ("I ain't going.", "ai", "AUX", "be"),
        ("We gon na win.", "na", "PART", "to"),
        ("Police data were released.", "data", "NOUN", "datum"),
        ("The police arrived.", "police", "NOUN", "police"),
        ("She gets angry.", "gets", "VERB", "get"),
    ],
)
def test_rule_table(nlp, shipped, text, word, pos, lemma):
    [token] = [t for t in nlp(text) if t.lower_ == word.lower()]
    assert (token.pos_, token.lemma_) == (pos, lemma)
    [reference] = [t for t in shipped(text) if t.lower_ == word.lower()]
    assert (reference.pos_, reference.lemma_) == (pos, lemma)


def test_same_relations_on_the_seed_article(nlp, shipped, seed_text):
    document = Document(id="seed", text=seed_text)
    [fast] = extract_facts([document], nlp=nlp)
    [slow] = extract_facts([document], nlp=shipped)
    assert fast.relations and fast.relations == slow.relations
    assert fast.entities == slow.entities


def test_unknown_model_names_the_package():
    with pytest.raises(ModelNotFoundError, match="pip install"):
        load_pipeline("no_such_model_xyz")


def test_lemmatizer_word_lists_answer_in_as_the_list_does(nlp, shipped):
    import pickle

    import srsly

    from extract.pipeline import _IndexWords

    words = _IndexWords(["datum", "ox", "criterion"])
    assert words == ["datum", "ox", "criterion"] and "ox" in words and "oxen" not in words and 3 not in words
    assert pickle.loads(pickle.dumps(words)) == words and "ox" in pickle.loads(pickle.dumps(words))
    assert srsly.msgpack_loads(srsly.msgpack_dumps({"noun": words})) == {"noun": ["datum", "ox", "criterion"]}
    fast = nlp.get_pipe("lemmatizer")._lemmatizer.lookups.get_table("lemma_index")
    slow = shipped.get_pipe("lemmatizer").lookups.get_table("lemma_index")
    assert isinstance(fast["noun"], _IndexWords) and fast["noun"] == slow["noun"]
    # words the cache has not met go through the lemmatizer's rules and its (now set-backed) lists
    text = "The geese were grazing; the oxen pulled carts of criteria while the mice ran faster and farther."
    assert [t.lemma_ for t in nlp(text)] == [t.lemma_ for t in shipped(text)]
    assert [t.lemma_ for t in nlp(text) if t.text in ("geese", "criteria", "mice", "farther")] == [
        "goose", "criterion", "mouse", "far"]
