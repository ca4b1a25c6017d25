"""The faster readings of wave 14 give what the plain readings gave.

Each test compares a rule's fast path (token columns instead of Tokens, answers kept per Doc) with the
straightforward reading it replaced, on real parses.
"""

from __future__ import annotations

import pytest

from extract.capital_names import _defined, _runs
from extract.coref_persons import stated_genders
from extract.doccache import doc_text
from extract.entities import _vessel_names, entities_of
from extract.entity_context import _LIST_GLUE, _listed_beside
from extract.lexicon import get_lexicon
from extract.lexicon.normalise import fold_mention, fold_place
from extract.relations.speakers import _MIN_QUOTATION, quotation_runs

TEXT = (
    'The UN Security Council (UNSC) met on Monday. "We will not accept this decision at all," '
    "said Kenya's foreign minister Raychelle Omamo. The USS Grayback sailed from Norfolk. "
    "The boat, Conception, caught fire. Officials from France, Germany, and Italy attended. "
    "Mr Jones said his wife Mary was safe. She thanked NATO and the WHO."
)


@pytest.fixture(scope="module")
def doc(nlp):
    return nlp(TEXT)


def test_quotation_runs_are_the_quoted_tokens(doc):
    runs = quotation_runs(doc)
    quote = TEXT.index('"We') + 1
    inside = [t.i for t in doc if quote <= t.idx < TEXT.index('" said') and not t.is_quote]
    assert len(inside) >= _MIN_QUOTATION
    assert {i: runs[i] for i in inside} == {i: (inside[0], inside[-1]) for i in inside}
    assert set(runs) == set(inside)  # nothing outside the quotation


def test_runs_of_capitals_as_tokens_give_them(doc):
    covered = bytearray(len(doc))
    names = [text for _, _, text in _runs(doc, covered)]
    assert {"UN", "UNSC", "USS", "NATO", "WHO"} <= set(names)
    assert all(t.text.isupper() for t in doc if t.text in names)
    # a covered token is no run
    covered = bytearray(b"\x01" * len(doc))
    assert list(_runs(doc, covered)) == []


def test_defined_acronym_after_a_body(doc):
    council = next(e for e in doc.ents if e.text.endswith("Security Council"))
    spans = [(council.start, council.end, "ORG")]
    assert _defined(doc, spans, get_lexicon()) == {"UNSC": "ORG"}
    assert _defined(doc, [(council.start, council.end, "GPE")], get_lexicon()) == {}


def test_vessel_names_after_a_prefix_and_in_apposition(doc):
    names = _vessel_names(doc, get_lexicon())
    assert "grayback" in names
    assert "conception" in names


def test_listed_beside_matches_the_entity_list(doc):
    ents = list(doc.ents)
    for at, ent in enumerate(ents):
        expected = []
        i = at
        while i > 0 and 0 < ents[i].start - ents[i - 1].end <= 2 and all(
                t.lower_ in _LIST_GLUE for t in doc[ents[i - 1].end:ents[i].start]):
            i -= 1
            expected.append(ents[i])
        i = at
        while i + 1 < len(ents) and 0 < ents[i + 1].start - ents[i].end <= 2 and all(
                t.lower_ in _LIST_GLUE for t in doc[ents[i].end:ents[i + 1].start]):
            i += 1
            expected.append(ents[i])
        got = _listed_beside(ent)
        assert [(e.start, e.end, e.label_) for e in got] == [(e.start, e.end, e.label_) for e in expected]
    italy = next(e for e in ents if e.text == "Italy")
    assert {e.text for e in _listed_beside(italy)} >= {"France", "Germany"}


def test_stated_genders_once_per_resolver_same_answer(doc):
    index = entities_of(doc, lexicon=get_lexicon())
    keys = {e.key for e in index.entities if e.type == "PERSON"}
    genders = stated_genders(doc, index.mentions, lambda key: key in keys)
    jones = next(e.key for e in index.entities if e.label.endswith("Jones"))
    assert genders.get(jones) == "m"  # "Mr Jones"


def test_cached_folds_are_the_folds():
    assert fold_mention("the  Syrian army\u2019s") == "syrian army"
    assert fold_mention("the  Syrian army\u2019s") == "syrian army"  # from the cache
    assert fold_place("  Khān   Shaykhūn ") == "khan shaykhun"
    assert fold_place("Bogotá") == fold_place("Bogotá") == "bogota"


def test_doc_text_is_the_text(doc):
    assert doc_text(doc) == TEXT
