"""Events between generic actors, hosted talks and labour strikes (wave 20).

Expected values come from the text, the CAMEO agents dictionary (KING, PRIME_MINISTER: GOV; NURSE: HLH; TEACHER,
STUDENT: EDU; WORKER: LAB) and the CAMEO verb patterns: RECEIVE "* LEADER [043:042]"; "HOSTED * BETWEEN + [045]";
"WENT ON * [143]", "* STRIKE [143]  # STAGE", "* SIT-IN [141]  # STAGE".
"""

from __future__ import annotations

import pytest


def _relations(nlp, text):
    from extract.facts import extract_facts
    from extract.types import Document

    facts = next(iter(extract_facts([Document(id="t", text=text, date="2020-06-01")], nlp=nlp)))
    return [r for r in facts.relations if r.predicate.lemma != "located in"]


def _codes(nlp, text):
    """(subject code, object code, event code) of every asserted relation."""
    return {(r.subject.actor_code, r.object.actor_code, r.event.code if r.event else None)
            for r in _relations(nlp, text) if r.modality == "asserted"}


@pytest.mark.parametrize(
    ("text", "source", "target", "code"),
    [
        ("The Jordanian king received the Iraqi prime minister in Amman.", "JORGOV", "IRQGOV", "043"),
        ("The Egyptian president received the Sudanese prime minister in Cairo.", "EGYGOV", "SDNGOV", "043"),
    ],
)
def test_two_generic_actors_relate(nlp, text, source, target, code):
    assert (source, target, code) in _codes(nlp, text)


def test_a_thing_received_is_no_visit(nlp):
    found = _codes(nlp, "The Jordanian king received a letter from the Iraqi prime minister.")
    assert not [c for c in found if c[0] == "JORGOV" and c[1] == "IRQGOV" and c[2] and c[2].startswith("04")]


def test_host_of_talks_between_two_parties_mediates(nlp):
    found = _codes(nlp, "Oman hosted talks between the Yemeni government and the Houthi rebels.")
    assert ("OMN", "YEMGOV", "045") in found


def test_host_of_a_dinner_mediates_nothing(nlp):
    found = _codes(nlp, "Oman hosted a dinner for the Yemeni foreign minister.")
    assert not [c for c in found if c[2] == "045"]


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Nurses went on strike in Ghana over unpaid allowances.", "GHAHLH", "GHA"),
        ("Teachers staged a strike in Peru on Monday.", "PEREDU", "PER"),
        ("Teachers are striking across Peru.", "PEREDU", "PER"),
    ],
)
def test_labour_strike_at_a_place(nlp, text, source, target):
    assert (source, target, "143") in _codes(nlp, text)


def test_labour_strike_is_no_force(nlp):
    found = _codes(nlp, "Teachers are striking across Peru.")
    assert not [c for c in found if c[2] and c[2].startswith("19")]


def test_strike_with_no_country_invents_none(nlp):
    rels = [r for r in _relations(nlp, "Workers went on strike over pay.") if r.event and r.event.code == "143"]
    assert rels and all(r.subject.actor_code == "LAB" for r in rels)


def test_sit_in_is_a_demonstration(nlp):
    assert ("KENEDU", "KEN", "141") in _codes(nlp, "Students staged a sit-in in Nairobi on Sunday.")


@pytest.mark.parametrize(
    "text",
    [
        "Union leaders walked out of the talks with the management.",  # a meeting left
        "Israeli jets launched strikes on Gaza overnight.",  # force
        "The prisoners went on a hunger strike in Tehran.",  # a hunger strike, 142
    ],
)
def test_no_labour_strike(nlp, text):
    assert not [c for c in _codes(nlp, text) if c[2] == "143"]
