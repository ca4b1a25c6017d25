"""Hosting a visit (extract.events.host_visits).

Expected values come from the text: a president who receives a foreign minister, or welcomes a foreign
president to his capital, hosts a visit (CAMEO 043); a country that receives wheat, or a leader who
welcomes a proposal, hosts no one.
"""

from __future__ import annotations

from extract.types import Document


def _codes(nlp, text, source, target):
    from extract.facts import extract_facts

    facts = next(iter(extract_facts([Document(id="t", text=text, date="2019-06-01")], nlp=nlp)))
    return {r.event.code for r in facts.relations if r.event is not None
            and (r.subject.actor_code or "").startswith(source) and (r.object.actor_code or "").startswith(target)}


def test_receiving_a_foreign_minister_hosts_a_visit(nlp):
    text = "Egyptian President Abdel Fattah al-Sisi received the Saudi foreign minister in Cairo."
    assert "043" in _codes(nlp, text, "EGY", "SAU")


def test_welcoming_a_president_to_a_capital_hosts_a_visit(nlp):
    text = "Kenyan President Uhuru Kenyatta welcomed the Tanzanian president to Nairobi on Monday."
    assert "043" in _codes(nlp, text, "KEN", "TZA")


def test_receiving_wheat_hosts_no_one(nlp):
    text = "Kazakhstan received 50,000 tonnes of wheat from Russia."
    assert "043" not in _codes(nlp, text, "KAZ", "")


def test_welcoming_a_proposal_hosts_no_one(nlp):
    text = "The Japanese prime minister welcomed the Chinese proposal."
    assert "043" not in _codes(nlp, text, "JPN", "")
