"""Verb families whose event the reader missed (issue 11): a named addressee of "spoke to",
protesters gathering, a commuted sentence.

Invented sentences, run end to end through :func:`extract.facts.extract_document` on the real
pipeline, so the relation rules and the event coding are tested together. The codes expected
are those of the CAMEO dictionaries: SPEAK and TALK are in the CONFER [040] synset, a gathering
of demonstrators is 141 in the ASSEMBLE synset's own patterns, and "REVOKE * SENTENCE" is 081.
"""

from __future__ import annotations

import pytest

from extract.facts import extract_document
from extract.types import Document


@pytest.fixture(scope="module")
def codes(nlp):
    """(subject, predicate lemma, object) -> event code (or None) of one sentence's relations."""

    def run(text: str) -> dict[tuple[str, str, str], str | None]:
        facts = extract_document(Document(id="families", text=text, date="2019-06-01"), nlp=nlp)
        return {(r.subject.text, r.predicate.lemma, r.object.text): (r.event.code if r.event else None)
                for r in facts.relations}

    return run


def _by_verb(found: dict, lemma: str) -> list:
    return [(key, code) for key, code in found.items() if key[1] == lemma]


@pytest.mark.parametrize("text, lemma, subject, addressee", [
    ("Angela Merkel talked to Emmanuel Macron about the budget.", "talk", "Angela Merkel", "Emmanuel Macron"),
    ("Sauli Niinisto spoke to Vladimir Putin on Tuesday.", "speak", "Sauli Niinisto", "Vladimir Putin"),
])
def test_speaking_to_a_named_person_is_a_consultation(codes, text, lemma, subject, addressee):
    found = _by_verb(codes(text), lemma)
    assert ((subject, lemma, addressee), "040") in found


def test_speaking_to_reporters_stays_a_statement(codes):
    found = _by_verb(codes("Angela Merkel spoke to reporters in Berlin."), "speak")
    assert found  # the relation is read
    assert all(code is None or not code.startswith("04") for _, code in found)


@pytest.mark.parametrize("text, lemma", [
    ("Hundreds of protesters gathered outside the parliament in Tbilisi.", "gather"),
    ("Demonstrators marched from the university to the palace in Caracas.", "march"),
])
def test_protesters_gathering_is_a_demonstration(codes, text, lemma):
    found = _by_verb(codes(text), lemma)
    assert found and all(code == "141" for _, code in found)


def test_other_people_gathering_is_no_demonstration(codes):
    found = _by_verb(codes("Opposition leaders gathered in Nairobi to discuss the election."), "gather")
    assert all(code != "141" for _, code in found)


@pytest.mark.parametrize("text, lemma, subject", [
    ("Barack Obama commuted the sentence of Chelsea Manning.", "commute", "Barack Obama"),
    ("Turkey revoked the prison sentence of Ahmet Altan.", "revoke", "Turkey"),
])
def test_easing_a_sentence_is_081(codes, text, lemma, subject):
    found = _by_verb(codes(text), lemma)
    assert [code for (s, _, _), code in found if s == subject] == ["081"]


@pytest.mark.parametrize("text, subject, obj, code", [
    # "ORDER * + REMAIN IN &DETENTION [173]": the order keeps someone detained
    ("The Kenyan court ordered Mohamed Ali to remain in detention.", "The Kenyan court", "Mohamed Ali", "173"),
    # "ORDER * DIPLOMAT TO LEAVE + [161]": expelling a diplomat cuts relations
    ("Vladimir Putin ordered the Polish diplomat to leave Russia.", "Vladimir Putin", "the Polish diplomat", "161"),
])
def test_an_order_takes_its_sense_from_what_it_demands(codes, text, subject, obj, code):
    assert codes(text).get((subject, "order", obj)) == code


def test_an_order_with_no_fitting_pattern_stays_uncoded(codes):
    found = _by_verb(codes("Angela Merkel ordered the minister to write a report."), "order")
    assert all(code is None for _, code in found)


def test_a_fitting_pattern_wins_over_the_demonstration(codes):
    # MARCH: "* IN SYMPATHY WITH + [051]": a march in sympathy is support, not a protest
    found = _by_verb(codes("Demonstrators marched in sympathy with Aung San Suu Kyi in Rangoon."), "march")
    assert found and all(code != "141" for _, code in found)
