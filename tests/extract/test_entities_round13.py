"""Entity nodes of the classes audit round 13 found on unseen articles (``benchmarks/data/entities_audit.md``).

Invented sentences through the real pipeline, the tagger's names set as it gives them on sentences of this
kind: a name cut at joining words or between two people's names, a name spelt without its accents, two
surnames fused by a hyphen, a lone article of a foreign name, a religion, a capital typed as a people, a
person after "<title> to the <body>", two names of one dictionary entry, a country's institution named by
its people, a body's seat named with a place suffix.
"""

from __future__ import annotations

from .helpers import by_label, tagged_entities as entities


def test_a_name_cut_at_and_the_is_whole_where_the_actor_dictionary_knows_the_whole(nlp):
    text = "The Islamic State of Iraq and the Levant claimed responsibility for the three attacks."
    got = by_label(entities(nlp, text, [("Islamic State of Iraq", "ORG"), ("Levant", "GPE")]))
    assert "Levant" not in got and "Islamic State of Iraq" not in got
    assert got["Islamic State of Iraq and the Levant"].type == "ORG"


def test_two_places_joined_by_and_stay_two_where_no_table_knows_the_whole(nlp):
    text = "Officials in Texas and Nevada counted the votes."
    got = by_label(entities(nlp, text, [("Texas", "GPE"), ("Nevada", "GPE")]))
    assert {"Texas", "Nevada"} <= set(got)


def test_two_halves_of_a_persons_name_with_only_a_space_between_are_one_person(nlp):
    text = "The veil was banned during Ahmed Salah Eddine Ould Bakar's presidency."
    got = by_label(entities(nlp, text, [("Ahmed Salah Eddine", "PERSON"), ("Ould Bakar", "PERSON")]))
    assert "Ould Bakar" not in got
    assert got["Ahmed Salah Eddine Ould Bakar"].type == "PERSON"


def test_a_country_and_an_institution_side_by_side_stay_two(nlp):
    text = "The bill went to the US Congress on Monday."
    got = by_label(entities(nlp, text, [("US", "GPE"), ("Congress", "ORG")]))
    assert got["United States"].type == "GPE"
    assert "United States Congress" in got  # the country before it scopes the bare name (institution_scopes.py)


def test_an_organisation_cut_at_its_for_the_is_one_name(nlp):
    text = ("Speaking to reporters, the head of the Ruritanian League for the Defence of Rivers, Ana Petrova, "
            "said the dam must go.")
    got = by_label(entities(nlp, text, [("the Ruritanian League", "ORG"), ("the Defence of Rivers", "ORG"),
                                        ("Ana Petrova", "PERSON")]))
    assert "Defence of Rivers" not in got and "Ruritanian League" not in got
    assert got["Ruritanian League for the Defence of Rivers"].type == "ORG"


def test_a_surname_written_without_its_accents_is_the_person_named_with_them(nlp):
    text = "President Recep Tayyip Erdoğan phoned the White House. Erdogan said the troops would move."
    got = by_label(entities(nlp, text, [("Recep Tayyip Erdoğan", "PERSON"), ("White House", "ORG"),
                                        ("Erdogan", "PERSON")]))
    assert "Erdogan" not in got
    assert got["Recep Tayyip Erdoğan"].mentions == 2


def test_two_running_mates_surnames_fused_by_a_hyphen_are_no_name(nlp):
    text = ("Alan Browne ran with Joan Jorgensen. Browne-Jorgensen appeared on every ballot. "
            "Jorgensen is a professor.")
    got = by_label(entities(nlp, text, [("Alan Browne", "PERSON"), ("Joan Jorgensen", "PERSON"),
                                        ("Browne-Jorgensen", "PERSON"), ("Jorgensen", "PERSON")]))
    assert "Browne-Jorgensen" not in got
    assert {"Alan Browne", "Joan Jorgensen"} <= set(got)


def test_a_double_surname_of_one_person_stays_that_person(nlp):
    text = "Maria Lopez-Garcia spoke first. Lopez-Garcia said the plan was sound."
    got = by_label(entities(nlp, text, [("Maria Lopez-Garcia", "PERSON"), ("Lopez-Garcia", "PERSON")]))
    assert got["Maria Lopez-Garcia"].mentions == 2


def test_a_lone_article_of_a_foreign_sentence_is_no_name(nlp):
    text = "She wrote in French: Le bilan est lourd."
    got = by_label(entities(nlp, text, [("Le", "ORG")]))
    assert "Le" not in got


def test_a_religion_is_norp_whatever_the_tagger_said(nlp):
    text = "The man had converted to Islam a year ago, officials said."
    got = by_label(entities(nlp, text, [("Islam", "ORG")]))
    assert got["Islam"].type == "NORP"


def test_a_capital_the_tagger_typed_as_a_people_is_the_place(nlp):
    text = "Two suicide bombings took place in the country's capital, Tunis, last month."
    got = by_label(entities(nlp, text, [("Tunis", "NORP")]))
    assert got["Tunis"].type == "GPE"


def test_a_name_after_a_title_to_a_body_is_a_person(nlp):
    text = "Former US Ambassador to the United Nations Nikki Haley wrote on Twitter."
    got = by_label(entities(nlp, text, [("US", "GPE"), ("the United Nations", "ORG"), ("Nikki Haley", "ORG")]))
    assert got["Nikki Haley"].type == "PERSON"
    assert got["United Nations"].type == "ORG"


def test_two_names_of_one_dictionary_entry_are_one_organisation(nlp):
    text = "ISIS fighters were captured in the north. The envoy to the coalition against ISIL resigned."
    got = by_label(entities(nlp, text, [("ISIS", "ORG"), ("ISIL", "GPE")]))
    assert "ISIL" not in got
    assert "ISIL" in got["ISIS"].aliases


def test_a_countrys_institution_alone_is_the_one_named_by_its_people(nlp):
    text = ("A member of the Tunisian Parliament spoke on Monday. Souhail Alouini, a member of Parliament, "
            "said the bill was proposed in 2016.")
    got = by_label(entities(nlp, text, [("the Tunisian Parliament", "ORG"), ("Souhail Alouini", "PERSON"),
                                        ("Parliament", "ORG")]))
    assert "Parliament" not in got
    assert got["Tunisian Parliament"].mentions == 2


def test_a_bodys_seat_before_a_place_suffix_keeps_its_name(nlp):
    text = "A worker attacked colleagues at the headquarters of the Paris Police Prefecture on Thursday."
    got = by_label(entities(nlp, text, [("the Paris Police Prefecture", "EVENT")]))
    assert "Paris Police" not in got
    assert got["Paris Police Prefecture"].type == "ORG"


def test_a_body_after_a_title_of_keeps_its_type(nlp):
    text = "In 2003 he served as the chair of the Congressional Black Caucus."
    got = by_label(entities(nlp, text, [("the Congressional Black Caucus", "ORG")]))
    assert got["Congressional Black Caucus"].type == "ORG"


def test_a_name_of_god_is_no_place(nlp):
    text = "They still believe in Allah, but they pray at the shrines."
    got = by_label(entities(nlp, text, [("Allah", "GPE")]))
    assert got["Allah"].type == "PERSON"
