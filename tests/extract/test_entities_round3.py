"""Entities, round 3: news outlets typed as organisations, teams named by their town, taxa.

Invented sentences, real spaCy. What is expected is read off the sentences:
a newspaper quoted is an organisation, a side a coach belongs to or a match
is won over is a team, a dinosaur genus is nobody.
"""

from __future__ import annotations

import pytest

from extract.entity_context import is_taxon, names_team
from extract.facts import extract_document
from extract.lexicon import get_lexicon
from extract.types import Document


def _named(nlp, text: str) -> dict[str, str]:
    facts = extract_document(Document(id="t", text=text), nlp=nlp)
    return {e.label: e.type for e in facts.entities if e.type != "CONCEPT"}


@pytest.mark.parametrize("outlet", ["Rudaw", "Kathimerini", "Mizzima", "Gazeta Prawna", "Tehran Times",
                                    "Daily Maverick", "Radio Okapi", "Bernama", "TOLOnews"])
def test_news_outlets_are_organisations_in_the_knowledge_base(outlet):
    found = get_lexicon().knowledge.lookup(outlet)
    assert found and all(entry.type == "ORG" for entry, _ in found)


@pytest.mark.parametrize("text, outlet", [
    ("Kokesh previously hosted a show on Rudaw.", "Rudaw"),
    ("The interview was first published by Kathimerini on Sunday.", "Kathimerini"),
    ("Gazeta Prawna reported that sales fell.", "Gazeta Prawna"),
    ("Mizzima reported that troops had entered the town.", "Mizzima"),
])
def test_an_outlet_the_tagger_calls_a_person_is_an_organisation(nlp, text, outlet):
    assert _named(nlp, text).get(outlet) == "ORG"


def test_a_side_beaten_in_a_win_over_is_a_team(nlp):
    named = _named(nlp, "In Australian rugby, University coach Tim Marsh was pleased with the 22 points to 10 win "
                        "over Eastvale at Mill Park on Saturday.")
    assert named.get("Eastvale") == "ORG" and named.get("Tim Marsh") == "PERSON"


def test_a_win_over_a_place_outside_sport_stays_a_place(nlp):
    named = _named(nlp, "The president claimed a win over Texas in the primary on Tuesday.")
    assert named.get("Texas") == "GPE"


def test_a_role_word_between_team_and_coach_still_names_the_team(nlp):
    lexicon = get_lexicon()
    doc = nlp("The game was a hard match according to Eastvale assistant coach Ben Hardy.")
    at = [t.i for t in doc if t.text == "Eastvale"][0]
    assert names_team(doc, at, at + 1, lexicon=lexicon, label="PERSON")
    # Two role words, or a word that is no role: no team.
    doc = nlp("The game was a hard match according to Eastvale former assistant coach Ben Hardy.")
    at = [t.i for t in doc if t.text == "Eastvale"][0]
    assert not names_team(doc, at, at + 1, lexicon=lexicon, label="PERSON")


def test_genus_names_are_no_entities(nlp):
    named = _named(nlp, "Palaeontologists found fossils of Caudipteryx and Archaeopteryx in the quarry.")
    assert "Caudipteryx" not in named and "Archaeopteryx" not in named
    assert [is_taxon(w) for w in ("Velociraptor", "Macroalgae", "Hominidae", "Raptor", "London", "Brandon")] == [
        True, True, True, False, False, False]


@pytest.mark.parametrize("text, name", [
    ("Carl Hensman of the Bill and Melinda Gates Foundation noted the ingredients.",
     "Bill and Melinda Gates Foundation"),
    ("The grant came from Michael and Susan Dell Foundation.", "Michael and Susan Dell Foundation"),
])
def test_a_foundation_of_two_given_names_is_one_name(nlp, text, name):
    named = _named(nlp, text)
    assert named.get(name) == "ORG"
    assert not {"Bill", "Michael"} & set(named)


def test_two_organisations_joined_by_and_stay_two(nlp):
    named = _named(nlp, "Shares of Microsoft and Apple Inc. rose on Monday.")
    assert "Microsoft" in named and "Microsoft and Apple Inc." not in named


def test_a_storm_named_without_its_first_word_is_the_storm(nlp):
    facts = extract_document(Document(id="t", text=(
        "Hurricane Dorian struck the Bahamas on Sunday. Dorian then moved north, and officials said the "
        "damage was severe.")), nlp=nlp)
    storms = [e for e in facts.entities if "Dorian" in (e.label, *e.aliases)]
    assert [(e.label, e.type) for e in storms] == [("Hurricane Dorian", "EVENT")]


def test_a_name_given_as_an_example_of_a_kind_takes_its_type(nlp):
    named = _named(nlp, "Broadcasters such as RT and Al Jazeera covered the summit.")
    assert named.get("RT") == "ORG" and named.get("Al Jazeera") == "ORG"
    # A kind of place keeps places places.
    assert _named(nlp, "Countries like France and Germany objected.") == {"France": "GPE", "Germany": "GPE"}


@pytest.mark.parametrize("text, person", [
    ("His politics clashed with the stances of national leaders of his party such as Bernie Sanders and "
     "Elizabeth Warren.", "Bernie Sanders"),
    ("She performed live with big bands, such as Les Brown and His Band of Renown.", "Les Brown"),
])
def test_a_person_given_as_an_example_stays_a_person(nlp, text, person):
    assert _named(nlp, text).get(person) == "PERSON"


def test_a_company_the_tagger_calls_a_location_is_an_organisation():
    from extract.linking import link_entity
    from extract.types import Entity

    lexicon = get_lexicon()
    firm = Entity("deloitte", "Deloitte", "LOC")
    link = link_entity(firm, lexicon=lexicon, text="His tax preparer, Deloitte, was told to hand over the returns.")
    assert link is not None and link.entry.type == "ORG" and link.basis == "type"
    # A place keeps its place reading: the Amazon of "fires in the Amazon" is no company.
    river = Entity("amazon", "Amazon", "LOC")
    found = link_entity(river, lexicon=lexicon, text="Fires spread in the Amazon on Monday.")
    assert found is None or found.entry.type != "ORG"


def test_a_rating_on_a_scale_is_no_entity(nlp):
    named = _named(nlp, "The National Hurricane Center said all tropical storm warnings were lifted as of yesterday "
                        "morning and the storm had also been downgraded to a Category 2 storm.")
    assert not [label for label in named if label.startswith("Category")]
    assert named.get("National Hurricane Center") == "ORG"
