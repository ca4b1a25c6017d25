"""Quoted statements of officials and bodies (extract/quoted_statements.py, extract/said_sources.py).

Invented news sentences through the real pipeline: an official's "said" whose clause is a quotation that
names no event, praise or blame is a statement (010) of the official; a quotation that names an event or
judges is coded by what it says; a private speaker and a "said" inside a quotation give none.
"""

from __future__ import annotations

import pytest

from tests.extract.helpers import text_relations

DATE = "2020-06-01"


def _statements(nlp, text: str) -> list:
    return [r for r in text_relations(nlp, text, date=DATE)
            if r.predicate.lemma == "say" and r.event is not None and r.event.code == "010"]


@pytest.mark.parametrize(("text", "country"), [
    ('Kenyan Interior Minister Rose Wanjiku said, "We are confident the roads will be dry by Friday."', "KEN"),
    ('"The water level is falling slowly," the Egyptian Irrigation Ministry said on Tuesday.', "EGY"),
    ('Chilean Health Minister Pablo Soto said of the outbreak, "it is going to get worse before it gets better."',
     "CHL"),
    # an apostrophe before the verb is no quotation mark
    ("The United States' ambassador to Kenya, Mark Jones, said, \"The embassy will stay open through June.\"", "USA"),
    # a quotation inside indirect speech
    ('The Peruvian Foreign Ministry said the ambassador was "on his way home" and would land on Monday.', "PER"),
])
def test_an_officials_quotation_is_a_statement(nlp, text, country):
    found = _statements(nlp, text)
    assert len(found) == 1, found
    assert (found[0].subject.actor_code or "").startswith(country)
    assert found[0].object.key == "concept:unspecified"
    assert found[0].modality == "asserted"


@pytest.mark.parametrize("text", [
    # the quotation names an event: that event is coded
    '"We will arrest everyone who took part in the riot," Kenyan Interior Minister Rose Wanjiku said.',
    'Chilean Health Minister Pablo Soto said, "We are asking every citizen to stay at home."',
    # the quotation praises or blames
    'Kenyan Interior Minister Rose Wanjiku said the late governor was a "heroic" servant of the people.',
    '"He is a corrupt and dishonest man," Chilean Health Minister Pablo Soto said of the mayor.',
    # a private speaker
    'A resident of the village said, "The water came up to our knees."',
    # a "said" inside a quotation is the quotation's own word
    'Chilean Health Minister Pablo Soto wrote: "The governor said the dam was safe, and it was."',
])
def test_a_quotation_coded_otherwise_or_private_makes_none(nlp, text):
    assert _statements(nlp, text) == []
