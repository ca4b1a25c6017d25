"""Entity nodes of the classes left open by audit rounds 9 and 10 (``benchmarks/data/entities_audit.md``).

Invented sentences through the real pipeline, the tagger's names set where its labels on this kind of
sentence matter: a political process typed as a person, game consoles typed as organisations or places,
a transit line and network typed as a person and a place.
"""

from __future__ import annotations

from .helpers import by_label, tagged_entities as entities


def test_a_political_process_is_no_node(nlp):
    text = "Thousands marched in Leeds against Brexit on Saturday. Brexit will cost jobs, the union said."
    got = by_label(entities(nlp, text, [("Leeds", "GPE"), ("Brexit", "PERSON"), ("Brexit", "PERSON")]))
    assert "Brexit" not in got
    assert got["Leeds"].type == "GPE"


def test_a_party_named_after_a_process_stays_an_organisation(nlp):
    text = "The Brexit Party won seats in the election."
    got = by_label(entities(nlp, text, [("Brexit Party", "ORG")]))
    assert got["Brexit Party"].type == "ORG"


def test_game_consoles_are_no_actors_but_their_makers_are(nlp):
    text = "Microsoft said the Xbox sold well, and Sony said the PlayStation 5 would ship in November."
    got = by_label(entities(nlp, text, [("Microsoft", "ORG"), ("Xbox", "ORG"), ("Sony", "ORG"),
                                        ("PlayStation 5", "GPE")]))
    assert "Xbox" not in got and "PlayStation 5" not in got
    assert got["Microsoft"].type == "ORG" and got["Sony"].type == "ORG"


def test_a_transit_line_after_the_is_a_facility(nlp):
    text = "Trains on the Jubilee line stopped after the fire, and the Underground closed three stations."
    got = by_label(entities(nlp, text, [("Jubilee", "PERSON"), ("Underground", "LOC")]))
    assert "Jubilee" not in got
    assert got["Jubilee line"].type == "FAC"
    assert got["Underground"].type == "FAC"


def test_a_known_name_before_line_keeps_its_reading(nlp):
    text = "Ministers repeated the Kremlin line on the talks, and Trump stood by the Trump line."
    got = by_label(entities(nlp, text, [("Kremlin", "ORG"), ("Trump", "PERSON"), ("Trump", "PERSON")]))
    assert "Kremlin line" not in got and "Trump line" not in got
    assert got["Kremlin"].type != "FAC"
