"""Descriptions read off a name ("Police" after "Thames Valley Police"), and resolved descriptions and
pronouns as antecedents of a later "it" or "they" (extract/coref.py), on invented sentences."""

from __future__ import annotations

from tests.extract.test_pronoun_agreement import resolved


def test_a_bare_name_head_is_the_named_police_force(nlp):
    text = ("Thames Valley Police opened an inquiry on Friday. Police arrested a man in Leeds on Saturday. "
            "They released him on Sunday.")
    assert resolved(nlp, text, "Police", 1) == ("thames valley police",)
    assert resolved(nlp, text, "They") == ("thames valley police",)


def test_the_court_is_the_court_whose_name_has_its_words(nlp):
    text = ("The Second Circuit Court of Appeals heard the case in March. The Supreme Court declined to act. "
            "Lawyers waited for weeks. The appeals court said it would rule in May.")
    keys = resolved(nlp, text, "it")
    assert len(keys) == 1 and "appeals" in keys[0]


def test_the_same_group_is_no_reference(nlp):
    text = ("Reuters reported the find on Monday. Although the bird is in the same group as the ostrich, "
            "it lived long ago.")
    assert resolved(nlp, text, "group") == ()
    assert "reuters" not in resolved(nlp, text, "it")


def test_a_plural_description_is_not_one_organisation(nlp):
    text = ("Tesco and Carrefour signed a deal on Monday. The regulator must approve it. "
            "The parties said they expect a decision this year.")
    assert resolved(nlp, text, "parties") == ()
    assert "tesco" not in resolved(nlp, text, "they")


def test_it_was_the_first_time_is_no_reference(nlp):
    text = ("Tonga's parliament, the Legislative Assembly, met in Nuku'alofa. When it elected Pohiva in 2014, "
            "it was the first time they had elected a commoner.")
    assert resolved(nlp, text, "it", 1) == ()


def test_a_noun_a_name_stands_beside_describes_it(nlp):
    text = ("Tonga's parliament, the Legislative Assembly, was suspended on Monday. Reporters waited outside. "
            "The parliament said it would meet again in May.")
    # the apposition gives the assembly its country (extract/institution_scopes.py): Tonga's, not every country's
    assert resolved(nlp, text, "parliament", 1) == ("tonga legislative assembly",)
    assert resolved(nlp, text, "it") == ("tonga legislative assembly",)


def test_a_bare_name_head_again_far_from_the_name(nlp):
    # more sentences from the name than a description reaches back (12), fewer from "Police" to "Police"
    filler = " ".join(f"The gallery opened room {n} on Tuesday." for n in range(7))
    text = (f"Thames Valley Police opened an inquiry. {filler} Police arrested a man in Leeds. {filler} "
            "Police said on Monday they believe a group was involved.")
    assert resolved(nlp, text, "they") == ("thames valley police",)


def test_an_it_left_unresolved_keeps_the_next_from_a_place(nlp):
    text = ("The statue is a work by an Italian artist. It was made of bronze. It had stood in the garden at "
            "Blenheim for a year. When it was taken away, it left a hole in the lawn.")
    assert resolved(nlp, text, "it", 0) == ()
    assert "blenheim" not in resolved(nlp, text, "it", 1)


def test_their_after_coordinated_subjects_is_both(nlp):
    text = "On Thursday, Walmart and Amazon announced their agreement over the sale of stores."
    assert set(resolved(nlp, text, "their")) == {"walmart", "amazon"}
    # a singular "its" agrees with neither of two coordinated subjects
    text = "On Thursday, Walmart and Amazon announced its agreement over the sale of stores."
    assert resolved(nlp, text, "its") == ()


def test_it_is_with_an_adjective_is_left_unresolved(nlp):
    text = "The Air Force issued warnings against attempts to enter the base, saying it was dangerous."
    assert resolved(nlp, text, "it") == ()


def test_their_after_a_collective_noun_subject_is_not_a_name(nlp):
    text = ("The National Telecommunications Commission issued an order to the broadcaster on Monday. "
            "The network tried to renew their franchise in July.")
    assert resolved(nlp, text, "their") == ()


def test_a_name_just_before_a_finite_verb_is_its_subject(nlp):
    text = ("The milestone came the same day Malawi confirmed its first coronavirus infections and Zambia had "
            "its first coronavirus-related death.")
    assert resolved(nlp, text, "its", 1) == ("zambia",)
