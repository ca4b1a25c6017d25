"""Casualty counts (extract/casualties.py), on the real parser."""

from __future__ import annotations

import pytest

from extract.casualties import casualties_at, parse_number
from extract.types import Casualties


@pytest.mark.parametrize(
    "text, value",
    [("six", 6), ("15", 15), ("400,000", 400000), ("three million", 3_000_000), ("twenty-two", 22),
     ("a dozen", 12), ("two hundred and fifty", 250), ("dozens", None), ("many", None), ("people", None)],
)
def test_parse_number(text, value):
    assert parse_number(text) == value


@pytest.mark.parametrize(
    "sentence, verb, expected",
    [
        # the seed article
        ("Bombardments by the Syrian regime killed six civilians in northwest Syria Monday.",
         "killed", Casualties(killed=6, victims="civilians")),
        ("Washington's Israeli ally carried out a series of strikes against Syria over the weekend, "
         "leaving at least 15 dead among pro-regime forces.",
         "leaving", Casualties(killed=15, victims="pro-regime forces", qualifier="at least")),
        ("The bombardment of Idlib province has killed more than 300 people and displaced thousands since late April.",
         "killed", Casualties(killed=300, victims="people", qualifier="more than")),
        ("Syria's eight-year conflict has already claimed more than 400,000 lives.",
         "claimed", Casualties(killed=400000, qualifier="more than")),
        ("Syria accused Israel of targeting an airbase, reportedly killing five people.",
         "killing", Casualties(killed=5, victims="people")),
        ("The raids on military posts south of Damascus killed 10.", "killed", Casualties(killed=10)),
        # Wikinews 2019-02-05: "The accident in Salaheddin district killed eleven"
        ("The accident in Salaheddin district killed eleven, with a child the sole survivor.",
         "killed", Casualties(killed=11)),
        # injured too, and passives
        ("Five people were killed and 12 were injured in the blast.", "killed", Casualties(killed=5, injured=12, victims="people")),
        ("The attack killed three soldiers and wounded twenty-two others.", "killed",
         Casualties(killed=3, injured=22, victims="soldiers")),
        ("At least 20 people died in the fire.", "died", Casualties(killed=20, victims="people", qualifier="at least")),
        ("The shelling wounded nearly 40 civilians.", "wounded", Casualties(injured=40, victims="civilians", qualifier="nearly")),
    ],
)
def test_casualties(nlp, sentence, verb, expected):
    doc = nlp(sentence)
    token = next(t for t in doc if t.text == verb)
    assert casualties_at(token) == expected


@pytest.mark.parametrize(
    "sentence, verb",
    [
        ("Russia and Syria are indiscriminately killing many innocent civilians.", "killing"),  # no number
        ("The strikes killed dozens of fighters.", "killed"),  # vague
        ("The minister left the building.", "left"),
        ("Trump urged Damascus to stop bombing.", "urged"),
    ],
)
def test_no_count_no_casualties(nlp, sentence, verb):
    doc = nlp(sentence)
    token = next(t for t in doc if t.text == verb)
    assert casualties_at(token) is None


def test_casualties_docstring_examples():
    import doctest

    import extract.casualties

    result = doctest.testmod(extract.casualties)
    assert result.attempted > 0 and result.failed == 0
