"""Class descriptions agree in kind with a name named in its own right (extract/coref_countries.py,
extract/coref_party_names.py, extract/coref_name_heads.py).

Invented news sentences through the real pipeline: "the country" is no country named only to locate a town
("Osh, Kyrgyzstan"), to say who made a thing or as one of a list, when a country named in its own right stands near;
an earlier "the country" gives way to a country named since; "the X party" describes X for a later "the party";
a singular "the organisation" is no member of a list of names.
"""

from __future__ import annotations

import pytest

from tests.extract.test_pronoun_agreement import resolved


def test_a_country_locating_a_town_gives_way_to_one_named_in_its_own_right(nlp):
    text = ("The contest drew 40 students from universities across Ukraine as well as from Osh, Kyrgyzstan. "
            "Reporters attended the final. Five of the country's largest medical schools sent teams.")
    assert resolved(nlp, text, "country") == ("ukraine",)


def test_a_locating_country_alone_is_still_the_country(nlp):
    text = "The poet was born in 1931 in Gweru, Zimbabwe, when the country was still a British colony."
    assert resolved(nlp, text, "country") == ("zimbabwe",)


@pytest.mark.parametrize("text, key", [
    ("Protesters marched in Brazil on Sunday. Officials met ministers from Chile, Peru and Bolivia. "
     "The country's president called for calm.", "brazil"),
])
def test_a_country_in_a_list_gives_way_to_one_standing_alone(nlp, text, key):
    assert resolved(nlp, text, "country") == (key,)


def test_an_earlier_description_gives_way_to_a_country_named_since(nlp):
    text = ("Lawmakers in Baghdad voted to expel Turkish troops from the country on Sunday. The vote is not binding. "
            "The coalition came to Syria in 2015 after the militants seized a third of the country.")
    assert resolved(nlp, text, "country", 1) == ("syria",)


def test_a_class_noun_after_a_name_describes_it(nlp):
    text = ("Bonham said the swing reflected the Labor Party's performance in Queensland. "
            "Wikinews spoke to Anna Reid, who is running for the Sustainable Australia party. "
            "According to the party's website, Reid is a farmer.")
    assert resolved(nlp, text, "the party") == ("sustainable australia",)
    assert resolved(nlp, text, "party") == ("sustainable australia",)  # the phrase names the party itself


def test_the_organisation_is_no_member_of_a_list_of_names(nlp):
    text = ("Volunteers run her pages on Instagram, Twitter, and Facebook. "
            "How many people volunteer for the organisation?")
    assert resolved(nlp, text, "organisation") == ()


def test_the_organisation_still_takes_a_name_standing_alone(nlp):
    text = "Amnesty International published the report on Monday. The organisation said the camps were overcrowded."
    assert resolved(nlp, text, "organisation") == ("amnesty international",)


def test_a_class_noun_after_an_organisation_name_is_that_organisation(nlp):
    text = ("The Proud Boys rallied in Portland on Saturday. Police kept them apart from members of "
            "the far left Antifa organization.")
    assert resolved(nlp, text, "organization") == ("antifa",)


def test_the_maker_of_a_thing_is_not_the_nation(nlp):
    text = ("Officials praised the Malian soldiers, whose French-built armoured truck was used to reach the base. "
            "Efforts are ongoing to end the conflict within the nation.")
    assert resolved(nlp, text, "nation") == ("mali",)


def test_the_ministry_is_only_a_name_of_a_ministry(nlp):
    text = ("Railway staff met the Raidurga Club on Monday. Carrying out the directions of the ministry is my job. "
            "The Ministry of Railways sent a memo. The ministry said trains would run on time.")
    assert resolved(nlp, text, "ministry") == ()
    assert resolved(nlp, text, "ministry", 1) == ("ministry of railways",)


def test_a_party_named_in_the_plural_is_no_it(nlp):
    text = ("Citing the vacancy on the Court, some Democrats advocated packing the Court with liberal justices "
            "until it reached a liberal majority. The Democratic Party said it would wait.")
    assert resolved(nlp, text, "it") == ()
    assert resolved(nlp, text, "it", 1) == ("democratic party",)


def test_the_organisation_is_no_list_member_named_again_in_its_sentence(nlp):
    text = ("Volunteers run the Arabic page of Instagram and the English page of Instagram, Twitter, and Facebook. "
            "How many people volunteer for the organisation?")
    assert resolved(nlp, text, "organisation") == ()


def test_names_side_by_side_are_a_list_too(nlp):
    text = ("If you have seen my Twitter, my Instagram, and Facebook with a lot of threats, you know. "
            "Does the organisation provide help to women?")
    assert resolved(nlp, text, "organisation") == ()


def test_the_subject_of_for_x_to_binds_a_reflexive(nlp):
    text = "The State Department asked for any outside party not to involve themselves in the border conflict."
    assert resolved(nlp, text, "themselves") == ()


def test_the_subject_of_for_x_to_binds_a_possessive(nlp):
    text = "The United Nations called for Israel to halt its settlement building in the West Bank."
    assert resolved(nlp, text, "its") == ("israel",)


def test_a_reflexive_under_a_named_subject_keeps_it(nlp):
    text = "Senator Collins did not want the United States to involve itself militarily in the conflict."
    assert resolved(nlp, text, "itself") == ("united states",)
