"""Event roots restored where the verb alone is ambiguous (issue 11, root recall).

Invented sentences, one family each: an ambiguous verb of force whose object
is an armed actor ("fought ISIS"), and a light verb whose event noun has a
hand-map row ("launched airstrikes"), each beside the readings that must stay
without an event. Relations are built by hand on real parses (``annotate`` of
``test_events``), so the tests do not depend on the relation rules.
"""

from __future__ import annotations

import pytest

from extract.events.roots import armed_code, armed_target_event
from extract.lexicon.cameo_verbs import parse_verb_patterns
from extract.types import Argument

from .test_events import annotate


def _root(rel):
    return rel.event.root if rel.event is not None else None


@pytest.mark.parametrize(
    "code, armed",
    [
        ("SYRMIL", True),  # a country's military
        ("REB", True),  # rebels with no country
        ("NGAREB", True),
        ("IMGMUSISI", True),  # a militarised group
        ("AFGINS", True),
        ("USAGOV", False),
        ("KENCOP", False),  # the police fight crime, not wars
        ("IGOUNO", False),
        ("OPP", False),
        (None, False),
    ],
)
def test_armed_codes_are_a_role_or_a_militarised_group(code, armed):
    assert armed_code(code) is armed


def test_a_lone_preposition_pattern_of_the_default_does_not_fit_an_ambiguous_verb_across_an_object():
    table = parse_verb_patterns(
        "--- FIGHT [190] ---\nFIGHT\n- * FOR [190]  # FIGHT\n- * ALONGSIDE [062]  # FIGHT\n"
        "- * VIOLENCE [---]  # FIGHT\n- * RACISM [---]  # FIGHT\n")
    assert table.entry("fight").ambiguous()
    assert table.code_for("fight", {"for", "independence"}) == (True, "190")  # "fought for independence"
    # "fought the blaze for hours": the preposition opens an adjunct, the pattern does not fit
    assert table.code_for("fight", {"blaze", "for", "hours"}, objects={"the", "blaze"}) == (False, "190")
    # a pattern with a code of its own still fits ("fought the war alongside X" keeps 062)
    assert table.code_for("fight", {"war", "alongside", "x"}, objects={"the", "war"}) == (True, "062")


# --------------------------------------------------------------------------
# an ambiguous verb of force against an armed actor


@pytest.mark.parametrize(
    "text, subject, verb, obj",
    [
        ("Kurdish forces fought ISIS in Raqqa.", ("Kurdish forces", "NORP"), "fought", ("ISIS", "ORG")),
        ("Kurdish forces fought ISIS for three years.", ("Kurdish forces", "NORP"), "fought", ("ISIS", "ORG")),
        ("The rebels fought government forces near Aleppo.", ("rebels", "CONCEPT"), "fought",
         ("government forces", "CONCEPT")),
        ("Kenya's army fought al-Shabaab fighters along the border.", ("Kenya's army", "CONCEPT"), "fought",
         ("al-Shabaab fighters", "CONCEPT")),
    ],
)
def test_fighting_an_armed_actor_is_a_use_of_force(nlp, text, subject, verb, obj):
    (rel,) = annotate(nlp, text, [(subject, verb, obj)])
    assert rel.object.actor_code and armed_code(rel.object.actor_code)
    assert _root(rel) == "19"


@pytest.mark.parametrize(
    "text, subject, verb, obj",
    [
        ("She fought cancer bravely.", ("She", "PERSON"), "fought", ("cancer", "CONCEPT")),
        ("She fought cancer for ten years.", ("She", "PERSON"), "fought", ("cancer", "CONCEPT")),
        ("Firefighters fought the blaze for hours.", ("Firefighters", "CONCEPT"), "fought", ("the blaze", "CONCEPT")),
        ("The mayor fought the new tax in court.", ("The mayor", "CONCEPT"), "fought", ("the new tax", "CONCEPT")),
        ("Biden fought Sanders in the primaries.", ("Biden", "PERSON"), "fought", ("Sanders", "PERSON")),
        # no one named fights: "ISIS has been fought" names no source for an event coder's dyad
        ("ISIS was fought in Raqqa.", ("", "CONCEPT"), "fought", ("ISIS", "ORG")),
    ],
)
def test_fighting_what_is_no_armed_actor_stays_without_an_event(nlp, text, subject, verb, obj):
    (rel,) = annotate(nlp, text, [(subject, verb, obj)])
    assert rel.event is None


