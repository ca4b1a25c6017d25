"""Split and wrongly merged entity nodes (issue 12): a faith or people word alone is no person's
surname, a following agent noun is no alias of the name before it, and a country's government named
with a capital is the one actor node of that government.

Sentences are invented (or of the kinds news writes); the expected nodes are what a reader names.
"""

from __future__ import annotations

import pytest

from extract.alias_forms import alias_surface
from extract.entity_context import is_people_word, is_personal_name
from extract.government_names import government_of
from extract.lexicon import get_lexicon

from .helpers import document_facts


@pytest.fixture(scope="module")
def lexicon():
    return get_lexicon()


def _entities(nlp, text: str) -> dict[str, object]:
    return {e.key: e for e in document_facts(nlp, text, date="2021-06-01").entities}


# -- faith and people words ------------------------------------------------------------------------

@pytest.mark.parametrize("word", ["Muslim", "Christian", "Jewish", "Kurds", "Hindu", "Sunnis", "muslim"])
def test_a_faith_or_people_word_is_a_people_word(lexicon, word):
    assert is_people_word(word, lexicon=lexicon)


@pytest.mark.parametrize("word", ["Smith", "French", "English", "Bush"])
def test_a_surname_or_a_nationality_is_no_people_word(lexicon, word):
    assert not is_people_word(word, lexicon=lexicon)


def test_a_given_name_before_a_faith_adjective_still_reads_as_a_person(lexicon):
    # the typing rule keeps its faith list: a faith adjective that is a given name is a surname there
    assert not is_personal_name("Roman Catholic", lexicon=lexicon)


def test_muslim_alone_is_not_the_surname_of_salih_muslim(nlp):
    found = _entities(nlp, "Salih Muslim, a Kurdish politician, said Muslim families fled the town. "
                           "He said the Muslim community was afraid.")
    person = found["salih muslim"]
    assert "Muslim" not in person.aliases


def test_christian_alone_is_not_the_surname_of_a_christian_named_person(nlp):
    found = _entities(nlp, "Anna Christian, a nurse from Leeds, spoke to reporters on Monday. "
                           "Christian leaders in the city later called for calm.")
    assert "Christian" not in found["anna christian"].aliases


def test_kurds_alone_join_no_person(nlp):
    found = _entities(nlp, "Omar Kurds, a shopkeeper, said on Friday that the Kurds had left the village.")
    assert "Kurds" not in found["omar kurds"].aliases
    assert found["kurds"].type == "NORP"


# -- agent nouns after a name ----------------------------------------------------------------------

@pytest.mark.parametrize("surface, expected", [
    ("NATO members", "NATO"),
    ("EU member states", "EU"),
    ("Trump administration", "Trump"),
    ("Biden campaign", "Biden"),
    ("EU leaders", "EU"),
    ("Hamas officials", "Hamas"),
    ("Members of Parliament", "Members of Parliament"),
    ("Trump Administration", "Trump Administration"),
    ("members", "members"),
])
def test_a_following_agent_noun_is_cut_from_the_alias(lexicon, surface, expected):
    assert alias_surface(surface, lexicon=lexicon) == expected


def test_nato_members_is_no_alias_of_nato(nlp):
    found = _entities(nlp, "NATO members met in Brussels on Tuesday. NATO said it would send more ships.")
    assert "NATO members" not in found["nato"].aliases


def test_militia_after_a_group_is_no_alias(nlp):
    found = _entities(nlp, "Hamas fighters fired rockets at the town on Sunday, and Hamas said it would go on.")
    assert all("fighters" not in alias for alias in found["hamas"].aliases)


# -- a country's government ------------------------------------------------------------------------

@pytest.mark.parametrize("name, code", [
    ("UK Government", "GBRGOV"),
    ("the French Government", "FRAGOV"),
    ("the government of France", "FRAGOV"),
    ("Government of the United Kingdom", "GBRGOV"),
    ("Italian government", "ITAGOV"),
])
def test_a_country_s_government_is_its_government_actor(lexicon, name, code):
    found = government_of(name, lexicon=lexicon)
    assert found is not None and found.code == code and found.key == "actor:" + code.casefold()


@pytest.mark.parametrize("name", ["Scottish Government", "Welsh Government", "Government House", "France",
                                  "Paris government", "Local Government", "Government of National Unity"])
def test_no_country_s_government(lexicon, name):
    assert government_of(name, lexicon=lexicon) is None


def test_the_uk_government_is_one_actor_node_never_the_city_or_country(nlp):
    found = _entities(nlp, "The UK Government said on Tuesday that it would ban the sale of new petrol cars. "
                           "London has many such cars, and the United Kingdom imports most of them.")
    government = found["actor:gbrgov"]
    assert government.type == "ACTOR" and government.actor_code == "GBRGOV"
    assert "UK Government" in government.aliases
    assert "london" in found and found["london"].type == "GPE"
    assert "UK Government" not in found["london"].aliases
    assert "united kingdom government" not in found


def test_french_government_in_two_spellings_is_one_node(nlp):
    found = _entities(nlp, "The French Government announced new taxes on Monday. "
                           "Unions said the French government had not consulted them. France has 67 million people.")
    governments = [e for e in found.values() if "government" in e.label.casefold()]
    assert [e.key for e in governments] == ["actor:fragov"]
    assert found["france"].type == "GPE"
