"""it / they on unseen news, round 10 (``benchmarks/data/entities_audit.md``, extract/coref_continuity.py):
a speaker goes on past a quotation, a quantified subject is its own group, a person noun between an
organisation and "they" may be a singular they, and a part of a place is no description of it.

Invented sentences through the real pipeline (real parse).
"""

from __future__ import annotations

from extract.entities import entities_of
from tests.extract.test_pronoun_agreement import resolved


def test_a_speaker_goes_on_past_the_nouns_of_its_quotation(nlp):
    text = ('The Transport Ministry has, in a statement, called on drivers to "remember that the safety of '
            'other people depends on you." It also urged people to slow down near schools.')
    assert resolved(nlp, text, "It") == ("transport ministry",)


def test_a_quoted_noun_still_competes_for_an_it_that_says_nothing(nlp):
    text = ('The Transport Ministry said in a statement that "the bridge is unsafe". '
            'It was closed on Monday for repairs.')
    assert resolved(nlp, text, "It") != ("transport ministry",)


def test_a_quantified_subject_is_its_own_group_not_a_name_inside_it(nlp):
    text = "Some of the workers the BBC interviewed said they had lost their jobs."
    assert resolved(nlp, text, "they") == ()
    assert resolved(nlp, text, "their") == ()


def test_a_quantifier_of_a_named_people_is_that_people(nlp):
    text = "Many of the Kurds said they would return to the city."
    assert resolved(nlp, text, "they") == ("kurds",)


def test_a_person_noun_between_an_organisation_and_they_is_a_singular_they(nlp):
    text = "The Senate voted to censure a cabinet minister in March while they were still in office."
    assert resolved(nlp, text, "they") == ()


def test_a_police_force_still_takes_they(nlp):
    text = "Thames Valley Police said they had arrested two men on Sunday."
    assert resolved(nlp, text, "they") == ("thames valley police",)


def test_the_coast_of_a_place_is_no_description_of_the_place(nlp):
    text = "Ice shelves line the coast of Antarctica. They float along the coast nearby."
    refs = {r.text: r.keys for r in entities_of(nlp(text)).references}
    assert "the coast" not in refs


def test_the_town_of_a_place_still_describes_it(nlp):
    text = "Shelling hit the town of Kafr Nabl on Monday. The town was without power."
    assert resolved(nlp, text, "The town") == ("kafr nabl",)


def test_an_object_them_is_the_pair_named_before_not_its_clause_subject(nlp):
    text = ("Barr and Ross refused to testify in May. On June 12, the Oversight Committee voted to "
            "refer them to the full House.")
    assert set(resolved(nlp, text, "them")) == {"barr", "ross"}


def test_an_object_them_after_a_plural_noun_stays_unresolved(nlp):
    text = "Russia and Turkey signed the agreements in Sochi. The United Nations welcomed them."
    assert resolved(nlp, text, "them") == ()


def test_an_object_them_with_no_pair_before_stays_unresolved(nlp):
    text = "The Oversight Committee met on Monday. The Senate Judiciary Committee asked them for the papers."
    assert resolved(nlp, text, "them") == ()


def test_the_government_of_a_country_still_describes_the_country(nlp):
    text = "On Friday the government of Samoa closed all schools. The government said 40 teams took part."
    assert resolved(nlp, text, "The government") == ("samoa",)
