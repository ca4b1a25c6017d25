"""Events with one side unnamed (issue 11, recall): agentless passives and one-place events.

Invented sentences, the real spaCy pipeline.
"""

from __future__ import annotations

from extract.entities import entities_of
from extract.facts import extract_facts
from extract.relations import relations_of
from extract.relations.implicit import UNSPECIFIED_KEY
from extract.types import Document


def read(nlp, text):
    doc = nlp(text)
    return relations_of(doc, Document(id="d", text=text), entities_of(doc))


def facts(nlp, text, date="2021-03-04"):
    [found] = extract_facts([Document(id="d", text=text, date=date)], nlp=nlp)
    return found


def triples(relations):
    return {(r.subject.key, r.predicate.lemma, r.object.key) for r in relations}


# ---------------------------------------------------------------- agentless passives


def test_agentless_passive_names_its_patient_only(nlp):
    found = facts(nlp, "Four students were arrested in Mombasa on Friday.")
    [rel] = [r for r in found.relations if r.predicate.lemma == "arrest"]
    assert rel.subject.key == UNSPECIFIED_KEY
    assert rel.subject.actor_code is None  # no police of the setting country is invented
    assert rel.subject.text == ""
    assert rel.object.label == "student"
    assert rel.event is not None and rel.event.root == "17"


def test_named_patient_of_an_agentless_passive(nlp):
    found = triples(read(nlp, "The journalist Amina Yusuf was detained at the airport."))
    assert (UNSPECIFIED_KEY, "detain", "amina yusuf") in found


def test_coordinated_passives_share_the_patient(nlp):
    found = triples(read(nlp, "Omar Haddad was arrested in March and jailed for two years."))
    assert (UNSPECIFIED_KEY, "arrest", "omar haddad") in found
    assert (UNSPECIFIED_KEY, "jail", "omar haddad") in found


def test_relative_clause_passive(nlp):
    found = triples(read(nlp, "Lena Vogt, who was detained in Minsk, spoke to reporters."))
    assert (UNSPECIFIED_KEY, "detain", "lena vogt") in found


def test_with_names_no_agent_of_a_non_violent_passive(nlp):
    found = triples(read(nlp, "The suspect was arrested with his brother."))
    assert found == {(UNSPECIFIED_KEY, "arrest", "concept:suspect")}


def test_a_named_agent_is_kept(nlp):
    found = triples(read(nlp, "Omar Haddad was arrested by Egyptian police on Sunday."))
    assert not any(s == UNSPECIFIED_KEY for s, _p, _o in found)


def test_passives_that_report_no_event_give_nothing(nlp):
    for text in ("The decision was seen as a setback by few.", "It was reported that the vote was close.",
                 "Omar Haddad was expected to win the vote.", "The ministers were met with applause."):
        found = read(nlp, text)
        assert not any(r.subject.key == UNSPECIFIED_KEY for r in found), text


# ---------------------------------------------------------------- one-place events


def test_statement_with_a_clause_has_no_target(nlp):
    found = facts(nlp, "The Kenyan government announced that the border would reopen.")
    [rel] = [r for r in found.relations if r.predicate.lemma == "announce"]
    assert rel.object.key == UNSPECIFIED_KEY
    assert rel.subject.actor_code == "KENGOV"
    assert rel.event is not None and rel.event.root == "01"


def test_intransitive_withdrawal(nlp):
    found = triples(read(nlp, "Turkish troops withdrew on Tuesday."))
    assert ("turkey", "withdraw", UNSPECIFIED_KEY) in found or any(
        p == "withdraw" and o == UNSPECIFIED_KEY for _s, p, o in found)


def test_verbs_whose_sense_needs_an_object_give_nothing(nlp):
    for text in ("Maria Costa travelled on Monday.", "Maria Costa served for eight years.",
                 "Maria Costa considered that the plan was fair."):
        found = read(nlp, text)
        assert not any(r.object.key == UNSPECIFIED_KEY for r in found), text


def test_a_named_target_wins_over_the_unspecified_one(nlp):
    found = triples(read(nlp, "Protesters rallied in Nairobi on Sunday."))
    assert not any(o == UNSPECIFIED_KEY for _s, _p, o in found)


def test_plain_concept_subject_gives_no_one_place_event(nlp):
    found = read(nlp, "The rain announced that winter had come.")
    assert not any(r.object.key == UNSPECIFIED_KEY for r in found)


# ---------------------------------------------------------------- nominal events with no agent


def test_agentless_event_noun_names_its_patient(nlp):
    found = triples(read(nlp, "Amnesty condemned the abduction of Lena Vogt."))
    assert (UNSPECIFIED_KEY, "abduct", "lena vogt") in found


def test_of_of_a_one_place_noun_is_no_patient(nlp):
    found = read(nlp, "The withdrawal of Russia was welcomed.")
    assert not any(r.subject.key == UNSPECIFIED_KEY and r.object.key == "russia" for r in found)


def test_a_named_agent_of_an_event_noun_is_not_unspecified(nlp):
    found = triples(read(nlp, "The abduction of Lena Vogt by Boko Haram shocked Nigeria."))
    assert ("boko haram", "abduct", "lena vogt") in found
    assert (UNSPECIFIED_KEY, "abduct", "lena vogt") not in found


# ---------------------------------------------------------------- conjoined verbs


def test_passive_conjunct_after_an_active_verb(nlp):
    found = triples(read(nlp, "Omar Haddad led the protest and was detained on Friday."))
    assert (UNSPECIFIED_KEY, "detain", "omar haddad") in found
    # he did not detain anyone
    assert not any(s == "omar haddad" and p == "detain" for s, p, _o in found)


def test_active_conjuncts_share_the_subject(nlp):
    found = triples(read(nlp, "Egyptian police arrested Omar Haddad and charged him."))
    assert ("egypt", "arrest", "omar haddad") in found or any(
        p == "arrest" and o == "omar haddad" and s != UNSPECIFIED_KEY for s, p, o in found)
    assert not any(s == UNSPECIFIED_KEY for s, _p, _o in found)


def test_a_thing_released_is_no_event_between_actors(nlp):
    for text in ("The documentary was released on Friday.", "The samples were contaminated in the laboratory."):
        assert not any(r.subject.key == UNSPECIFIED_KEY for r in read(nlp, text)), text


def test_a_thing_may_be_seized_or_rejected(nlp):
    found = triples(read(nlp, "The ship was seized in the Gulf of Oman."))
    assert any(s == UNSPECIFIED_KEY and p == "seize" for s, p, _o in found)
