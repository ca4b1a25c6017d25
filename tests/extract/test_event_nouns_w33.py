"""Wars whose parties are named inside the noun's phrase (extract.relations.war_nouns).

Expected values come from the text: "a conflict between A and B" and "A is at war with B" say A and B
fight each other (CAMEO 190, both ways); "A's war against B" says A fights B; a trade war, the risk of a
war or a war between a president and the press is no fighting.
"""

from __future__ import annotations

import pytest

from extract.facts import extract_facts
from extract.types import Document

__all__: list[str] = []

_FORCE = "190"


def _fights(nlp, text: str) -> set[tuple[str, str]]:
    """(subject key, object key) of the relations coded 190 whose predicate is a noun of war."""
    facts = next(iter(extract_facts([Document(id="t", text=text, date="2020-10-04")], nlp=nlp)))
    return {(r.subject.key, r.object.key) for r in facts.relations
            if r.event is not None and r.event.code == _FORCE
            and r.predicate.text.lower() in ("war", "wars", "conflict", "conflicts", "hostilities")}


@pytest.mark.parametrize(
    ("text", "one", "other"),
    [
        ("Trump ordered his staff to delay military aid for Ukraine, which is currently in a military conflict "
         "with Russia.", "ukraine", "russia"),
        ("Meanwhile, the conflict between Armenia and Azerbaijan over the disputed Nagorno-Karabakh region "
         "escalated to violence.", "armenia", "azerbaijan"),
        ("A longstanding conflict between the nations of Armenia and Azerbaijan erupted into violence late in "
         "September.", "armenia", "azerbaijan"),
        ("Ethiopia has been at war with Eritrea since May.", "ethiopia", "eritrea"),
        ("The war between Peru and Ecuador ended with a treaty.", "peru", "ecuador"),
    ],
)
def test_a_war_with_its_partner_is_fighting_both_ways(nlp, text, one, other):
    found = _fights(nlp, text)
    assert (one, other) in found
    assert (other, one) in found


def test_the_two_countries_are_the_pair_named_before(nlp):
    found = _fights(nlp, "Armenia and Azerbaijan signed a ceasefire on Saturday. The conflict between the two "
                         "countries has killed hundreds.")
    assert {("armenia", "azerbaijan"), ("azerbaijan", "armenia")} <= found


def test_a_war_against_a_country_is_directed(nlp):
    found = _fights(nlp, "Russia's war against Ukraine entered its third year on Saturday.")
    assert ("russia", "ukraine") in found
    assert ("ukraine", "russia") not in found


@pytest.mark.parametrize(
    "text",
    [
        "The trade war between China and the United States hurt soybean farmers.",
        "The Cold War between the United States and the Soviet Union ended in 1991.",
        "Analysts warned of the risk of war between India and Pakistan.",
        "A possible war between Iran and Saudi Arabia worries oil traders.",
        "There is no war between Peru and Chile.",
        "Chile could be at war with Bolivia within a month, the minister said.",
        "Iran threatened war with Israel on Sunday.",
        "India's war with Pakistan would be a catastrophe for the region.",
        "The war between Donald Trump and CNN went on all year.",
        "The conflict between China and the United States over tariffs hurt exporters.",
    ],
)
def test_a_war_that_is_no_fighting_or_not_said_to_be_gives_none(nlp, text):
    assert not _fights(nlp, text)


def _mutual(nlp, text: str) -> set[tuple[str, str, str]]:
    """(subject key, predicate lemma, object key) of the mutual relations with an event type."""
    facts = next(iter(extract_facts([Document(id="t", text=text, date="2020-10-04")], nlp=nlp)))
    return {(r.subject.key, r.predicate.lemma, r.object.key) for r in facts.relations
            if r.event is not None and r.mutual}


@pytest.mark.parametrize(
    ("text", "one", "other"),
    [
        ("Iran is in talks with the United States over its nuclear programme.", "iran", "united states"),
        ("Turkey, which is in negotiations with Sweden, blocked the bid.", "turkey", "sweden"),
        ("Armenia has been in a clash with Azerbaijan since Sunday.", "armenia", "azerbaijan"),
    ],
)
def test_the_one_in_a_mutual_event_with_a_partner_is_its_party(nlp, text, one, other):
    found = {(s, o) for s, _lemma, o in _mutual(nlp, text)}
    assert (one, other) in found
    assert (other, one) in found


def test_a_party_killed_in_a_clash_is_no_side_of_it(nlp):
    found = _mutual(nlp, "Ahmed Saleh died in clashes with Turkey on Monday.")
    assert not any(s == "ahmed saleh" for s, _lemma, _o in found)
