"""it / they agree in number and kind (extract/coref_groups.py, extract/coref_event_it.py).

Invented news sentences through the real pipeline: a plural noun between a single organisation and
"they" may be what "they" is; a speaking "they" competes only with nouns for people or bodies; "it" is
no member of a coordinated pair; an "it" a linking verb ranks as an event ("the fourth launch") is no
name; "the two sides" is the pair coordinated, not any two names; a party named as a people takes "they".
"""

from __future__ import annotations

import pytest

from tests.extract.test_pronoun_agreement import resolved


@pytest.mark.parametrize("text, word", [
    ("Apple sued two former engineers in California on Monday. They are accused of stealing trade secrets.", "They"),
    ("Boeing delivered 40 jets in March. They were mostly 737 models.", "They"),
])
def test_a_plural_noun_after_one_organisation_leaves_they_unresolved(nlp, text, word):
    assert resolved(nlp, text, word) == ()


def test_a_plural_noun_after_a_preposition_or_a_possessive_their_keeps_the_organisation(nlp):
    text = ("WWE expressed sadness and extended condolences to the family, friends and fans of the wrestler. "
            "They currently feature a video on their website.")
    assert resolved(nlp, text, "They") == ("wwe",)
    assert resolved(nlp, text, "their") == ("wwe",)


def test_they_still_goes_to_the_organisation_with_no_plural_noun_between(nlp):
    text = "Ford recalled its new pickup truck on Monday. They said a faulty brake sensor was to blame."
    assert resolved(nlp, text, "They") == ("ford",)


def test_a_speaking_they_passes_over_things_but_not_people(nlp):
    things = "Apple removed thousands of apps from its store in China. They said the apps broke local laws."
    assert resolved(nlp, things, "They") == ("apple",)
    people = "Apple fired two managers in China. They said the decision was unfair."
    assert resolved(nlp, people, "They") == ()


@pytest.mark.parametrize("text", [
    "The European Union and the United Kingdom failed to reach a deal. It would have kept tariffs at zero.",
    "Ghana and Togo closed the border crossing on Friday. It will stay shut for a month.",
])
def test_it_is_no_member_of_a_coordinated_pair(nlp, text):
    assert resolved(nlp, text, "It") == ()


def test_it_goes_to_a_single_subject_with_a_coordinated_object(nlp):
    text = "Kenya Airways cancelled all flights to China and Italy. It said the suspension would last a month."
    assert resolved(nlp, text, "It") == ("kenya airways",)


@pytest.mark.parametrize("text", [
    "North Korea fired two missiles into the sea. It was the fourth launch this month.",
    "Farmers from Brittany blocked roads around Paris. It was the largest protest against the reform so far.",
    "Turkey shelled Kurdish positions near Kobani. It marked the first attack on the town in a year.",
])
def test_an_it_ranked_as_an_event_is_unresolved(nlp, text):
    assert resolved(nlp, text, "It") == ()


def test_a_place_named_only_where_something_happened_is_no_it(nlp):
    text = "Because I come from a religious family, in Syria you visit the shrines. I know it comforts people."
    assert resolved(nlp, text, "it") == ()


def test_a_place_it_is_said_to_be_keeps_the_place(nlp):
    text = "Given that I live half a thousand kilometers away from Helsinki, it's not exactly my home town either."
    assert resolved(nlp, text, "it") == ("helsinki",)


@pytest.mark.parametrize("text, key", [
    ("Toyota sold ten million cars in 2019. It is the largest company in Japan.", "toyota"),
    ("Samsung opened a new factory in Vietnam. It is the biggest employer in the province.", "samsung"),
])
def test_an_it_ranked_as_an_actor_keeps_its_name(nlp, text, key):
    assert resolved(nlp, text, "It") == (key,)


def test_the_two_sides_is_the_coordinated_pair_or_nothing(nlp):
    text = "Israel and Hamas agreed a truce brokered by Egypt. The two sides had fought for eleven days."
    assert resolved(nlp, text, "The two sides") not in {("israel", "egypt"), ("egypt", "israel")}
    text = "Russia and Ukraine signed a grain deal brokered by Turkey. The two countries will reopen three ports."
    assert set(resolved(nlp, text, "The two countries")) in ({"russia", "ukraine"}, set())


def test_a_party_named_as_a_people_takes_they(nlp):
    text = "The Greens won twelve seats in the Dutch election. They will now join the coalition talks."
    assert resolved(nlp, text, "They") == ("greens",)


def test_an_event_complement_keeps_a_name_ending_in_its_noun(nlp):
    text = "Reporters asked her about the Tata Steel Chess Tournament. It was a very hard tournament."
    assert resolved(nlp, text, "It") == ("tata steel chess tournament",)
