"""Persons of the CAMEO actor dictionaries the tagger missed or mistyped (extract/dictionary_names.py)."""

from __future__ import annotations

import pytest

from extract.dictionary_names import dictionary_persons, person_aliases
from extract.entities import entities_of
from extract.events import annotate_entities
from extract.lexicon import get_lexicon
from extract.types import Document


def _persons(nlp, text: str, date: str = "2019-06-01") -> dict[str, str]:
    """Mention text -> actor code of every PERSON mention."""
    doc = nlp(text)
    index = entities_of(doc, date=date)
    entities = {e.key: e for e in annotate_entities(doc, Document(id="t", text=text, date=date), list(index.entities))}
    return {m.text: entities[m.key].actor_code or "" for m in index.mentions if entities[m.key].type == "PERSON"}


def test_table_lists_surnames_not_common_words():
    table = person_aliases()
    assert table["merkel"][:2] == ("alias", False)
    assert table["pompeo"][0] == "alias"
    for word in ("may", "brown", "rice", "bush", "young", "major", "cook", "jordan", "neptune"):
        assert word not in table or table[word][1], word  # absent, or marked as an English word
    assert "bush administration" not in table  # a body named after its head


@pytest.mark.parametrize("text, name, country", [
    ("Merkel asked Putin to keep gas flowing through Ukraine.", "Merkel", "DEU"),
    ("Pompeo said the sanctions would stay in place.", "Pompeo", "USA"),
    ("Erdogan met Rouhani in Ankara to discuss the Syrian border.", "Rouhani", "IRN"),
    ("Lavrov warned that Moscow would respond to the missile deployment.", "Lavrov", "RUS"),
    ("Duterte threatened to cut ties with Canada over the waste shipments.", "Duterte", "PHL"),
])
def test_surname_becomes_person_with_code(nlp, text, name, country):
    persons = _persons(nlp, text)
    assert name in persons
    assert persons[name].startswith(country)


@pytest.mark.parametrize("text, word", [
    ("In May, the ministry raised the price of bread by ten percent.", "May"),
    ("Price controls on fuel were lifted after the protests.", "Price"),
    ("Young people marched through the capital demanding jobs.", "Young"),
    ("Major roads into the city were closed by the police.", "Major"),
    ("Jordan closed its border with Syria after the attack.", "Jordan"),
    ("Energean has committed money in the Karish and Tanin fields.", "Tanin"),
    ("The walls date from the Gallo-Roman period.", "Gallo"),
])
def test_look_alikes_stay_no_person(nlp, text, word):
    assert not any(word in mention for mention in _persons(nlp, text))


def test_no_person_out_of_office_at_the_date(nlp):
    lexicon = get_lexicon()
    doc = nlp("Later, Macron spoke to reporters.")
    # the dictionaries code him from 2014 on only: a person in 2019, no one in 2010
    assert dictionary_persons(doc, [], date="2019-06-01", lexicon=lexicon)[0] == [(2, 3)]
    assert dictionary_persons(doc, [], date="2010-01-01", lexicon=lexicon)[0] == []


def test_name_inside_longer_name_is_left(nlp):
    doc = nlp("They walked down Kenyatta Avenue in Nairobi.")
    spans = [(e.start, e.end, e.label_) for e in doc.ents]
    found, _ = dictionary_persons(doc, spans, date="2019-06-01", lexicon=get_lexicon())
    assert all(doc[s:e].text != "Kenyatta" for s, e in found)


def test_surname_joins_full_name_of_article(nlp):
    text = "Uhuru Kenyatta opened the road. Kenyatta said it would help traders."
    doc = nlp(text)
    index = entities_of(doc, date="2019-06-01")
    keys = {m.key for m in index.mentions if "Kenyatta" in m.text}
    assert len(keys) == 1
