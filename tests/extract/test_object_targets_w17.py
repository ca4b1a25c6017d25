"""Events a light verb and its event noun carry, with the target in a phrase on the noun (w17).

Invented sentences. A verb whose CAMEO patterns key the target on its object noun ("LODGE * STRONG
PROTEST WITH +", "FILE * CASE AGAINST +") takes the actor in that phrase as its target
(extract/relations/object_targets.py); "lead" is a light verb whose event noun carries the event
("led an offensive against X" is an attack on X); a verb of giving names its recipient in "to" on
its thing object ("provided funding to X"). Expected sides and roots come from the text.
"""

from __future__ import annotations

import pytest

from extract.lexicon import get_lexicon
from extract.relations.object_targets import object_target_prepositions, object_targets

from .helpers import event_root, find, hand_parse, text_relations

_DATE = "2020-03-04"


@pytest.mark.parametrize("text, subject, lemma, target, root", [
    ("Georgia lodged a protest with Russia over the detention of its citizens.", "Georgia", "lodge", "Russia", "11"),
    ("Armenia filed a case against Azerbaijan at the International Court of Justice.", "Armenia", "file",
     "Azerbaijan", "11"),
    ("Ethiopian troops led an offensive against al-Shabaab in southern Somalia.", "troops", "attack",
     "al-Shabaab", "19"),
    ("Opposition leader Henrique Capriles led protests against Nicolás Maduro in Caracas.", "Capriles", "protest",
     "Maduro", "14"),
])
def test_the_target_in_a_phrase_on_the_event_noun(nlp, text, subject, lemma, target, root):
    relations = text_relations(nlp, text, date=_DATE)
    found = find(relations, subject, lemma, target)
    assert found, [(r.subject.text, r.predicate.lemma, r.object.text) for r in relations]
    assert event_root(found[0]) == root and found[0].modality == "asserted"


def test_a_verb_of_giving_names_its_recipient_on_the_object(nlp):
    text = "Saudi Arabia provided funding to the government of Yemen in 2018."
    relations = text_relations(nlp, text, date=_DATE)
    found = find(relations, "Saudi Arabia", "provide")
    assert found and all("funding" not in r.object.text for r in found)
    assert any("Yemen" in (r.object.label or "") or "government" in r.object.text for r in found)


@pytest.mark.parametrize("text, subject, obj", [
    ("Shinzo Abe led the Liberal Democratic Party to a landslide victory.", "Abe", "Liberal Democratic Party"),
    ("Germany condemned the attack on the Israeli embassy.", "Germany", "embassy"),
])
def test_look_alikes_give_no_event_between_the_two(nlp, text, subject, obj):
    relations = text_relations(nlp, text, date=_DATE)
    assert not [r for r in relations if subject in r.subject.text and obj in r.object.text
                and r.event is not None and r.event.root not in ("11",)]


def test_object_target_table():
    lexicon = get_lexicon()
    assert object_target_prepositions("lodge", "protest", lexicon=lexicon) == frozenset({"with"})
    assert object_target_prepositions("launch", "campaign", lexicon=lexicon) == frozenset({"against"})
    # another's act: its target is no target of the verb
    assert object_target_prepositions("condemn", "attack", lexicon=lexicon) == frozenset()


def test_object_targets_on_a_hand_parse(nlp):
    doc = hand_parse(nlp, [
        ("Ukraine", 1, "nsubj", "PROPN", "NNP", "Ukraine", "B-GPE"),
        ("lodged", 1, "ROOT", "VERB", "VBD", "lodge", "O"),
        ("a", 3, "det", "DET", "DT", "a", "O"),
        ("protest", 1, "dobj", "NOUN", "NN", "protest", "O"),
        ("with", 3, "prep", "ADP", "IN", "with", "O"),
        ("Hungary", 4, "pobj", "PROPN", "NNP", "Hungary", "B-GPE"),
        ("over", 1, "prep", "ADP", "IN", "over", "O"),
        ("passports", 6, "pobj", "NOUN", "NNS", "passport", "O"),
    ])
    actors = {"Ukraine", "Hungary"}
    found = object_targets(doc[1], "lodge", [doc[3]], lambda t: t.text in actors, get_lexicon())
    assert [t.text for t in found] == ["Hungary"]
    # the preposition before the object sets a scene; "over" is no target preposition
    assert object_targets(doc[1], "file", [doc[3]], lambda t: t.text in actors, get_lexicon()) == []


@pytest.mark.parametrize("text, subject, obj", [
    ("The British relinquished control of Hong Kong to China in 1997.", "British", "Hong Kong"),
    ("The Dutch ceded control of Indonesia in 1949.", "Dutch", "Indonesia"),
])
def test_a_lost_verb_leaves_no_event_of_its_object_noun(nlp, text, subject, obj):
    # the noun alone would say the opposite of the sentence: (United Kingdom, control, Hong Kong)
    relations = text_relations(nlp, text, date=_DATE)
    assert not [r for r in relations if subject in r.subject.text and obj in r.object.text
                and r.predicate.lemma == "control"]


def test_a_target_leaves_the_other_phrases_as_the_scene(nlp):
    text = "Serbia lodged a complaint against Kosovo at the Council of Europe on Monday."
    relations = text_relations(nlp, text, date=_DATE)
    found = find(relations, "Serbia", "lodge", "Kosovo")
    assert found and event_root(found[0]) == "11"
    assert not find(relations, "Serbia", "lodge", "Council of Europe")
