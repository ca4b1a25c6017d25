"""Statements coded by what they say of an actor (extract/relations/stated_content.py, extract/events/content.py).

Invented sentences, one construction each: a verb of saying whose clause says an actor is
something evaluative (praise 051, criticism 111) or accuses it (112) is the speaker's event
against that actor; neutral, negated, conditional or self-directed content gives no edge.
"""

from __future__ import annotations

import pytest

from extract.facts import extract_document
from extract.lexicon import get_lexicon
from extract.relations.stated_content import stated_content
from extract.types import Document

__all__: list[str] = []


def _relations(nlp, text):
    return extract_document(Document(id="t", text=text, date="2021-03-04"), nlp=nlp).relations


def _statements(relations, lemma):
    return [r for r in relations if r.predicate.lemma == lemma]


def _show(relations):
    return [(r.subject.text, r.predicate.lemma, r.object.text, r.event.code if r.event else None) for r in relations]


@pytest.mark.parametrize("text, lemma, speaker, target, code", [
    ("Senator Maria Lopez said Governor Tom Baker was a courageous leader.", "say", "Maria Lopez", "Tom Baker", "051"),
    ("Prime Minister Anna Berg said President Viktor Oran was a dictator.", "say", "Anna Berg", "Viktor Oran", "111"),
    ('"Mayor Peter Grant is a liar," opposition leader Sarah Mills said.', "say", "Sarah Mills", "Peter Grant", "111"),
    ("Interior Minister Ali Hassan said the Islamic State group was responsible for the bombing of the mosque.",
     "say", "Ali Hassan", "Islamic State", "112"),
    ("General Omar Khalid said the rebels were behind the attack on the convoy.", "say", "Omar Khalid", "rebels",
     "112"),
    ("Police chief Mark Dunn said the suspect was guilty of the murder.", "say", "Mark Dunn", "suspect", "112"),
    ("Senator John Reed claimed Governor Tom Baker won the vote through fraud.", "claim", "John Reed", "Tom Baker",
     "112"),
    ('Senator Maria Lopez tweeted, "Governor Tom Baker was a decent man."', "tweet", "Maria Lopez", "Tom Baker", "051"),
])
def test_content_codes_the_statement(nlp, text, lemma, speaker, target, code):
    relations = _relations(nlp, text)
    found = [r for r in _statements(relations, lemma) if r.object.text]  # "tweeted" is also a one-place statement
    assert len(found) == 1, _show(relations)
    rel = found[0]
    assert speaker in rel.subject.text and target in rel.object.text
    assert rel.event is not None and rel.event.code == code
    assert rel.modality == "asserted"


def test_the_listener_is_no_target(nlp):
    text = "Opposition leader Sarah Mills told reporters Mayor Peter Grant was dishonest."
    relations = _relations(nlp, text)
    told = _statements(relations, "tell")
    assert [(r.object.label, r.event.code if r.event else None) for r in told] == [("Peter Grant", "111")]


@pytest.mark.parametrize("text", [
    "Senator Maria Lopez said Governor Tom Baker was not corrupt.",  # negated content
    "Senator Maria Lopez said Governor Tom Baker was never a hero.",
    "Senator Maria Lopez said Governor Tom Baker was a lawyer.",  # neutral content
    "Senator Maria Lopez said the new budget plan was brilliant.",  # no actor spoken of
    "Senator Maria Lopez did not say Governor Tom Baker was corrupt.",  # negated saying
    "Interior Minister Ali Hassan said the army was responsible for security in the region.",  # a duty, no harm
    "Senator Maria Lopez asked whether Governor Tom Baker was guilty.",  # a question
    '"I am proud of our team," Governor Tom Baker said.',  # the speaker of himself
    "Senator Maria Lopez said Governor Tom Baker would visit Madrid on Friday.",  # plain statement
    'Senator Maria Lopez said, "Governor Tom Baker is not corrupt."',
])
def test_no_content_event(nlp, text):
    relations = _relations(nlp, text)
    coded = [r for r in relations if r.event is not None and r.event.code in ("051", "111", "112")]
    assert coded == [], _show(relations)
    assert _statements(relations, "say") == [], _show(relations)


@pytest.mark.parametrize("text, value", [
    ("The mayor said the councillor was a hero.", "praise"),
    ("The mayor said the councillor was corrupt.", "criticism"),
    ("The mayor said the gang were the perpetrators.", "accusation"),
    ("The mayor said the gang was not guilty.", None),
    ("The mayor said the gang was responsible for the cleanup.", None),
    ("The mayor denied the councillor was corrupt.", None),  # no verb of asserting
])
def test_stated_content_on_the_parse(nlp, text, value):
    doc = nlp(text)
    verb = next(t for t in doc if t.dep_ == "ROOT")
    content = stated_content(verb, get_lexicon())
    assert (content.value if content is not None else None) == value
    if content is not None:
        assert content.subject.text in ("councillor", "gang")


@pytest.mark.parametrize("text, target, code", [
    ("Senator Maria Lopez said Governor Tom Baker's response was shameful.", "Tom Baker", "111"),
    ("President Emmanuel Macron said Chancellor Olaf Scholz's death was a tragedy.", "Olaf Scholz", "018"),
    ("Senator Maria Lopez said Governor Tom Baker's plan was brilliant.", "Tom Baker", "051"),
])
def test_a_thing_of_an_actor_speaks_of_its_owner(nlp, text, target, code):
    relations = _relations(nlp, text)
    found = _statements(relations, "say")
    assert [(r.object.label, r.event.code if r.event else None) for r in found] == [(target, code)], _show(relations)


@pytest.mark.parametrize("text", [
    "Senator Maria Lopez said Governor Tom Baker was heartbroken.",  # his grief, not her sympathy
    "Senator Maria Lopez said the storm's damage was devastating.",  # no actor
    "Senator Maria Lopez said Governor Tom Baker's plan was ambitious.",  # neutral
    '"Walter was a brilliant scientist," said University of California, San Diego\'s chancellor, Pradeep Khosla.',
])
def test_no_content_event_of_grief_or_misread_speakers(nlp, text):
    relations = _relations(nlp, text)
    assert _statements(relations, "say") == [], _show(relations)


def test_the_owner_of_a_harm_is_not_blamed(nlp):
    text = '"Governor Tom Baker\'s killing is unacceptable," said Senator Maria Lopez.'
    relations = _relations(nlp, text)
    coded = [r for r in relations if r.event is not None and r.event.code in ("051", "111", "112")]
    assert coded == [], _show(relations)
