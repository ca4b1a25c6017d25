"""Teams named after their towns and venues named by their kind (extract.match_sides, extract.venue_names).

Expected values come from the text: in "Wigan lost 2-0 to Barnsley" or "Burnley drew 1-1 with Southampton" both
sides are clubs (ORG), and so is "Southampton" before "'s coach said"; players ("Serena Williams lost 6-4 to Naomi
Osaka") stay people, countries stay countries, and a town without a match stays the town. "Mesquite Convention
Center" is a building (FAC) where "National Hurricane Center" stays a body.
"""

from __future__ import annotations

import pytest

from extract.lexicon import get_lexicon
from extract.types import Document
from extract.venue_names import venue_type


def _types(nlp, text):
    from extract.facts import extract_facts

    facts = next(iter(extract_facts([Document(id="t", text=text, date="2020-03-01")], nlp=nlp)))
    return {e.label: e.type for e in facts.entities}


@pytest.mark.parametrize("text, teams", [
    ("Burnley drew 1-1 with Southampton on Saturday.", ("Burnley", "Southampton")),
    ("Wigan lost 2-0 to Southampton on Sunday.", ("Wigan", "Southampton")),
    ("Everton drew 0-0 with Watford on Sunday.", ("Everton", "Watford")),
    ("Preston won 3-1 against Hull City on Saturday.", ("Preston", "Hull City")),
    ("Leeds defeated Bristol 3-0 on Tuesday.", ("Leeds", "Bristol")),
])
def test_both_sides_of_a_scored_result_are_teams(nlp, text, teams):
    types = _types(nlp, text)
    assert all(types.get(team) == "ORG" for team in teams), types


def test_a_town_before_a_possessed_coach_is_the_club(nlp):
    types = _types(nlp, "The match ended goalless. Southampton's coach said the result was fair.")
    assert types.get("Southampton") == "ORG"


def test_a_big_town_before_a_coach_is_the_club(nlp):
    assert _types(nlp, "Preston coach Alan Smith said the team was tired.").get("Preston") == "ORG"


def test_players_of_a_scored_result_stay_people(nlp):
    types = _types(nlp, "Serena Williams lost 6-4 to Naomi Osaka in New York.")
    assert types.get("Serena Williams") == "PERSON" and types.get("Naomi Osaka") == "PERSON"


def test_countries_of_a_scored_result_stay_countries(nlp):
    types = _types(nlp, "France lost 2-1 to Germany in Paris on Friday.")
    assert types.get("France") == "GPE" and types.get("Germany") == "GPE"


@pytest.mark.parametrize("text", [
    "Bristol's coach station was closed on Monday after a fire.",
    "Voters in Preston said the council failed. Preston's mayor resigned.",
    "Turnout in Burnley rose to 60 percent, with Southampton close behind.",
])
def test_a_town_without_a_match_stays_the_town(nlp, text):
    types = _types(nlp, text)
    town = "Bristol" if "Bristol" in text else "Preston" if "Preston" in text else "Burnley"
    assert types.get(town) == "GPE", types


def test_a_result_without_a_score_names_no_team(nlp):
    assert _types(nlp, "Sales in Burnley fell to a new low, the council said.").get("Burnley") == "GPE"


@pytest.mark.parametrize("text, venue", [
    ("The event was held at the Mesquite Convention Center and drew thousands.", "Mesquite Convention Center"),
    ("Thousands attended the show at the Brisbane Exhibition Centre on Friday.", "Brisbane Exhibition Centre"),
    ("The orchestra played at the Kensington Concert Hall last night.", "Kensington Concert Hall"),
])
def test_a_venue_kind_makes_a_facility(nlp, text, venue):
    assert _types(nlp, text).get(venue) == "FAC"


def test_a_body_ending_in_center_stays_a_body(nlp):
    text = "The National Hurricane Center said the storm would strengthen on Tuesday."
    assert _types(nlp, text).get("National Hurricane Center") == "ORG"


@pytest.mark.parametrize("parts, expected", [
    (["mesquite", "convention", "center"], "FAC"),
    (["royal", "festival", "hall"], "FAC"),
    (["kennedy", "performing", "arts", "center"], "FAC"),
    (["convention", "center"], None),  # the kind alone names no venue
    (["national", "hurricane", "center"], None),
    (["walter", "reed", "medical", "center"], None),
])
def test_venue_type(parts, expected):
    assert venue_type(parts, lexicon=get_lexicon()) == expected


def test_states_of_a_split_ruling_stay_states(nlp):
    types = _types(nlp, "Texas lost 5-4 to California in the Supreme Court on Monday.")
    assert types.get("Texas") == "GPE" and types.get("California") == "GPE"
