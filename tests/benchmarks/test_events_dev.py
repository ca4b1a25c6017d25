"""The CAMEO event metrics of benchmarks/events_dev.py on hand-built gold lines and relations."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from benchmarks.events_dev import (
    actor_agrees,
    actors_agree,
    gold_root,
    in_split,
    is_asserted_event,
    modality_confusion,
    score_events,
    system_modality,
)
from extract.types import Argument, Document, DocumentFacts, Event, Predicate, Relation

TEXT = ("Kenya and Ethiopia signed a deal in Nairobi. Police arrested two men. "
        "Kenyan troops could attack the rebels. He took a decision.")
DOC = Document(id="wikinews:t", text=TEXT)


def sentence_of(word: str) -> tuple[str, int]:
    start = TEXT.index(word)
    s0 = TEXT.rfind(". ", 0, start)
    s0 = 0 if s0 < 0 else s0 + 2
    s1 = TEXT.index(".", start) + 1
    return TEXT[s0:s1], s0


def arg(text: str, code: str | None) -> Argument:
    start = TEXT.index(text)
    return Argument("k:" + text, text, "ORG", text, start, start + len(text), actor_code=code)


LEMMAS = {"signed": "sign", "arrested": "arrest", "attack": "attack", "took": "take"}


def rel(subj, verb, obj, code=None, *, modality=None, negated=False) -> Relation:
    start = TEXT.index(verb)
    sentence, s0 = sentence_of(verb)
    event = Event(code, code[:2], "x", "q") if code else None
    return Relation(doc_id=DOC.id, subject=subj, predicate=Predicate(LEMMAS[verb], verb, start, start + len(verb)),
                    object=obj, sentence=sentence, sentence_start=s0, event=event, modality=modality,
                    negated=negated)


def gold(quote, predicates, cameo, source=None, target=None, *, modality="asserted", mutual=False, split="dev"):
    return {"doc": DOC.id, "split": split, "quote": quote, "predicates": predicates, "source": source,
            "target": target, "cameo": cameo, "event_root": cameo[:2] if cameo else None,
            "modality": modality, "mutual": mutual}


KEN, ETH = {"text": "Kenya", "code": "KEN"}, {"text": "Ethiopia", "code": "ETH"}
GOLD = [
    gold("Kenya and Ethiopia signed a deal", ["sign"], "057", KEN, ETH, mutual=True),
    gold("Police arrested two men", ["arrest"], "173", {"text": "Police", "code": "---COP"}, None),
    gold("Kenyan troops could attack the rebels", ["attack"], "190", {"text": "Kenyan troops", "code": "KENMIL"},
         {"text": "the rebels", "code": "---REB"}, modality="hypothetical"),
    gold("He took a decision", ["take"], None, None, None, split="test"),
]


def facts(*relations) -> dict:
    return {DOC.id: DocumentFacts(DOC, (), tuple(relations))}


def test_actor_agreement_rules():
    assert actor_agrees({"text": "x", "code": "KENGOV"}, "KENMIL")  # same country
    assert not actor_agrees({"text": "x", "code": "KENGOV"}, "ETHGOV")
    assert actor_agrees({"text": "x", "code": "---COP"}, "GBRCOP")  # no country: roles in the code
    assert not actor_agrees({"text": "x", "code": "---COP"}, "GBRGOV")
    assert actor_agrees(None, None) and actor_agrees({"text": "x", "code": None}, "USA")  # null gold: anything
    assert not actor_agrees({"text": "x", "code": "USA"}, None)
    assert actor_agrees({"text": "x", "code": "IGOUNO"}, "IGOUNOHRI")
    assert not actor_agrees({"text": "x", "code": "IGOUNO"}, "IGOEU")  # organisations compare six letters
    # a role with no country is written "OPP" by the system, "---OPP" by the gold
    assert actor_agrees({"text": "x", "code": "---OPP"}, "OPP")
    assert not actor_agrees({"text": "x", "code": "---OPP"}, "COP")
    assert not actor_agrees({"text": "x", "code": "FRAOPP"}, "OPP")  # the gold gives a country: none is wrong


def test_mutual_events_match_either_direction():
    back = rel(arg("Ethiopia", "ETH"), "signed", arg("Kenya", "KEN"), "057")
    assert actors_agree(GOLD[0], back) == (True, True)
    one_way = dict(GOLD[0], mutual=False)
    assert actors_agree(one_way, back) == (False, False)


def test_split_root_and_assertion():
    assert [in_split(g, "dev") for g in GOLD] == [True, True, True, False]
    assert all(in_split(g, "all") for g in GOLD)
    with pytest.raises(ValueError):
        in_split(GOLD[0], "train")
    assert gold_root({"cameo": "0256"}) == "02"
    assert [is_asserted_event(g) for g in GOLD] == [True, True, False, False]


def test_system_modality_mapping():
    def of(modality=None, negated=False):
        return system_modality(SimpleNamespace(modality=modality, negated=negated))

    assert [of(), of("could"), of("threaten"), of("allegedly"), of("refuse"), of("will", True)] == [
        "asserted", "hypothetical", "intended", "claimed", "negated", "negated"]
    assert of("claimed") == "claimed"  # the five values pass through


def test_scores_on_hand_built_relations():
    relations = (
        rel(arg("Ethiopia", "ETH"), "signed", arg("Kenya", "KEN"), "057"),  # root and both actors, reversed
        rel(arg("Police", "KENCOP"), "arrested", arg("two men", None), "173"),  # root and actors
        rel(arg("Kenyan troops", "KENMIL"), "attack", arg("the rebels", "---REB"), "190", modality="could"),
        rel(arg("He", None), "took", arg("a decision", None), "171"),  # typed on a non-event line
    )
    s = score_events(GOLD, facts(*relations))
    assert (s.asserted, s.root_found, s.full_found) == (2, 2, 2)
    assert (s.typed, s.typed_right) == (4, 2)  # the hypothetical attack and the decision are wrong
    assert (s.actor_slots, s.actor_right) == (3, 3)
    assert (s.negatives_matched, s.negatives_typed) == (2, 2)
    assert modality_confusion(s.modality_pairs) == {("asserted", "asserted"): 3, ("hypothetical", "hypothetical"): 1}
    dev = score_events([g for g in GOLD if in_split(g, "dev")], facts(*relations))
    assert (dev.typed, dev.typed_right) == (3, 2)  # the decision's sentence holds no dev gold line


def test_wrong_actor_fails_full_recall_only():
    relations = (rel(arg("Police", "GBRGOV"), "arrested", arg("two men", None), "173"),
                 rel(arg("Kenya", "KEN"), "signed", arg("a deal", None), "040"))
    s = score_events(GOLD[:2], facts(*relations))
    assert (s.root_found, s.full_found) == (1, 0)  # the deal has the wrong root, the police lack COP
    assert (s.actor_slots, s.actor_right) == (1, 0)
