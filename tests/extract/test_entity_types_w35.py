"""Entity types on unseen news (issue 12): a place of worship or a fortress named by its head word, a railway
operator's plural head, a place a naming participle introduces with a place's noun ("a site called X"), names
coordinated before a plural class noun they share ("the Karish and Tanin fields"), and a show's title the parser
left hanging after "television program"; and the look-alikes each rule must leave alone.

Invented sentences and sentences of unseen Wikinews articles, through the real pipeline (the tagger's own names).
"""

from __future__ import annotations

import pytest

from extract.lexicon import get_lexicon

from .helpers import named_types


@pytest.mark.parametrize("text, name", [
    ("We went for a trek to Chamundi Temple in the morning.", "Chamundi Temple"),
    ("Thousands of pilgrims visited Meenakshi Temple in Madurai during the festival.", "Meenakshi Temple"),
    ("The Harmandir Temple in Amritsar reopened to visitors on Monday.", "Harmandir Temple"),
    ("The wedding took place at Westminster Abbey in London.", "Westminster Abbey"),
    ("Soldiers guarded the gates of Rumeli Fortress through the night.", "Rumeli Fortress"),
])
def test_a_place_of_worship_or_a_fortress_named_by_its_head_word_is_a_facility(nlp, text, name):
    assert named_types(nlp, text).get(name) == "FAC"


def test_a_given_name_before_a_worship_head_word_stays_a_person(nlp):
    got = named_types(nlp, "Actress Shirley Temple died in 2014 at her home in California.")
    assert got.get("Shirley Temple") == "PERSON"


def test_a_railway_operator_named_with_the_plural_head_is_an_organisation(nlp):
    got = named_types(nlp, "The state-run Pakistan Railways cancelled 40 trains on Tuesday.")
    assert got.get("Pakistan Railways") == "ORG"


@pytest.mark.parametrize("text, name", [
    ("Four of these bone tools were found in a site called Abri Peyrony in southwest France.", "Abri Peyrony"),
    ("Her next project is to study the bone artefacts from a site called Bacho Kiro in Bulgaria.", "Bacho Kiro"),
    ("Rescuers reached a cave known as Tham Luang on Monday.", "Tham Luang"),
])
def test_a_place_noun_before_a_naming_participle_makes_the_name_a_place(nlp, text, name):
    assert named_types(nlp, text).get(name) == "LOC"


def test_a_site_a_compound_modifies_is_no_place(nlp):
    got = named_types(nlp, "The leaked files were first posted on a news site called Axios on Friday.")
    assert got.get("Axios") != "LOC"


def test_the_place_nouns_are_read_as_data():
    places = get_lexicon().word_sets["called_places"]
    assert {"site", "cave", "hamlet"} <= places
    assert "company" not in places


@pytest.mark.parametrize("text, name, kind", [
    ("Energean has committed 1.7 billion dollars in the Karish and Tanin fields.", "Karish", "FAC"),
])
def test_names_coordinated_before_a_shared_plural_noun_take_its_type(nlp, text, name, kind):
    assert named_types(nlp, text).get(name) == kind


def test_a_lone_name_before_a_plural_noun_after_a_list_keeps_the_rule_of_the_single_name(nlp):
    # the company owning fields is named alone, not coordinated with the fields' names
    got = named_types(nlp, "Shell said on Monday that Chevron would sell its fields to a rival.")
    assert got.get("Chevron") == "ORG"


def test_a_show_title_the_parser_left_after_television_program_is_no_person(nlp):
    got = named_types(nlp, "Biden faced the accusation on television program Morning Joe.")
    assert got.get("Morning Joe") != "PERSON"
    assert got.get("Biden") == "PERSON"


def test_a_person_after_program_as_a_subject_stays_a_person(nlp):
    got = named_types(nlp, "Under the program Sanders proposed, every student would study for free.")
    assert got.get("Sanders") == "PERSON"


def test_a_body_named_after_its_region_is_no_person_where_the_region_stands_alone(nlp):
    text = ("The EU funded the studies, diversifying the gas supply of Europe. The May 2019 map of gas routes by "
            "Gas Infrastructure Europe draws the pipeline between the Aphrodite gas field and Thesprotia, Greece.")
    got = named_types(nlp, text)
    assert got.get("Gas Infrastructure Europe") == "ORG"
    assert got.get("Europe") == "LOC"

