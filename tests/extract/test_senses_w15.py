"""Typed precision, fifth round: places taken, kinds, settings, campaigns, ventures and provisions.

Invented sentences, one family each, with a sentence where the event stays (``extract/events/territory.py``,
``extract/events/kinds.py`` and the subject learnt of ``dealings.py``).
The full pipeline runs (``extract_facts``), so a test sees what a user would.
"""

from __future__ import annotations

import pytest

from extract.facts import extract_facts
from extract.types import Document


def _codes(nlp, text, lemma):
    """The event codes (None: untyped) of the relations whose predicate lemma is ``lemma``."""
    (facts,) = extract_facts([Document(id="t", text=text, date="2020-05-04")], nlp=nlp)
    return [r.event.code if r.event is not None else None for r in facts.relations if r.predicate.lemma == lemma]


def _roots(nlp, text, lemma):
    return {code[:2] if code else None for code in _codes(nlp, text, lemma)}


# --- taking a place is occupying territory (192)


@pytest.mark.parametrize(
    "text",
    [
        "Kurdish fighters captured Raqqa in October 2017.",  # an arrest (173) before
        "After the French capture of Algiers, the dey fled to Naples.",  # a seizure of property (171) before
    ],
)
def test_capturing_a_place_is_occupation(nlp, text):
    assert _codes(nlp, text, "capture") == ["192"]


def test_capturing_a_person_stays_a_seizure(nlp):
    assert _roots(nlp, "Police captured the suspect after a chase.", "capture") == {"17"}


# --- a bare event noun of subject matter


def test_sanctions_as_a_kind_of_case_are_no_sanction(nlp):
    text = "The department handles cases involving European Union sanctions, fraud and smuggling."
    assert "16" not in _roots(nlp, text, "sanction")


def test_sanctions_imposed_stay(nlp):
    text = "The European Union imposed sanctions on Belarus on Friday."
    assert _roots(nlp, text, "impose sanctions") == {"16"}


# --- a setting with a borrowed agent


def test_meetings_where_a_crowd_was_addressed_are_no_consultation(nlp):
    text = "The crowd was addressed at several public meetings by Nelson Mandela and leaders of the ANC."
    assert "04" not in _roots(nlp, text, "meet")


def test_an_attack_by_rebels_stays_violence(nlp):
    text = "A soldier was wounded in an attack by the rebels."
    assert _roots(nlp, text, "attack") == {"19"}


# --- a standing provision


def test_what_guards_carry_is_no_military_aid(nlp):
    assert "07" not in _roots(nlp, "All guards are equipped with rifles.", "equip")


def test_guards_equipped_last_year_stay_aid(nlp):
    assert _roots(nlp, "The guards were equipped with rifles by the army last year.", "equip") == {"07"}


# --- a campaign rally


def test_a_campaign_rally_is_no_protest(nlp):
    text = "Senator Elizabeth Warren held a campaign rally in Detroit."
    assert "14" not in _roots(nlp, text, "hold")


def test_a_rally_against_a_reform_stays_a_protest(nlp):
    text = "The union organised a rally against the pension reform."
    assert _roots(nlp, text, "organise") == {"14"}


# --- studying a subject; taking part in demonstrations


def test_taking_part_in_demonstrations_stays_a_protest(nlp):
    text = "The activist Jane Doyle has also been involved in demonstrations in support of free speech."
    assert "14" in _roots(nlp, text, "demonstrate")


def test_studying_religion_is_no_investigation(nlp):
    text = "She studied religion at Oxford before she became a journalist."
    assert "09" not in _roots(nlp, text, "study")


# --- launching a venture; dealings between private persons


def test_launching_a_space_mission_is_no_mediation(nlp):
    text = "The company launched its second crewed mission on Tuesday from the coast of Florida."
    assert "04" not in _roots(nlp, text, "launch")


def test_launching_a_peace_mission_between_factions_stays(nlp):
    text = "Norway launched a peace mission between the two factions."
    assert _roots(nlp, text, "launch") == {"04"}


def test_two_private_persons_meeting_is_no_consultation(nlp):
    text = "In 1962 the drummer Tom Ellis played in a jazz band in Leeds, where he met guitarist Peter Green."
    assert "04" not in _roots(nlp, text, "meet")


def test_two_leaders_meeting_stays_a_consultation(nlp):
    text = "Prime Minister Boris Johnson met Emmanuel Macron in Paris."
    assert _roots(nlp, text, "meet") == {"04"}


# --- a judgement is no plain statement


def test_citing_someone_for_misconduct_is_no_plain_statement(nlp):
    text = "After a Senate committee report cited Governor Janet Mills for hiding the documents, she resigned."
    assert "01" not in _roots(nlp, text, "cite")


def test_telling_reporters_stays_a_statement(nlp):
    assert _roots(nlp, "The minister told reporters that the talks had failed.", "tell") == {"01"}


# --- an infinitive with a "for" subject is not asserted


def _modalities(nlp, text, lemma):
    (facts,) = extract_facts([Document(id="t", text=text, date="2020-05-04")], nlp=nlp)
    return {r.modality for r in facts.relations if r.predicate.lemma == lemma}


@pytest.mark.parametrize(
    "text, lemma",
    [
        ("It is time for the government to release the political prisoners.", "release"),
        ("The best way to end the war is for Russia to withdraw its troops from Ukraine.", "withdraw"),
    ],
)
def test_a_for_infinitive_is_hypothetical(nlp, text, lemma):
    assert _modalities(nlp, text, lemma) == {"hypothetical"}
    assert _roots(nlp, text, lemma) == {None}


def test_a_call_for_an_act_keeps_its_intent(nlp):
    text = "Trump called for NATO members to increase military spending."
    assert _modalities(nlp, text, "increase") == {"intended"}
