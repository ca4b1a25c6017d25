"""Who did it and to whom where the parse hides a side (extract/relations/hidden_sides.py).

Invented sentences: the real pipeline, and hand-built parses for the rules alone.
"""

from __future__ import annotations

import pytest

from extract.relations.hidden_sides import modifier_agents, possessed_patients

from .helpers import event_root, find, hand_parse, text_relations

_DATE = "2021-06-10"


# ---------------------------------------------------------------- the pipeline


@pytest.mark.parametrize("text, lemma", [
    ("Riots followed the police killing of Peter Okafor in Leeds.", "kill"),
    ("The police shooting of Peter Okafor in Leeds led to protests.", "shoot"),
])
def test_actor_noun_before_an_event_noun_with_a_target_is_the_doer(nlp, text, lemma):
    rels = text_relations(nlp, text, date=_DATE)
    [rel] = find(rels, "police", lemma, "Okafor")
    assert event_root(rel) == "19"
    assert "COP" in (rel.subject.actor_code or "")
    # the one shot is no policeman: the noun before "of" is no title of his
    assert "COP" not in (rel.object.actor_code or "")


def test_possessor_of_an_event_noun_with_a_by_agent_is_acted_on(nlp):
    rels = text_relations(nlp, "The journalist's arrest by Turkish police drew protests.", date=_DATE)
    [rel] = find(rels, "police", "arrest", "journalist")
    assert event_root(rel) == "17"
    assert not find(rels, "journalist", "arrest")


def test_author_of_the_statement_a_passive_was_made_in_is_the_agent(nlp):
    rels = text_relations(nlp, "Japan was condemned in a joint statement by China and South Korea.", date=_DATE)
    sources = {r.subject.text for r in rels if r.predicate.lemma == "condemn" and r.object.text == "Japan"}
    assert sources == {"China", "South Korea"}
    assert not find(rels, "Japan", "condemn")


def test_event_noun_without_a_target_keeps_its_modifier_unread(nlp):
    # "journalist killings": the journalists are the ones killed, not the killers
    rels = text_relations(nlp, "Journalist killings rose sharply in Mexico last year.", date=_DATE)
    assert not find(rels, "ournalist", "kill")


# ---------------------------------------------------------------- the rules on hand-built parses


def _crackdown(nlp):
    # "the army crackdown on students"
    return hand_parse(nlp, [
        ("the", 2, "det", "DET", "DT", "the", "O"),
        ("army", 2, "compound", "NOUN", "NN", "army", "O"),
        ("crackdown", 2, "ROOT", "NOUN", "NN", "crackdown", "O"),
        ("on", 2, "prep", "ADP", "IN", "on", "O"),
        ("students", 3, "pobj", "NOUN", "NNS", "student", "O"),
    ])


def test_modifier_agents_needs_a_target_that_is_an_actor(nlp):
    doc = _crackdown(nlp)
    actors = {"army", "students"}
    assert [t.text for t in modifier_agents(doc[2], lambda t: t.text in actors)] == ["army"]
    assert modifier_agents(doc[2], lambda t: t.text == "army") == []  # "the army crackdown on dissent"


def test_possessed_patients_only_with_a_by_agent(nlp):
    # "the mayor's detention by soldiers"
    doc = hand_parse(nlp, [
        ("the", 1, "det", "DET", "DT", "the", "O"),
        ("mayor", 3, "poss", "NOUN", "NN", "mayor", "O"),
        ("'s", 1, "case", "PART", "POS", "'s", "O"),
        ("detention", 3, "ROOT", "NOUN", "NN", "detention", "O"),
        ("by", 3, "prep", "ADP", "IN", "by", "O"),
        ("soldiers", 4, "pobj", "NOUN", "NNS", "soldier", "O"),
    ])
    assert [t.text for t in possessed_patients(doc[3])] == ["mayor"]
    # "the mayor's detention": no "by" phrase, nothing read here
    bare = hand_parse(nlp, [
        ("the", 1, "det", "DET", "DT", "the", "O"),
        ("mayor", 3, "poss", "NOUN", "NN", "mayor", "O"),
        ("'s", 1, "case", "PART", "POS", "'s", "O"),
        ("detention", 3, "ROOT", "NOUN", "NN", "detention", "O"),
    ])
    assert possessed_patients(bare[3]) == []


# ---------------------------------------------------------------- relative clauses and fused verbs


def test_relative_clause_says_nothing_of_a_name_coordinated_after_it(nlp):
    text = "Police arrested Ahmed Salem and Omar Hadi, who had attacked two officers, and Yusuf Kaya."
    rels = text_relations(nlp, text, date=_DATE)
    assert find(rels, "Omar Hadi", "attack", "officers")
    assert not find(rels, "Yusuf Kaya", "attack")
    assert find(rels, "Police", "arrest", "Yusuf Kaya")  # the main clause keeps every conjunct


def test_who_after_a_persons_place_stands_for_the_person(nlp):
    text = "The gold medal was won by Tomas Novak from the Czech Republic, who finished the race first."
    rels = text_relations(nlp, text, date=_DATE)
    assert find(rels, "Tomas Novak", "finish", "race")
    assert not find(rels, "Czech", "finish")


def test_fused_verb_noun_is_no_patient_nor_description(nlp):
    text = "Anna Weber, a nurse from Berlin, was gang raped by two police officers, prosecutors said."
    rels = text_relations(nlp, text, date=_DATE)
    [rel] = find(rels, "police officers", "rape")
    assert rel.object.text == "Anna Weber"
    assert not [r for r in rels if r.object.text == "gang"]


def test_bare_noun_with_a_reduced_relative_stays_the_patient(nlp):
    text = "The town lies east of the Tigris River, which is territory controlled by the Syrian Democratic Forces."
    rels = text_relations(nlp, text, date=_DATE)
    assert find(rels, "Syrian Democratic Forces", "control", "territory")
