"""An occupation noun capitalised at a sentence's start is no part of the person's name ("Novelist Salman
Rushdie" is Salman Rushdie), and one in apposition makes the name a person ("Jane Okafor, a retired
astronaut"); a given name that is also an occupation word stays ("Hunter Biden").

Invented sentences through the real pipeline (the tagger's own names).
"""

from __future__ import annotations

import pytest

from extract.facts import extract_document
from extract.types import Document


def _labels(nlp, text: str) -> dict:
    facts = extract_document(Document(id="t", text=text, date="2020-01-01"), nlp=nlp)
    return {e.label: e.type for e in facts.entities if e.type != "CONCEPT"}


@pytest.mark.parametrize(("text", "name"), [
    ("Astronaut Scott Kelly spent a year in orbit.", "Scott Kelly"),
    ("Novelist Salman Rushdie was stabbed on stage in New York.", "Salman Rushdie"),
    ("Striker Harry Kane scored twice against Wales.", "Harry Kane"),
])
def test_an_occupation_before_a_name_is_no_part_of_it(nlp, text, name):
    labels = _labels(nlp, text)
    assert labels.get(name) == "PERSON"
    assert not any(label.endswith(name) and label != name for label in labels)


def test_a_given_name_that_is_an_occupation_word_stays(nlp):
    assert _labels(nlp, "Hunter Biden testified on Monday.").get("Hunter Biden") == "PERSON"
