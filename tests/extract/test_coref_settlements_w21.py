""""The city", "the town", "the village" for a settlement the article named (extract/coref_settlements.py).

Invented news sentences through the real pipeline: the one settlement named in the description's sentence or
the two before; further back the one place the article described by that noun, or the one settlement it named;
two settlements, a region or a country, a modifier or an "of" phrase leave the description unresolved.
"""

from __future__ import annotations

import pytest

from extract.coref_settlements import is_settlement
from extract.lexicon import get_lexicon
from tests.extract.test_pronoun_agreement import resolved

_FILLER = " ".join([
    "Rescuers searched the rubble.", "Officials said 12 people died.", "The governor visited the site.",
    "He promised aid to families.", "Engineers inspected nearby buildings.", "Two were evacuated.",
    "Gas supply was cut.", "Investigators opened a case.", "A minister flew in.", "Schools were closed.",
    "Residents held a vigil.", "Prayers were said.", "Donations poured in.",
])


@pytest.mark.parametrize("text, phrase, key", [
    ("Thousands marched in Tbilisi on Saturday. Police closed roads across the city.", "the city", "tbilisi"),
    ("A storm hit Manila on Monday. Schools across the city stayed closed on Tuesday.", "the city", "manila"),
    ("Voters in Singapore went to the polls on Saturday. The city counted its votes overnight.", "The city",
     "singapore"),
])
def test_the_city_is_the_one_settlement_named_near(nlp, text, phrase, key):
    assert resolved(nlp, text, phrase) == (key,)


@pytest.mark.parametrize("text, phrase", [
    ("Thousands marched in Tbilisi and Batumi on Saturday. Police closed roads across the city.", "the city"),
    ("Wildfires spread across Oregon on Tuesday. Officials said the city would be evacuated.", "the city"),
    ("Heavy snow fell across Norway on Monday. Officials said the town had no power.", "the town"),
    ("Thousands marched in Tbilisi on Saturday. Police said the city council had met.", "the city council"),
    ("Thousands marched in Tbilisi on Saturday. Police said the old city was closed.", "the old city"),
])
def test_the_city_with_two_settlements_a_region_or_a_modifier_is_unresolved(nlp, text, phrase):
    assert resolved(nlp, text, phrase) == ()


def test_the_city_of_a_name_is_not_the_city_named_before(nlp):
    text = "Thousands marched in Tbilisi on Saturday. Police were also sent to the city of Batumi."
    assert resolved(nlp, text, "the city") in ((), ("batumi",))


def test_the_city_far_back_is_the_place_the_article_described_so(nlp):
    text = "A mine collapsed near Kemerovo, a city in Siberia, on Monday. " + _FILLER + " A fire broke out in the city."
    assert resolved(nlp, text, "the city") == ("kemerovo",)


def test_the_city_far_back_is_the_lone_settlement(nlp):
    text = "A mine collapsed in Kemerovo on Monday. " + _FILLER + " A fire broke out in the city on Friday."
    assert resolved(nlp, text, "the city") == ("kemerovo",)


def test_the_city_far_back_after_two_settlements_is_unresolved(nlp):
    text = "A mine collapsed in Kemerovo on Monday, a week after a fire in Omsk. " + _FILLER \
        + " A fire broke out in the city on Friday."
    assert resolved(nlp, text, "the city") == ()


@pytest.mark.parametrize("label, expected", [
    ("Aleppo", True), ("Hong Kong", True), ("Magnitogorsk", True), ("Montana", False), ("Georgia", False),
    ("Ohio", False),
])
def test_a_settlement_is_a_city_of_the_gazetteer_and_no_other_countrys_region(label, expected):
    assert is_settlement(label, get_lexicon()) is expected


def test_the_town_after_an_unnamed_town_is_unresolved(nlp):
    text = ("Flights from Fresno were cancelled on Monday. " + _FILLER
            + " The nearest stop is a remote desert town with fifty people. The town has no gas station.")
    assert resolved(nlp, text, "The town") == ()


def test_the_city_after_the_named_city_described_near_still_resolves(nlp):
    text = "A mine collapsed in Kemerovo, a city in Siberia, on Monday. A fire broke out in the city on Friday."
    assert resolved(nlp, text, "the city") == ("kemerovo",)
