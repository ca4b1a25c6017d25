"""Wrong codes fixed in wave 20: a US state's office read as the country Georgia, a deal struck read as
force, a meeting's place read as its partner.

Expected values come from the text, the CAMEO agents dictionary (GOVERNOR, SENATOR, ATTORNEY_GENERAL) and
the CAMEO verb patterns ("* STRUCK DEAL WITH + [050:050]"; 04 consultations are with another actor).
"""

from __future__ import annotations

import pytest


def _relations(nlp, text):
    from extract.facts import extract_facts
    from extract.types import Document

    facts = next(iter(extract_facts([Document(id="t", text=text, date="2020-06-01")], nlp=nlp)))
    return [r for r in facts.relations if r.predicate.lemma != "located in" and r.modality == "asserted"]


_GEORGIA = [  # (sentence, the country its subject's code must have: a US state's office or the country)
    ("Georgia Governor Brian Kemp criticized President Donald Trump.", "USA"),
    ("Governor Brian Kemp of Georgia met Vice President Mike Pence.", "USA"),
    ("Georgia's attorney general criticized the Russian government.", "USA"),
    ("The attorney general of Georgia criticized the Russian government.", "USA"),
    ("Georgia Senator Kelly Loeffler criticized the Chinese government.", "USA"),
    ("Georgia's president condemned Russia over the occupation of Abkhazia.", "GEO"),
    ("President Salome Zourabichvili of Georgia criticized Russia.", "GEO"),
    ("Georgia's foreign minister criticized Russia.", "GEO"),
]


@pytest.mark.parametrize(("text", "country"), _GEORGIA)
def test_georgia_is_the_state_only_with_a_state_office(nlp, text, country):
    codes = {r.subject.actor_code for r in _relations(nlp, text) if r.event is not None and r.subject.actor_code}
    assert codes and all(code[:3] == country for code in codes)


@pytest.mark.parametrize("text", [
    "Workers struck a deal with the government after a week of talks.",
    "Kenyan workers struck a deal with the government.",
    "The workers struck a deal.",
])
def test_a_struck_deal_is_no_force(nlp, text):
    assert not [r for r in _relations(nlp, text) if r.event is not None and r.event.root in ("18", "19")]


def test_a_struck_deal_between_countries_stays_an_agreement(nlp):
    rels = _relations(nlp, "Kenya struck a deal with Uganda on the railway.")
    assert any(r.subject.actor_code == "KEN" and r.object.actor_code == "UGA" and r.event is not None
               and r.event.code == "050" for r in rels)


def test_jets_striking_a_village_stay_force(nlp):
    rels = _relations(nlp, "Israeli jets struck the village of Kfar Kila in southern Lebanon.")
    assert any(r.event is not None and r.event.root == "19" for r in rels)


@pytest.mark.parametrize(("text", "place"), [
    ("The foreign ministers of Egypt and Jordan met in Amman on Sunday.", "Amman"),
    ("Egyptian officials met in Cairo.", "Cairo"),
])
def test_a_meeting_place_is_no_partner(nlp, text, place):
    assert not [r for r in _relations(nlp, text) if r.object.text == place and r.event is not None]


def test_a_named_partner_still_meets(nlp):
    rels = _relations(nlp, "The Pakistani delegation met Afghan officials at the presidential palace in Kabul.")
    assert any(r.object.actor_code == "AFGGOV" and r.event is not None and r.event.root == "04" for r in rels)
