"""Entity types and junk of the kinds found on unseen news (``benchmarks/data/entities_audit.md``).

Invented sentences through the real pipeline: a team named by a player's or coach's role noun (and the
other side of its matches), a ship
and its prefix, a telescope named after a person, a zero-width character in a name, the last word of a
title, a name with "a"/"an" before it, a given name the tagger left out, one organisation of the
knowledge base under two names, and a company's short name that is also a small town's.
"""

from __future__ import annotations

import pytest

from extract.entities import entities_of


def found(nlp, text):
    return {e.label: e.type for e in entities_of(nlp(text))}


@pytest.mark.parametrize("text, team", [
    ('"We lost the scrum battle," Caloundra coach Geoff Ingram said after the match.', "Caloundra"),
    ("Maroochydore captain Sam Marshall lamented the late yellow card.", "Maroochydore"),
    ("Wexford striker Colm Brennan scored twice in the second half.", "Wexford"),
])
def test_a_name_before_a_player_or_coach_is_a_team(nlp, text, team):
    assert found(nlp, text).get(team) == "ORG"


def test_the_other_side_of_a_match_is_a_team_where_the_article_names_teams(nlp):
    text = ("Wexford coach Martin Doyle said the side had improved. Wexford defeated Gorey on Saturday. "
            "They lost to Enniscorthy in round one, and they struggled against Bunclody.")
    labels = found(nlp, text)
    assert labels.get("Wexford") == "ORG"
    assert labels.get("Gorey") == "ORG"
    assert labels.get("Bunclody") == "ORG"


def test_without_a_team_in_the_article_a_town_after_against_stays_a_town(nlp):
    labels = found(nlp, "Farmers in Gorey protested against Wexford on Saturday.")
    assert labels.get("Wexford") == "GPE"


def test_a_country_before_a_captain_stays_the_country(nlp):
    assert found(nlp, "England captain Harry Kane scored the winning goal against Wales.").get("England") == "GPE"


def test_a_ship_is_no_person_and_its_prefix_no_organisation(nlp):
    labels = found(nlp, "The charity renamed its ship, MV Professor Karl Lindqvist, after the drowned boy. "
                        "Their ship MV Maria Olsen sailed from Valletta on Monday.")
    assert not any("Lindqvist" in label or "Olsen" in label or label == "MV" for label in labels)


def test_a_telescope_named_after_a_person_is_no_person(nlp):
    labels = found(nlp, "The planet was first seen in 2015 by the Halvorsen space telescope, NASA said.")
    assert not any("Halvorsen" in label for label in labels)
    assert labels.get("NASA") == "ORG"


def test_a_zero_width_character_is_no_part_of_a_name(nlp):
    labels = found(nlp, "The editor of Daily Harbour\u200d's website, Rachel Giese, said the pleas helped.")
    assert "Daily Harbour" in labels
    assert not any("\u200d" in label for label in labels)


def test_the_last_word_of_a_title_is_no_entity(nlp):
    labels = found(nlp, "The airline flies arms to Syria, according to US Secretary of State Mike Pompeo.")
    assert "State" not in labels
    assert labels.get("Mike Pompeo") == "PERSON"


def test_a_name_cut_at_a_hyphen_is_dropped_but_two_names_joined_by_one_stay(nlp):
    assert "Harvard" not in found(nlp, "It is a good sign, said Ryan Cloutier of the Harvard–Smithsonian Center "
                                       "for Astrophysics.")
    assert found(nlp, "Meanwhile, Trump attended the joint NASA-Space X launch in Florida.").get("NASA") == "ORG"


def test_a_name_with_an_indefinite_article_is_used_as_a_noun(nlp):
    labels = found(nlp, "The Court will accordingly make an Order declaring that the advice was unlawful.")
    assert "Order" not in labels


def test_a_name_that_modifies_a_noun_after_an_article_stays(nlp):
    assert found(nlp, "A Reuters reporter saw three tanks near Mosul on Friday.").get("Reuters") == "ORG"
    assert found(nlp, "He died at a Frederick, Maryland assisted living facility.").get("Frederick") == "GPE"


@pytest.mark.parametrize("text, name", [
    ("He was followed by Ethiopians Dejene Debela and Asefa Mengstu.", "Dejene Debela"),
    ("Council spokesperson Barend Leyts told reporters the procedure had been followed.", "Barend Leyts"),
])
def test_a_given_name_the_tagger_left_out_is_kept(nlp, text, name):
    labels = found(nlp, text)
    assert labels.get(name) == "PERSON"
    assert name.split()[-1] not in labels


def test_one_organisation_of_the_knowledge_base_under_two_names_is_one_entity(nlp):
    index = entities_of(nlp("Ford Motor Company said a criminal inquiry had begun. Ford told The Verge it "
                            "was cooperating with the inquiry."))
    fords = [e for e in index if "Ford" in e.label]
    assert [(e.label, e.type) for e in fords] == [("Ford Motor Company", "ORG")]
    assert "Ford" in fords[0].aliases


def test_two_knowledge_base_organisations_sharing_a_word_stay_apart(nlp):
    labels = found(nlp, "Amazon said Amazon Web Services had informed the bucket's owner.")
    assert "Amazon Web Services" in labels
    assert "Amazon" in labels


def test_a_company_short_name_that_is_a_small_town_is_the_company(nlp):
    index = entities_of(nlp("Germany banned the Iranian airline Mahan Air on Monday. Mahan has been under "
                            "sanctions since 2011, and Mahan's permit was suspended."))
    assert [e.label for e in index if "Mahan" in e.label] == ["Mahan Air"]
