"""Edges an analyst keeps, wave 15: empty and unstated edges found on unseen articles (set h).

Invented sentences, each class with one of the same shape whose edge must stay:

- a sentence with a first-person pronoun outside quotation marks is someone's own words (an
  interview's answer, a quotation running over sentences): its relations are no edges, unless
  the speaker's "I"/"we" is the subject; "World War I" and "the US" are no pronouns;
- ``is a`` negated ("X is not the replacement") describes nothing;
- a plan, decision or promise right before its infinitive ("announced plans to close") is empty;
- a position held or a stance voiced with no event type ("held positions", "expressed their
  thoughts", "paid tribute to") is empty; with an event type ("offered condolences") it stays;
- an interview: "caught up with X" by a news medium, "told Discover Magazine" (a name ending in a
  press word) are the article's sourcing;
- ``is a`` a relational noun of succession ("the successor to X") lost its complement.
"""

from __future__ import annotations

import pytest

from extract.edge_objects import OBJECT_DOUBTS, _first_person, object_doubts
from extract.facts import extract_document
from extract.quality import DOUBTS, edge_doubts, is_edge
from extract.types import Argument, Document, Predicate, Relation


def _relations(nlp, text):
    return extract_document(Document(id="t", text=text, date="2020-01-02"), nlp=nlp).relations


def _find(nlp, text, predicate):
    relations = _relations(nlp, text)
    found = [r for r in relations if r.predicate.lemma == predicate]
    assert found, [(r.subject.label, r.predicate.lemma, r.object.label) for r in relations]
    return found


def test_every_object_doubt_is_a_doubt():
    assert set(OBJECT_DOUBTS) <= set(DOUBTS)


@pytest.mark.parametrize("sentence, expected", [
    ("I think the council will approve the budget.", True),
    ("So, I'm sure the mayor rejected the offer.", True),
    ("One of our engineers rebuilt the engine.", True),
    ("The board gave us no answer.", True),
    ('The mayor said "we rejected the offer" on Monday.', False),
    ("The veterans of World War I met the mayor.", False),
    ("Queen Elizabeth I signed the treaty.", False),
    ("The US sanctioned the bank.", False),
    ("Workers flooded the coal mine.", False),
])
def test_first_person_outside_quotations(sentence, expected):
    assert _first_person(sentence) is expected


def test_an_unquoted_first_person_sentence_gives_no_edge(nlp):
    text = "In my opinion, Acme needs a stable supplier. Acme bought a supplier in Ohio."
    relations = _relations(nlp, text)
    opinion = [r for r in relations if r.sentence.startswith("In my opinion")]
    assert opinion, [(r.subject.label, r.predicate.lemma, r.object.label) for r in relations]
    assert all("unquoted speech" in edge_doubts(r) for r in opinion)
    bought = [r for r in relations if r.predicate.lemma == "buy"]
    assert bought and all("unquoted speech" not in edge_doubts(r) for r in bought)


def test_the_speakers_own_act_stays():
    sentence = "I hired Daniel Brook as our first engineer."
    own = _relation(sentence, ("helena marsh", "Helena Marsh", "PERSON", "I"), ("hire", "hired"),
                    ("daniel brook", "Daniel Brook", "PERSON", "Daniel Brook"))
    assert "unquoted speech" not in object_doubts(own)
    other = _relation("One of our engineers, Dan Brook, rebuilt the engine.", ("dan brook", "Dan Brook", "PERSON",
                      "Dan Brook"), ("rebuild", "rebuilt"), ("concept:engine", "engine", "CONCEPT", "the engine"))
    assert "unquoted speech" in object_doubts(other)


def _relation(sentence, subject, predicate, obj, *, negated=False, event=None):
    def argument(spec):
        key, label, kind, text = spec
        start = sentence.index(text)
        return Argument(key, label, kind, text, start, start + len(text))

    start = sentence.index(predicate[1])
    return Relation("d", argument(subject), Predicate(predicate[0], predicate[1], start, start + len(predicate[1])),
                    argument(obj), sentence, 0, negated=negated, event=event)


