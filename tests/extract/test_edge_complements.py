"""A plain object whose "of" phrase (or a "for" noun's "for" phrase) the reading lost is no graph edge
(:mod:`extract.edge_complements`).

Invented sentences. "announced the death of X" keeps only "death", "stressed the need for Y" only "need":
the edge joins an actor to an empty noun. An event type other than a statement's or a praise's keeps the
object ("shelled the homes of villagers"), so does a denial ("denied the allegations of bribery"), a named
object, a "for" that is the verb's ("thanked the nurses for their work") and an object with nothing after it.
"""

from __future__ import annotations

import pytest

from extract.edge_complements import complement_doubts, for_nouns
from extract.quality import DOUBTS, edge_doubts
from extract.types import Argument, Event, Predicate, Relation

from .helpers import document_facts, relations_named

_DATE = "2021-03-04"


def _relation(sentence: str, subject: str, verb: str, lemma: str, obj: str, label: str, *, event=None,
              obj_type="CONCEPT", key=None) -> Relation:
    s, v, o = sentence.index(subject), sentence.index(verb), sentence.index(obj)
    return Relation("d", Argument(subject.casefold(), subject, "ORG", subject, s, s + len(subject)),
                    Predicate(lemma, verb, v, v + len(verb)),
                    Argument(key or "concept:" + label, label, obj_type, obj, o, o + len(obj)), sentence, 0,
                    event=event)


def _event(code: str) -> Event:
    return Event(code=code, label="x", root=code[:2], quad_class="verbal cooperation")


@pytest.mark.parametrize("sentence, verb, lemma, obj, label, code", [
    ("Vostok announced the death of the pilot Ivan Petrov.", "announced", "announce", "the death", "death", "010"),
    ("Vostok reaffirmed the openness of the canal project.", "reaffirmed", "reaffirm", "the openness", "openness",
     "051"),
    ("Vostok sent a letter of support to the mayor.", "sent", "send", "a letter", "letter", None),
    # a named owner in the phrase: the edge still joins the subject to a bare "permit" node
    ("Vostok suspended the permit of Mahan Air.", "suspended", "suspend", "the permit", "permit", None),
    ("Vostok stressed the need for stricter controls.", "stressed", "stress", "the need", "need", "010"),
    ("Vostok voiced strong support for the inquiry.", "voiced", "voice", "strong support", "strong support", "051"),
])
def test_an_object_before_its_lost_complement_is_doubtful(sentence, verb, lemma, obj, label, code):
    rel = _relation(sentence, "Vostok", verb, lemma, obj, label, event=_event(code) if code else None)
    assert complement_doubts(rel) == ("lost of-phrase",)
    assert "lost of-phrase" in edge_doubts(rel)


@pytest.mark.parametrize("sentence, verb, lemma, obj, label, code, kwargs", [
    # another event type: the act is the fact, whatever its object's phrase says
    ("Vostok shelled the homes of villagers.", "shelled", "shell", "the homes", "home", "190", {}),
    # a denial names the charge it denies
    ("Vostok denied the allegations of bribery.", "denied", "deny", "the allegations", "allegation", "016", {}),
    # a "for" that is the verb's: the thanks go to the nurses
    ("Vostok thanked the nurses for their work.", "thanked", "thank", "the nurses", "nurse", "051", {}),
    # nothing lost
    ("Vostok announced the death on Monday.", "announced", "announce", "the death", "death", "010", {}),
    # a named object
    ("Vostok received the Order of Lenin.", "received", "receive", "the Order", "Order", None,
     {"obj_type": "WORK_OF_ART", "key": "order"}),
])
def test_look_alikes_keep_their_edge(sentence, verb, lemma, obj, label, code, kwargs):
    rel = _relation(sentence, "Vostok", verb, lemma, obj, label, event=_event(code) if code else None, **kwargs)
    assert complement_doubts(rel) == ()


def test_descriptions_and_places_are_left_alone():
    sentence = "Vostok is a member of the alliance."
    assert complement_doubts(_relation(sentence, "Vostok", "is", "is a", "a member", "member")) == ()


def test_the_word_list_and_the_doubt_are_declared():
    assert {"support", "need", "nominee"} <= for_nouns()
    assert "thank" not in for_nouns() and "prize" not in for_nouns()
    assert "lost of-phrase" in DOUBTS


@pytest.mark.parametrize("text, verb", [
    ("The Polish space agency announced the death of the astronaut Marek Nowak on Tuesday.", "announce"),
    ("Senator Ana Ruiz stressed the need for tighter border controls.", "stress"),
])
def test_on_the_model(nlp, text, verb):
    found = relations_named(document_facts(nlp, text, date=_DATE), verb)
    assert found, text
    assert all("lost of-phrase" in edge_doubts(r) for r in found if r.object.type == "CONCEPT"), text
