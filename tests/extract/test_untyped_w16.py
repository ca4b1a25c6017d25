"""Actor-to-actor relations the verb layer left untyped, and look-alikes that stay as they were.

- the other side of a tie: "cut ties with Colombia" is done to Colombia (CAMEO "* RELATIONS WITH +");
- a verb listed in several CAMEO blocks keeps the patterns written for it in each ("SEVER" is a
  synonym of SEPARATE and has its own block with "* DIPLOMATIC TIES [161]");
- a verb that strikes and criticises, with an "as" phrase that says what its object is, is criticism
  ("BLAST * AS FARCICAL [111]"); a verb of force with "as part of" or "as a warning" keeps its force;
- pressing an actor to act is a demand ("PRESSURE * + TO RECOGNISE [100]");
- insulting an actor is criticism (111).
Every sentence is invented for the test.
"""

from __future__ import annotations

from extract.lexicon import get_lexicon
from extract.lexicon.cameo_verbs import parse_verb_patterns

from .helpers import document_facts


def _events(nlp, text: str) -> dict[tuple[str, str], str | None]:
    facts = document_facts(nlp, text, date="2020-03-02")
    return {(r.subject.text, r.object.text): (r.event.code if r.event else None)
            for r in facts.relations if r.predicate.lemma != "located in"}


def _root(events, subject: str, obj: str) -> str | None:
    codes = [code for (s, o), code in events.items() if subject in s and obj in o]
    return codes[0][:2] if codes and codes[0] else None


def test_cutting_ties_with_a_country_is_done_to_that_country(nlp):
    events = _events(nlp, "Venezuela cut ties with Colombia on Saturday.")
    assert _root(events, "Venezuela", "Colombia") == "16"
    assert not any(o == "ties" for _s, o in events)


def test_severing_diplomatic_ties_is_breaking_relations(nlp):
    events = _events(nlp, "Bahrain severed diplomatic ties with Qatar in 2017.")
    assert events.get(("Bahrain", "Qatar")) == "161"


def test_ties_with_no_act_and_no_actor_give_no_target(nlp):
    assert _root(_events(nlp, "Poland has close ties with Ukraine."), "Poland", "Ukraine") is None
    assert _root(_events(nlp, "The singer cut ties with the past in 2019."), "singer", "past") is None


def test_a_verb_in_two_blocks_keeps_the_patterns_of_both():
    table = parse_verb_patterns("""--- SEPARATE [---] ---
SPLIT
SEVER

--- SEVER [---] ---
SEVER
- * RELATIONS [161]  # SEVER
""")
    assert table.code_for("sever", {"relations"}) == (True, "161")
    assert table.code_for("split", {"relations"}) == (False, None)


def test_the_shipped_dictionary_codes_severed_relations():
    assert get_lexicon().cameo.patterns.code_for("sever", {"diplomatic", "ties"}) == (True, "161")


def test_blasting_a_politician_as_something_is_criticism(nlp):
    events = _events(nlp, "Ugandan opposition leader Bobi Wine blasted President Museveni as a dictator.")
    assert _root(events, "Wine", "Museveni") == "11"


def test_shelling_a_town_as_part_of_an_offensive_is_force(nlp):
    events = _events(nlp, "Syrian government forces shelled the town as part of an offensive against the rebels.")
    assert _root(events, "forces", "town") == "19"
    events = _events(nlp, "Russian forces shelled the village as a warning to the rebels.")
    assert _root(events, "forces", "village") == "19"


def test_pressing_a_country_to_act_is_a_demand(nlp):
    events = _events(nlp, "European leaders pressured Hungary to drop the law.")
    assert _root(events, "leaders", "Hungary") == "10"


def test_pressure_with_no_act_asked_is_no_event(nlp):
    assert _root(_events(nlp, "The crowd pressured the referee throughout the match."), "crowd", "referee") is None


def test_insulting_an_actor_is_criticism(nlp):
    events = _events(nlp, "The Kremlin insulted the Estonian prime minister in a statement.")
    assert _root(events, "Kremlin", "minister") == "11"
