"""The entity metrics of benchmarks/entities_dev.py on hand-built gold rows and nodes (no spaCy)."""

from __future__ import annotations

import pytest

from benchmarks.entities_dev import (
    Node,
    fold,
    in_split,
    map_node,
    name_index,
    pronoun_outcome,
    score_article,
    score_corpus,
    score_pronouns,
)

GOLD = {
    "doc": "wikinews:t",
    "split": "dev",
    "entities": [
        {"id": "International Atomic Energy Agency", "types": ["ORG"],
         "names": ["International Atomic Energy Agency", "IAEA"]},
        {"id": "Angela Merkel", "types": ["PERSON"], "names": ["Angela Merkel", "Merkel"]},
        {"id": "Germany", "types": ["GPE"], "names": ["Germany", "German"]},
        {"id": "Berlin", "types": ["GPE"], "names": ["Berlin"]},
        {"id": "New York City", "types": ["GPE"], "names": ["New York"]},
        {"id": "New York (state)", "types": ["GPE"], "names": ["New York", "New York State"]},
    ],
    "not_entities": ["Interior", "pro-EU"],
    "pronouns": [],
}


def test_fold_drops_article_possessive_and_case():
    assert fold("The  IAEA") == "iaea"
    assert fold("Merkel\u2019s") == "merkel"


def test_map_node_by_label_or_alias():
    index = name_index(GOLD)
    assert map_node(Node("iaea", "IAEA", "ORG"), index)[0] == "International Atomic Energy Agency"
    assert map_node(Node("x", "Angela Merkel", "PERSON", ("Merkel",)), index)[0] == "Angela Merkel"
    assert map_node(Node("x", "Nobody", "PERSON"), index) == (None, set())


def test_map_node_shared_name_is_not_a_false_merge():
    referent, every = map_node(Node("ny", "New York", "GPE"), name_index(GOLD))
    assert referent in {"New York City", "New York (state)"}
    assert every == {"New York City", "New York (state)"}


def test_map_node_two_referents_is_a_false_merge():
    referent, every = map_node(Node("berlin", "Berlin", "GPE", ("Germany",)), name_index(GOLD))
    assert referent is None and every == {"Berlin", "Germany"}


def test_score_article_counts_each_kind():
    nodes = [
        Node("iaea", "IAEA", "ORG"),
        Node("international atomic energy agency", "International Atomic Energy Agency", "ORG"),  # duplicate
        Node("angela merkel", "Angela Merkel", "ORG"),  # wrong type
        Node("berlin", "Berlin", "GPE", ("Germany",)),  # false merge
        Node("interior", "Interior", "ORG"),  # junk
        Node("merkel government", "Merkel government", "ORG"),  # a plausible part: not counted
        Node("bananas", "Bananas", "ORG"),  # unmatched
        Node("concept:talks", "talks", "CONCEPT"),  # not a named node
        Node("germany", "Germany", "ACTOR"),  # actors: type not judged
    ]
    score = score_article(nodes, GOLD)
    assert score.nodes == 8
    assert score.counts["duplicate"] == 1
    assert score.counts["wrong_type"] == 1
    assert score.counts["false_merge"] == 1
    assert score.counts["junk"] == 1
    assert score.counts["partial"] == 1
    assert score.counts["unmatched"] == 1
    assert score.problem_share == pytest.approx(4 / 8)
    assert score.assigned["angela merkel"] == "Angela Merkel"
    assert score.assigned["bananas"] is None


def test_score_corpus_counts_cross_document_splits_only():
    assigned = {
        "a": {"merkel": "Angela Merkel", "angela merkel": "Angela Merkel", "iaea": "IAEA"},
        "b": {"angela merkel": "Angela Merkel", "iaea": "IAEA", "iaea2": "IAEA"},
    }
    nodes = [
        ("merkel", "Merkel", "PERSON", ["a"]),
        ("angela merkel", "Angela Merkel", "PERSON", ["a", "b"]),
        ("iaea", "IAEA", "ORG", ["a", "b"]),
        ("iaea2", "I.A.E.A.", "ORG", ["b"]),  # split inside article b: not the corpus's
        ("elsewhere", "Elsewhere", "ORG", ["c"]),  # not a scored document
    ]
    score = score_corpus(nodes, assigned)
    assert score.nodes == 4
    # Merkel/Angela Merkel: article a names both, so the split is a's own
    assert score.counts["duplicate"] == 0
    split = score_corpus([("merkel", "Merkel", "PERSON", ["a"]), ("am", "Angela Merkel", "PERSON", ["b"])],
                         {"a": {"merkel": "Angela Merkel"}, "b": {"am": "Angela Merkel"}})
    assert split.counts["duplicate"] == 1
    merged = score_corpus([("p", "Parliament", "ORG", ["a", "b"])], {"a": {"p": "X"}, "b": {"p": "Y"}})
    assert merged.counts["false_merge"] == 1


def test_pronoun_outcomes():
    ids = {"iaea": "International Atomic Energy Agency", "germany": "Germany"}
    refs = [(10, 12, ("iaea",)), (40, 44, ("iaea", "germany"))]
    assert pronoun_outcome({"start": 10, "antecedent": "International Atomic Energy Agency"}, refs, ids)[0]
    assert not pronoun_outcome({"start": 10, "antecedent": "Germany"}, refs, ids)[0]
    assert pronoun_outcome({"start": 20, "antecedent": None}, refs, ids) == (True, "unresolved")
    assert not pronoun_outcome({"start": 20, "antecedent": "Germany"}, refs, ids)[0]
    assert not pronoun_outcome({"start": 41, "antecedent": None}, refs, ids)[0]  # resolved where it must not be
    right, total, wrong = score_pronouns(
        [{"start": 10, "antecedent": "International Atomic Energy Agency"}, {"start": 40, "antecedent": None}],
        refs, ids)
    assert (right, total, len(wrong)) == (1, 2, 1)


def test_in_split():
    assert in_split(GOLD, "dev") and not in_split(GOLD, "test") and in_split(GOLD, "all")
    with pytest.raises(ValueError):
        in_split(GOLD, "train")
