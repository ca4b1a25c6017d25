"""The parties inside a verb's event-noun object as its targets (extract.relations.noun_partners).

Expected values come from the text and the CAMEO verb patterns: a mediator mediates between each party
("MEDIATE * BETWEEN [045]"); welcoming or criticising the agreement between two countries answers each;
rejecting an offer of talks with a country rejects that country (REJECT * &PROPOSAL [120]). A topic or a
place in the noun's phrase is no target.
"""

from __future__ import annotations

from extract.types import Document


def _joins(nlp, text, source, target):
    from extract.facts import extract_facts

    facts = next(iter(extract_facts([Document(id="t", text=text, date="2019-06-01")], nlp=nlp)))
    return {r.event.code if r.event else None for r in facts.relations if r.predicate.lemma != "located in"
            and (r.subject.actor_code or "").startswith(source) and (r.object.actor_code or "").startswith(target)}


def test_mediator_mediates_between_each_party(nlp):
    text = "Egypt mediated a ceasefire between Israel and the Palestinian Authority."
    assert "045" in _joins(nlp, text, "EGY", "ISR")
    assert "045" in _joins(nlp, text, "EGY", "PSE")


def test_brokered_deal_between_two_sides_is_mediation(nlp):
    text = "Qatar brokered a deal between the Taliban and the United States."
    assert "045" in _joins(nlp, text, "QAT", "USA")


def test_welcomed_agreement_praises_each_party(nlp):
    text = "Russia welcomed the agreement between Armenia and Azerbaijan."
    assert "051" in _joins(nlp, text, "RUS", "ARM")
    assert "051" in _joins(nlp, text, "RUS", "AZE")


def test_rejected_offer_of_talks_rejects_the_partner(nlp):
    text = "Iran rejected an offer of talks with the United States."
    assert "120" in _joins(nlp, text, "IRN", "USA")


def test_talks_on_a_country_name_a_topic(nlp):
    assert not _joins(nlp, "Russia welcomed talks on Syria.", "RUS", "SYR")


def test_ceasefire_in_a_place_names_no_target(nlp):
    from extract.facts import extract_facts

    text = "Turkey welcomed the ceasefire in Idlib."
    facts = next(iter(extract_facts([Document(id="t", text=text, date="2019-06-01")], nlp=nlp)))
    assert not [r for r in facts.relations if r.predicate.lemma != "located in" and "Idlib" in r.object.text]
