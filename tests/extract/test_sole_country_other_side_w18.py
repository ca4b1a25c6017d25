"""A country-less state role keeps no country the article names only inside the event's other side (wave 18).

"The interior ministry deported 30 Afghan migrants": Afghanistan is the migrants', not the ministry's.
A mention of the country anywhere else (a sentence before, a place after "in") leaves the article's
country to the body. Every sentence is invented for the test.
"""

from __future__ import annotations

import pytest

from .helpers import document_facts


def _codes(nlp, text: str, verb: str) -> list[tuple[str | None, str | None]]:
    facts = document_facts(nlp, text, date="2020-03-02")
    return [(r.subject.actor_code, r.object.actor_code) for r in facts.relations if r.predicate.lemma.startswith(verb)]


@pytest.mark.parametrize("text, verb, body", [
    ("The interior ministry deported 30 Afghan migrants on Tuesday.", "deport", "GOV"),
    ("The army arrested two Syrian smugglers near the border on Monday.", "arrest", "MIL"),
])
def test_a_country_named_only_on_the_other_side_is_not_the_bodys(nlp, text, verb, body):
    codes = _codes(nlp, text, verb)
    assert codes, text
    assert all(subject == body for subject, _ in codes)


@pytest.mark.parametrize("text, verb, body", [
    ("Heavy rain hit Peru this week. The army rescued 300 Peruvian villagers from the floods.", "rescue", "PERMIL"),
    ("Strikes spread across Ecuador on Monday. Police detained 20 Ecuadorian workers.", "detain", "ECUCOP"),
    ("Police in Lagos, Nigeria, arrested 12 Nigerian men on Saturday.", "arrest", "NGACOP"),
])
def test_a_country_named_elsewhere_is_still_the_bodys(nlp, text, verb, body):
    assert (body, ) in {(subject, ) for subject, _ in _codes(nlp, text, verb)}


def test_a_place_after_in_is_where_the_event_is(nlp):
    from extract.actors.other_side import only_on_other_side
    from extract.lexicon import get_lexicon

    doc = nlp("A mother called the police in Kamloops, Canada on Sunday.")
    police = next(tok for tok in doc if tok.text == "police")
    assert not only_on_other_side(doc, "CAN", own=(0, 8), other_root=police.i, lexicon=get_lexicon())
    doc = nlp("The navy seized an Iranian tanker.")
    tanker = next(tok for tok in doc if tok.text == "tanker")
    assert only_on_other_side(doc, "IRN", own=(0, 8), other_root=tanker.i, lexicon=get_lexicon())
    assert not only_on_other_side(doc, "IRN", own=(0, 8), other_root=-1, lexicon=get_lexicon())


def test_a_city_on_the_other_side_still_names_the_bodys_country(nlp):
    from extract.actors.other_side import only_on_other_side
    from extract.lexicon import get_lexicon

    doc = nlp("The mayor of Chicago ordered the police to close the parks.")
    mayor = next(tok for tok in doc if tok.text == "mayor")
    police = next(tok for tok in doc if tok.text == "police")
    assert not only_on_other_side(doc, "USA", own=(police.idx, police.idx + 6), other_root=mayor.i,
                                  lexicon=get_lexicon())
