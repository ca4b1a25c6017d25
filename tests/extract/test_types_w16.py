"""Entity types on unseen news, round w16 (``extract.kind_cues``): a team named after its town in a scored match,
a family, an event in apposition, a vehicle aboard which people travel, a place listed with places, a score the
tagger ran into a name; a facility's and a licence's head words.

Invented sentences through the real pipeline (the tagger's own names).
"""

from __future__ import annotations

from extract.facts import extract_document
from extract.types import Document


def _nodes(nlp, text: str) -> dict:
    facts = extract_document(Document(id="t", text=text, date="2020-01-01"), nlp=nlp)
    return {e.label: e for e in facts.entities if e.type != "CONCEPT"}


def test_towns_in_a_scored_match_are_teams(nlp):
    got = _nodes(nlp, "Houston beat Atlanta 24-17 on Sunday to stay top of the division.")
    assert got["Houston"].type == "ORG"
    assert got["Atlanta"].type == "ORG"


def test_a_town_without_a_match_stays_a_town(nlp):
    got = _nodes(nlp, "Police in Houston arrested 12 people after the 2-1 defeat of the home side.")
    assert got["Houston"].type == "GPE"


def test_countries_in_a_scored_match_stay_countries(nlp):
    got = _nodes(nlp, "France beat Germany 2-1 in Paris on Sunday.")
    assert got["France"].type == "GPE"
    assert got["Germany"].type == "GPE"


def test_a_score_is_cut_off_a_name(nlp):
    got = _nodes(nlp, "Manchester United beat Chelsea 2-1 at Old Trafford on Sunday.")
    assert "Chelsea" in got
    assert not any("2-1" in label for label in got)


def test_the_x_family_is_an_organisation(nlp):
    got = _nodes(nlp, "A lawyer for the Sackler family said the settlement was fair.")
    assert got["Sackler family"].type == "ORG"
    assert "Sackler" not in got


def test_an_event_in_apposition(nlp):
    got = _nodes(nlp, "Comic-Con International, the annual pop culture convention, was cancelled on Friday.")
    assert any(e.type == "EVENT" for label, e in got.items() if "Comic-Con" in label)


def test_a_plane_aboard_is_no_actor(nlp):
    got = _nodes(nlp, "The prime minister flew to Delhi aboard Marine One on Tuesday.")
    assert "Marine One" not in got
    assert got["Delhi"].type == "GPE"


def test_aboard_an_acronym_is_left_alone(nlp):
    got = _nodes(nlp, "Two astronauts arrived aboard the ISS on Saturday.")
    assert "ISS" in got


def test_a_name_listed_with_places_is_a_place(nlp):
    got = _nodes(nlp, "Voters in Kings, Kern, Fresno, and Tulare Counties went to the polls on Tuesday.")
    assert got["Kern"].type == "GPE"


def test_a_name_listed_with_people_is_not_made_a_place(nlp):
    got = _nodes(nlp, "The panel included Maria Lopez, Kern, and Anna Schmidt.")
    assert got.get("Kern") is None or got["Kern"].type != "GPE"


def test_a_complex_is_a_facility(nlp):
    got = _nodes(nlp, "Fans gathered outside the Aquatics Complex in Tokyo on Monday.")
    assert got["Aquatics Complex"].type == "FAC"


def test_a_licence_name_is_no_actor(nlp):
    got = _nodes(nlp, "The code is released under the MPL license, the developers said.")
    assert "MPL" not in got


def test_a_work_after_comedy_is_no_actor(nlp):
    got = _nodes(nlp, "She was praised for the 1959 comedy Operation Petticoat, opposite Cary Grant.")
    assert "Operation Petticoat" not in got
    assert got["Cary Grant"].type == "PERSON"


def test_a_family_after_an_adjective(nlp):
    got = _nodes(nlp, "She was born into the wealthy Rockefeller family in New York.")
    assert got["Rockefeller family"].type == "ORG"


def test_a_treaty_named_after_a_town_is_no_actor(nlp):
    got = _nodes(nlp, "Kyiv and Moscow accused each other of breaking the Minsk agreements.")
    assert "Minsk" not in got


def test_a_country_before_agreement_stays(nlp):
    got = _nodes(nlp, "The US agreement with China was signed in January.")
    assert got["United States"].type == "GPE"


def test_a_name_winning_seats_is_a_party(nlp):
    got = _nodes(nlp, "Sinn Féin won 37 seats in the election.")
    assert got["Sinn Féin"].type == "ORG"


def test_a_named_field_is_no_person(nlp):
    got = _nodes(nlp, "Output at the Shaybah field fell after the attack.")
    assert got["Shaybah"].type == "FAC"


def test_a_person_name_ending_in_a_version_number_is_no_actor(nlp):
    got = _nodes(nlp, "To convert a CentOS 8 system to Rocky Linux 8, you only need to run a single command.")
    assert "Rocky Linux 8" not in got


def test_a_town_named_company_in_apposition(nlp):
    got = _nodes(nlp, "Lincoln, the luxury car brand, recalled 20,000 vehicles on Monday.")
    assert got["Lincoln"].type == "ORG"


def test_a_town_with_a_place_apposition_stays_a_town(nlp):
    got = _nodes(nlp, "Police in Lincoln, the state capital, arrested two men on Monday.")
    assert got["Lincoln"].type == "GPE"


def test_a_person_named_company_in_apposition(nlp):
    got = _nodes(nlp, "Walt Disney, the entertainment group, said profits fell.")
    assert got["Walt Disney"].type == "ORG"