def test_a_verb_whose_patterns_defeat_proposals_is_not_made_a_use_of_force(nlp):
    # DEFEAT's own CAMEO patterns reject proposals and candidates; none of them codes force
    (rel,) = annotate(nlp, "Iraqi troops defeated the insurgents near Mosul.",
                      [(("Iraqi troops", "CONCEPT"), "defeated", ("the insurgents", "CONCEPT"))])
    assert rel.object.actor_code == "INS" and rel.event is None


def test_a_verb_that_mostly_criticises_is_not_made_a_use_of_force(nlp):
    # BLAST's own CAMEO patterns are mostly criticism: "blasted the rebels" is no attack by this rule
    (rel,) = annotate(nlp, "The senator blasted the rebels on Twitter.",
                      [(("The senator", "CONCEPT"), "blasted", ("the rebels", "CONCEPT"))])
    assert _root(rel) not in ("18", "19", "20")


def test_a_thing_of_an_armed_actor_is_not_fought_as_the_actor(nlp):
    # an object that is no actor may carry its owner's code ("the Taliban's propaganda"); it is not fought
    from extract.lexicon import get_lexicon

    text = "The government fought the Taliban's propaganda online."
    doc = nlp(text)
    pred = next(t for t in doc if t.lower_ == "fought")
    start = text.index("the Taliban's propaganda")
    thing = Argument("concept:propaganda", "propaganda", "CONCEPT", "the Taliban's propaganda", start,
                     start + len("the Taliban's propaganda"), actor_code="AFGREB")
    subject = Argument("concept:government", "government", "CONCEPT", "The government", 0, 14, actor_code="GOV")
    assert armed_target_event(pred, subject, thing, get_lexicon()) is None
    start = text.index("the Taliban")
    actor = Argument("taliban", "Taliban", "ORG", "the Taliban", start, start + len("the Taliban"), actor_code="AFGREB")
    assert armed_target_event(pred, subject, actor, get_lexicon()).root == "19"


def test_a_fight_not_asserted_is_no_event(nlp):
    (rel,) = annotate(nlp, "Kurdish forces may fight ISIS in Raqqa.",
                      [(("Kurdish forces", "NORP"), "fight", ("ISIS", "ORG"))])
    assert rel.event is None and rel.modality != "asserted"


# --------------------------------------------------------------------------
# a light verb's event noun


def test_a_light_verbs_event_noun_is_not_withheld_by_the_verb(nlp):
    # "launch" is ambiguous in CAMEO, but the event is the airstrikes' (CAMEO 195, aerial weapons)
    (rel,) = annotate(nlp, "Russian forces launched airstrikes on Aleppo.",
                      [(("Russian forces", "NORP"), "launched", ("Aleppo", "GPE"), {"lemma": "launch airstrike"})])
    assert rel.event is not None and rel.event.code == "195"


def test_a_noun_with_no_hand_row_stays_withheld(nlp):
    # "bid" is a demand only in the derived table: "continued his bid" is no demand
    (rel,) = annotate(nlp, "Sanders continued his bid against Clinton.",
                      [(("Sanders", "PERSON"), "continued", ("Clinton", "PERSON"), {"lemma": "continue bid"})])
    assert rel.event is None


def test_dispersing_protesters_is_repression_not_a_statement(nlp):
    # CAMEO files DISPERSE under CIRCULATE (010); the hand map reads it as crowd control (175)
    (rel,) = annotate(nlp, "Riot police dispersed the protesters in Nairobi.", [("police", "dispersed", "protesters")])
    assert rel.event is not None and rel.event.code == "175"
