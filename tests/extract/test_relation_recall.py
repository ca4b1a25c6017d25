"""Relations for event verbs that got none (issue 11, recall): a pronoun that takes a group whole, "one of X,
NAME", an accusation whose accused is its clause's subject, an actor noun's event on an actor noun after a
preposition, a light participle's agent.

Invented sentences, the real spaCy pipeline.
"""

from __future__ import annotations

from extract.relations.implicit import UNSPECIFIED_KEY

from .helpers import find, text_relations

_DATE = "2021-05-06"


def relations(nlp, text):
    return text_relations(nlp, text, date=_DATE)


def test_both_of_a_group_is_the_group(nlp):
    found = relations(nlp, "A Kenyan court acquitted both of the defendants on Friday.")
    [rel] = find(found, "court", "acquit", "defendants")
    assert rel.event is not None and rel.event.root == "08"


def test_both_of_an_unresolved_pronoun_is_unspecified(nlp):
    found = relations(nlp, "The Senate acquitted both of them.")
    [rel] = find(found, "Senate", "acquit")
    assert rel.object.key == UNSPECIFIED_KEY


def test_one_of_a_group_is_not_the_group(nlp):
    found = relations(nlp, "A Kenyan court acquitted one of the defendants on Friday.")
    assert not find(found, "court", "acquit", "defendants")


def test_one_of_a_group_named_in_apposition_is_the_name(nlp):
    found = relations(nlp, "One of the opposition groups, the National Salvation Front, opposed the treaty.")
    assert [r.subject.label for r in find(found, "National Salvation Front", "oppose")] == ["National Salvation Front"]


def test_the_accused_is_the_subject_of_the_allegation(nlp):
    found = relations(nlp, "Peruvian prosecutors alleged that Carlos Mendoza bribed three judges.")
    [rel] = [r for r in found if r.predicate.lemma == "allege"]
    assert rel.object.label == "Carlos Mendoza"
    assert rel.event is not None and rel.event.code.startswith("112")
    assert rel.complement is not None and "bribed three judges" in rel.complement


def test_an_allegation_about_a_thing_or_a_victim_names_no_accused(nlp):
    found = relations(nlp, "Peruvian prosecutors alleged that the money was stolen. "
                           "Peruvian prosecutors alleged that Carlos Mendoza was beaten.")
    # the allegation may stand as an accusation of no one named (112), never of the money or the victim
    accused = [r for r in found if r.predicate.lemma == "allege" and r.object is not None]
    assert accused, "the allegations are read"
    assert all(r.object.key == "concept:unspecified" for r in accused)


def test_an_actor_noun_fires_at_an_actor_noun(nlp):
    found = relations(nlp, "The soldiers shot at the protesters.")
    [rel] = find(found, "soldiers", "shoot", "protesters")
    assert rel.event is not None


def test_an_actor_noun_acts_on_no_plain_thing_after_a_preposition(nlp):
    found = relations(nlp, "The soldiers shot at the hillside.")
    assert not find(found, "soldiers", "shoot", "hillside")


def test_a_light_participles_agent_is_its_event_nouns(nlp):
    found = relations(nlp, "Israel condemned the strikes on Haifa carried out by Hezbollah.")
    assert find(found, "Hezbollah", "strike", "Haifa")


def test_unable_to_passes_its_subject_on_negated(nlp):
    found = relations(nlp, "Kenya was unable to stop the rebels.")
    [rel] = find(found, "Kenya", "stop", "rebels")
    assert rel.modality == "negated" and rel.event is None


def test_a_purpose_after_a_thing_is_the_subjects(nlp):
    found = relations(nlp, "Russia used its veto to block the resolution.")
    assert find(found, "Russia", "block", "resolution")


def test_a_purpose_after_an_actor_or_a_complement_after_an_object_is_not_the_subjects(nlp):
    found = relations(nlp, "The rebels used children to carry the bombs. Turkey sent troops to fight the militia. "
                           "The court allowed the law to stand. Chile ordered six of the ships to leave the port. "
                           "Moscow paid bounties to the gangs to kill soldiers. "
                           "Jones paid his friend Joe Shapiro to take the exam.")
    assert not find(found, "rebels", "carry")
    assert not find(found, "Turkey", "fight")
    assert not [r for r in found if r.predicate.lemma in ("stand", "leave", "kill", "take")]


def test_a_purpose_with_another_doer_named_by_for_is_not_the_subjects(nlp):
    found = relations(nlp, "Governor Ann Smith tweeted support for the protests to end the lockdown orders.")
    assert find(found, "Ann Smith", "tweet")
    assert not find(found, "Ann Smith", "end")


def test_a_purpose_in_a_reported_clause_is_left_out(nlp):
    found = relations(nlp, "Ann Smith claimed Iran spoofed e-mails to spread false information.")
    assert not find(found, "Iran", "spread")
