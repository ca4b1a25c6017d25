"""Typed relations that are no events: acts told in the simple present (a habit, a practice, a rule), a
politician's or a campaign's rally, a thing's defects acknowledged, a search of a place carried by a light
verb, a kind of act after "precedent for"; and a person suspended from duty (172). Sentences from
untuned Wikinews articles and invented ones of the same kinds (extract/events/generic_present.py,
extract/events/campaign_rallies.py, extract/relations/acknowledgements.py, extract/events/everyday_senses.py,
extract/events/modality.py)."""

from __future__ import annotations

import pytest

from extract.events.modality import modality_of
from extract.lexicon import get_lexicon

from .helpers import text_relations

_DATE = "2020-10-01"


def _codes(nlp, text, lemma):
    """The event codes (None for no event) and modalities of the relations of predicate ``lemma``."""
    found = [r for r in text_relations(nlp, text, date=_DATE) if r.predicate.lemma == lemma]
    assert found, [r.predicate.lemma for r in text_relations(nlp, text, date=_DATE)]
    return {(r.event.code if r.event else None, r.modality) for r in found}


@pytest.mark.parametrize(
    "text, lemma",
    [
        # a practice or a rule in the simple present: no event happened
        ("Red Hat also sponsors the Fedora operating system.", "sponsor"),
        ("The World Bank funds the Kenyan government every year.", "fund"),
        ("Under the U.S. Constitution, the House of Representatives impeaches the official.", "impeach"),
        ("I do help ex-Muslim men who are thinking about it.", "help"),
    ],
)
def test_material_act_in_the_simple_present_is_no_event(nlp, text, lemma):
    assert _codes(nlp, text, lemma) == {(None, "asserted")}


@pytest.mark.parametrize(
    "text, lemma, root",
    [
        # the same acts in the past, the perfect or the progressive happened
        ("Red Hat sponsored the Fedora operating system in 2004.", "sponsor", "06"),
        ("The World Bank is funding the Kenyan government.", "fund", "06"),
        ("The House of Representatives impeached President Donald Trump in December.", "impeach", "17"),
    ],
)
def test_material_act_in_the_past_keeps_its_event(nlp, text, lemma, root):
    codes = _codes(nlp, text, lemma)
    assert any(code and code.startswith(root) and modality == "asserted" for code, modality in codes), codes


@pytest.mark.parametrize(
    "text",
    [
        "President Donald Trump held a rally in Tulsa, Oklahoma on Saturday.",
        "On Saturday, Donald Trump held a campaign rally in Ohio.",
        "The All Progressives Congress held an election rally in Lagos.",
    ],
)
def test_politician_or_campaign_rally_is_no_protest(nlp, text):
    codes = _codes(nlp, text, "hold")
    assert all(code is None for code, _ in codes), codes


@pytest.mark.parametrize(
    "text",
    [
        "Thousands of people held a rally in Hong Kong against the extradition bill.",
        "Opposition leader Kizza Besigye held a rally in Kampala to demand free elections.",
    ],
)
def test_protest_rally_stays_a_demonstration(nlp, text):
    assert ("141", "asserted") in _codes(nlp, text, "hold")


@pytest.mark.parametrize(
    "text, code",
    [
        # faults of a thing, offered as explanations: a statement, no admission of one's own deed
        ("Miller and Smith both acknowledged faults with the AIS system on-board as possible explanations.", "010"),
        ("The Pentagon acknowledged errors with the targeting software.", "010"),
        ("General Austin acknowledged responsibility for the strike.", "015"),
    ],
)
def test_acknowledged_defect_is_a_statement(nlp, text, code):
    assert {c for c, _ in _codes(nlp, text, "acknowledge")} == {code}


@pytest.mark.parametrize(
    "text",
    [
        "The Chicago Police Department suspended two officers from duty after the incident.",
        "The Chicago Police Department suspended Officer Jason Van Dyke.",
    ],
)
def test_person_suspended_is_an_administrative_sanction(nlp, text):
    assert ("172", "asserted") in _codes(nlp, text, "suspend")


def test_search_of_a_place_through_a_light_verb_is_no_investigation(nlp):
    text = "Singapore, India, and Australia have in the past conducted emergency searches of the Java Sea."
    assert {code for code, _ in _codes(nlp, text, "conduct")} == {None}


@pytest.mark.parametrize(
    "text, word",
    [
        ("There is precedent for the U.S. President mediating international disputes.", "mediating"),
        ("There is a precedent for Britain expelling Russian diplomats.", "expelling"),
    ],
)
def test_precedent_for_an_act_is_hypothetical(nlp, text, word):
    token = next(t for t in nlp(text) if t.text == word)
    assert modality_of(token, get_lexicon()) == ("hypothetical", "precedent for")


def test_precedent_relation_has_no_event_type(nlp):
    codes = _codes(nlp, "There is a precedent for Britain expelling Russian diplomats.", "expel")
    assert codes == {(None, "hypothetical")}


@pytest.mark.parametrize(
    "text, word, modality",
    [
        # a second "that" clause of a verb of claiming is claimed too
        ("US authorities claimed the site was the largest in the world and that twenty victims were rescued.",
         "rescued", "claimed"),
        ("Rebels alleged that the army burned the village and that soldiers killed ten civilians.", "killed", "claimed"),
        # of a verb of saying it stays asserted, as the first clause does
        ("The governor said the army had withdrawn and that the rebels attacked the town.", "attacked", "asserted"),
    ],
)
def test_second_that_clause_shares_the_report(nlp, text, word, modality):
    token = next(t for t in nlp(text) if t.text == word)
    assert modality_of(token, get_lexicon())[0] == modality


@pytest.mark.parametrize(
    "text, code",
    [
        # a history summed up over a stretch of time tells no one event
        ("Over the years, Russia has expelled dozens of British diplomats.", None),
        # a stretch of days, or a reason after "over", is an event's
        ("Over the weekend, Russia expelled two British diplomats.", "174"),
        ("Russia expelled two British diplomats over the spy case.", "174"),
    ],
)
def test_history_over_the_years_is_no_event(nlp, text, code):
    assert {c for c, _ in _codes(nlp, text, "expel")} == {code}
