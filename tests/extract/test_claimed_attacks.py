"""Claims of responsibility, and the Islamic State by name.

- "The Taliban claimed the attack": a group claiming a violent act claims responsibility (CAMEO 015),
  not a plain statement (010).
- "The attack, claimed by the Islamic State group, killed 12 soldiers": the claimant is the source of
  the act, as of "carried out by".
- The tagger reads "Islamic" of "Islamic State" as a people's word and leaves "State" untagged; the
  shipped table of known organisations names the group, and the run opened by the people's word is
  read as its name (typed ORG, coded by the actor dictionaries).
- "The" opens a few stage names in the knowledge base ("The Edge") and is no given name.

Every sentence is invented for the test.
"""

from __future__ import annotations

from .helpers import document_facts, relations_named


def test_claiming_an_attack_is_claiming_responsibility(nlp):
    facts = document_facts(nlp, "The Taliban claimed the attack.", date="2019-06-01")
    (claim, *_) = relations_named(facts, "claim")
    assert claim.event is not None and claim.event.code == "015"


def test_claiming_a_title_is_no_responsibility(nlp):
    facts = document_facts(nlp, "The Taliban claimed the title of the movement's founder.", date="2019-06-01")
    assert all(r.event is None or r.event.code != "015" for r in facts.relations)


def test_the_claimant_of_an_attack_is_its_source(nlp):
    facts = document_facts(nlp, "The attack, claimed by the Taliban, killed 12 Afghan soldiers.", date="2019-06-01")
    (kill, *_) = relations_named(facts, "kill")
    assert kill.subject is not None and kill.subject.text == "Taliban"


def test_a_relative_clause_claim_names_the_source(nlp):
    facts = document_facts(nlp, "The bombing, which was claimed by Hamas, killed 20 people.", date="2019-06-01")
    (kill, *_) = relations_named(facts, "kill")
    assert kill.subject is not None and kill.subject.text == "Hamas"


def test_islamic_state_is_one_organisation(nlp):
    facts = document_facts(nlp, "Islamic State claimed responsibility for the attack.", date="2019-06-01")
    labels = {(e.label, e.type) for e in facts.entities}
    assert ("Islamic State", "ORG") in labels
    assert not any(e.label == "Islamic" for e in facts.entities)
    (claim, *_) = relations_named(facts, "claim")
    assert claim.subject.actor_code and claim.subject.actor_code.startswith("IMG")


def test_a_peoples_word_alone_stays_a_people(nlp):
    facts = document_facts(nlp, "Islamic leaders met in Mecca on Friday.", date="2019-06-01")
    assert not any(e.type == "ORG" and e.label.startswith("Islamic") for e in facts.entities)


def test_the_is_no_given_name():
    from extract.entity_context import is_given_name
    from extract.lexicon import get_lexicon

    lexicon = get_lexicon()
    assert not is_given_name("The", lexicon=lexicon)
    assert is_given_name("Paul", lexicon=lexicon)
