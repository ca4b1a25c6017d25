"""Verbs of force and seizure whose object is an occasion, a prize, talk or a problem.

Invented sentences. Expected values come from the CAMEO codebook: its material acts (17-20) are
done to actors or their property; seizing a moment or the initiative, hijacking a debate, fighting
back tears, storming to victory, hammering home a message or attacking a problem reports no seizure,
assault or force. Seizures of property, arrests and attacks on actors stay.
"""

from __future__ import annotations

import pytest

_MATERIAL = ("17", "18", "19", "20")


def _typed(nlp, text: str, lemma: str) -> list[str]:
    """The event codes of the relations of ``lemma`` in ``text``."""
    from extract.facts import extract_facts
    from extract.types import Document

    facts = next(iter(extract_facts([Document(id="t", text=text, date="2021-03-01")], nlp=nlp)))
    return [r.event.code for r in facts.relations if r.predicate.lemma == lemma and r.event is not None]


@pytest.mark.parametrize(("text", "lemma"), [
    ("The prime minister seized the moment.", "seize"),
    ("The Conservatives seized the initiative after the vote.", "seize"),
    ("Protesters hijacked the debate.", "hijack"),
    ("The minister fought back tears as she spoke.", "fight back"),
    ("The party stormed to victory in Bavaria.", "storm"),
    ("The minister attacked the problem with energy.", "attack"),
])
def test_occasions_prizes_and_problems_are_no_material_act(nlp, text, lemma):
    assert not [c for c in _typed(nlp, text, lemma) if c[:2] in _MATERIAL]


@pytest.mark.parametrize(("text", "lemma", "root"), [
    ("The rebels seized the airport.", "seize", "19"),
    ("Police seized the documents.", "seize", "17"),
    ("Police arrested the protesters.", "arrest", "17"),
    ("Gunmen attacked a village in Borno.", "attack", "19"),
])
def test_seizures_arrests_and_attacks_on_actors_stay(nlp, text, lemma, root):
    assert root in [c[:2] for c in _typed(nlp, text, lemma)]


def test_an_armed_source_keeps_its_force(nlp):
    # soldiers' force is force wherever it is used: the figure rule asks no more of it
    assert [c for c in _typed(nlp, "Soldiers stormed to the building and attacked the guards.", "attack")
            if c[:2] in _MATERIAL]


def test_outcome_phrases_are_the_verbs_to_phrases(nlp):
    from extract.events.figures import _driven_home, _outcomes

    doc = nlp("The senator shot to fame after the hearing.")
    assert [t.lower_ for t in _outcomes(doc[2])] == ["fame"]
    doc = nlp("The campaign hammered home its message.")
    assert _driven_home(doc[2])
    doc = nlp("The soldiers went home.")
    assert not _driven_home(doc[2])


@pytest.mark.parametrize(("text", "lemma"), [
    ("Apple crushed its rivals in the smartphone market.", "crush"),
    ("Samsung destroyed its competitors last year.", "destroy"),
])
def test_a_business_crushing_its_rivals_is_no_force(nlp, text, lemma):
    assert not [c for c in _typed(nlp, text, lemma) if c[:2] in _MATERIAL]


def test_a_business_attacking_a_business_is_criticism(nlp):
    assert _typed(nlp, "Boeing attacked Airbus at the trade show.", "attack") == ["111"]


@pytest.mark.parametrize(("text", "lemma"), [
    ("Exxon attacked the protesters with dogs.", "attack"),
    ("Houthi rebels attacked an Aramco facility.", "attack"),
])
def test_force_by_or_against_other_actors_stays(nlp, text, lemma):
    assert [c for c in _typed(nlp, text, lemma) if c[:2] in ("18", "19", "20")]


def test_business_codes():
    from extract.events.business_rivals import business_code

    assert business_code("USABUS") and business_code("MNCKOR")
    assert not business_code("USAGOV") and not business_code("YEMREB") and not business_code(None)


@pytest.mark.parametrize(("text", "lemma"), [
    ("Biden protested that he had never met the man.", "protest"),
    ("The lawyer protested the judge's ruling.", "protest"),
])
def test_one_persons_objection_is_disapproval(nlp, text, lemma):
    # CAMEO's verb dictionary files PROTEST under VERBAL_CONFLICT, 110
    assert _typed(nlp, text, lemma) == ["110"]


@pytest.mark.parametrize(("text", "lemma"), [
    ("Protesters gathered to protest the verdict.", "protest"),
    ("The union protested the new law.", "protest"),
])
def test_crowds_and_protests_of_laws_stay_dissent(nlp, text, lemma):
    codes = _typed(nlp, text, lemma)
    assert codes and all(c.startswith("14") for c in codes)


@pytest.mark.parametrize(("text", "lemma"), [
    ("Protesters surrounded the parliament building on Monday.", "surround"),
    ("A group of protesters surrounded Senator Ted Cruz at a restaurant.", "surround"),
    ("Demonstrators encircled the presidential palace.", "encircle"),
])
def test_protesters_closing_round_is_obstruction(nlp, text, lemma):
    # CAMEO's "PROTESTOR * + [144]": protesters who block a place or a person, no military force
    assert _typed(nlp, text, lemma) == ["144"]


@pytest.mark.parametrize("text", ["Troops surrounded the town of Idlib.", "Police surrounded the attacker in the church."])
def test_forces_surrounding_keep_force(nlp, text):
    assert [c for c in _typed(nlp, text, "surround") if c.startswith("19")]


def test_a_politicians_attack_on_a_rival_in_a_debate_is_criticism(nlp):
    assert _typed(nlp, "Biden's attack on Trump during the debate drew applause.", "attack") == ["111"]


@pytest.mark.parametrize("text", [
    "Putin's attack on Ukraine began in February.",
    "Erdogan's attack on the Kurds drew criticism.",
    "Hamas's attack on Israel began at dawn.",
])
def test_attacks_on_states_and_peoples_stay_force(nlp, text):
    assert [c for c in _typed(nlp, text, "attack") if c[:2] in ("18", "19", "20")]



@pytest.mark.parametrize(("text", "lemma"), [
    ("The government seized the land titles of 200 farmers.", "seize"),
    ("Police seized the property titles of the Smith family.", "seize"),
])
def test_titles_held_as_property_stay_seizure(nlp, text, lemma):
    # a title that is a right to land or property is property taken, not a prize won
    assert "17" in [c[:2] for c in _typed(nlp, text, lemma)]


def test_a_prize_title_is_no_seizure(nlp):
    assert not [c for c in _typed(nlp, "The Conservatives seized the title in the league.", "seize")
                if c[:2] in _MATERIAL]
