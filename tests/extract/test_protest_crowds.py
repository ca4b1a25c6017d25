"""Crowds that protest: a gathering with a cue of protest is 141, protesters who block a way 144."""

import pytest

from .helpers import event_root, find, text_relations

_DATE = "2021-03-01"


@pytest.mark.parametrize(("text", "subject", "lemma", "code"), [
    ("Thousands of people gathered in Valparaiso on Tuesday to protest against the pension reform.",
     "people", "gather", "141"),
    ("Hundreds of farmers assembled in Nairobi on Monday, chanting slogans against the new tax.",
     "farmers", "assemble", "141"),
    ("Hundreds of workers gathered outside the parliament on Monday with placards.",
     "workers", "gather", "141"),
    ("Protesters blocked the main highway in Quito on Friday.", "Protesters", "block", "144"),
    ("Police dispersed demonstrators who had filled the streets of Tbilisi since March.",
     "demonstrators", "fill", "141"),
    ("Several bridges were blocked by demonstrators in Tbilisi on Sunday.", "demonstrators", "block", "144"),
])
def test_protest_is_coded(nlp, text, subject, lemma, code):
    found = find(text_relations(nlp, text, date=_DATE), subject, lemma)
    assert found, text
    assert found[0].event is not None and found[0].event.code == code


@pytest.mark.parametrize(("text", "subject", "lemma"), [
    ("Fans gathered in Lisbon on Sunday to watch the final.", "Fans", "gather"),
    ("Mourners gathered in Galway on Friday for the funeral of the fisherman.", "Mourners", "gather"),
    ("Thousands of people gathered in Madrid on Saturday to celebrate the new year.", "people", "gather"),
    ("The navy blockaded the port in March.", "navy", "blockade"),
    ("The new owners filled the square with market stalls.", "owners", "fill"),
])
def test_no_protest_without_protesters_or_cue(nlp, text, subject, lemma):
    found = find(text_relations(nlp, text, date=_DATE), subject, lemma)
    assert all(event_root(r) != "14" for r in found), text


def test_gathering_outside_a_named_body_targets_it(nlp):
    text = "Hundreds of students gathered outside the Ministry of Education on Tuesday, chanting slogans."
    found = find(text_relations(nlp, text, date=_DATE), "students", "gather")
    assert found and all(event_root(r) == "14" for r in found)
    assert any("Ministry of Education" in r.object.text for r in found)
