"""A list of 1,500 country names: the parser chains each conjunct to the one before, and a rule that
walked the chain by recursion ran out of stack (RecursionError in extract/events/annotate.py)."""

from __future__ import annotations

from extract.facts import extract_facts
from extract.types import Document

COUNTRIES = ["France", "Spain", "Italy", "Kenya", "Peru"]


def test_a_list_of_fifteen_hundred_places_is_read_to_the_end(nlp):
    text = "Delegates came from " + ", ".join(COUNTRIES * 300) + " and Chile."
    (facts,) = extract_facts([Document(id="long:list", text=text)], nlp=nlp)
    by_label = {e.label: e for e in facts.entities}
    # every country of the list, and the one after its last "and", is a node
    assert set(COUNTRIES) | {"Chile"} <= set(by_label)
    assert by_label["France"].mentions == 300 and by_label["Chile"].mentions == 1