def test_a_negated_description_is_no_edge():
    sentence = "Orbit is not the replacement for Lumen."
    rel = _relation(sentence, ("orbit", "Orbit", "PRODUCT", "Orbit"), ("is a", "is"),
                    ("concept:replacement", "replacement", "CONCEPT", "the replacement"), negated=True)
    assert "negated description" in object_doubts(rel)
    kept = _relation("Orbit is the successor of Lumen.", ("orbit", "Orbit", "PRODUCT", "Orbit"), ("is a", "is"),
                     ("lumen", "Lumen", "PRODUCT", "Lumen"))
    assert object_doubts(kept) == ()


def test_a_plan_before_its_infinitive_is_empty(nlp):
    empty = _find(nlp, "Acme Corporation announced plans to close its factory in Leeds.", "announce")
    assert all(not is_edge(r) for r in empty if r.object.label == "plan")
    assert any(r.object.label == "plan" for r in empty)
    kept = _find(nlp, "The senators rejected the plan on Tuesday.", "reject")
    assert any(r.object.label == "plan" and "unfinished plan" not in edge_doubts(r) for r in kept)


@pytest.mark.parametrize("text, predicate, head", [
    ("Maria Ortiz held positions as finance and health minister.", "hold", "position"),
    ("Senator Maria Lopez paid tribute to the firefighters.", "pay", "tribute"),
    ("Governor Lisa Tran expressed her thoughts about the verdict.", "express", "thought"),
])
def test_an_empty_role_or_stance_is_no_edge(nlp, text, predicate, head):
    found = [r for r in _find(nlp, text, predicate) if r.object.label.split()[-1] == head]
    assert found
    assert all("empty role" in edge_doubts(r) for r in found)


def test_a_stance_with_an_event_type_stays(nlp):
    found = _find(nlp, "Prime Minister Rahul Mehta offered his condolences to the families.", "offer")
    coded = [r for r in found if r.event is not None]
    assert coded, [(r.object.label, r.event) for r in found]
    assert all("empty role" not in edge_doubts(r) for r in coded)


def test_an_interview_with_a_news_medium_is_sourcing(nlp):
    caught = _find(nlp, "Wikinews caught up with Dr Anna Weiss, the author of the study.", "catch up")
    assert all("press listener" in edge_doubts(r) for r in caught)
    # the biologist's statement, with no medium side (extract/relations/media_sourcing.py) and no edge
    told = _find(nlp, "The biologist Tom Hale told Discover Magazine the frogs were rare.", "tell")
    assert any("Hale" in r.subject.text and r.object.text == "" for r in told), [
        (r.subject.text, r.object.label) for r in told]
    assert not [r for r in told if r.object.label == "Discover Magazine" or is_edge(r)]


def test_a_relational_noun_of_succession_is_vacuous():
    rel = _relation("Nova is the successor to Lumen.", ("nova", "Nova", "PRODUCT", "Nova"), ("is a", "is"),
                    ("concept:successor", "successor", "CONCEPT", "the successor"))
    assert "vacuous description" in edge_doubts(rel)


def test_attending_a_school_is_no_visit(nlp):
    school = _find(nlp, "Ana Ruiz attended Howard University in 1998.", "attend")
    assert all(r.event is None for r in school)
    summit = _find(nlp, "Prime Minister Ali Khan attended the summit in Paris.", "attend")
    assert any(r.event is not None and r.event.root == "04" for r in summit)


def test_releasing_a_version_is_no_release_of_persons(nlp):
    version = _find(nlp, "Red Hat released a new version of its software.", "release")
    assert version and all(r.event is None for r in version)
    hostages = _find(nlp, "The rebels released two hostages on Friday.", "release")
    assert any(r.event is not None and r.event.root == "08" for r in hostages)
