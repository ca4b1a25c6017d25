"""Edges read off a clause's attachments: precise where the parse is clear, none where it is not.

Invented sentences read by the real pipeline (``extract_document`` on the session ``nlp``), each class
with a sentence of the same shape whose relation must stay:

- a passive participle set off by a comma after a prepositional phrase may modify its noun, the noun
  the phrase hangs on or the clause's subject, and one of sequence ("followed by") after a verb's object
  orders the whole clause: its agent gets no edge to the parse's noun ("a study was published in Nature
  Geoscience, conducted by X"); right after its noun ("a truce brokered by X"), after the subject, after
  "of" on a noun ("part of the project, funded by X") or after a verb's object the noun is clear;
- a prepositional phrase fronted before the clause's subject sets the scene and is no target;
- "who" set off by a comma after two persons ("the son of X, who ...") has no subject; after one
  ("X, who ...", "the office of X, who ...") it has;
- an inverted attribution closing a sentence (", reported officials.") names the source, not an object;
- two plain nouns with no actor as subject ("a car bomb killed twelve people") and a verb of having with
  a plain noun ("owns a stake") stay relations, but are no edges.
"""

from __future__ import annotations

import pytest

from extract.facts import extract_document
from extract.quality import is_edge
from extract.types import Document


def _relations(nlp, text):
    return extract_document(Document(id="t", text=text, date="2020-01-02"), nlp=nlp).relations


def _triples(nlp, text) -> set[tuple[str, str, str]]:
    return {(r.subject.label, r.predicate.lemma, r.object.label) for r in _relations(nlp, text)}


@pytest.mark.parametrize("text, predicate, wrong_object", [
    # the participle after a prepositional phrase on the verb: the study, or the journal?
    ("In May, a study was published in the journal Nature Geoscience, conducted by researchers at Kyoto "
     "University.", "conduct", "Nature Geoscience"),
    # after a place phrase on the object: the concert, or the city?
    ("The mayor permitted a concert in Gdansk, organised by Anna Kowalski on 16 August.", "organise", "Gdansk"),
    # a participle of sequence after a verb's object: the seats, or the whole result?
    ("Both candidates won 12 seats, followed by Anna Berg of the Green Party, with 4.", "follow", "seat"),
])
def test_a_loose_participle_gives_its_agent_no_edge(nlp, text, predicate, wrong_object):
    triples = _triples(nlp, text)
    assert not any(p == predicate and o == wrong_object for _, p, o in triples), triples


@pytest.mark.parametrize("text, triple", [
    ("The ceasefire brokered by Turkey collapsed on Monday.", ("Turkey", "broker", "ceasefire")),
    ("Police arrested a man wanted by Interpol.", ("Interpol", "want", "man")),
    ("The study was part of the Ocean project, funded by the European Commission.",
     ("European Commission", "fund", "project")),
    # after a verb's object the parse's noun stands
    ("Millions of viewers watched the debate, hosted by Anna Kowalski of TVN.", ("Anna Kowalski", "host", "debate")),
])
def test_a_participle_whose_noun_is_clear_keeps_its_edge(nlp, text, triple):
    assert triple in _triples(nlp, text)


def test_a_fronted_phrase_names_no_target(nlp):
    triples = _triples(nlp, "At Ankara, the convoy consisted of forty trucks.")
    assert not any(o == "Ankara" for _, _, o in triples), triples


def test_an_inverted_attribution_is_no_object(nlp):
    text = "Rebels shot two soldiers near the border town of Kidal, reported officials."
    triples = _triples(nlp, text)
    assert ("rebel", "shoot", "soldier") in triples
    assert not any(o == "official" for _, _, o in triples), triples
    text = "Rebels shot two soldiers near Kidal on Sunday, with the death toll rising to five, reported officials."
    triples = _triples(nlp, text)
    assert ("rebel", "shoot", "soldier") in triples
    assert not any(o.endswith("official") for _, _, o in triples), triples


@pytest.mark.parametrize("text, triple", [
    # no actor on either side: an incident and the people it killed
    ("A car bomb killed twelve people in the market.", ("car bomb", "kill", "people")),
    # a verb of having with a plain noun object
    ("Siemens owns a stake in the company.", ("Siemens", "own", "stake")),
])
def test_a_relation_with_no_actor_or_a_property_is_no_edge(nlp, text, triple):
    relations = [r for r in _relations(nlp, text)
                 if (r.subject.label, r.predicate.lemma, r.object.label) == triple]
    assert relations  # the relation, and its event, stay in the extraction
    assert not any(is_edge(r) for r in relations)


@pytest.mark.parametrize("text, triple", [
    ("Soldiers killed three civilians in the village.", ("soldier", "kill", "civilian")),
    ("Amazon owns Whole Foods.", ("Amazon", "own", "Whole Foods")),
])
def test_an_actor_or_a_named_side_keeps_the_edge(nlp, text, triple):
    assert any(is_edge(r) for r in _relations(nlp, text)
               if (r.subject.label, r.predicate.lemma, r.object.label) == triple)


@pytest.mark.parametrize("text, predicate", [
    # "who" after two persons: the son, or Ivan Petrov?
    ("The court heard the son of Ivan Petrov, who accused the police of torture.", "accuse"),
    ("Reporters met the lawyer for Ivan Petrov, who criticised the prosecutors.", "criticise"),
])
def test_who_after_two_persons_gives_no_subject(nlp, text, predicate):
    triples = _triples(nlp, text)
    assert not any(p == predicate for _, p, _ in triples), triples


@pytest.mark.parametrize("text, triple", [
    ("The committee heard Ivan Petrov, who accused the police of torture.", ("Ivan Petrov", "accuse", "police")),
    # an office is no person: "who" is the governor
    ("Protesters gathered outside the office of Governor Anna Berg, who condemned the attack.",
     ("Anna Berg", "condemn", "attack")),
])
def test_who_after_one_person_keeps_its_subject(nlp, text, triple):
    assert triple in _triples(nlp, text)
