"""Names written as abbreviations with no alphabetic token: "the U.S.", "the U.K.", "PG&E".

spaCy keeps "U.S." as one token that is not ``is_alpha``; a rule that dropped every name without
an alphabetic token dropped the country of the commonest wire-service spelling, and with it the
subject of "The U.S. imposed sanctions on Iran". Numbers, dashes and "COVID-19" still make no
name, and an unknown dotted abbreviation stays out. Every sentence is invented for the test.
"""

from __future__ import annotations

from .helpers import document_facts


def _labels(facts) -> set[str]:
    return {e.label for e in facts.entities}


def test_a_dotted_country_abbreviation_is_the_country_and_the_subject(nlp):
    facts = document_facts(nlp, "The U.S. imposed new sanctions on Iran on Monday.", date="2020-03-02")
    assert {"United States", "Iran"} <= _labels(facts)
    subjects = {r.subject.text for r in facts.relations if r.object.text == "Iran"}
    assert "U.S." in subjects


def test_a_dotted_country_abbreviation_gets_its_country_code(nlp):
    facts = document_facts(nlp, "On Tuesday the U.K. expelled 23 Russian diplomats.", date="2020-03-02")
    assert "United Kingdom" in _labels(facts)
    codes = {r.subject.actor_code for r in facts.relations if r.subject.text == "U.K."}
    assert codes and all(code.startswith("GBR") for code in codes)


def test_the_same_country_written_two_ways_is_one_node(nlp):
    facts = document_facts(nlp, "The U.S. and Japan signed a trade deal. US officials praised it.", date="2020-03-02")
    assert sum(1 for label in _labels(facts) if label == "United States") == 1
    assert not any(label in ("U.S.", "US") for label in _labels(facts))


def test_a_figure_with_digits_is_still_no_name(nlp):
    facts = document_facts(nlp, "COVID-19 spread quickly through the city of Lyon in March.", date="2020-03-02")
    assert "COVID-19" not in _labels(facts)
