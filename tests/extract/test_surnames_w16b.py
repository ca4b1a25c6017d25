"""A person named by the surname alone takes the code of the one dictionary person of that surname
(extract/surname_codes.py)."""

from __future__ import annotations

import pytest

from extract.dictionary_names import person_aliases
from extract.entities import entities_of
from extract.events import annotate_entities
from extract.lexicon import get_lexicon
from extract.surname_codes import surname_code
from extract.types import Document, Entity


def _code(nlp, text: str, mention: str, date: str = "2019-06-01") -> str:
    """The actor code of the entity of the last mention written ``mention`` ("" for none)."""
    doc = nlp(text)
    index = entities_of(doc, date=date)
    entities = {e.key: e for e in annotate_entities(doc, Document(id="t", text=text, date=date), list(index.entities))}
    code = None
    for m in index.mentions:
        if m.text == mention:
            code = entities[m.key].actor_code or ""
    assert code is not None, f"no mention {mention!r}"
    return code


@pytest.mark.parametrize("text, mention, country", [
    ("Salvini said the ports would stay closed to rescue ships.", "Salvini", "ITA"),
    ("Kenyatta met opposition leaders at State House on Tuesday.", "Kenyatta", "KEN"),
    ("Ramaphosa promised to fight corruption in state companies.", "Ramaphosa", "ZAF"),
    ("Kagame said Rwanda would reopen its border with Uganda.", "Kagame", "RWA"),
])
def test_surname_alone_takes_the_persons_code(nlp, text, mention, country):
    assert _code(nlp, text, mention).startswith(country)


def test_another_bearer_of_the_surname_blocks_the_code(nlp):
    text = "Margaret Kenyatta visited a maternity ward. Kenyatta said mothers needed better care."
    assert not _code(nlp, text, "Kenyatta").startswith("KEN")


def test_names_after_the_person_get_no_code(nlp):
    assert _code(nlp, "Students at Kenyatta University protested over fees.", "Kenyatta University") == ""


def _person(label: str, key: str | None = None, aliases: tuple[str, ...] = ()) -> Entity:
    return Entity(key=key or label.casefold(), label=label, type="PERSON", aliases=aliases)


def test_surname_code_reads_the_date_and_the_other_persons():
    lexicon = get_lexicon()
    salvini = _person("Salvini")
    assert surname_code(salvini, [salvini], countries=["IT"], date="2019-06-01", lexicon=lexicon) == "ITAGOV"
    # out of the government after September 2019: his party's code
    assert surname_code(salvini, [salvini], countries=["IT"], date="2020-06-01", lexicon=lexicon) == "ITAPTY"
    other = _person("Giulia Salvini")
    assert surname_code(salvini, [salvini, other], countries=["IT"], date="2019-06-01", lexicon=lexicon) is None
    full = _person("Matteo Salvini", key="matteo salvini")
    assert surname_code(salvini, [salvini, full], countries=["IT"], date="2019-06-01", lexicon=lexicon) == "ITAGOV"


def test_alias_surnames_and_english_words_are_left_to_others():
    lexicon = get_lexicon()
    merkel = _person("Merkel")  # listed as an alias: coded by the alias itself
    assert surname_code(merkel, [merkel], countries=[], date="2019-06-01", lexicon=lexicon) is None
    # a surname that is an English word, of a person who holds a code at the date
    word = next(k for k, (kind, common, full) in person_aliases().items() if kind == "surname" and common
                and lexicon.dictionaries.actor_codes(full, date="2019-06-01"))
    entity = _person(word.capitalize())
    assert surname_code(entity, [entity], countries=[], date="2019-06-01", lexicon=lexicon) is None
    assert surname_code(Entity(key="kagame", label="Kagame", type="ORG"), [], countries=[], date="2019-06-01",
                        lexicon=lexicon) is None


def test_an_article_of_other_countries_or_another_full_name_gives_no_code(nlp):
    lexicon = get_lexicon()
    salvini = _person("Salvini")
    # an article that names Italy, or no country at all: Matteo Salvini; one that names Grenada alone: someone else
    assert surname_code(salvini, [salvini], countries=["GB", "IT"], date="2019-06-01", lexicon=lexicon) == "ITAGOV"
    assert surname_code(salvini, [salvini], countries=[], date="2019-06-01", lexicon=lexicon) == "ITAGOV"
    assert surname_code(salvini, [salvini], countries=["GD"], date="2019-06-01", lexicon=lexicon) is None
    doc = nlp("The resignation of Governor Mario Salvini was announced. Salvini left on Friday.")
    assert surname_code(salvini, [salvini], countries=["IT"], date="2019-06-01", lexicon=lexicon, doc=doc) is None
    doc = nlp("Interior Minister Matteo Salvini spoke. Salvini left on Friday.")
    assert surname_code(salvini, [salvini], countries=["IT"], date="2019-06-01", lexicon=lexicon, doc=doc) == "ITAGOV"


def test_given_names_and_acronyms_are_no_surnames():
    lexicon = get_lexicon()
    for label in ("Bernie", "KENYATTA"):
        entity = _person(label)
        assert surname_code(entity, [entity], countries=[], date="2019-06-01", lexicon=lexicon) is None, label


def test_one_persons_given_name_makes_a_whole_name_a_person():
    from extract.entity_context import is_given_name, is_personal_name

    lexicon = get_lexicon()
    assert is_personal_name("Elijah Cummings", lexicon=lexicon)
    assert is_personal_name("Magnus Carlsen", lexicon=lexicon)
    # a lone word is not read as a given name from one person only; a street stays a street
    assert not is_given_name("Elijah", lexicon=lexicon)
    assert not is_personal_name("Martine Avenue", lexicon=lexicon)


def test_wide_given_names_leave_out_actors_months_and_common_words():
    lexicon = get_lexicon()
    wide = set(lexicon.words["given_names_wide"])
    for word in ("isis", "march", "park", "france", "french", "minister", "bank"):
        assert word not in wide, word
    assert {"elijah", "magnus"} <= wide
