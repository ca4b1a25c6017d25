"""Actor codes read from the mention: a role word modifying a thing codes no actor, and a role word
naming the kind of body after it ("State University") is that body's role (issue 11, points 1-3)."""

from __future__ import annotations

import pytest

from extract.actors.codes import actor_code
from extract.facts import extract_facts
from extract.records import relation_record
from extract.types import Document


def _codes(text: str) -> dict[str, str | None]:
    found: dict[str, str | None] = {}
    for facts in extract_facts([Document(id="codes-fresh", text=text, date="2019-05-01")]):
        for relation in facts.relations:
            record = relation_record(relation)
            for side in ("subject", "object"):
                found.setdefault(record[side]["text"], record[side]["actor_code"])
    return found


@pytest.mark.parametrize("text", [
    "a student at Ohio State University",
    "a sixth year student at Moscow State University",
])
def test_state_university_is_no_government(text):
    assert actor_code(text, type="PERSON") == "EDU"


def test_state_department_keeps_government():
    assert actor_code("an official at the State Department", type="PERSON") == "GOV"


def test_apposed_student_is_education():
    codes = _codes("One is Denis Kovalchuk, a sixth year student at Buryat State University.")
    assert codes.get("Denis Kovalchuk") == "EDU"


def test_award_named_with_role_word_is_no_actor():
    codes = _codes("Mendez was awarded the Intelligence Star by President Jimmy Carter.")
    assert codes.get("the Intelligence Star") is None


def test_military_aid_is_no_military():
    codes = _codes("The ministry received military assistance last year.")
    assert codes.get("military assistance") is None


def test_owner_country_of_a_thing_stays():
    codes = _codes("Hungary licensed Czech firearm technology in 2018.")
    assert codes.get("Czech firearm technology") == "CZE"


def test_acting_heads_keep_codes():
    codes = _codes("The Syrian regime attacked rebels. Kenyan police arrested the protesters.")
    assert codes.get("The Syrian regime") == "SYRGOV"
    assert codes.get("Kenyan police") == "KENCOP"
    assert codes.get("rebels") == "REB"


def test_possessed_role_keeps_owner_code():
    codes = _codes("A bus operated by Viazul, which is run by the Cuban military's tourist section, crashed.")
    assert codes.get("the Cuban military's tourist section") == "CUBMIL"


def test_person_nouns_keep_party_role():
    codes = _codes("Joe Biden led Donald Trump, the Republican Party presidential nominee, in the polls.")
    assert codes.get("the Republican Party presidential nominee") in ("USAPTY", "PTY")


@pytest.mark.parametrize("text, capital, country", [
    ("A plane crashed in Karaj, near Tehran, the Iranian capital, yesterday.", "Tehran", "IRN"),
    ("The hotel in New Delhi, the Indian capital, caught fire.", "New Delhi", "IND"),
])
def test_capital_in_apposition_is_no_government(text, capital, country):
    assert _codes(text).get(capital) == country


def test_acting_capital_is_government():
    assert _codes("Nairobi has banned plastic bags.").get("Nairobi") == "KENGOV"
