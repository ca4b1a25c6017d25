"""Generic actors in coordinated subjects, possessive country actors and "X-led" coalitions
(extract.relations.conjunct_actors, extract.actors.leaders).

Expected values come from the text: a government named beside a rebel group did what the sentence says
both did; "<Country>'s opposition" is that country's opposition; a coalition led by a country is coded by it;
a coordination with no country names no country.
"""

from __future__ import annotations

from extract.actors.codes import actor_code
from extract.actors.leaders import led_country
from extract.lexicon import get_lexicon
from extract.types import Document


def _relations(nlp, text):
    from extract.facts import extract_facts

    facts = next(iter(extract_facts([Document(id="t", text=text, date="2020-06-01")], nlp=nlp)))
    return [r for r in facts.relations if r.predicate.lemma != "located in"]


def test_led_names_the_leader_country():
    lexicon = get_lexicon()
    assert led_country("saudi-led", lexicon) == "SAU"
    assert led_country("hamas-led", lexicon) is None
    assert led_country("georgia-led", lexicon) is None  # the US state or the country
    assert actor_code("the Saudi-led coalition", lexicon=lexicon) == "SAU"
    assert actor_code("a woman-led team", lexicon=lexicon) is None


def test_generic_conjunct_beside_a_name_is_a_party_of_the_talks(nlp):
    rels = _relations(nlp, "The Somali government and al-Shabaab began peace talks in Nairobi.")
    pairs = {(r.subject.actor_code, r.object.actor_code) for r in rels if r.event is not None and r.event.root == "04"}
    assert any(s == "SOMGOV" and o != "SOMGOV" for s, o in pairs)
    assert any(o == "SOMGOV" and s != "SOMGOV" for s, o in pairs)


def test_generic_conjunct_beside_a_name_keeps_its_own_relation(nlp):
    rels = _relations(nlp, "The Iraqi government and the Kurdistan Regional Government resumed talks over oil.")
    assert any(r.subject.text == "The Iraqi government" for r in rels)


def test_country_possessive_opposition_is_the_actor(nlp):
    rels = _relations(nlp, "Belarus's opposition rejected the election results.")
    assert [r.subject.actor_code for r in rels if r.predicate.lemma == "reject"] == ["BLROPP"]


def test_fused_coordination_is_two_arguments(nlp):
    rels = _relations(nlp, "The Colombian government and FARC rebels signed a peace deal.")
    subjects = {r.subject.text for r in rels if r.predicate.lemma.startswith("sign")}
    assert "The Colombian government" in subjects
    assert "The Colombian government and FARC rebels" not in subjects


def test_no_country_no_code(nlp):
    rels = _relations(nlp, "The government and the opposition signed a deal to end the crisis.")
    countries = get_lexicon().countries.by_alpha3
    assert rels and not any((r.subject.actor_code or "")[:3] in countries for r in rels)
    rels = _relations(nlp, "Kenya's president and his wife visited the flood victims.")
    assert not any("wife" in r.subject.text and r.subject.actor_code for r in rels)
