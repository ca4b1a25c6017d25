"""Event codes from the verb's sense, not the verb alone: phrasal rows, ended measures, beliefs, topics.

Invented sentences, the real spaCy pipeline; the expected codes are what a reader says of each sentence.
"""

from __future__ import annotations

import pytest

from extract.facts import extract_facts
from extract.types import Document


def _relations(nlp, text):
    [found] = extract_facts([Document(id="d", text=text, date="2021-03-04")], nlp=nlp)
    return found.relations


def _codes(nlp, text, lemma):
    """{object key: event code or None} of the relations of predicate ``lemma``."""
    return {r.object.key: (r.event.code if r.event else None) for r in _relations(nlp, text) if r.predicate.lemma == lemma}


def _all_codes(nlp, text):
    return {(r.predicate.lemma, r.object.key): (r.event.code if r.event else None) for r in _relations(nlp, text)}


# --- a phrasal verb's row beats a pattern of its particle alone -----------------------------------------------


@pytest.mark.parametrize("text", [
    "Canadian diplomats reached out to Mexican officials last week.",
    "The French government reached out to the German government on Tuesday.",
])
def test_reaching_out_is_contact(nlp, text):
    codes = _codes(nlp, text, "reach out")
    assert codes and set(codes.values()) == {"040"}, codes


def test_particle_pattern_with_more_words_stands(nlp):
    # "took over the town" is CAMEO's TAKE * OVER pattern of seizure, and "take over" has no hand row
    codes = _all_codes(nlp, "Rebel fighters took over the town of Kafr Nabl.")
    assert "040" not in codes.values(), codes


# --- a measure ended is no measure --------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "noun"), [
    ("Japan withdrew its sanctions on North Korea.", "sanction"),
    ("Saudi Arabia ended its embargo on Qatar in January.", "embargo"),
    ("Egypt revoked the ban on the opposition party.", "ban"),
    ("The talks led to the lifting of sanctions on Cuba.", "sanction"),
])
def test_ended_measure_has_no_conflict_code(nlp, text, noun):
    codes = {k: c for (lemma, k), c in _all_codes(nlp, text).items() if lemma == noun}
    assert all(c is None or c[:2] not in {"16", "17", "19"} for c in codes.values()), codes


def test_measure_kept_keeps_its_code(nlp):
    # continuing a blockade is no end of it: the blockade is still a blockade
    codes = {k: c for (lemma, k), c in _all_codes(nlp, "The navy continued its blockade of Yemen.").items() if lemma == "blockade"}
    assert codes and set(codes.values()) == {"191"}, codes


def test_violence_called_to_an_end_keeps_its_code(nlp):
    # the bombing went on when the end of it was asked for: it is still a use of force
    codes = {k: c for (lemma, k), c in _all_codes(nlp, "Turkey called for an end to the bombing of Idlib.").items()
             if lemma == "bomb"}
    assert codes and all(c and c[:2] in {"18", "19"} for c in codes.values()), codes


def test_imposed_sanctions_stay_sanctions(nlp):
    codes = _all_codes(nlp, "Japan imposed sanctions on North Korea.")
    assert any(c and c.startswith("16") for c in codes.values()), codes


def test_lifting_sanctions_is_easing(nlp):
    # CAMEO 085: ease economic sanctions; the verb keeps the easing, no imposition is read
    codes = _all_codes(nlp, "Canada lifted sanctions on Cuba.")
    assert "085" in codes.values() and not any(c and c.startswith("16") for c in codes.values()), codes


# --- a belief is no target of force -------------------------------------------------------------------------


def test_attack_on_a_faith_is_no_force(nlp):
    codes = {k: c for (lemma, k), c in _all_codes(nlp, "The imam condemned the attack on Judaism.").items()
             if lemma == "attack"}
    assert codes and all(c is None or c[:2] not in {"18", "19", "20"} for c in codes.values()), codes


def test_attacking_a_faith_in_words_is_criticism(nlp):
    codes = _codes(nlp, "The militant group attacked Hinduism in a video.", "attack")
    assert codes and set(codes.values()) == {"111"}, codes


def test_attacking_believers_is_force(nlp):
    # the believers are people: force against them is force
    codes = _codes(nlp, "Gunmen attacked Hindus in the village.", "attack")
    assert codes and all(c and c[:2] in {"18", "19"} for c in codes.values()), codes


# --- a topic discussed is no partner ----------------------------------------------------------------------


def test_topic_discussed_has_no_consultation(nlp):
    codes = _codes(nlp, "The finance ministers discussed inflation with Brazilian officials.", "discuss")
    topics = [k for k in codes if "inflation" in k]
    assert topics and all(codes[k] is None for k in topics), codes


def test_partner_of_discussion_keeps_consultation(nlp):
    codes = _codes(nlp, "Scholz discussed energy prices with Macron.", "discuss")
    assert "macron" in codes and codes["macron"] is not None and codes["macron"].startswith("04"), codes


def test_discussing_a_country_keeps_consultation(nlp):
    # a country can act: "discussed Iran" may be a party to the talks
    codes = _codes(nlp, "The foreign ministers discussed Venezuela.", "discuss")
    assert codes.get("venezuela", "") and codes["venezuela"].startswith("04"), codes


# --- a light verb's object with its adjective ---------------------------------------------------------------


def test_issuing_an_executive_order_is_no_demand(nlp):
    codes = _all_codes(nlp, "The governor issued an executive order on masks.")
    assert not any(c and c.startswith("10") for c in codes.values()), codes


# --- verbs of no event, and statements -----------------------------------------------------------------------


def test_reasserting_is_a_statement(nlp):
    codes = _codes(nlp, "China reasserted its claim to the reef.", "reassert")
    assert codes and set(codes.values()) == {"010"}, codes


@pytest.mark.parametrize(("text", "lemma"), [
    ("Kenya awaits a decision from the court.", "await"),
    # one person stirring another is no praise between actors
    ("Mandela inspired Obama.", "inspire"),
])
def test_verbs_of_no_event(nlp, text, lemma):
    codes = _all_codes(nlp, text)
    assert all(c is None for (found, _), c in codes.items() if found == lemma), codes


def test_every_topic_of_a_list_has_no_consultation(nlp):
    # a corpus sentence: the topics are talked about with Wikinews, the only partner
    codes = _codes(nlp, "With Wikinews, Jephcott discussed climate change, COVID-19, water security, and foreign ownership.",
                   "discuss")
    topics = [k for k in codes if k.startswith("concept:")]
    assert len(topics) >= 2 and all(codes[k] is None for k in topics), codes
