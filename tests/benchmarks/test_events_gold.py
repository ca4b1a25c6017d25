"""The event gold is well formed: quotes are in their articles, codes and splits are consistent."""

from __future__ import annotations

import json
import re
from collections import defaultdict
from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parents[2] / "benchmarks" / "data"
MODALITIES = {"asserted", "negated", "hypothetical", "intended", "claimed"}
ACTOR_CODE = re.compile(r"(?:[A-Z]{3}|---)(?:[A-Z]{3})*")


@pytest.fixture(scope="module")
def gold() -> list[dict]:
    with open(DATA / "events_gold.jsonl", encoding="utf-8") as handle:
        return [json.loads(line) for line in handle]


@pytest.fixture(scope="module")
def texts() -> dict[str, str]:
    with open(DATA / "wikinews_2019_2020.jsonl", encoding="utf-8") as handle:
        return {"wikinews:" + (r := json.loads(line))["id"].removeprefix("wikinews:"): r["text"] for line in handle}


def test_size_and_split(gold):
    articles = {line["doc"] for line in gold}
    asserted = [line for line in gold if line["event_root"] and line["modality"] == "asserted"]
    assert len(asserted) >= 400 and len(articles) >= 80
    split_of = defaultdict(set)
    for line in gold:
        split_of[line["doc"]].add(line["split"])
    assert all(len(splits) == 1 for splits in split_of.values()), "an article is in both halves"
    assert {s for (s,) in split_of.values()} == {"dev", "test"}


def test_lines_are_well_formed(gold, texts):
    for n, line in enumerate(gold, 1):
        where = f"events_gold.jsonl:{n}"
        assert line["quote"] in texts[line["doc"]], where
        assert line["modality"] in MODALITIES, where
        cameo, root = line["cameo"], line["event_root"]
        assert (cameo is None) == (root is None), where
        if cameo is not None:
            assert re.fullmatch(r"[0-9]{2,4}", cameo) and cameo[:2] == root, where
            assert 1 <= int(root) <= 20, where
        for role in ("source", "target"):
            actor = line[role]
            if actor is not None and actor["code"] is not None:
                assert ACTOR_CODE.fullmatch(actor["code"]), (where, actor)
