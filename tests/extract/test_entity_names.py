"""Entities a reader can trust: clean labels, one node per referent, types from names and data
(extract/entities.py), on invented sentences through the real pipeline."""

from __future__ import annotations

import pytest

from extract.entities import entities_of
from extract.lexicon import get_lexicon


def entities(nlp, text):
    return {e.key: e for e in entities_of(nlp(text))}


def labels(nlp, text):
    return {e.label for e in entities_of(nlp(text))}


def test_acronym_spelt_by_initials_joins_the_full_name(nlp):
    found = entities(nlp, "Johns Hopkins University counted the cases. JHU said the count was rising.")
    assert "johns hopkins university" in found
    assert "jhu" not in found
    assert "JHU" in found["johns hopkins university"].aliases


def test_short_form_joins_the_named_entity(nlp):
    found = entities(nlp, "Acme Corporation hired 300 workers. Acme said more would follow.")
    assert "acme corporation" in found
    assert "acme" not in found


def test_city_is_not_merged_with_its_airport(nlp):
    found = entities(nlp, "Flights left Frankfurt Airport late. Frankfurt was cold all week.")
    assert "frankfurt" in found


def test_party_word_names_the_party(nlp):
    found = entities(nlp, "The Republican Party met in Ohio. Every Republican voted against the bill.")
    assert "republican party" in found and "republican" not in found
    assert found["republican party"].type == "ORG"


def test_abbreviated_country_in_front_is_spelt_out(nlp):
    found = entities(nlp, "The U.S. Senate voted on Monday. The US Senate then adjourned.")
    assert "united states senate" in found
    assert {"U.S. Senate", "US Senate"} <= set(found["united states senate"].aliases)


def test_surname_after_a_generation_mark(nlp):
    found = entities(nlp, "Edward J. DeBartolo Jr. owned the team. DeBartolo was pardoned in February.")
    assert "debartolo" not in found
    assert any(e.type == "PERSON" and "DeBartolo" in e.label for e in found.values())


def test_country_tagged_as_person_is_the_country(nlp):
    found = entities(nlp, "Malawi confirmed its first coronavirus infections on Thursday.")
    assert found["malawi"].type == "GPE"


@pytest.mark.parametrize("junk", ["UTC", "Detective Inspector"])
def test_time_zones_and_titles_alone_are_not_entities(nlp, junk):
    text = ("The plane landed at 14:00 UTC in Berlin. " if junk == "UTC" else
            "A Detective Inspector from Thames Valley Police said the toilet was stolen. ")
    assert junk.casefold() not in entities(nlp, text)


def test_a_date_is_not_an_entity(nlp):
    found = entities(nlp, "The storm hit Puerto Rico on January 7, and again on January 8.")
    assert not any(k.startswith("january") for k in found)


def test_unbalanced_bracket_is_cut(nlp):
    found = labels(nlp, "The National Emergency Operation Centre (NEOC said the vaccine arrived in Apia.")
    assert not any("(" in label for label in found)


def test_leading_preposition_is_not_part_of_a_name(nlp):
    assert not any(label.startswith("of ") for label in labels(nlp, "The Archbishop of Gdańsk resigned."))


def test_head_word_fixes_the_type(nlp):
    found = entities(nlp, "Fans filled Chesapeake Energy Arena in Oklahoma City on Wednesday.")
    assert found["chesapeake energy arena"].type == "FAC"


def test_name_whose_last_word_stands_alone_is_a_person(nlp):
    found = entities(nlp, "Antoine Quirin was charged in Paris. Quirin denied the charge.")
    assert found["antoine quirin"].type == "PERSON"
    assert "quirin" not in found


def test_major_city_tagged_organisation_is_a_place(nlp):
    found = entities(nlp, "Poznan and Warsaw opened new stores this year.")
    assert found["poznan"].type == "GPE"


def test_first_name_alone_after_the_full_name(nlp):
    found = entities(nlp, "Mayor Paweł Adamowicz was attacked on stage. Paweł died the next day.")
    assert "paweł" not in found


def test_owner_before_a_possessive_is_its_own_entity(nlp):
    found = labels(nlp, "Ron Paul spoke in Texas. Paul's Rally for the Republic drew thousands.")
    assert not any("'s" in label for label in found)


def test_head_and_party_tables_come_from_the_lexicon():
    lexicon = get_lexicon()
    assert lexicon.tables["name_heads"]["arena"][0] == "FAC"
    assert lexicon.tables["party_words"]["gop"] == ("Republican Party",)
    assert "utc" in lexicon.word_sets["time_zones"]


def test_an_institution_named_alone_takes_the_articles_full_name_only(nlp):
    """"Congress" is the article's "United States Congress" when the article names it so;
    named alone, it keeps its bare name: never the country the article is about."""
    from extract.entities import entities_of

    named = entities_of(nlp("The United States Congress passed the bill on Monday. "
                            "Congress then adjourned until January."))
    keys = {e.key for e in named.entities}
    assert "united states congress" in keys and "congress" not in keys

    alone = entities_of(nlp("The United States imposed tariffs on Monday. The United States said Congress "
                            "would vote on the measure in January."))
    keys = {e.key for e in alone.entities}
    assert "congress" in keys and "united states congress" not in keys


def test_acronym_in_brackets_names_the_place_it_spells(nlp):
    # Invented: "NSW" spells New South Wales, not the parliament; the bare "Parliament" is that parliament.
    text = ("The Parliament of New South Wales (NSW) passed the bill on Friday. New South Wales has eight "
            "million people. Parliament will sit again in March.")
    found = entities(nlp, text)
    parliament = found["parliament of new south wales"]
    assert "NSW" not in parliament.aliases
    assert "NSW" in found["new south wales"].aliases
    assert "parliament" not in found and "Parliament" in parliament.aliases
