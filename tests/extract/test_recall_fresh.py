"""Who did what to whom where the partner stands in a phrase: an inquiry's "of" actor, a "to" recipient.

- "was performing a criminal investigation of Ford": an inquiry noun (CAMEO 09) opened or carried out
  by a verb has the actor of its "of" phrase as the one investigated, and the owner of the conduct
  named there ("an investigation of Ford's testing practices" is one into Ford); a thing in "of"
  ("an investigation of the crash") is no target (:mod:`extract.relations.event_nouns`).
- "disclosed the matter to the federal government": disclose and reveal write the one told in
  "to" (``data/target_prepositions.tsv``); the thing disclosed is no target.
- "won her lawsuit": a complaint noun its owner won is the owner's own act, not one drawn from others
  as "drew criticism" is (:meth:`extract.relations.event_nouns.EventNounRules.voiced_by_clause`).

Corpus sentences (Wikinews) and invented ones through the real pipeline.
"""

from __future__ import annotations

import pytest

from .helpers import text_relations

DATE = "2019-04-28"


def _events(nlp, text, root):
    return [r for r in text_relations(nlp, text, date=DATE) if r.event is not None and r.event.root == root]


@pytest.mark.parametrize("text, investigator, target", [
    ("On Friday Ford Motor Company announced the United States Department of Justice was performing a "
     "criminal investigation of Ford's internal emission testing practices.", "Department of Justice", "Ford"),
    ("The Justice Department launched an investigation of Boeing.", "Justice Department", "Boeing"),
    ("Kenyan police conducted an investigation of the governor of Nairobi.", "police", "governor"),
    ("French prosecutors conducted an investigation of Google's business practices.", "prosecutors", "Google"),
])
def test_an_inquiry_of_an_actor_targets_the_actor(nlp, text, investigator, target):
    found = _events(nlp, text, "09")
    assert any(investigator in r.subject.text and target in r.object.text for r in found), found


@pytest.mark.parametrize("text", [
    "Police opened an investigation of the crash.",
    "Investigators began an investigation of the fire at the factory.",
])
def test_an_inquiry_of_a_thing_names_no_target(nlp, text):
    assert not [r for r in _events(nlp, text, "09") if r.object.text], _events(nlp, text, "09")


@pytest.mark.parametrize("text, teller, told, thing", [
    ("Ford voluntarily disclosed the matter to the federal government on February 21.",
     "Ford", "federal government", "matter"),
    ("According to the filing, Ford voluntarily disclosed this matter to the U.S. Environmental Protection "
     "Agency on February 18.", "Ford", "Environmental Protection Agency", "matter"),
    ("Russia revealed its plans to Turkey.", "Russia", "Turkey", "plans"),
    ("The minister disclosed the figures to parliament.", "minister", "parliament", "figures"),
])
def test_the_one_told_is_the_target_not_the_thing(nlp, text, teller, told, thing):
    found = [r for r in _events(nlp, text, "01") if teller in r.subject.text]
    assert any(told in r.object.text for r in found), found
    assert not any(thing in r.object.text for r in found), found


def test_a_thing_revealed_with_no_one_told_keeps_its_object(nlp):
    text = "The study revealed the damage to the reef."
    assert not [r for r in text_relations(nlp, text, date=DATE) if "reef" in r.object.text and r.event is not None]


@pytest.mark.parametrize("text, owner", [
    ("Stormy Daniels won her lawsuit.", "Stormy Daniels"),
    ("The company won its appeal against the ruling.", "company"),
])
def test_a_won_possessed_complaint_is_the_owners_own(nlp, text, owner):
    # "won her lawsuit": she sued; no one unnamed sued her
    wrong = [r for r in text_relations(nlp, text, date=DATE)
             if r.event is not None and owner in r.object.text and not r.subject.text]
    assert not wrong, wrong


@pytest.mark.parametrize("text, critic, criticised", [
    ("The senator drew criticism from Democrats.", "Democrats", "senator"),
    ("The minister faced criticism for the decision.", "", "minister"),
])
def test_criticism_drawn_stays_done_to_the_subject(nlp, text, critic, criticised):
    found = _events(nlp, text, "11")
    assert any(r.subject.text == critic or critic and critic in r.subject.text for r in found
               if criticised in r.object.text), found
