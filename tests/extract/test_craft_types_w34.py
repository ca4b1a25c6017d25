"""Spacecraft, ships and vehicles the text describes (``extract.craft_cues``) are no actors at any mention;
and the makers, owners and people beside them keep their nodes.

Invented sentences and sentences of the Wikinews corpus, through the real pipeline (the tagger's own names).
"""

from __future__ import annotations

import pytest

from .helpers import named_types


@pytest.mark.parametrize(("text", "name"), [
    # the kind after the name, then the bare name (corpus, wikinews:81ff8)
    ("On Sunday, the SpaceX Crew Dragon capsule successfully docked with the station. Crew Dragon has enough "
     "room for seven people but on this occasion carried only a mannequin.", "Crew Dragon"),
    # an untagged name before its kind, then the name the tagger took for a person
    ("The Soviet Union launched the Voskhod spacecraft in 1964. Voskhod carried three cosmonauts into orbit.",
     "Voskhod"),
    # a numbered mission (corpus, wikinews:d2688)
    ("Leonov was famous for performing the first human spacewalk as part of the Soviet Union's Voskhod 2 "
     "mission. He was the last surviving member of the Voskhod programme crew.", "Voskhod"),
    # aboard it; "the" before a name taken for a person's, and the craft lands
    ("The Endeavour landed in the Gulf of Mexico on Sunday. Two astronauts aboard the Endeavour returned home.",
     "Endeavour"),
    ("Passengers aboard the Diamond Princess were quarantined. The Diamond Princess cruise ship docked in "
     "Yokohama.", "Diamond Princess"),
    # the maker before the kind is left out of the craft's name
    ("Boeing said its Starliner capsule will fly next year. Starliner failed to reach the station in 2019.",
     "Starliner"),
    # a name whose own last words are a kind (corpus, wikinews:eee45, wikinews:81ff8)
    ("Since the retirement of the Space Shuttles in 2011, NASA has relied on Russian Soyuz spacecraft.",
     "Space Shuttles"),
    ("The capsule docked with the International Space Station in orbit around the Earth.",
     "International Space Station"),
    # launched into orbit: a craft
    ("The Tianwen was launched into orbit on Thursday. Tianwen carries a rover.", "Tianwen"),
])
def test_craft_is_no_node(nlp, text, name):
    assert name not in named_types(nlp, text)


@pytest.mark.parametrize(("text", "name", "expected"), [
    # the maker named before the kind stays a body
    ("SpaceX said the SpaceX Crew Dragon capsule docked with the station on Sunday.", "SpaceX", "ORG"),
    ("Boeing said the Boeing Starliner capsule failed to reach orbit.", "Boeing", "ORG"),
    ("Boeing said its Starliner capsule will fly next year.", "Boeing", "ORG"),
    # a company's mission is the company's
    ("Rocket Lab said the Rocket Lab mission put seven satellites in orbit.", "Rocket Lab", "ORG"),
    # an owner the tagger calls a body before "ship"
    ("German charity Sea-Eye said the Sea-Eye ship will sail on Monday.", "Sea-Eye", "ORG"),
    # the people aboard, or who splashed down or orbited, are people
    ("Three astronauts aboard the Soyuz landed in Kazakhstan. Anatoly Ivanishin was aboard the Soyuz.",
     "Anatoly Ivanishin", "PERSON"),
    ("Doug Hurley and Bob Behnken splashed down in the Gulf of Mexico. Hurley said the trip was smooth.",
     "Doug Hurley", "PERSON"),
    ("Yuri Gagarin orbited the Earth in 1961. Gagarin returned a hero.", "Yuri Gagarin", "PERSON"),
    # a ship named after a person: the person's name keeps the person (corpus, wikinews:4c058)
    ("German charity Sea-Eye renamed their ship after Alan Kurdi, a Syrian child who drowned. The Alan Kurdi "
     "ship rescued 60 people.", "Alan Kurdi", "PERSON"),
    # docking pay is no craft's doing; a family lands
    ("Acme docked the workers' pay in March. Acme said it had no choice.", "Acme", "ORG"),
    ("The Kennedys landed in Dallas on Friday.", "Kennedys", "PERSON"),
    # a company launched in a year is no craft
    ("SpaceX was launched in 2002 by Elon Musk.", "SpaceX", "ORG"),
    # an investigation named after its leader
    ("The Mueller probe ended in 2019. Mueller said the probe found no conspiracy.", "Mueller", "PERSON"),
])
def test_actors_beside_craft_keep_their_nodes(nlp, text, name, expected):
    assert named_types(nlp, text).get(name) == expected


@pytest.mark.parametrize(("text", "name", "expected"), [
    # a place or a celestial body before the kind is where the craft goes
    ("NASA said the Mars rover found water. Mars has two moons.", "Mars", "LOC"),
    ("The Jupiter orbiter reached Jupiter in July. Jupiter is the largest planet.", "Jupiter", "LOC"),
    # an owner the tables know, a body that lands
    ("Greenpeace said the Greenpeace ship was boarded by Russian forces.", "Greenpeace", "ORG"),
    ("The Taliban landed in Kabul on Sunday.", "Taliban", "ORG"),
    # launched through a medium, not into orbit nor by a rocket
    ("The Sunrise Movement was launched via Twitter in 2017. Sunrise Movement organised protests in Washington.",
     "Sunrise Movement", "ORG"),
    # a firm's name ending in a kind of one word
    ("Jaguar Land Rover cut 4,500 jobs. Land Rover said sales fell.", "Land Rover", "ORG"),
])
def test_goals_and_owners_of_craft_keep_their_types(nlp, text, name, expected):
    assert named_types(nlp, text).get(name) == expected


def test_moon_before_a_lander_keeps_its_node(nlp):
    # the Moon is the lander's goal: whatever its type, the rule must not drop it
    assert "Moon" in named_types(nlp, "China landed the Moon lander on Sunday. The Moon is 384,000 km away.")


def test_initials_of_a_craft_are_no_node(nlp):
    types = named_types(nlp, "Behnken and Hurley will reach the International Space Station (ISS) today. "
                             "The ISS orbits the Earth at 400 km.")
    assert "ISS" not in types and "International Space Station" not in types
    assert types.get("Earth") == "LOC"
