"""Events expressed by nouns (issue 11): a light verb's event noun and its target, and what stays out.

Invented sentences run through ``extract_document``:

- a light verb's verbal event noun takes its target after "to", on the noun or on the verb as
  the parser hangs it ("made a visit to China", "paid a visit to China", "made a request to X");
- with no target named, the light verb keeps the noun's event ("made a request for aid");
- a material event's "to" is a direction, no target ("launched an attack to the north of X");
- a nominal event that did not happen is no event ("a planned visit");
- "at the request of X" (or "at X's invitation") on an active clause: X asked its subject;
- an appeal answered (the object of a verb of CAMEO root 08 or 12): its owner asked whoever answered;
- an event noun a verb of intending governs ("planned an invasion", "called for the arrest") is no event.
"""

from __future__ import annotations

from functools import partial

import pytest

from extract.relations.nominal import event_lemma

from .helpers import event_root as _root
from .helpers import find as _find
from .helpers import found_event
from .helpers import text_relations

__all__: list[str] = []


_relations = partial(text_relations, date="2020-01-02")


def test_request_and_resignation_are_event_nouns():
    assert event_lemma("request") == "request"
    assert event_lemma("requests") == "request"
    assert event_lemma("resignation") == "resign"


@pytest.mark.parametrize(
    "text, subject, lemma, obj, root",
    [
        ("Vladimir Putin made a visit to China last week.", "Putin", "visit", "China", "04"),
        ("Vladimir Putin paid a visit to China last week.", "Putin", "visit", "China", "04"),
        ("Angela Merkel made a request to Emmanuel Macron for aid.", "Merkel", "request", "Macron", "02"),
    ],
)
def test_a_light_verbs_verbal_noun_takes_its_target_after_to(nlp, text, subject, lemma, obj, root):
    assert found_event(_relations(nlp, text), subject, lemma, obj, root=root, text=text).modality == "asserted"


def test_with_no_target_the_light_verb_keeps_the_nouns_event(nlp):
    rels = _relations(nlp, "Ukraine made a request for aid.")
    found = _find(rels, "Ukraine", "make", "request")
    assert found and _root(found[0]) == "02"


def test_a_material_events_to_is_a_direction(nlp):
    rels = _relations(nlp, "The Taliban launched an attack to the north of Kabul.")
    assert not [r for r in rels if "north" in r.object.text and r.event is not None]


def test_a_planned_visit_is_no_event(nlp):
    rels = _relations(nlp, "A planned visit by Vladimir Putin to China was cancelled.")
    assert all(r.event is None for r in _find(rels, "Putin", "visit"))


@pytest.mark.parametrize(
    "text, subject, obj",
    [
        ("Germany sent troops to Mali at the request of France.", "France", "Germany"),
        ("Germany sent troops to Mali at the request of the French government.", "French government", "Germany"),
        ("The court met at the request of the prosecutor.", "prosecutor", "court"),
    ],
)
def test_at_the_request_of_x_x_asked_the_clauses_subject(nlp, text, subject, obj):
    found_event(_relations(nlp, text), subject, "request", obj, root="02", text=text)


def test_a_passive_clause_does_not_say_whom_the_request_asked(nlp):
    rels = _relations(nlp, "The prisoner was released at the request of France.")
    assert not _find(rels, "France", "request")


@pytest.mark.parametrize(
    "text, subject, obj",
    [
        ("Germany rejected Ukraine's request for aid.", "Ukraine", "Germany"),
        ("France approved Italy's request.", "Italy", "France"),
        # not rejecting it: the request was still made
        ("Germany did not reject Ukraine's request for aid.", "Ukraine", "Germany"),
    ],
)
def test_an_answered_request_was_made_to_whoever_answered(nlp, text, subject, obj):
    assert found_event(_relations(nlp, text), subject, "request", obj, root="02", text=text).modality == "asserted"


def test_an_unanswered_or_unowned_request_relates_no_one(nlp):
    rels = _relations(nlp, "Germany rejected the request.")
    assert not [r for r in rels if r.predicate.lemma == "request"]


@pytest.mark.parametrize(
    "text, lemma",
    [
        ("Russia planned an invasion of Ukraine.", "invade"),
        ("Amnesty called for the arrest of Omar al-Bashir by Sudanese police.", "arrest"),
    ],
)
def test_an_event_noun_a_verb_of_intending_governs_is_no_event(nlp, text, lemma):
    rels = _relations(nlp, text)
    assert not [r for r in rels if r.predicate.lemma == lemma and r.event is not None]


def test_an_event_noun_of_a_verb_that_asserts_it_stays(nlp):
    rels = _relations(nlp, "China condemned the visit to Taiwan by Nancy Pelosi.")
    found = _find(rels, "Pelosi", "visit", "Taiwan")
    assert found and _root(found[0]) == "04"
