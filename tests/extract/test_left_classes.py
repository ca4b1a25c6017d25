"""Classes earlier rounds found and left (issue 11): general mechanisms, invented sentences.

The real spaCy pipeline reads each sentence; none comes from an article:

- a deadline's infinitive is owed, not done: "has until Friday to release", "has 30 days to
  respond" are intended (``extract/events/deadlines.py``);
- a bare clause under a modal verb is as hypothetical as that verb ("could help X reassure Y");
- a criminal charge is an event noun (112, accused of a crime, one side unnamed) where it is brought
  against someone ("charges were filed against X") or faced ("X faces charges of fraud"), never "in charge of",
  a fee ("a charge of $5"), "took charge", "charging stations" or charges dropped
  (``extract/relations/charges.py``);
- clearing protesters or a crowd is dispersing them (175); clearing a place is no approval (CLEAR
  is in CAMEO's ALLOW synset: "cleared the bill" stays 080).
"""

from __future__ import annotations

import pytest

from extract.events.modality import modality_of
from extract.lexicon import get_lexicon
from extract.relations.implicit import UNSPECIFIED_KEY

from .helpers import text_relations

__all__: list[str] = []

_DATE = "2021-03-08"


def coded(nlp, text):
    """(subject label or None when unnamed, predicate lemma, object label or None, CAMEO code or None, modality)."""
    def label(arg):
        return None if arg.key == UNSPECIFIED_KEY else arg.label
    return {(label(r.subject), r.predicate.lemma, label(r.object), r.event.code if r.event else None, r.modality)
            for r in text_relations(nlp, text, date=_DATE)}


def verb_modality(nlp, text: str, word: str) -> str:
    """The modality :func:`modality_of` gives the first token ``word`` of ``text``."""
    doc = nlp(text)
    token = next(t for t in doc if t.text == word)
    return modality_of(token, get_lexicon())[0]


# --- deadlines and bare clauses -------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Under the agreement, the governor has until October 28 to release the prisoners.",
    "The company has until next Friday to release its plans.",
    "Iran has 30 days to release the sailors.",
    "The court gave the ministry until Monday to release the documents.",
])
def test_a_deadline_infinitive_is_intended(nlp, text):
    assert verb_modality(nlp, text, "release") == "intended"


def test_an_infinitive_of_purpose_after_have_stays_asserted(nlp):
    # no deadline: "had talks to release" is no obligation of a date
    assert verb_modality(nlp, "The governor released the prisoners on Friday.", "released") == "asserted"
    assert verb_modality(nlp, "The governor has released the prisoners since October.", "released") == "asserted"


def test_a_deadline_relation_is_no_event(nlp):
    found = coded(nlp, "Under state law, Republican Mark Dunn, the current governor, has until October 28 to release plans for a special election.")
    releases = [row for row in found if row[1] == "release"]
    assert releases and all(row[4] == "intended" and row[3] is None for row in releases), found


def test_a_bare_clause_under_a_modal_is_hypothetical(nlp):
    found = coded(nlp, "The new treaty could help Germany reassure its allies in Eastern Europe.")
    reassure = [row for row in found if row[1] == "reassure"]
    assert reassure and all(row[4] == "hypothetical" and row[3] is None for row in reassure), found


def test_a_bare_clause_under_a_plain_verb_stays_asserted(nlp):
    found = coded(nlp, "The new treaty helped Germany reassure its allies in Eastern Europe.")
    assert any(row[1] == "reassure" and row[4] == "asserted" for row in found), found


# --- criminal charges -------------------------------------------------------------------------

def charges(found):
    return [row for row in found if row[1] == "charge" and row[3] == "112"]


def test_charges_filed_against_someone_are_a_charge(nlp):
    found = coded(nlp, "Charges were filed against Senator Paul Hartley on Tuesday.")
    assert (None, "charge", "Paul Hartley", "112", "asserted") in found, found


def test_charges_faced_are_a_charge(nlp):
    found = coded(nlp, "The former mayor of Leeds faces charges of fraud and bribery.")
    assert any(row[0] is None and "mayor" in row[2] for row in charges(found)), found


def test_charges_that_may_be_faced_are_no_event(nlp):
    found = coded(nlp, "Senator Paul Hartley could face charges of fraud.")
    assert not charges(found), found
    assert any(row[1] == "charge" and row[4] == "hypothetical" for row in found), found


@pytest.mark.parametrize("text", [
    "She was placed in charge of the investigation.",
    "Senator Paul Hartley took charge of the committee.",
    "The bank faces a charge of $5 on each transfer.",
    "The city installed new charging stations for electric cars.",
    "Prosecutors dropped charges against Senator Paul Hartley.",
    "Charges were filed by prosecutors against Senator Paul Hartley.",
])
def test_other_senses_of_charge_are_no_charge_noun(nlp, text):
    # the last: the verb's own relation names both sides; the noun adds no unnamed one
    assert not [row for row in charges(coded(nlp, text)) if row[0] is None], text


# --- clearing -----------------------------------------------------------------------------------

def test_police_clearing_protesters_disperse_them(nlp):
    found = coded(nlp, "Riot police cleared the protesters from the square using tear gas.")
    assert any(row[1] == "clear" and row[3] == "175" for row in found), found


def test_clearing_a_place_is_no_approval(nlp):
    found = coded(nlp, "Firefighters cleared the area around the station after the blast.")
    assert not any(row[1] == "clear" and row[3] is not None for row in found), found


def test_clearing_a_bill_is_still_an_approval(nlp):
    found = coded(nlp, "The Senate cleared the bill on Tuesday.")
    assert any(row[1] == "clear" and row[3] == "080" for row in found), found


# --- attending ----------------------------------------------------------------------------------

def test_attending_a_trade_show_is_no_visit(nlp):
    for text in ("The governor attended the Consumer Electronics Show in Las Vegas.",
                 "The mayor attended a trade convention in Dallas."):
        found = coded(nlp, text)
        assert not any(row[1] == "attend" and row[3] is not None for row in found), (text, found)


def test_attending_a_conference_is_a_meeting(nlp):
    # CAMEO's "* CONFERENCE [044]": a meeting at a third place
    found = coded(nlp, "The minister attended the Munich Security Conference in February.")
    assert any(row[1] == "attend" and row[3] == "044" for row in found), found


# --- a coordinated infinitive -------------------------------------------------------------------

def test_a_coordinated_infinitive_keeps_its_subject(nlp):
    # "vandalize" is a conjunct of "tear", the infinitive of "started": the rioters do both
    found = coded(nlp, "Rioters started to tear down and vandalize the statue of the general.")
    assert any(row[1] == "vandalize" and row[3] == "145" for row in found), found
    found = coded(nlp, "Soldiers started to surround and shell the village.")
    assert any(row[1] == "shell" and row[3] is not None and row[3][:2] == "19" for row in found), found
