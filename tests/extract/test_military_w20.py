"""Military and security events (extract.relations.mutual_acts, extract.relations.territories,
extract.events.weapon_tests, the CAMEO pattern flag ``mutual``).

Expected values come from the text and the CAMEO verb patterns: an exchange of fire is each side's fire on the
other ("* FIRE [193:193]  # EXCHANGE"), so both directions are coded; a force entering a state's waters or
violating its airspace acts on that state ("&MILITARY * + [192]" ENTER, "* + AIRSPACE [150]" VIOLATE); a weapon
test is a show of force ("TEST * &WEAPON [150]  # FIRE"). Look-alikes: views exchanged, fishermen in foreign
waters, a test for a virus.
"""

from __future__ import annotations

import pytest
from spacy.tokens import Doc, Span

from extract.lexicon import get_lexicon
from extract.lexicon.cameo_verbs import parse_verb_patterns
from extract.relations.mutual_acts import fought_both_ways
from extract.relations.territories import owned_territory
from extract.types import Document


def _relations(nlp, text):
    from extract.facts import extract_facts

    facts = next(iter(extract_facts([Document(id="t", text=text, date="2021-03-01")], nlp=nlp)))
    return [r for r in facts.relations if r.predicate.lemma != "located in"]


def _coded(nlp, text):
    """(subject code, object code, event code) of each asserted relation with an event."""
    return {(r.subject.actor_code, r.object.actor_code, r.event.code) for r in _relations(nlp, text)
            if r.event is not None and r.modality == "asserted"}


_TABLE = """--- TRADE [060] ---
EXCHANGE
- * FIRE [193:193]  # EXCHANGE
- % * PRISONERS [0841:0841]  # EXCHANGE
- * SHOTS AT + [193]  # EXCHANGE
- POLICE * WITH PROTESTERS [175:145]  # EXCHANGE
"""


def test_a_code_written_alike_for_both_sides_is_mutual():
    table = parse_verb_patterns(_TABLE)
    assert table.fitted("exchange", {"fire"}).mutual
    assert table.fitted("exchange", {"prisoners"}).mutual
    assert not table.fitted("exchange", {"shots", "at"}).mutual


def test_only_fighting_done_both_ways_counts():
    table = parse_verb_patterns(_TABLE)
    assert fought_both_ways(table.fitted("exchange", {"fire"}))
    assert not fought_both_ways(table.fitted("exchange", {"prisoners"}))  # 0841: no fight
    assert not fought_both_ways(None)


def test_a_coordinated_pair_exchanging_fire_is_coded_both_ways(nlp):
    coded = _coded(nlp, "Thai and Cambodian soldiers exchanged fire near the disputed temple on Monday.")
    assert ("THAMIL", "KHMMIL", "193") in coded
    assert ("KHMMIL", "THAMIL", "193") in coded


def test_fire_exchanged_with_a_partner_is_coded_both_ways(nlp):
    coded = _coded(nlp, "Egyptian soldiers exchanged fire with Libyan troops near the desert crossing.")
    assert ("EGYMIL", "LBYMIL", "193") in coded
    assert ("LBYMIL", "EGYMIL", "193") in coded


def test_views_exchanged_are_no_fire(nlp):
    coded = _coded(nlp, "Thai and Cambodian diplomats exchanged views on the temple dispute on Monday.")
    assert not any(code.startswith("19") for _, _, code in coded)


def test_a_warship_entering_a_states_waters_acts_on_that_state(nlp):
    assert ("RUSMIL", "NOR", "192") in _coded(nlp, "Russian warships entered Norwegian waters in the Barents Sea.")


def test_troops_on_a_states_soil_act_on_that_state(nlp):
    assert ("IRNMIL", "IRQ", "192") in _coded(nlp, "Iranian troops entered Iraqi territory near Penjwen on Friday.")


def test_a_violation_of_airspace_is_a_show_of_force_on_its_owner(nlp):
    assert ("CHNMIL", "KOR", "150") in _coded(nlp, "Chinese military aircraft violated South Korean airspace on Tuesday.")


