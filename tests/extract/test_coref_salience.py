"""it / its / they / their: the subject of the pronoun's own clause first, a subject before an object
before any other noun, and no antecedent where the candidates are of the wrong number or kind
(extract/coref.py), on invented sentences through the real pipeline."""

from __future__ import annotations

from tests.extract.test_pronoun_agreement import resolved


def test_their_goes_to_the_subject_of_its_clause_before_a_plural_noun_elsewhere(nlp):
    text = "Negotiations are continuing in Doha, where the Taliban seeks to reimpose their version of the law."
    assert resolved(nlp, text, "their") == ("taliban",)


def test_places_named_where_something_happens_are_not_they(nlp):
    text = ("Citizenship is granted at birth in Guam and Puerto Rico. "
            "Instead, they are called nationals on their passports.")
    assert resolved(nlp, text, "they") == ()


def test_a_person_and_an_organisation_together_are_left_unresolved(nlp):
    text = "Maria Lopez and Greenpeace filed the lawsuit in March. They worked with lawyers in Oslo."
    assert resolved(nlp, text, "They") == ()


def test_a_named_subject_of_another_kind_keeps_its_from_an_earlier_organisation(nlp):
    text = ("Ann Carter, a researcher at Oxford University, questioned the findings, saying John Smith "
            "might have won by changing its rules.")
    assert resolved(nlp, text, "its") == ()


def test_their_in_an_infinitive_after_a_noun_reads_the_subject_of_the_noun_clause(nlp):
    text = ("The Senate debated the bill on Monday. Since its licence expired, the station no longer had "
            "a franchise to keep airing their programmes.")
    assert "senate" not in resolved(nlp, text, "their")


def test_an_object_them_is_not_its_clause_subject(nlp):
    text = "The Smiths had kept their children indoors for years and rarely allowed them outside."
    assert resolved(nlp, text, "them") == ()


def test_it_in_a_small_clause_is_no_organisation(nlp):
    text = "The project is costly. The European Union considers it a priority."
    assert resolved(nlp, text, "it") == ()


def test_names_that_modify_a_noun_are_not_they(nlp):
    text = ("Ankara defended Turkish and Greek Cypriot mining rights in the region. "
            "The minister said they would build another pipeline to Greece.")
    assert resolved(nlp, text, "they") == ()


def test_an_object_outranks_a_name_after_a_preposition(nlp):
    text = ("The study examined 93 statues, all of which were built before contact with Europeans. "
            "They compared the sites of the statues with sources of water.")
    assert resolved(nlp, text, "They") == ()


def test_the_centre_of_a_province_is_not_the_province(nlp):
    text = ("A bomb hit a base in the centre of Afghanistan's Wardak province. "
            "The training centre belongs to the intelligence service; it was targeted with a truck.")
    assert resolved(nlp, text, "centre", 1) == ()
    assert resolved(nlp, text, "it") == ()


def test_its_in_the_clause_of_an_organisation_subject_is_that_organisation(nlp):
    assert resolved(nlp, "Tesco stated its intention to leave the Polish market.", "its") == ("tesco",)


def test_an_organisation_subject_just_before_is_they(nlp):
    text = ("WWE expressed sadness and extended condolences to the family. "
            "They currently feature a video on their website.")
    assert resolved(nlp, text, "They") == ("wwe",)
