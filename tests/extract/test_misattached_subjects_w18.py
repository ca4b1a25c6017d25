"""Subjects taken from the wrong noun, wave 18 (:mod:`extract.relations.misattached_subjects`).

Invented sentences, each class with a look-alike that must stay as it was:

- a place right after a preposition of place is no participle's subject ("marched in Khartoum
  demanding ..."); a country set off as the actor of its participle still is ("Germany, facing ...");
- a relative clause "that"/"which" after a person's title phrase ("director of the X that ...")
  goes to the nearer organisation; "a teacher who ..." stays the person's;
- a singular verb after a list of place names ("Tala, Nabi, and Kora in Ethiopia, which has
  suffered ...") goes to the noun before the comma; a plural one stays with the list.
"""

from __future__ import annotations

import pytest

from extract.facts import extract_document
from extract.types import Document


def _triples(nlp, text):
    relations = extract_document(Document(id="t", text=text, date="2020-01-02"), nlp=nlp).relations
    return {(r.subject.label, r.predicate.lemma, r.object.label) for r in relations}


@pytest.mark.parametrize("text, place", [
    ("Thousands of Sudanese protesters marched in Khartoum demanding civilian rule.", "Khartoum"),
    ("Tens of thousands of people took to the streets in Khartoum demanding civilian rule.", "Khartoum"),
])
def test_a_place_after_in_demands_nothing(nlp, text, place):
    triples = _triples(nlp, text)
    assert not any(s == place and p == "demand" for s, p, _ in triples), triples


def test_a_country_set_off_before_its_participle_keeps_its_acts(nlp):
    triples = _triples(nlp, "Germany, facing an energy crisis, reopened two coal plants.")
    assert ("Germany", "reopen", "coal plant") in triples, triples
    assert ("Germany", "face", "energy crisis") in triples, triples


@pytest.mark.parametrize("text, person, organisation, verb", [
    ("Ahmed Ali, a spokesman for the Interior Ministry that drafted the law, defended it on Monday.",
     "Ahmed Ali", "Interior Ministry", "draft"),
    ("Professor Anna Kowalska, director of the Polish Academy of Sciences that coordinated the survey, "
     "praised the volunteers.", "Anna Kowalska", "Polish Academy of Sciences", "coordinate"),
])
def test_that_after_a_title_phrase_is_the_organisation(nlp, text, person, organisation, verb):
    triples = _triples(nlp, text)
    assert not any(s == person and p == verb for s, p, _ in triples), triples
    assert any(s == organisation and p == verb for s, p, _ in triples), triples


def test_who_after_a_title_stays_the_person(nlp):
    triples = _triples(nlp, "Maria Lopez, a teacher who criticized the reform, was dismissed.")
    assert ("Maria Lopez", "criticize", "reform") in triples, triples


@pytest.mark.parametrize("text, towns, country, verb", [
    ("The survey collected data from 200 families from the villages of Tala, Nabi, and Kora in Ethiopia, "
     "which has suffered a long drought.", ("Tala", "Nabi", "Kora"), "Ethiopia", "suffer"),
    ("The agency sent doctors to the towns of Goma, Uvira, and Bunia in the Democratic Republic of the Congo, "
     "which has fought rebels for decades.", ("Goma", "Uvira", "Bunia"), "Democratic Republic of the Congo", "fight"),
])
def test_a_singular_verb_after_a_list_of_towns_is_the_country(nlp, text, towns, country, verb):
    triples = _triples(nlp, text)
    assert not any(p == verb and any(t in s for t in towns) for s, p, _ in triples), triples
    assert any(s == country and p == verb for s, p, _ in triples), triples
