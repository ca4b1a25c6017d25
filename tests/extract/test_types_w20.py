"""Types and junk of wave 20 (extract.list_kinds, extract.known_bodies; a plural common noun capitalised at a
sentence's start), on the real model.

Expected values come from the text: names listed after "the towns ... were" are towns; names listed after
"telescopes ...:" are products, no nodes; a name before a comma and its country is a place; "the capital of
X" and "the capital, X," make X a place; "a Pentecostal church" names a denomination; companies listed after
"the companies ... were", or a company before "Brazil's state oil company", keep their type; "Guardrails"
opening a sentence of an article on "the guardrail" is no name; a company or group the actor dictionaries or
the knowledge base know (Toyota, Hamas) is no town of its name; "X, the Swedish game studio" is a company.
"""

from __future__ import annotations

import pytest

from .helpers import document_facts


def _types(nlp, text: str) -> dict[str, str]:
    facts = document_facts(nlp, text, date="2020-05-01")
    return {e.label: e.type for e in facts.entities if e.type not in ("CONCEPT", "ACTOR")}


@pytest.mark.parametrize("text, name, expected", [
    ("Governor Alexander Pimentel said the towns damaged were primarily Carrascal, Cantilan, Madrid, Carmen, "
     "Lanuza, and Cortes.", "Carrascal", "GPE"),
    ("Governor Alexander Pimentel said the towns damaged were primarily Carrascal, Cantilan, Madrid, Carmen, "
     "Lanuza, and Cortes.", "Cortes", "GPE"),
    ("The villages evacuated on Monday were Bulusan, Irosin and Juban, officials said.", "Bulusan", "GPE"),
    ("The companies named in the lawsuit were Danone, Nestlé and Lactalis.", "Danone", "ORG"),
    ("An earthquake struck Surigao del Sur, Philippines, injuring at least 25 people.", "Surigao del Sur", "GPE"),
    ("Floods hit Ngozi, Burundi, and killed four people.", "Ngozi", "GPE"),
    ("Investors sued Petrobras, Brazil's state oil company, in New York.", "Petrobras", "ORG"),
    ("The epicentre was 73 km north of Tandag City, the capital of Surigao del Sur.", "Surigao del Sur", "GPE"),
    ("Yemen has been at war since the capital, Sanaa, fell under Houthi control.", "Sanaa", "GPE"),
    ("The Avoyelles House of Mercy, a Pentecostal church, had been travelling from Louisiana.", "Pentecostal",
     "NORP"),
])
def test_list_and_frame_types(nlp, text, name, expected):
    assert _types(nlp, text).get(name) == expected


def test_listed_telescopes_are_no_nodes(nlp):
    types = _types(nlp, "Astronomers want to use the extremely large telescopes now under construction: ELT, TMT, "
                        "GMT.")
    assert "TMT" not in types and "ELT" not in types


def test_a_list_of_places_after_a_company_keeps_the_company(nlp):
    types = _types(nlp, "The ministry signed deals with Airbus, France, and Germany on Monday.")
    assert types.get("Airbus") == "ORG"


def test_plural_common_noun_opening_a_sentence_is_no_name(nlp):
    text = ('The crash damaged the road. "Guardrails can only take so much," he said. '
            "The guardrail would be examined, the official said.")
    assert "Guardrails" not in _types(nlp, text)


@pytest.mark.parametrize("text, name, expected", [
    ("Toyota recalled 1 million cars on Tuesday.", "Toyota", "ORG"),  # the gazetteer's city of Toyota
    ("Hamas fired rockets at Israel.", "Hamas", "ORG"),
    ("Police in Poznan arrested two men.", "Poznan", "GPE"),
    ("Mojang, the Swedish game studio, released an update.", "Mojang", "ORG"),
])
def test_a_known_body_is_no_town_of_its_name(nlp, text, name, expected):
    assert _types(nlp, text).get(name) == expected
