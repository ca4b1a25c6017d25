"""Anaphors named after them (extract/coref_cataphora.py).

Invented news sentences through the real pipeline: a description followed at once by its own name, or naming
itself with "called" / "known as", is that name; a possessive fronted before its clause's subject is the
subject's, or nobody's when the subject is no agreeing name; a name ending in an event word is no "they".
"""

from __future__ import annotations

import pytest

from tests.extract.test_pronoun_agreement import resolved


@pytest.mark.parametrize("text, word, key", [
    ("Riots broke out in Lagos on Friday. The news agency Reuters counted twelve dead.", "The news agency", "reuters"),
    ("The farmers sued the ministry in May. They were helped by the organisation Oxfam.", "the organisation", "oxfam"),
])
def test_a_description_followed_by_its_name_is_that_name(nlp, text, word, key):
    assert resolved(nlp, text, word) == (key,)


def test_a_description_that_is_called_a_name_is_that_name(nlp):
    text = "He worked for the organisation which is called Amnesty International. It campaigns for prisoners."
    assert resolved(nlp, text, "the organisation") == ("amnesty international",)


@pytest.mark.parametrize("text, key", [
    ("Siemens opened a plant in Texas. To expand its fleet, Lufthansa ordered forty jets on Monday.", "lufthansa"),
    ("Pfizer reported weak sales. In its annual report, Unilever said demand had fallen.", "unilever"),
])
def test_a_fronted_possessive_goes_to_the_subject_after_it(nlp, text, key):
    assert resolved(nlp, text, "its") == (key,)


def test_a_fronted_possessive_before_a_common_subject_is_left_unresolved(nlp):
    text = "Siemens opened a plant in Texas. To expand its fleet, the new owners ordered forty jets on Monday."
    assert resolved(nlp, text, "its") == ()


def test_a_name_of_an_event_is_no_they(nlp):
    text = "Ortiz won the Nevada Caucus and the Texas Primary in March. Their result surprised the pollsters."
    assert resolved(nlp, text, "Their") == ()


@pytest.mark.parametrize("text, word", [
    ("Oxfam sent food to Malawi. It spoke to farmers who lost their land in the floods.", "their"),
    ("Shell closed the depot on Monday. Workers who had lost their jobs protested outside the gates.", "their"),
])
def test_a_plural_pronoun_under_a_plural_nouns_relative_clause_is_left_unresolved(nlp, text, word):
    assert resolved(nlp, text, word) == ()


def test_a_relative_clause_whose_own_subject_is_the_pronoun_does_not_stand_for_the_noun(nlp):
    from extract.coref_cataphora import _noun_is_subject

    doc = nlp("The network did not carry the commercials, which they said was due to a lack of airtime.")
    they = next(t for t in doc if t.lower_ == "they")
    clause = next(t for t in they.ancestors if t.dep_ in ("relcl", "acl"))
    assert not _noun_is_subject(clause, they)
    doc = nlp("Oxfam spoke to farmers who lost their land in the floods.")
    their = next(t for t in doc if t.lower_ == "their")
    clause = next(t for t in their.ancestors if t.dep_ in ("relcl", "acl"))
    assert _noun_is_subject(clause, their)


def test_a_possessive_in_a_verbless_fragment_is_left_alone(nlp):
    text = "Greenpeace protested in Paris on Monday.\n\nIts banners, its boats and its volunteers."
    assert resolved(nlp, text, "Its") in ((), ("greenpeace",))
