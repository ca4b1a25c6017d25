"""Killing one person is assault (CAMEO 18), not military force (190): ``extract/events/lone_victims.py``;
"the attack" is the attack the article told before (``extract/events/attack_anaphora.py``).

Invented sentences, the real spaCy pipeline. A named person killed, murdered or shot with no doer
named, or by a private person, is unconventional violence (180), or an assassination (186) when the
victim holds an office; the police, soldiers and many victims keep the military force of the default.
"""

from __future__ import annotations

import pytest

from .helpers import text_relations

_DATE = "2021-03-02"


def codes_of(nlp, text, lemma):
    """The CAMEO codes of the relations of ``text`` whose predicate is ``lemma``."""
    return {r.event.code if r.event else None for r in text_relations(nlp, text, date=_DATE)
            if r.predicate.lemma == lemma}


@pytest.mark.parametrize(("text", "lemma"), [
    ("The journalist Maria Lopez was murdered in her apartment on Tuesday.", "murder"),
    ("Relatives mourned the killing of Ahmed Khalil last year.", "kill"),
    ("Tomas Berg was shot outside a bar in the old town.", "shoot"),
])
def test_one_named_person_killed_is_assault(nlp, text, lemma):
    codes = codes_of(nlp, text, lemma) - {None}
    assert codes and {c[:2] for c in codes} == {"18"}


@pytest.mark.parametrize(("text", "lemma"), [
    ("Police shot Daniel Ortega Smith outside the bank.", "shoot"),
    ("Soldiers killed twenty villagers near the border.", "kill"),
])
def test_police_soldiers_and_many_victims_keep_force(nlp, text, lemma):
    assert codes_of(nlp, text, lemma) == {"190"}


@pytest.mark.parametrize(("text", "lemma", "root"), [
    ("A car bomb exploded outside a police station on Monday. Officials said the attack had killed nine people.",
     "kill", "18"),
    ("Drone strikes hit two oil depots at dawn. Five workers were wounded in the attack.", "wound", "19"),
])
def test_the_attack_is_the_attack_told_before(nlp, text, lemma, root):
    codes = codes_of(nlp, text, lemma) - {None}
    assert codes and {c[:2] for c in codes} == {root} and "190" not in codes


def test_a_new_attack_keeps_generic_force(nlp):
    text = "An air strike hit a market in the north. Later, an attack killed three guards."
    assert codes_of(nlp, text, "kill") == {"190"}


def test_attending_a_faire_is_no_visit(nlp):
    # occasions.py reads "Faire", the spelling of fair names, as a show for an audience
    assert codes_of(nlp, "The mayor attended the annual Renaissance Faire in Sterling on Sunday.", "attend") <= {None}
