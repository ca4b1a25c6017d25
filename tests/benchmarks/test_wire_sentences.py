"""The wire-sentence gold (benchmarks/data/wire_gold.jsonl) is well formed, and its scorer counts right."""

from __future__ import annotations

import re
from collections import Counter
from types import SimpleNamespace

import pytest

from benchmarks.events_dev import MODALITIES
from benchmarks.wire_sentences import (
    ROLES,
    event_row,
    gold_actor,
    read_wire_gold,
    score_sentences,
    sentence_id,
    sentences_of,
)

CAMEO_ROOTS = {f"{i:02d}" for i in range(1, 21)}
_ORG_PREFIXES = ("IGO", "NGO", "IMG", "MNC")


@pytest.fixture(scope="module")
def rows():
    return read_wire_gold()


@pytest.fixture(scope="module")
def countries():
    from extract.lexicon import get_lexicon

    return frozenset(get_lexicon().countries.by_alpha3)


def well_formed_actor(code: str, countries) -> bool:
    """Country + roles, an organisation's dictionary code, or roles alone."""
    if not re.fullmatch(r"(?:[A-Z]{3})+", code):
        return False
    chunks = [code[i : i + 3] for i in range(0, len(code), 3)]
    if chunks[0] in _ORG_PREFIXES:
        return len(chunks) >= 2  # IGOUNO, NGOHRIAMN, IMGMUSISI: the dictionary's letters
    if chunks[0] in countries:
        return all(c in ROLES for c in chunks[1:])
    return all(c in ROLES for c in chunks)


def test_rows_have_their_fields_and_ids(rows):
    ids = [r["id"] for r in rows]
    assert len(ids) == len(set(ids))
    for r in rows:
        assert r["split"] in ("dev", "test")
        assert re.fullmatch(rf"{r['split']}-\d{{3}}\.\d+", r["id"]), r["id"]
        assert re.fullmatch(r"20(1[5-9]|2[0-2])-\d\d-\d\d", r["date"]), r["id"]
        assert r["modality"] in MODALITIES
        assert r["text"].strip() == r["text"] and r["text"][-1] in ".!?\"'"
    for sid, gold in sentences_of(rows).items():  # one sentence, one text and date, events numbered 1..n
        assert {(g["text"], g["date"], g["split"]) for g in gold} == {(gold[0]["text"], gold[0]["date"], gold[0]["split"])}
        assert [g["id"] for g in gold] == [f"{sid}.{k}" for k in range(1, len(gold) + 1)]
    texts = Counter(g[0]["text"] for g in sentences_of(rows).values())
    assert max(texts.values()) == 1  # a sentence appears once, in one half


def test_roots_and_codes_are_cameo(rows):
    for r in rows:
        if r["root"] is None:
            assert r["code"] is None, r["id"]
            continue
        assert r["root"] in CAMEO_ROOTS, r["id"]
        assert re.fullmatch(r"\d{2,4}", r["code"]) and r["code"].startswith(r["root"]), r["id"]
        assert r["modality"] == "asserted", r["id"]  # a non-asserted event has no root
        assert r.get("mutual", True) is True


def test_actor_codes_are_well_formed(rows, countries):
    for r in rows:
        for key in ("source", "target"):
            if r[key] is not None:
                assert well_formed_actor(r[key], countries), (r["id"], key, r[key])
    assert well_formed_actor("KENGOV", countries) and well_formed_actor("CVL", countries)
    assert not well_formed_actor("KENXYZ", countries) and not well_formed_actor("kengov", countries)


def test_halves_cover_the_roots(rows):
    test = [r for r in rows if r["split"] == "test"]
    assert len(test) >= 100
    asserted = Counter(r["root"] for r in test if r["root"])
    assert set(asserted) == CAMEO_ROOTS
    assert min(asserted.values()) >= 4
    negatives = [g for sid, g in sentences_of(test).items() if all(r["root"] is None for r in g)]
    assert len(negatives) >= 15
    assert {r["modality"] for g in negatives for r in g} >= {"negated", "hypothetical", "intended", "asserted"}
    assert len(sentences_of([r for r in rows if r["split"] == "dev"])) == 110


def test_gold_actor_reads_bare_roles_as_countryless():
    assert gold_actor("CVL") == {"text": None, "code": "---CVL"}
    assert gold_actor("KENGOV") == {"text": None, "code": "KENGOV"}
    assert gold_actor("IGOUNO")["code"] == "IGOUNO" and gold_actor(None) is None
    row = event_row({"root": "05", "code": "057", "modality": "asserted", "source": "KEN", "target": None,
                     "mutual": True})
    assert row["event_root"] == "05" and row["cameo"] == "057" and row["mutual"] and row["target"] is None


def gold(sid: str, k: int, code: str | None, source=None, target=None, modality="asserted", **extra) -> dict:
    return {"id": f"{sid}.{k}", "split": "dev", "text": sid, "date": "2019-06-01", "root": code[:2] if code else None,
            "code": code, "source": source, "target": target, "modality": modality, **extra}


GOLD = [
    gold("dev-001", 1, "057", "KEN", "ETH", mutual=True),  # Kenya and Ethiopia signed a deal
    gold("dev-001", 2, None, "ETH", None, "claimed"),
    gold("dev-002", 1, "173", "COP", "OPP"),  # police arrested protesters
    gold("dev-003", 1, None, "KENGOV", None, "negated"),  # Kenya did not sign
    gold("dev-004", 1, None),  # the film attacks consumerism
]


def rel(subj: str | None, obj: str | None, code: str | None):
    event = SimpleNamespace(code=code, root=code[:2]) if code else None
    return SimpleNamespace(subject=SimpleNamespace(actor_code=subj), object=SimpleNamespace(actor_code=obj), event=event)


def test_sentence_grouping():
    assert sentence_id(GOLD[1]) == "dev-001"
    assert [len(g) for g in sentences_of(GOLD).values()] == [2, 1, 1, 1]


def test_scores_on_hand_made_relations():
    relations = {
        "dev-001": [rel("ETH", "KEN", "057"), rel("KEN", None, "190")],  # reversed mutual event; a wrong type
        "dev-002": [rel("GBRCOP", "GBROPP", "173")],  # the gold roles, with a country
        "dev-003": [rel("KENGOV", None, "057")],  # the negated signing typed
        "dev-004": [rel(None, None, None)],  # untyped
    }
    s = score_sentences(GOLD, relations)
    assert (s.sentences, s.asserted, s.root_found, s.full_found) == (4, 2, 2, 2)
    assert (s.typed, s.typed_right) == (4, 2)
    assert (s.negatives, s.negatives_typed) == (2, 1)
    assert sorted(s.by_root) == [("05", True), ("17", True)]


def test_wrong_actor_or_root_and_missing_sentences():
    relations = {"dev-001": [rel("KEN", "UGA", "057")],  # target of another country
                 "dev-002": [rel("GBRGOV", "OPP", "173"), rel("COP", "OPP", "040")]}  # no COP role; wrong root
    s = score_sentences(GOLD, relations)
    assert (s.root_found, s.full_found) == (2, 0)
    assert (s.typed, s.typed_right) == (3, 2)
    assert (s.negatives, s.negatives_typed) == (2, 0)  # sentences with no relations count as untyped
    one_way = [dict(GOLD[0], mutual=False)]
    assert score_sentences(one_way, {"dev-001": [rel("ETH", "KEN", "057")]}).full_found == 0
    assert score_sentences(GOLD, {}).root_found == 0
