"""Typed precision, fourth round: dealings read as political events (``extract/events/dealings.py``).

Invented sentences, one family each, with a sentence where the event stays: abuse of an office,
denying someone something, organising an occasion, meeting at a place of leisure, challenging
someone in an election, and a disease named "corona". Relations are built by hand on real parses
(``annotate`` of ``test_events``), so the tests do not depend on the relation rules.
"""

from __future__ import annotations

import pytest

from .test_events import annotate

_NOBODY = ("", "CONCEPT")


def _root(nlp, text, subject, predicate, obj):
    (rel, *_) = annotate(nlp, text, [(subject, predicate, obj)])
    return rel.event.root if rel.event is not None else None


# --- abuse of an office


@pytest.mark.parametrize(
    "text, subject, predicate, obj",
    [
        ("The senators have abused their power for years, the governor said.", ("The senators", "CONCEPT"),
         "abused", ("their power", "CONCEPT")),
        ("The mayor abused his office to reward friends.", ("The mayor", "CONCEPT"), "abused",
         ("his office", "CONCEPT")),
    ],
)
def test_abuse_of_an_office_is_no_violence(nlp, text, subject, predicate, obj):
    assert _root(nlp, text, subject, predicate, obj) is None


def test_abuse_of_prisoners_stays_violence(nlp):
    text = "The guards abused the prisoners at the camp."
    assert _root(nlp, text, ("The guards", "CONCEPT"), "abused", ("the prisoners", "CONCEPT")) == "18"


# --- denying someone something


def test_denying_someone_something_is_no_denial(nlp):
    text = "The voters denied the ruling party any victory in the north."
    assert _root(nlp, text, ("The voters", "CONCEPT"), "denied", ("the ruling party", "CONCEPT")) is None


def test_denying_an_accusation_stays(nlp):
    text = "The minister denied the accusations on Tuesday."
    assert _root(nlp, text, ("The minister", "CONCEPT"), "denied", ("the accusations", "CONCEPT")) == "01"


# --- organising an occasion


@pytest.mark.parametrize(
    "text, subject, predicate, obj",
    [
        ("The party was organised by the president of the Hindu Union.", ("the president", "CONCEPT"), "organised",
         ("The party", "CONCEPT")),
    ],
)
def test_organising_an_occasion_is_no_cooperation(nlp, text, subject, predicate, obj):
    assert _root(nlp, text, subject, predicate, obj) is None


def test_organising_a_rally_stays_a_protest(nlp):
    text = "The opposition party organized a rally against the president."
    assert _root(nlp, text, ("The opposition party", "ORG"), "organized", ("a rally", "CONCEPT")) == "14"


# --- meeting at a place of leisure


def test_meeting_at_a_pub_is_private(nlp):
    text = "The tourist met two soldiers at a pub near the station."
    assert _root(nlp, text, ("The tourist", "CONCEPT"), "met", ("two soldiers", "CONCEPT")) is None


def test_meeting_at_a_ministry_stays(nlp):
    text = "The prime minister met the Iranian ambassador at the ministry on Monday."
    assert _root(nlp, text, ("The prime minister", "CONCEPT"), "met",
                 ("the Iranian ambassador", "CONCEPT")) == "04"


# --- challenging someone in an election


@pytest.mark.parametrize(
    "text, subject, predicate, obj",
    [
        ("The senator will run in the party primaries, challenging the incumbent governor.",
         ("The senator", "CONCEPT"), "challenging", ("the incumbent governor", "CONCEPT")),
        ("The deputy challenged the party leader for the nomination last year.", ("The deputy", "CONCEPT"),
         "challenged", ("the party leader", "CONCEPT")),
    ],
)
def test_challenging_someone_in_an_election_is_no_disapproval(nlp, text, subject, predicate, obj):
    assert _root(nlp, text, subject, predicate, obj) is None


def test_challenging_a_decision_stays(nlp):
    text = "The opposition challenged the government's decision to close the border."
    assert _root(nlp, text, ("The opposition", "CONCEPT"), "challenged",
                 ("the government's decision", "CONCEPT")) == "11"


# --- a disease called corona


def test_challenging_corona_is_no_disapproval(nlp):
    text = "The ministers have challenged corona by shaking hands in public."
    assert _root(nlp, text, ("The ministers", "CONCEPT"), "challenged", ("corona", "CONCEPT")) is None


def test_challenging_someone_after_deciding_to_run_is_no_disapproval(nlp):
    text = "The former mayor has decided to run in the county elections, challenging the sitting sheriff."
    assert _root(nlp, text, ("The former mayor", "CONCEPT"), "challenging",
                 ("the sitting sheriff", "CONCEPT")) is None


# --- needing a thing


def test_needing_a_thing_is_no_demand(nlp):
    text = "Kenya needs certainty and stability, the president wrote."
    assert _root(nlp, text, ("Kenya", "GPE"), "needs", ("certainty", "CONCEPT")) is None


def test_needing_equipment_is_no_demand(nlp):
    text = "The army needs new equipment, the minister said."
    assert _root(nlp, text, ("The army", "CONCEPT"), "needs", ("new equipment", "CONCEPT")) is None


