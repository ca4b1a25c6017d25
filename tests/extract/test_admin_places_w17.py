"""A division's name written alone is the division the article names with its suffix (extract.admin_places).

The sentences are invented news; the tagger's names are set as it gives them on sentences of this kind, so
only the rule is under test. Expected values come from the text: "Westchester" beside "Westchester County"
is the county; "Los Angeles" beside "Los Angeles County" is the city, a referent of its own.
"""

from __future__ import annotations

from tests.extract.helpers import tagged_entities


def _labels(nlp, text, tagged) -> set[str]:
    return {e.label for e in tagged_entities(nlp, text, tagged)}


def test_bare_county_name_is_the_county(nlp):
    text = ("Wildfires forced evacuations in Westchester County on Tuesday. "
            "Officials in Westchester said shelters were open.")
    assert _labels(nlp, text, [("Westchester County", "GPE"), ("Westchester", "GPE")]) == {"Westchester County"}


def test_bare_name_tagged_organisation_still_joins(nlp):
    text = "Floods cut roads across Ulster County on Monday. Officials in Ulster said schools would close."
    assert _labels(nlp, text, [("Ulster County", "GPE"), ("Ulster", "ORG")]) == {"Ulster County"}


def test_city_of_the_same_name_stays_apart(nlp):
    text = "The mayor of Los Angeles praised firefighters. Los Angeles County officials said 200 homes burned."
    assert _labels(nlp, text, [("Los Angeles", "GPE"), ("Los Angeles County", "GPE")]) == {
        "Los Angeles", "Los Angeles County"}


def test_big_city_beside_its_county_stays_apart(nlp):
    text = "Police in Dallas arrested the suspect. Dallas County prosecutors filed charges on Friday."
    assert _labels(nlp, text, [("Dallas", "GPE"), ("Dallas County", "GPE")]) == {"Dallas", "Dallas County"}


def test_town_written_with_its_state_stays_apart(nlp):
    text = "The Orange County sheriff made the arrest. A man from Orange, Texas, was also held."
    found = _labels(nlp, text, [("Orange County", "GPE"), ("Orange", "GPE"), ("Texas", "GPE")])
    assert {"Orange County", "Orange"} <= found


def test_organisation_named_state_is_no_division(nlp):
    text = "Fighters of the Islamic State attacked the town. Islamic leaders condemned the attack."
    found = _labels(nlp, text, [("Islamic State", "ORG"), ("Islamic", "NORP")])
    assert "Islamic State" in found and "Islamic" in found
