"""it / they / their resolve only to an entity of the right number and kind (extract/coref.py),
on invented sentences through the real pipeline."""

from __future__ import annotations

import pytest

from extract.entities import entities_of


def resolved(nlp, text, word, nth=0):
    """The keys the ``nth`` pronoun ``word`` of ``text`` resolves to (() when unresolved)."""
    index = entities_of(nlp(text))
    starts = [i for i in range(len(text)) if text.startswith(word, i)
              and (i == 0 or not text[i - 1].isalpha()) and not text[i + len(word):i + len(word) + 1].isalpha()]
    start = starts[nth]
    for ref in index.references:
        if ref.start <= start < ref.end:
            return ref.keys
    return ()


def test_its_goes_to_the_subject_of_its_clause(nlp):
    text = "Johns Hopkins University counted the cases. Malawi confirmed its first infections on Thursday."
    assert resolved(nlp, text, "its") == ("malawi",)


def test_a_nearer_common_noun_blocks_a_name(nlp):
    text = ("Lion Air bought the plane in 2018. The aircraft crashed into the sea after it "
            "lost contact with air traffic control.")
    assert resolved(nlp, text, "it") == ()


def test_it_never_goes_to_a_person(nlp):
    text = "Dominic Hare said the golden toilet was stolen. It had been fully plumbed."
    assert resolved(nlp, text, "It") == ()


def test_reporting_clause_subject(nlp):
    text = "The Red Cross sent a convoy to Aleppo. The World Health Organization said it would send doctors."
    assert resolved(nlp, text, "it") == ("world health organization",)


def test_they_still_goes_to_coordinated_countries(nlp):
    text = "Russia and Syria bombed Idlib on Monday. They also attacked Homs."
    assert set(resolved(nlp, text, "They")) == {"russia", "syria"}


def test_they_does_not_go_to_coordinated_towns(nlp):
    text = "Fans travelled from Yonkers and Toowoomba on Friday. They cheered the team."
    assert not {"yonkers", "toowoomba"} & set(resolved(nlp, text, "They"))


def test_they_does_not_go_to_a_single_town(nlp):
    text = "Police in Cheltenham were called on Saturday. They arrested a 66-year-old man."
    assert resolved(nlp, text, "They") == ()


# -- a people named by its plural demonym (extract/coref_peoples.py) --------------------------------


@pytest.mark.parametrize("text, word, key", [
    ("Fighting broke out between Armenia and Azerbaijan. The Armenians claim they were retaliating "
     "against missile attacks.", "they", "armenia"),
    ("The Syrians say they will not leave the town.", "they", "syria"),
    ("Russia and Ukraine traded blame on Sunday. The Ukrainians said their forces had repelled an attack.",
     "their", "ukraine"),
    ("Germany and France met in Berlin. The French said they would veto the plan.", "they", "france"),
])
def test_they_of_a_people_goes_to_that_people(nlp, text, word, key):
    assert resolved(nlp, text, word) == (key,)


def test_their_after_a_peoples_they_is_that_people(nlp):
    text = "Israel and Hamas agreed a truce on Friday. The Palestinians say they want a state of their own."
    assert resolved(nlp, text, "their") == ("palestine",)


def test_a_people_as_object_binds_no_they(nlp):
    text = "Russia and Ukraine met in Minsk. Officials thanked the Ukrainians and said they would return."
    assert resolved(nlp, text, "they") != ("ukraine",)


def test_coordinated_countries_keep_their_they(nlp):
    text = "Chile and Peru met in Lima on Monday. They signed an accord on fishing."
    assert set(resolved(nlp, text, "They")) == {"chile", "peru"}


# -- an "it" whose verb no actor does (extract/coref_thing_verbs.py) ---------------------------------


@pytest.mark.parametrize("text, word", [
    ("Could you explain what Red Hat announced and what it means for the future of CentOS?", "it"),
    ("The Senate voted to send the bill back to committee, where it died.", "it"),
    ("Tesla bought the battery startup in 2019. It cost the carmaker $200 million.", "It"),
    ("Nigeria closed its border with Benin in August. It happened without warning.", "It"),
])
def test_it_of_a_verb_no_actor_does_is_left_unresolved(nlp, text, word):
    assert resolved(nlp, text, word) == ()


@pytest.mark.parametrize("text, word, key", [
    ("Boeing said it means to build the new plane in Seattle.", "it", "boeing"),
    ("Greenpeace sent a ship to the Arctic in May. It said the ice was melting.", "It", "greenpeace"),
])
def test_it_of_a_doers_verb_keeps_its_antecedent(nlp, text, word, key):
    assert resolved(nlp, text, word) == (key,)


# -- a description that names a name the entities left out (extract/coref_cataphora.py) -------------


def test_a_description_before_an_untagged_name_is_no_reference_back(nlp):
    text = ("He signed with All Elite Wrestling in January. In March, he debuted as the heel Brodie Lee, "
            "leader of the villainous faction The Dark Order.")
    assert resolved(nlp, text, "faction") == ()


@pytest.mark.parametrize("text, word, key", [
    ("Hamas fired rockets on Monday. Israel said the group had fired forty rockets.", "group", "hamas"),
    ("Toyota recalled cars in May. The company Lexus was not affected.", "company", "lexus"),
])
def test_a_description_without_an_untagged_name_still_resolves(nlp, text, word, key):
    assert resolved(nlp, text, word) == (key,)


# -- a thing that cannot speak is no rival for "it said" (extract/coref_speakers.py) -----------------


@pytest.mark.parametrize("text, key", [
    ("Nissan recalled 40,000 cars after a fault was found. It said no injuries had been reported.", "nissan"),
    ("Maersk lost contact with the tanker on Monday. It said the crew were safe.", "maersk"),
])
def test_it_said_passes_over_a_thing(nlp, text, key):
    assert resolved(nlp, text, "It") == (key,)


@pytest.mark.parametrize("text", [
    "The storm hit Manila on Friday. It left thousands homeless.",  # no verb of saying: the storm
    "Boeing delivered the jet to the regulator. The regulator said it would inspect the plane.",  # a body speaks
])
def test_a_thing_still_competes_where_it_may_be_meant(nlp, text):
    assert resolved(nlp, text, "it" if "said it" in text else "It") == ()


@pytest.mark.parametrize("text", [
    "Storms hit the Bahamas and Cuba in August. The Philippines said they would send aid.",
    "Police cleared the Hamptons on Friday. The Hamptons said they were ready for visitors.",
])
def test_a_plural_place_name_is_no_people(nlp, text):
    assert resolved(nlp, text, "they") not in (("philippines",), ("hamptons",))
