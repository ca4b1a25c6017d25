"""A country's name written with hyphens in a compound adjective is the country itself (extract.entities)."""

from __future__ import annotations

from extract.facts import extract_facts
from extract.types import Document


def _entities(nlp, text):
    facts = next(iter(extract_facts([Document(id="d", text=text)], nlp=nlp)))
    return {e.key: (e.label, e.type) for e in facts.entities}


def test_a_hyphenated_country_in_a_compound_is_the_country(nlp):
    entities = _entities(nlp, "A United-States-based team of scientists released findings on Thursday.")
    assert entities.get("united states") == ("United States", "GPE")
    assert "united-states" not in entities


def test_a_country_whose_own_name_has_a_hyphen_keeps_it(nlp):
    entities = _entities(nlp, "Guinea-Bissau and South-Korea signed a deal.")
    assert entities.get("guinea-bissau") == ("Guinea-Bissau", "GPE")
    assert entities.get("south korea") == ("South Korea", "GPE")
