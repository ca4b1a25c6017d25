"""A thing at a place, with no event type, is no graph edge (:mod:`extract.edge_places`).

Invented sentences. "the pipeline would end in Brindisi", "a warehouse caught fire in Tula": the subject is one
plain-noun node over every article, so the edge ties the place to nothing an analyst tracks. The place of a
disaster, an incident or an accident stays ("the fire started in Tula", "a warehouse collapsed in Tula"), so do
people and bodies, a thing that harms the place ("a storm hit Tula"), an event type, ``is a`` and ``located in``.
"""

from __future__ import annotations

import pytest

from extract.edge_places import occurrence_nouns, occurrence_verbs, place_doubts
from extract.quality import DOUBTS, edge_doubts
from extract.types import Argument, Event, Predicate, Relation

from .helpers import document_facts, relations_named

_DATE = "2021-03-04"


def _relation(sentence: str, subject: str, label: str, verb: str, lemma: str, *, place="Tula", place_type="GPE",
              event=None, code=None) -> Relation:
    s, v, o = sentence.index(subject), sentence.index(verb), sentence.index(place)
    return Relation("d", Argument("concept:" + label, label, "CONCEPT", subject, s, s + len(subject), actor_code=code),
                    Predicate(lemma, verb, v, v + len(verb)),
                    Argument(place.casefold(), place, place_type, place, o, o + len(place)), sentence, 0, event=event)


@pytest.mark.parametrize("sentence, subject, label, verb, lemma", [
    ("The pipeline would end in Tula.", "The pipeline", "pipeline", "end", "end"),
    ("A warehouse caught fire in Tula on Monday.", "A warehouse", "warehouse", "caught fire", "catch fire"),
    ("The smog that reaches Tula comes from the mills.", "The smog", "smog", "reaches", "reach"),
])
def test_a_thing_at_a_place_is_doubtful(sentence, subject, label, verb, lemma):
    rel = _relation(sentence, subject, label, verb, lemma)
    assert place_doubts(rel) == ("thing at a place",)
    assert "thing at a place" in edge_doubts(rel)


@pytest.mark.parametrize("sentence, subject, label, verb, lemma, kwargs", [
    ("The fire started in Tula.", "The fire", "fire", "started", "start", {}),  # a disaster's place
    ("The stampede occurred in Tula.", "The stampede", "stampede", "occurred", "occur", {}),
    ("A warehouse collapsed in Tula.", "A warehouse", "warehouse", "collapsed", "collapse", {}),  # an accident
    ("The parade took place in Tula.", "The parade", "parade", "took place", "take place", {}),  # it happened
    ("The protest began in Tula.", "The protest", "protest", "began", "begin", {}),  # an event noun
    ("A storm hit Tula.", "A storm", "storm", "hit", "hit", {}),  # harms the place
    ("The protesters gathered in Tula.", "The protesters", "protester", "gathered", "gather", {}),  # people
    ("The committee met in Tula.", "The committee", "committee", "met", "meet", {}),  # a body
    ("The pipeline would end in Tula.", "The pipeline", "pipeline", "end", "end",
     {"event": Event(code="190", label="x", root="19", quad_class="material conflict")}),  # an event type
    ("The warehouse is in Tula.", "The warehouse", "warehouse", "is", "located in", {}),
    ("The army moved to Tula.", "The army", "army", "moved", "move", {"code": "MIL"}),  # an actor code
])
def test_look_alikes_keep_their_edge(sentence, subject, label, verb, lemma, kwargs):
    assert place_doubts(_relation(sentence, subject, label, verb, lemma, **kwargs)) == ()


def test_an_object_that_is_no_place_is_left_to_the_other_doubts():
    rel = _relation("The pipeline would end in Tula.", "The pipeline", "pipeline", "end", "end", place_type="ORG")
    assert place_doubts(rel) == ()


def test_the_word_list_and_the_doubt_are_declared():
    assert {"fire", "stampede", "earthquake", "pandemic", "protest", "festival"} <= occurrence_nouns()
    assert "pipeline" not in occurrence_nouns()
    assert {"take place", "occur", "collapse"} <= occurrence_verbs() and "end" not in occurrence_verbs()
    assert "thing at a place" in DOUBTS


def test_on_the_model(nlp):
    text = "The new gas pipeline would end in Brindisi, Italy, the ministry said."
    found = [r for r in relations_named(document_facts(nlp, text, date=_DATE), "end")
             if r.object.label == "Brindisi"]
    assert found, text
    assert all("thing at a place" in edge_doubts(r) for r in found)
