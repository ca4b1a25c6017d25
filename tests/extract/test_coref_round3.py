"""they / their, round three (extract/coref.py): a plural pronoun takes a single organisation ("Apple
said they would") only when no coordinated names, no "they" already standing for a group and no people
compete; its clause's own plural subject ("Those giving their speeches") is its antecedent and no name;
names the parse hangs on a subject as modifiers but joins with "and" are a pair. Invented sentences
through the real pipeline."""

from __future__ import annotations

from tests.extract.test_pronoun_agreement import resolved

_OFFICERS = ("Two police officers, Mark Doyle and Peter Lane, met the tourist at a pub in Leeds. "
             "They worked for the drugs squad. ")


def test_an_organisation_alone_may_be_they(nlp):
    text = "Apple said on Monday that they would sue the government."
    assert resolved(nlp, text, "they") == ("apple",)


def test_a_pair_just_named_competes_with_an_organisation_subject(nlp):
    text = _OFFICERS + "The BBC filmed their arrival at the building."
    assert resolved(nlp, text, "their") == ()


def test_two_countries_named_just_before_compete_with_the_subject(nlp):
    text = "Kenya and Uganda signed a trade deal on Monday. The World Bank praised their agreement."
    assert "world bank" not in resolved(nlp, text, "their")
    assert resolved(nlp, text, "their") == ()


def test_names_joined_by_and_under_one_subject_are_the_pair(nlp):
    text = ("On Thursday, UK-based retailer Tesco and Denmark-based retailer Salling Group "
            "announced their agreement.")
    assert set(resolved(nlp, text, "their")) == {"tesco", "salling group"}


def test_a_plural_pronoun_subject_is_the_antecedent_not_a_name(nlp):
    text = ("The Green Party held a debate in Leeds on Monday. "
            "Those giving their speeches were Anna Berg and Tom Hale.")
    assert resolved(nlp, text, "their") == ()
    text = "The Green Party held a debate in Leeds on Monday. Many gave their speeches in Welsh."
    assert resolved(nlp, text, "their") == ()


def test_the_country_of_city_comma_country_is_no_subject(nlp):
    text = "Flight 22 was en-route from Cairo, Egypt making its second attempt at a landing."
    assert resolved(nlp, text, "its") == ()


def test_a_plural_name_is_a_group_itself_beside_the_pair(nlp):
    text = ("Judge Ann Cole sentenced David and Louise Harlan to life in prison on Monday. "
            "As revealed at trial, the Harlans had kept their children indoors for years.")
    assert resolved(nlp, text, "their") == ("harlans",)


def test_a_plural_subject_further_back_than_the_organisation_does_not_compete(nlp):
    text = ("Ministers met in Berlin on Monday. Officials said the vote was close. Reuters reported on "
            "Tuesday a government source, whom they did not name, said the ban would stay.")
    assert resolved(nlp, text, "they") == ("reuters",)
