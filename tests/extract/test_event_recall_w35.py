"""Event recall on unseen news (issue 11): interviews by the press, gerunds of fighting as subjects,
attacks "from" an actor, and a state's war waged by its leader.

Invented sentences and sentences of the shape seen in fresh Wikinews articles, the real spaCy pipeline.

- A news medium or the press questioning someone is an interview, a consultation (040):
  ``extract/events/questioning.py``; police questioning stays an investigation (090).
- "Fighting between A and B killed dozens": a sentence-initial gerund the parser tags as a verb is read
  as its noun (``extract/relations/nominal_gerunds.py``), so the war noun rules name the parties (190).
- "missile attacks from Azerbaijan": an actor after "from" on a noun of force is its agent
  (``extract/relations/force_nouns.py``); a place is not ("rocket attacks from Gaza").
- "Putin's war against Ukraine": a state's leader wages the state's war (``extract/relations/war_nouns.py``).
"""

from __future__ import annotations

import pytest

from .helpers import asserted_codes, text_relations
from .helpers import has_code as has

_DATE = "2021-05-10"


def coded(nlp, text):
    return asserted_codes(nlp, text, date=_DATE)


def roots(found):
    return {c[:2] for *_rest, c in found if c}


# --- interviews by the press -------------------------------------------------------------------------

@pytest.mark.parametrize("text, subject, obj", [
    ("Wikinews interviewed Siegel to learn more.", "Wikinews", "Siegel"),
    ("The BBC interviewed the Iranian foreign minister on Monday.", "BBC", "minister"),
    ("Al Jazeera interviewed Abiy Ahmed in Addis Ababa.", "Al Jazeera", "Abiy Ahmed"),
])
def test_an_interview_by_a_news_medium_is_a_consultation(nlp, text, subject, obj):
    found = coded(nlp, text)
    assert has(found, subject, obj, "040"), found


def test_an_interview_by_police_stays_an_investigation(nlp):
    found = coded(nlp, "Detectives interviewed John Smith about the robbery.")
    assert has(found, "Detectives", "John Smith", "090"), found
    assert not has(found, "Detectives", "John Smith", "040"), found


def test_a_medium_that_questions_a_decision_consults_no_one(nlp):
    found = coded(nlp, "The Guardian questioned the decision to close the hospital.")
    assert "04" not in roots(found), found


def test_a_negated_interview_is_no_event(nlp):
    found = {(r.subject.text, r.event.code if r.event else None)
             for r in text_relations(nlp, "Reuters did not interview Maria Lopez.", date=_DATE)}
    assert not any(code == "040" for _s, code in found), found


# --- a gerund of fighting as the subject ------------------------------------------------------------

@pytest.mark.parametrize("text, a, b", [
    ("Fighting between Armenia and Azerbaijan killed dozens of soldiers.", "Armenia", "Azerbaijan"),
    ("Fighting between Ethiopia and Eritrea has continued for weeks.", "Ethiopia", "Eritrea"),
])
def test_fighting_between_two_countries_is_their_fight_both_ways(nlp, text, a, b):
    found = coded(nlp, text)
    assert has(found, a, b, "190") and has(found, b, a, "190"), found


def test_a_gerund_with_its_own_object_stays_a_verb(nlp):
    found = coded(nlp, "Fighting Russia is costly for Ukraine.")
    assert "19" not in roots(found), found


def test_a_gerund_of_no_event_gives_nothing(nlp):
    found = coded(nlp, "Fishing between Norway and Iceland has grown for years.")
    assert not roots(found), found


# --- attacks "from" an actor -----------------------------------------------------------------------

@pytest.mark.parametrize("text, attacker", [
    ("The attack from Hezbollah killed three Israeli soldiers.", "Hezbollah"),
    ("Israeli towns came under attacks from Hamas on Sunday.", "Hamas"),
])
def test_an_actor_after_from_attacks(nlp, text, attacker):
    found = coded(nlp, text)
    assert any(attacker in s and c and c[:2] in ("18", "19") for s, _lm, _o, c in found), found


def test_a_place_after_from_is_no_attacker(nlp):
    found = coded(nlp, "Rocket attacks from Gaza hit Israeli towns.")
    assert not any("Gaza" in s for s, *_rest in found), found


def test_a_withdrawal_from_a_country_is_not_the_countrys(nlp):
    found = coded(nlp, "Russia announced its withdrawal from Syria.")
    assert not any(s == "Syria" for s, *_rest in found), found


# --- a leader's war ------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, leader, enemy", [
    ("Putin's war against Ukraine has killed thousands.", "Putin", "Ukraine"),
    ("Erdogan's war against the PKK resumed in 2015.", "Erdogan", "PKK"),
])
def test_a_leaders_war_is_the_states_fight(nlp, text, leader, enemy):
    found = coded(nlp, text)
    assert has(found, leader, enemy, "190"), found


@pytest.mark.parametrize("text", [
    "Trump's war with the media escalated.",
    "Trump's trade war with China hurt farmers.",
])
def test_a_figurative_war_of_a_leader_is_no_fight(nlp, text):
    found = coded(nlp, text)
    assert "19" not in roots(found), found


# --- a claim of a misdeed with no one named ----------------------------------------------------------

@pytest.mark.parametrize("text, claimant, lemma", [
    ("Activists claim safety standards are routinely ignored.", "Activists", "claim"),
    ("The opposition alleged that the vote was rigged.", "opposition", "allege"),
    ("Human rights groups claimed that prisoners were tortured.", "rights groups", "claim"),
])
def test_a_claimed_misdeed_with_no_doer_is_an_accusation(nlp, text, claimant, lemma):
    found = coded(nlp, text)
    assert any(claimant in s and lm == lemma and c == "112" for s, lm, _o, c in found), found


def test_a_claimed_misdeed_by_an_actor_accuses_that_actor(nlp):
    found = coded(nlp, "Amnesty International claimed the documents had been falsified by the ministry.")
    assert has(found, "Amnesty International", "ministry", "112"), found


@pytest.mark.parametrize("text", [
    "The army claimed that 20 rebels were killed.",
    "The company claimed the costs were covered by insurance.",
    "The opposition claimed that the votes were counted by the election commission.",
    "The opposition claimed victory.",
])
def test_a_claim_of_no_misdeed_is_no_accusation(nlp, text):
    found = coded(nlp, text)
    assert "11" not in roots(found), found


# --- a listener the parser made a dative before a bare clause ------------------------------------------

@pytest.mark.parametrize("text, speaker", [
    ("Jasim Uddin, a spokesperson for the fire service, told the Associated Press four victims were from a single family.",
     "Jasim Uddin"),
    ("Smith told Wikinews four victims were from a single family.", "Smith"),
])
def test_telling_a_medium_a_bare_clause_is_a_statement(nlp, text, speaker):
    found = coded(nlp, text)
    assert any(speaker in s and lm == "tell" and c == "010" for s, lm, _o, c in found), found


def test_a_listener_dative_names_the_listener(nlp):
    found = coded(nlp, "The minister told parliament the army had withdrawn.")
    assert has(found, "minister", "parliament", "010"), found
