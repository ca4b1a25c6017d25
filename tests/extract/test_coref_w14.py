"""it / they and descriptions of the right kind (issue 12, ``benchmarks/data/coref_audit.md``, extract/coref_kinds.py).

Invented sentences through the real pipeline (real parse): a description is linked only to an entity of
its kind, else left unresolved; a class-noun subject named by its modifier binds "its"; a religion is an
"it", never a "they".
"""

from __future__ import annotations

from tests.extract.test_pronoun_agreement import resolved


def test_the_event_of_a_person_is_not_the_person(nlp):
    text = ("Crowds gathered after the fatal stabbing of Maria Lopez in Denver. "
            "Police said the stabbing was under investigation.")
    assert resolved(nlp, text, "the stabbing") == ()


def test_an_abstract_noun_of_an_organisation_is_not_the_organisation(nlp):
    text = ("The main aim of the World Health Organization is to fight disease. "
            "Officials said the aim was still far away.")
    assert resolved(nlp, text, "the aim") == ()


def test_the_town_of_a_place_still_describes_the_place(nlp):
    text = "Rebels entered the town of Maarat al-Numan on Monday. The town was shelled overnight."
    assert resolved(nlp, text, "The town") != ()


def test_a_class_noun_with_another_proper_name_is_not_the_party_named_before(nlp):
    text = ("The Labour Party lost seats in the north. "
            "Analysts blamed the growing Brexit movement for the losses.")
    assert resolved(nlp, text, "the growing Brexit movement") == ()


def test_the_party_is_the_standing_name_not_a_name_that_modifies_a_nominee(nlp):
    text = ("One small group, the Freedom Union Party, endorsed Green Party presidential nominee Ann Smith. "
            "The party has ballot access in Oregon.")
    assert resolved(nlp, text, "The party") == ("freedom union party",)


def test_the_party_after_a_leader_title_is_still_that_party(nlp):
    text = "Labour Party leader Keir Starmer spoke on Monday. The party will vote against the bill."
    assert resolved(nlp, text, "The party") == ("labour party",)


def test_its_binds_to_the_company_that_names_the_subject(nlp):
    text = "The Tesla car company opened a factory near Berlin, and its new model is due next year."
    assert resolved(nlp, text, "its") == ("tesla",)


def test_a_religion_is_an_it(nlp):
    text = "Judaism was practised in Babylon for centuries. It has about 15 million followers."
    assert resolved(nlp, text, "It") == ("judaism",)


def test_a_religion_is_never_a_they(nlp):
    text = "Buddhism spread along the trade routes of Central Asia. They built monasteries in every oasis."
    assert resolved(nlp, text, "They") == ()
