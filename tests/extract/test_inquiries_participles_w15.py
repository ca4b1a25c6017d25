"""Inquiries into an actor's conduct and the agents of active participles (wave 15).

- "began its probe into Trump's financial affairs", "an investigation into the conduct of X": the
  investigation's target is the owner of the conduct, when an actor (:mod:`extract.relations.conduct`);
  "the handling of the crisis" names no owner.
- "demonstrators blocking the road": an active participle modifying an actor noun has it as agent,
  for conflict events only (:mod:`extract.relations.participles`); "candidates running in the
  by-election", "protesters wearing masks" give nothing.

Invented sentences through the real pipeline.
"""

from __future__ import annotations

import pytest

from .helpers import text_relations

DATE = "2021-05-04"


def investigations(nlp, text):
    return [r for r in text_relations(nlp, text, date=DATE) if r.event is not None and r.event.root == "09"]


@pytest.mark.parametrize("text, investigator, target", [
    ("The Manhattan district attorney's office began its probe into Trump's financial affairs in 2018.",
     "office", "Trump"),
    ("The FBI launched a probe into the finances of Senator Richard Burr.", "FBI", "Richard Burr"),
    ("French prosecutors opened an investigation into the business dealings of Carlos Ghosn.",
     "prosecutors", "Carlos Ghosn"),
])
def test_an_inquiry_into_an_actors_conduct_targets_the_actor(nlp, text, investigator, target):
    found = investigations(nlp, text)
    assert any(investigator in r.subject.text and target in r.object.text for r in found), found


def test_a_thing_handled_is_no_owner(nlp):
    text = "The committee opened an investigation into the government's handling of the crisis."
    assert not [r for r in investigations(nlp, text) if "crisis" in r.object.text]


@pytest.mark.parametrize("text, agent, lemma, obj, root", [
    ("Police fired tear gas at demonstrators blocking the road to the airport.", "demonstrators", "block",
     "road", "14"),
    ("Militants attacking the army base were killed by soldiers on Sunday.", "Militants", "attack", "base", "19"),
])
def test_an_actor_does_its_participles_act(nlp, text, agent, lemma, obj, root):
    found = [r for r in text_relations(nlp, text, date=DATE)
             if r.predicate.lemma == lemma and agent in r.subject.text and obj in r.object.text]
    assert found and found[0].event is not None and found[0].event.root == root


@pytest.mark.parametrize("text, lemma", [
    ("Wikinews spoke to one of the four candidates running in the by-election.", "run"),
    ("Thousands of protesters wearing black clothes gathered around the police complex.", "wear"),
    ("Prosecutors released a video showing the suspect attacking a guard.", "attack"),
])
def test_no_agent_for_other_participles(nlp, text, lemma):
    relations = text_relations(nlp, text, date=DATE)
    assert not [r for r in relations if r.predicate.lemma == lemma and r.event is not None
                and r.subject.text in ("candidates", "protesters", "video")]
