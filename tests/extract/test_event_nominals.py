"""Events stated by a noun whose sides its possessive, "of", "for" and "to" phrases name.

Expected values come from the text: "the junta's release of 200 prisoners" says the junta released
them (CAMEO 084), "Germany's support for Ukraine" that Germany supports Ukraine (050), "the visit of
the Indian prime minister to Nepal" that he visited Nepal (042). A possessive with no patient phrase
may be the patient ("the prisoners' release"), a "for" phrase that names no actor is no undergoer
("support for the plan"), and a noun a demand governs did not happen.
"""

from __future__ import annotations

import pytest

from extract.facts import extract_facts
from extract.types import Document

__all__: list[str] = []


def _relations(nlp, text: str) -> list:
    return next(iter(extract_facts([Document(id="t", text=text, date="2021-03-04")], nlp=nlp))).relations


def _coded(nlp, text: str) -> set[tuple[str, str, str]]:
    """(subject text, event code, object text) of the asserted, typed relations of ``text``."""
    return {(r.subject.text.lower(), r.event.code, r.object.text.lower()) for r in _relations(nlp, text)
            if r.event is not None and r.modality == "asserted"}


@pytest.mark.parametrize(
    ("text", "subject", "root", "obj"),
    [
        ("The junta's release of 200 prisoners was welcomed by the UN.", "the junta", "08", "200 prisoners"),
        ("The army's shelling of rebel fighters lasted all night.", "the army", "19", "rebel fighters"),
        ("The police's arrest of the opposition leader sparked protests.", "the police", "17",
         "the opposition leader"),
    ],
)
def test_an_actor_noun_possessor_does_the_event_done_to_the_of_phrase(nlp, text, subject, root, obj):
    assert any(s == subject and c.startswith(root) and o == obj for s, c, o in _coded(nlp, text))


def test_a_possessor_with_no_patient_phrase_is_not_the_doer(nlp):
    # "the prisoners' release": they were released, they released no one
    assert not any(s.endswith("prisoners") and c.startswith("08") for s, c, _ in
                   _coded(nlp, "The prisoners' release was delayed by a week."))


@pytest.mark.parametrize(
    ("text", "subject", "code", "obj"),
    [
        ("Germany's support for Ukraine has grown since the invasion.", "germany", "050", "ukraine"),
        ("Pakistan's praise for China was noted in Beijing.", "pakistan", "051", "china"),
        ("Iran's backing for the Houthis worries the region.", "iran", "050", "houthis"),
        ("Russia's support for Assad has not wavered.", "russia", "050", "assad"),
    ],
)
def test_a_for_phrase_of_support_or_praise_names_the_undergoer(nlp, text, subject, code, obj):
    assert (subject, code, obj) in _coded(nlp, text)


def test_support_for_a_thing_names_no_undergoer(nlp):
    assert not any(s == "germany" and c.startswith("05") for s, c, _ in
                   _coded(nlp, "Germany's support for the plan has grown."))


@pytest.mark.parametrize(
    ("text", "goer", "place"),
    [
        ("The visit of the Indian prime minister to Nepal ended on Friday.", "the indian prime minister", "nepal"),
        ("The visit of the French foreign minister to Algeria was the first in years.",
         "the french foreign minister", "algeria"),
    ],
)
def test_an_actor_noun_in_the_of_phrase_of_a_visit_is_the_visitor(nlp, text, goer, place):
    assert (goer, "042", place) in _coded(nlp, text)


def test_a_visit_of_a_thing_is_no_one_visiting(nlp):
    assert not any(c == "042" for _, c, _ in _coded(nlp, "The visit of the ship to Nepal ended on Friday."))


def test_a_demanded_release_did_not_happen(nlp):
    coded = _coded(nlp, "Protesters demanded the junta's release of the jailed journalists.")
    assert not any(c.startswith("08") for _, c, _ in coded)
    assert any(s == "protesters" and c.startswith("10") for s, c, _ in coded)


@pytest.mark.parametrize(
    ("text", "one", "other", "root"),
    [
        ("Fighting between government troops and rebels killed dozens of people in South Sudan.",
         "government troops", "rebels", "19"),
        ("Clashes between police and protesters left ten people injured.", "police", "protesters", "19"),
        ("Talks between officials and striking doctors collapsed on Monday.", "officials", "striking doctors", "04"),
    ],
)
def test_a_between_pair_of_roles_takes_part_both_ways(nlp, text, one, other, root):
    coded = {(s, o) for s, c, o in _coded(nlp, text) if c.startswith(root)}
    assert {(one, other), (other, one)} <= coded


def test_a_between_pair_of_one_role_is_no_pair(nlp):
    # two groups of the same kind of actor name no two sides
    coded = _coded(nlp, "Talks between students and pupils collapsed on Monday.")
    assert not any(c.startswith("04") for _, c, _ in coded)