def test_fishermen_in_foreign_waters_are_no_incursion(nlp):
    assert not any(r.predicate.lemma == "enter" for r in _relations(
        nlp, "Vietnamese fishermen entered Chinese waters near the Paracel islands."))


def test_a_ceasefire_violated_by_a_force_is_coded(nlp):
    assert ("ARMMIL", None, "196") in _coded(nlp, "Armenian forces violated the ceasefire near the village of Talish.")


def test_a_hyphened_test_launch_is_a_show_of_force(nlp):
    assert ("IRN", "150") in {(s, c) for s, _, c in _coded(
        nlp, "Iran test-launched a ballistic missile from a site in Semnan province.")}


def test_a_tested_missile_is_a_show_of_force(nlp):
    assert ("PAK", "150") in {(s, c) for s, _, c in _coded(
        nlp, "Pakistan tested a new cruise missile on Wednesday, the army said.")}


def test_testing_positive_is_no_weapon_test(nlp):
    assert not any(code == "150" for _, _, code in _coded(
        nlp, "The Indian defence minister tested positive for the virus on Friday."))


@pytest.mark.parametrize("words, deps, heads, ent, owned", [
    (["Japanese", "waters"], ["amod", "ROOT"], [1, 1], ("NORP", 0, 1), True),
    (["Japan", "'s", "airspace"], ["poss", "case", "ROOT"], [2, 0, 2], ("GPE", 0, 1), True),
    (["the", "territory", "of", "Ukraine"], ["det", "ROOT", "prep", "pobj"], [1, 1, 1, 2], ("GPE", 3, 4), True),
    (["deep", "waters"], ["amod", "ROOT"], [1, 1], None, False),
    (["Japanese", "ports"], ["amod", "ROOT"], [1, 1], ("NORP", 0, 1), False),
])
def test_owned_territory_on_hand_built_parses(nlp, words, deps, heads, ent, owned):
    pos = ["PROPN" if w[0].isupper() else "NOUN" if d in ("ROOT", "pobj") else "ADP" if d == "prep" else "X"
           for w, d in zip(words, deps)]
    doc = Doc(nlp.vocab, words=words, deps=deps, heads=heads, pos=pos, lemmas=[w.lower() for w in words])
    if ent is not None:
        doc.ents = [Span(doc, ent[1], ent[2], label=ent[0])]
    root = next(t for t in doc if t.dep_ == "ROOT")
    assert owned_territory(root, get_lexicon()) is owned


def test_a_compound_armed_source_is_no_single_force():
    from extract.events.borrowed_patterns import force_source_patterns

    patterns, _, heads = force_source_patterns()
    # "% &MILITARY * EXERCISES [062:062]  # STAGE": two armies' joint exercises, not one army's
    assert patterns.fitted("stage", {"exercises"}) is None
    assert "warships" in heads


def test_a_space_rocket_tested_is_no_weapon_test(nlp):
    assert not any(code == "150" for _, _, code in _coded(
        nlp, "Last year, Blue Origin tested its New Glenn rocket at a site in Texas."))


def test_thousands_of_troops_deployed_are_a_mobilisation_not_military_aid(nlp):
    coded = _coded(nlp, "Belarus deployed thousands of troops along its western frontier last week.")
    assert not any(code.startswith("07") for _, _, code in coded)
    assert ("BLR", "MIL", "154") in coded


def test_fire_at_a_countrys_positions_targets_that_country(nlp):
    assert ("PSEREBHMS", "ISR", "194") in _coded(nlp, "Hamas fired rockets at Israeli positions east of Gaza City.")


def test_fire_opened_on_a_states_posts_targets_that_state(nlp):
    coded = _coded(nlp, "Indian troops opened fire on Chinese posts in the Galwan valley on Monday.")
    assert any(s == "INDMIL" and o == "CHN" and c.startswith("19") for s, o, c in coded)


def test_a_sporting_goal_is_no_owned_place(nlp):
    assert not any(code.startswith("19") for _, _, code in _coded(
        nlp, "The striker fired shots at the Liverpool goal in the second half."))
