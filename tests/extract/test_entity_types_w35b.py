"""Types the sentence gives a name the tagger read as a person or a place: a family named by its plural, a
place one travels to (extract.family_plurals), on invented and corpus sentences through the real pipeline."""

from __future__ import annotations

import pytest

from extract.entities import entities_of


def types(nlp, text):
    return {e.label: e.type for e in entities_of(nlp(text))}


@pytest.mark.parametrize("text, label", [
    # Wikinews: the family of Joe and Hunter Biden
    ("Trump said Joe Biden had lied. He denied that he made any specific deal about the Bidens.", "Bidens"),
    ("Louise Turpin pleaded guilty. Neighbours said the Turpins rarely left the house.", "Turpins"),
    ("Marta Kowalczyk spoke to reporters. The Kowalczyks have lived in the village for forty years.",
     "Kowalczyks"),
])
def test_a_plural_of_a_persons_surname_after_the_is_the_family(nlp, text, label):
    assert types(nlp, text).get(label) == "ORG"


def test_a_plural_no_person_of_the_article_bears_is_left_alone(nlp):
    found = types(nlp, "The Netherlands and the Philippines signed a trade deal with Jacinda Ardern.")
    assert found.get("Philippines") == "GPE"
    assert found.get("Netherlands") == "GPE"


def test_the_person_keeps_the_type(nlp):
    found = types(nlp, "Joe Biden said the Bidens would not profit from Ukraine.")
    assert found.get("Joe Biden") == "PERSON"


@pytest.mark.parametrize("text, label, expected", [
    # Wikinews: a church group's bus on its way to the resort
    ("The Avoyelles House of Mercy, a Pentecostal church, had been travelling 700 miles from Louisiana to "
     "Walt Disney World and was within an hour of its destination.", "Walt Disney World", "GPE"),
    ("Astronaut Jessica Meir said: Today we flew to the Moon and came back.", "Moon", "LOC"),
])
def test_a_name_one_travels_to_is_a_place(nlp, text, label, expected):
    assert types(nlp, text).get(label) == expected


@pytest.mark.parametrize("text, label, expected", [
    # a verb of travel with an object of its own, or passive: the "to" phrase may be a person
    ("The bank returned the money to Peter Smith on Monday.", "Peter Smith", "PERSON"),
    ("The stolen painting was returned to Maria Gonzalez last week.", "Maria Gonzalez", "PERSON"),
    # "go" and "come" are no verbs of a journey here: a medal goes to a person
    ("The bronze medal went to Abderrahman Samba of Qatar.", "Abderrahman Samba", "PERSON"),
    # a body one rejoins stays a body
    ("He later returned to the Republican Party.", "Republican Party", "ORG"),
])
def test_a_person_or_a_body_after_to_is_left_alone(nlp, text, label, expected):
    assert types(nlp, text).get(label) == expected



def test_a_country_is_no_family_though_a_person_bears_its_singular(nlp):
    found = types(nlp, "Tom Bahama founded a clothing brand. He later opened a shop in the Bahamas.")
    assert found.get("Bahamas") == "GPE"



#: Wikinews, 3 October 2020: the tagger calls the lone "Trump" an organisation here.
TRUMPS = (
    "Very early yesterday morning, the United States President Donald Trump reported he and his wife First Lady "
    "Melania Trump tested positive for COVID-19. Officials said the Trumps' 14-year-old son Barron tested negative "
    "as did First Family and Senior Advisors Jared Kushner and Ivanka Trump.\n\n"
    "Presidential physician Sean Conley issued a statement saying Trump has been given zinc, vitamin D, Pepcid and "
    "a daily Aspirin."
)


def test_the_family_does_not_take_in_a_lone_surname(nlp):
    found = {e.label: e for e in entities_of(nlp(TRUMPS))}
    assert found["Trumps"].type == "ORG"
    assert "Trump" not in found["Trumps"].aliases  # "Trump has been given zinc": the president, not the family


def test_the_familys_singular_after_the_is_the_family(nlp):
    found = {e.label: e for e in entities_of(nlp(
        "Judge Bernard Schwartz sentenced David and Louise Turpin to life in prison. As revealed at trial, the "
        "Turpins had kept their children indoors for years. The oldest of the Turpin's offspring weighed 82 pounds."))}
    assert found["Turpins"].type == "ORG"
    assert "Turpin" not in found  # no second node of the family
