"""Targets after a moved theme (extract/relations/theme_targets.py): "sent troops to Somalia" is done to
Somalia, by the CAMEO patterns "* &MILITARY TO +", "* &SUSPECT TO +", "* &MILITARY +". The sentences are invented."""

from __future__ import annotations

import pytest

from extract.facts import extract_document
from extract.lexicon import get_lexicon
from extract.relations.theme_targets import theme_prepositions
from extract.types import Document


def _relations(nlp, text: str, lemma: str) -> list:
    facts = extract_document(Document(id="theme-test", text=text, date="2020-05-01"), nlp=nlp)
    return [r for r in facts.relations if r.predicate.lemma.split()[0] == lemma]


@pytest.mark.parametrize(
    ("text", "lemma", "target", "code", "root"),
    [
        ("Kenya sent 500 soldiers to Somalia on Monday.", "send", "Somalia", "SOM", "07"),
        ("Spain extradited the suspect to Argentina on Friday.", "extradite", "Argentina", "ARG", "17"),
        ("Turkey withdrew its troops from Iraq in March.", "withdraw", "Iraq", "IRQ", "08"),
        ("France deployed soldiers to Mali.", "deploy", "Mali", "MLI", "07"),
    ],
)
def test_the_actor_after_the_theme_is_the_target(nlp, text, lemma, target, code, root):
    found = _relations(nlp, text, lemma)
    assert [(r.object.text, r.object.actor_code) for r in found] == [(target, code)]
    assert found[0].event is not None and found[0].event.root == root
    assert found[0].complement  # the moved theme is kept as the complement


@pytest.mark.parametrize(
    ("text", "lemma", "not_target"),
    [
        ("India deployed additional troops to the border with China.", "deploy", "China"),  # on the border
        ("Turkey sent reinforcements to Idlib province.", "send", "Idlib"),  # a province, no country
        ("Troops from Chad attacked the rebels near the border.", "attack", "Chad"),  # the subject's origin
        ("The president returned from Paris on Sunday.", "return", "Paris"),  # the origin of a trip
        ("The senator withdrew from the race.", "withdraw", "race"),  # no theme, no actor
    ],
)
def test_no_target_outside_a_moved_theme_s_phrase(nlp, text, lemma, not_target):
    assert not any(not_target in r.object.text for r in _relations(nlp, text, lemma))


def test_an_actor_theme_the_patterns_do_not_name_stays_the_object(nlp):
    found = _relations(nlp, "Mexico deported hundreds of migrants to Guatemala.", "deport")
    assert not any("Guatemala" in r.object.text for r in found)  # "$ * + MILITANT TO ^": the deportee


def test_theme_prepositions_come_from_the_table():
    lexicon = get_lexicon()
    assert theme_prepositions("send", lexicon=lexicon) == frozenset({"to"})
    assert theme_prepositions("pull out", lexicon=lexicon) == frozenset({"from"})
    assert theme_prepositions("deport", lexicon=lexicon) == frozenset()
