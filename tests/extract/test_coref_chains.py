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