def test_demanding_a_thing_stays(nlp):
    text = "The protesters demanded an apology from the mayor."
    assert _root(nlp, text, ("The protesters", "CONCEPT"), "demanded", ("an apology", "CONCEPT")) == "10"


# --- studying a subject


def test_studying_a_subject_is_no_investigation(nlp):
    text = "The senator studied Islamic law for a long time."
    assert _root(nlp, text, ("The senator", "CONCEPT"), "studied", ("Islamic law", "CONCEPT")) is None


def test_investigating_a_shooting_stays(nlp):
    text = "The state police investigated the shooting on Friday."
    assert _root(nlp, text, ("The state police", "CONCEPT"), "investigated", ("the shooting", "CONCEPT")) == "09"


# --- awarding a prize


@pytest.mark.parametrize(
    "text, subject, predicate, obj",
    [
        ("The university awarded him the degree of doctor in 1892.", ("The university", "ORG"), "awarded",
         ("the degree", "CONCEPT")),
        ("Three places at the college were awarded to nursing students.", _NOBODY, "awarded",
         ("Three places", "CONCEPT")),
    ],
)
def test_awarding_a_prize_is_no_material_cooperation(nlp, text, subject, predicate, obj):
    assert _root(nlp, text, subject, predicate, obj) is None


def test_awarding_a_loan_stays_cooperation(nlp):
    text = "The World Bank awarded a loan to the government of Kenya."
    assert _root(nlp, text, ("The World Bank", "ORG"), "awarded", ("a loan", "CONCEPT")) == "06"


# --- calling a state for a candidate


def test_calling_a_state_for_a_candidate_is_no_call(nlp):
    text = "The news agency called Arizona for Mark Kelly late on Wednesday."
    assert _root(nlp, text, ("The news agency", "CONCEPT"), "called", ("Arizona", "GPE")) is None


# --- hosting a thing, attending a show, competing


@pytest.mark.parametrize(
    "text, subject, predicate, obj",
    [
        ("France hosted the 2019 Women's World Cup.", ("France", "GPE"), "hosted",
         ("the 2019 Women's World Cup", "CONCEPT")),
    ],
)
def test_hosting_a_thing_is_no_visit(nlp, text, subject, predicate, obj):
    assert _root(nlp, text, subject, predicate, obj) is None


def test_hosting_a_president_stays_a_visit(nlp):
    text = "Egypt hosted the Sudanese president in Cairo on Sunday."
    assert _root(nlp, text, ("Egypt", "GPE"), "hosted", ("the Sudanese president", "CONCEPT")) == "04"


def test_attending_a_rally_is_no_visit(nlp):
    text = "The senator attended the governor's rally in Ohio without a mask."
    assert _root(nlp, text, ("The senator", "CONCEPT"), "attended", ("the governor's rally", "CONCEPT")) is None


def test_attending_a_summit_stays(nlp):
    text = "The prime minister attended a summit with the French president."
    assert _root(nlp, text, ("The prime minister", "CONCEPT"), "attended", ("a summit", "CONCEPT")) == "04"


def test_competing_at_a_tournament_is_no_disapproval(nlp):
    text = "She was fined while competing at the national chess tournament in March."
    assert _root(nlp, text, ("She", "CONCEPT"), "competing", ("the national chess tournament", "CONCEPT")) is None


# --- engaging with someone


def test_engaging_with_a_charity_is_no_fight(nlp):
    text = "The retired judge engaged with the local Rotary Club after his retirement."
    assert _root(nlp, text, ("The retired judge", "CONCEPT"), "engaged",
                 ("the local Rotary Club", "ORG")) is None


def test_troops_engaging_rebels_stay_a_fight(nlp):
    text = "Government troops engaged the rebels near the border on Sunday."
    assert _root(nlp, text, ("Government troops", "CONCEPT"), "engaged", ("the rebels", "CONCEPT")) == "19"


# --- acts a negated finding does not establish (extract/events/unproven.py)


@pytest.mark.parametrize(
    "text, subject, predicate, obj",
    [
        ("The committee did not find that the agency had breached the law.", ("the agency", "ORG"), "breached",
         ("the law", "CONCEPT")),
        ("Inspectors found no evidence that the militia had attacked the school.", ("the militia", "CONCEPT"),
         "attacked", ("the school", "CONCEPT")),
        ("There is no evidence the rebels shelled the convoy.", ("the rebels", "CONCEPT"), "shelled",
         ("the convoy", "CONCEPT")),
    ],
)
def test_an_act_a_negated_finding_does_not_establish_is_no_event(nlp, text, subject, predicate, obj):
    (rel,) = annotate(nlp, text, [(subject, predicate, obj)])
    assert rel.modality == "hypothetical"
    assert rel.event is None


def test_an_act_a_finding_establishes_stays(nlp):
    text = "Inspectors found that the militia had attacked the school."
    (rel,) = annotate(nlp, text, [(("the militia", "CONCEPT"), "attacked", ("the school", "CONCEPT"))])
    assert rel.modality == "asserted"
    assert rel.event is not None and rel.event.root == "19"
