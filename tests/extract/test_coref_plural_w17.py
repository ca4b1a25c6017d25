"""Plural pronouns and plural descriptions (extract/coref_sides.py, extract/coref_armed.py, extract/coref_teams.py).

Invented news sentences through the real pipeline: "the two sides" is the coordinated pair that met, not the
host named beside it; an armed group the model types as a place acts with another as "they" and is "the
group"; a "they" after a city that beat another name is left unresolved; "the bloc" is the organisation.
"""

from __future__ import annotations

import pytest

from tests.extract.test_pronoun_agreement import resolved


@pytest.mark.parametrize("text, keys", [
    ("Ethiopia and Eritrea held talks in Riyadh, hosted by Saudi Arabia. The two sides signed a peace accord.",
     ("ethiopia", "eritrea")),
    ("The United States and the Taliban signed a deal in Doha, hosted by Qatar. The two sides agreed to a "
     "prisoner swap.", ("united states", "taliban")),
])
def test_the_two_sides_are_the_pair_that_met_not_the_host(nlp, text, keys):
    assert resolved(nlp, text, "two sides") == keys


def test_both_sides_with_no_pair_named_stay_unresolved(nlp):
    text = "Fighting resumed in the disputed region on Sunday. Both sides blamed each other for the violence."
    assert resolved(nlp, text, "sides") == ()


def test_an_armed_group_typed_as_a_place_acts_with_its_partner(nlp):
    text = "Hamas and Islamic Jihad fired rockets into Israel on Tuesday. They said the attack was revenge."
    assert resolved(nlp, text, "They") == ("hamas", "islamic jihad")


def test_an_armed_group_typed_as_a_place_is_the_group(nlp):
    text = "Hamas fired rockets into Israel on Tuesday. The group said the attack was revenge."
    assert resolved(nlp, text, "group") == ("hamas",)


def test_a_city_that_beat_a_team_keeps_they_from_the_team_it_beat(nlp):
    text = "Liverpool beat Chelsea 2-0 at Anfield on Sunday. They are now five points clear at the top."
    assert resolved(nlp, text, "They") != ("chelsea",)


def test_the_bloc_is_the_union_named_before(nlp):
    text = "The European Union imposed new sanctions on Belarus on Monday. The bloc also froze the assets of officials."
    assert resolved(nlp, text, "bloc") == ("european union",)


def test_the_bloc_of_parties_with_no_name_stays_unresolved(nlp):
    text = "Three opposition parties formed an electoral bloc in Peru. The bloc hopes to win seats in Congress."
    assert resolved(nlp, text, "bloc") == ()


def test_the_two_countries_after_three_named_stay_unresolved(nlp):
    text = "Russia, China and Iran held naval drills in the Gulf of Oman on Friday. The two countries said more would follow."
    assert resolved(nlp, text, "two countries") == ()


def test_the_group_after_an_armed_group_coordinated_with_another_stays_unresolved(nlp):
    text = "Hamas and Fatah met in Cairo on Tuesday. The group said the talks had gone well."
    assert resolved(nlp, text, "group") == ()
