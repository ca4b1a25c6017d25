"""Actor codes from the mention (issue 11, point 3): speakers for an actor, and what gives no country.

Invented sentences; the codes come from the words of each mention.
"""

from __future__ import annotations

import pytest

from extract.actors import generic_actor_codes
from extract.lexicon import get_lexicon

from .test_events import annotate


@pytest.fixture(scope="module")
def lexicon():
    return get_lexicon()


def _codes(nlp, lexicon, text, phrase):
    doc = nlp(text)
    start = text.index(phrase)
    span = doc.char_span(start, start + len(phrase))
    return [(f.code, f.source) for f in generic_actor_codes(span, date="2019-06-01", lexicon=lexicon)]


@pytest.mark.parametrize(
    "text, phrase, codes",
    [
        # a speaker for an actor is that actor
        ("The spokesperson for the Dutch government denied the report.", "The spokesperson", [("NLDGOV", "of")]),
        ("A spokeswoman for the Chilean navy said the ship was safe.", "A spokeswoman", [("CHLMIL", "of")]),
        ("A spokesman of Peru's foreign ministry declined to comment.", "A spokesman", [("PERGOV", "of")]),
        # a speaker for no actor keeps the agents file's role, and no country is guessed
        ("The spokesman for the festival declined to comment.", "The spokesman", [("MED", "role")]),
        ("The spokesman declined to comment.", "The spokesman", [("MED", "role")]),
    ],
)
def test_speaker_for_an_actor_takes_its_code(nlp, lexicon, text, phrase, codes):
    assert _codes(nlp, lexicon, text, phrase) == codes


@pytest.mark.parametrize(
    "text, person, code",
    [
        ("The mayor of Toronto, Paul Ridley, thanked the firefighters.", "Paul Ridley", "CANGOV"),
        ("Ana Soto, a Chilean diplomat, thanked the firefighters.", "Ana Soto", "CHLGOV"),
    ],
)
def test_apposition_gives_a_person_the_country_and_role(nlp, text, person, code):
    (rel,) = annotate(nlp, text, [((person, "PERSON"), "thanked", ("the firefighters", "CONCEPT"))])
    assert rel.subject.actor_code == code


def test_apposition_without_a_country_gives_none(nlp, lexicon):
    (rel,) = annotate(nlp, "Marc Dubois, a retired teacher, thanked the firefighters.",
                      [(("Marc Dubois", "PERSON"), "thanked", ("the firefighters", "CONCEPT"))])
    code = rel.subject.actor_code
    assert code is None or lexicon.countries.by_alpha3.get(code[:3]) is None


def _subject_code(nlp, text):
    from extract.facts import extract_document
    from extract.types import Document

    facts = extract_document(Document(id="t", text=text, date="2019-06-01"), nlp=nlp)
    return {r.predicate.lemma: r.subject.actor_code for r in facts.relations}


@pytest.mark.parametrize(
    "text, lemma, code",
    [
        # local police act where the clause says: the place's country
        ("Police arrested twelve protesters in Nairobi on Monday.", "arrest", "KENCOP"),
        ("Police detained two students in Peru on Friday.", "detain", "PERCOP"),
        # a place name of several countries gives none; nor does a role that also acts abroad
        ("Police fired tear gas at protesters in Victoria on Sunday.", "fire", "COP"),
        # Ugandan media: a second country named, so no one country (actors/sole_country.py) either
        ("Soldiers arrested twelve protesters in Nairobi on Monday, Ugandan media said.", "arrest", "MIL"),
    ],
)
def test_local_police_take_the_country_of_the_place(nlp, text, lemma, code):
    assert _subject_code(nlp, text)[lemma] == code
