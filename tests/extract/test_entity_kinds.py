"""Entity types from evidence that generalises, on invented sentences through the real pipeline.

Head words, the Phoenix dictionaries, nouns beside a name and the verb a medium follows fix the
tagger's type; one referent gets one type, its evidence voting first; laws and title fragments are
no entities; a place fused before a person's name is cut off.
"""

from __future__ import annotations

import pytest

from extract.entities import entities_of
from extract.entity_context import dictionary_type, is_given_name
from extract.lexicon import get_lexicon


def types(nlp, text):
    return {e.label: e.type for e in entities_of(nlp(text))}


@pytest.mark.parametrize("text, label, expected", [
    # a head word says what the name is, first ("Storm X") or last ("X Holdings")
    ("Tropical Storm Maribel approached the coast of Florida on Monday.", "Storm Maribel", "EVENT"),
    ("Storm Dennis flooded towns in Wales.", "Storm Dennis", "EVENT"),
    ("Officials of Dunmore Holdings said the deal was off.", "Dunmore Holdings", "ORG"),
    # a given name before a surname that is also a head word: still a person
    ("Robert Plant sang at the festival.", "Robert Plant", "PERSON"),
])
def test_a_head_word_gives_the_type(nlp, text, label, expected):
    assert types(nlp, text).get(label) == expected


def test_a_law_is_no_entity(nlp):
    found = types(nlp, "The Velland Treaty was signed in 1999 by Norway and Chile.")
    assert not any("Velland" in label for label in found)
    assert found.get("Norway") == "GPE"


@pytest.mark.parametrize("name, expected", [
    ("Reuters", "ORG"),         # a news medium, undated
    ("Boko Haram", "ORG"),      # a rebel code, undated
    ("Vladimir Putin", None),   # a person: dated offices
    ("Glenn Greenwald", None),  # listed as a medium, but reads as a person's name
    ("Jordan", None),           # a country's code
    ("Osama bin Laden", None),  # a person coded as his group
])
def test_the_phoenix_dictionaries_type_organisations(name, expected):
    assert dictionary_type(name, lexicon=get_lexicon()) == expected


def test_a_dictionary_organisation_beats_the_tagger(nlp):
    doc = nlp("Boko Haram said it had freed the girls.")
    assert [e.label_ for e in doc.ents if e.text == "Boko Haram"] == ["PERSON"]  # the tagger's reading
    assert types(nlp, "Boko Haram said it had freed the girls.")["Boko Haram"] == "ORG"


def test_a_noun_before_a_name_gives_its_type(nlp):
    assert types(nlp, "The retailer Pogranka said sales rose.").get("Pogranka") == "ORG"


@pytest.mark.parametrize("text, label, expected", [
    ("The minister said on Twitter that he would resign.", "Twitter", "ORG"),
    # "reported on X" is about X: a person stays a person
    ("He reported on Smith for years.", "Smith", "PERSON"),
])
def test_where_something_is_said_is_a_medium(nlp, text, label, expected):
    assert types(nlp, text).get(label) == expected


def test_a_title_fragment_is_no_entity(nlp):
    text = "Interior Minister Horst Keller said the ban would stay."
    assert [e.text for e in nlp(text).ents][0] == "Interior"  # the tagger's fragment
    found = types(nlp, text)
    assert "Interior" not in found and found.get("Horst Keller") == "PERSON"


def test_a_place_fused_before_a_person_is_cut_off(nlp):
    found = types(nlp, "First Minister of Scotland Nicola Sturgeon said the ruling was welcome.")
    assert found.get("Nicola Sturgeon") == "PERSON"
    assert not any(label.startswith("Scotland ") for label in found)


def test_one_referent_one_type_evidence_first(nlp):
    # two of three mentions are tagged PERSON; the head word of the full name decides
    index = entities_of(nlp("Typhoon Halong hit the coast on Sunday. Halong killed 12 people. Halong moved on."))
    typhoons = [e for e in index if "Halong" in e.label]
    assert len(typhoons) == 1 and typhoons[0].type == "EVENT"


def test_a_town_the_tagger_took_for_a_person(nlp):
    assert types(nlp, "The bridge links Manhattan with Fort Lee in New Jersey.").get("Fort Lee") == "GPE"


@pytest.mark.parametrize("word, expected", [("Robert", True), ("Virginia", False), ("Pogranka", False)])
def test_given_names(word, expected):
    assert is_given_name(word, lexicon=get_lexicon()) is expected


@pytest.mark.parametrize("text, label", [
    ("General Motors said profits fell.", "General Motors"),
    ("The Justice Department opened a case.", "Justice Department"),
])
def test_a_title_word_that_starts_an_organisation_stays(nlp, text, label):
    assert label in types(nlp, text)


def test_a_known_town_before_a_facility_noun_stays_the_town(nlp):
    # "the Mumbai airport": the noun a name modifies is one mention's reading, and a known town keeps GPE
    assert types(nlp, "Flights left the Mumbai airport late. Mumbai had heavy rain.")["Mumbai"] == "GPE"


def test_a_reading_of_one_mention_does_not_outvote_the_others(nlp):
    # "In the blog post X, ... said": "in X" reads X as a place; the other mention says person
    text = ("In the blog post Chris Wright, the chief technology officer, said the plan had changed. "
            "Chris Wright later wrote again.")
    assert types(nlp, text)["Chris Wright"] == "PERSON"


@pytest.mark.parametrize("text, label", [
    ("The North Carolina State Board of Elections met on Monday.", "North Carolina State Board of Elections"),
    ("She studied at the UCLA School of Law in the 1990s.", "UCLA School of Law"),
])
def test_the_head_of_x_of_y_stands_before_the_of(nlp, text, label):
    assert types(nlp, text).get(label) == "ORG"


def test_a_name_cut_after_a_small_word_is_its_person(nlp):
    text = ("Bridget Anne Kelly and William Baroni were convicted. The court said Kelly and Baroni had lied. "
            "Johnson & Johnson paid Boris Johnson.")
    found = types(nlp, text)
    assert not any(label.endswith(" and") or " and " in label for label in found)
    assert found.get("Johnson & Johnson") == "ORG"


def test_lower_case_words_and_models_are_no_entities(nlp):
    found = types(nlp, "Two Airbus A300s landed at noon. The green algae grew in the lake near Oslo.")
    assert not any("A300" in label or label.islower() for label in found)
    assert found.get("Oslo") == "GPE"


def test_a_hospital_is_no_person(nlp):
    assert types(nlp, "Saint Francis Hospital treated the injured.").get("Saint Francis Hospital") == "ORG"


@pytest.mark.parametrize("name, expected", [
    ("Jean-Claude Juncker", True),   # a hyphenated given name: its first part is known
    ("Al-Nusra Front", False),
    ("Abu-Dhabi Bank", False),
])
def test_hyphenated_given_names(name, expected):
    from extract.entity_context import is_personal_name

    assert is_personal_name(name, lexicon=get_lexicon()) is expected


def test_a_transcripts_speaker_labels_are_no_mentions(nlp):
    text = ("Jane Doe, a chess player from Iran, spoke to the paper.\n\n"
            "((QX))  What interested you in chess?\n\n"
            "((Jane Doe))  My father taught me. He played in Tehran.\n\n"
            "((QX))  Thank you.")
    found = {e.label: e.mentions for e in entities_of(nlp(text))}
    assert "QX" not in found           # the interviewer's label names nobody in the text
    assert found.get("Jane Doe") == 1  # her label is markup; the first sentence names her once
    assert "Tehran" in found
