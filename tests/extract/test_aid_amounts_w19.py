"""Aid given as an amount of money or goods (extract.relations.aid_amounts, extract.events.aid_kinds).

Expected values come from the text: a state that donates or lends a sum to another gives it economic aid (071),
one that ships wheat or doses of vaccine humanitarian aid (073), one that sends weapons military aid (072); a
country that receives a sum from a lender is the lender's target. Paying to settle, spending on defence and
fining are no aid.
"""

from __future__ import annotations

from extract.types import Document


def _codes(nlp, text, source, target):
    from extract.facts import extract_facts

    facts = next(iter(extract_facts([Document(id="t", text=text, date="2019-06-01")], nlp=nlp)))
    return {r.event.code for r in facts.relations if r.event is not None and r.modality == "asserted"
            and (r.subject.actor_code or "").startswith(source) and (r.object.actor_code or "").startswith(target)}


def test_a_donated_sum_is_economic_aid_to_the_recipient(nlp):
    assert "071" in _codes(nlp, "Norway donated $20 million to Yemen last week.", "NOR", "YEM")


def test_a_lent_sum_is_economic_aid(nlp):
    assert "071" in _codes(nlp, "China lent $2 billion to Pakistan in March.", "CHN", "PAK")


def test_shipped_wheat_is_humanitarian_aid(nlp):
    assert "073" in _codes(nlp, "Russia shipped 30,000 tonnes of wheat to Syria.", "RUS", "SYR")


def test_a_sum_in_weapons_is_military_aid(nlp):
    assert "072" in _codes(nlp, "Britain sent $100 million in weapons to Ukraine.", "GBR", "UKR")


def test_a_sum_received_is_the_givers_aid(nlp):
    assert "071" in _codes(nlp, "Sudan received $2 billion from Saudi Arabia.", "SAU", "SDN")


def test_spending_on_defence_is_no_aid(nlp):
    codes = _codes(nlp, "Japan spent $50 billion on defence in 2019.", "JPN", "")
    assert not any(c.startswith("07") for c in codes)


def test_a_fine_is_no_aid(nlp):
    codes = _codes(nlp, "The European Commission fined Google 4.3 billion euros.", "IGO", "")
    assert not any(c.startswith("07") for c in codes)
