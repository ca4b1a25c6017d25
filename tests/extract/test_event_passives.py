"""Events whose doer is unnamed, read off a reduced passive or a possessive (issue 11, recall).

Invented sentences, the real spaCy pipeline. The unnamed side is the one
``concept:unspecified``: the relation keeps its CAMEO code in the extraction
and is no graph edge.
"""

from __future__ import annotations

from extract.facts import extract_facts
from extract.quality import is_edge
from extract.relations.implicit import UNSPECIFIED_KEY
from extract.types import Document


def relations(nlp, text):
    [found] = extract_facts([Document(id="d", text=text, date="2021-03-04")], nlp=nlp)
    return found.relations


def done_to(rels, lemma):
    """The labels of whom an event with an unnamed doer was done to, by predicate lemma."""
    return {r.object.label for r in rels if r.subject.key == UNSPECIFIED_KEY and r.predicate.lemma == lemma}


def root_of(rels, lemma):
    return {r.event.root for r in rels if r.predicate.lemma == lemma and r.event is not None}


# ---------------------------------------------------------------- reduced passives


def test_participle_after_its_noun_names_the_patient(nlp):
    rels = relations(nlp, "Police freed 40 students arrested during the protests.")
    assert done_to(rels, "arrest") == {"student"}
    assert root_of(rels, "arrest") == {"17"}
    assert not any(is_edge(r) for r in rels if r.subject.key == UNSPECIFIED_KEY)


def test_trailing_participle_after_a_comma_takes_the_clause_subject(nlp):
    rels = relations(nlp, "Omar Haddad appeared in court on Monday, charged with murder.")
    assert done_to(rels, "charge") == {"Omar Haddad"}


def test_passive_gerund_after_a_preposition_takes_the_clause_subject(nlp):
    rels = relations(nlp, "Lena Vogt left Belarus after being released from prison.")
    assert done_to(rels, "release") == {"Lena Vogt"}
    assert root_of(rels, "release") == {"08"}


def test_a_participle_with_its_agent_keeps_the_agent_as_source(nlp):
    rels = relations(nlp, "Lena Vogt was arrested by Belarusian police in Minsk.")
    [rel] = [r for r in rels if r.predicate.lemma == "arrest"]
    assert (rel.subject.actor_code, rel.object.label) == ("BLRCOP", "Lena Vogt")
    assert rel.event is not None and rel.event.root == "17"


def test_participle_of_a_thing_or_of_cooperation_is_no_event_done_to_anyone(nlp):
    assert done_to(relations(nlp, "The report released last week drew criticism."), "release") == set()
    assert done_to(relations(nlp, "Armed with knives, two men attacked the guards."), "arm") == set()


# ---------------------------------------------------------------- "had her home searched"


def test_have_with_a_participle_of_a_thing_names_its_owner_the_patient(nlp):
    rels = relations(nlp, "Amina Yusuf had her home searched on Friday.")
    assert done_to(rels, "search") == {"Amina Yusuf"}
    assert root_of(rels, "search") == {"09"}


def test_have_with_a_repair_is_no_event(nlp):
    assert not any(r.subject.key == UNSPECIFIED_KEY for r in relations(nlp, "The mayor had the road repaired."))


# ---------------------------------------------------------------- possessed event nouns


def test_possessive_of_an_arrest_underwent_it(nlp):
    rels = relations(nlp, "Omar Haddad joined a protest in May, which resulted in his arrest.")
    assert done_to(rels, "arrest") == {"Omar Haddad"}
    assert root_of(rels, "arrest") == {"17"}


def test_possessive_of_a_resignation_did_it(nlp):
    rels = relations(nlp, "Karl Brandt announced his resignation on Monday.")
    assert {(r.subject.label, r.object.key) for r in rels if r.predicate.lemma == "resign"} == {
        ("Karl Brandt", UNSPECIFIED_KEY)}


def test_a_demanded_arrest_has_not_happened(nlp):
    rels = relations(nlp, "Human rights groups called for Omar Haddad's arrest.")
    assert done_to(rels, "arrest") == set()
    rels = relations(nlp, "A court ordered Omar Haddad's arrest on Monday.")
    assert done_to(rels, "arrest") == set()


def test_an_of_phrase_leaves_the_possessive_to_the_event_noun_rules(nlp):
    rels = relations(nlp, "Turkey's expulsion of the diplomats angered Berlin.")
    assert done_to(rels, "expel") == set()  # Turkey expelled; it was not expelled


def test_a_release_from_hospital_is_no_release_from_custody(nlp):
    rels = relations(nlp, "Lena Vogt left Berlin after being released from hospital.")
    assert done_to(rels, "release") == set()


def test_the_participle_modifies_the_nearest_conjunct(nlp):
    rels = relations(nlp, "The stampede resulted in at least 56 deaths and over 200 people injured.")
    assert done_to(rels, "injure") == {"people"}


# ---------------------------------------------------------------- one-place events of a counted actor


def test_thousands_of_protesters_march_with_no_target_named(nlp):
    rels = relations(nlp, "Thousands of protesters marched from Hyde Park Corner to Parliament.")
    [rel] = [r for r in rels if r.predicate.lemma == "march"]
    assert (rel.subject.label, rel.object.key) == ("protester", UNSPECIFIED_KEY)
    assert rel.event is not None and rel.event.root == "14"
    assert not is_edge(rel)
