"""Names written with a hyphen and with a space in one article are one (extract.hyphen_variants); a name the
tagger cut at a hyphen before a lower-case syllable is made whole where the tables know it
(extract.hyphen_tails). Invented news sentences; expected names come from the text."""

from __future__ import annotations

from extract.entities import entities_of
from extract.hyphen_variants import hyphen_form
from tests.extract.helpers import tagged_entities


def test_hyphen_form_reads_hyphens_as_spaces():
    assert hyphen_form("Al-Qaeda") == hyphen_form("Al Qaeda") == "al qaeda"
    assert hyphen_form("Kim Jong-un") == hyphen_form("Kim Jong Un")
    assert hyphen_form("Al-Qaeda") != hyphen_form("AlQaeda")


def test_hyphen_and_space_spellings_are_one_group(nlp):
    text = "Al-Qaeda claimed the attack. Al Qaeda has been weakened in Yemen."
    found = tagged_entities(nlp, text, [("Al-Qaeda", "ORG"), ("Al Qaeda", "ORG"), ("Yemen", "GPE")])
    labels = {e.label for e in found}
    assert "Al-Qaeda" in labels and "Al Qaeda" not in labels


def test_person_spellings_join_named_as_first_written(nlp):
    text = "Kim Jong-un met envoys on Monday. Kim Jong Un said the talks were useful."
    found = tagged_entities(nlp, text, [("Kim Jong-un", "PERSON"), ("Kim Jong Un", "PERSON")])
    assert [e.label for e in found if e.type == "PERSON"] == ["Kim Jong-un"]


def test_person_and_place_of_one_spelling_stay_apart(nlp):
    text = "Crowds gathered in Saint-Denis on Sunday. A statue of Saint Denis was unveiled."
    found = tagged_entities(nlp, text, [("Saint-Denis", "GPE"), ("Saint Denis", "PERSON")])
    assert {"Saint-Denis", "Saint Denis"} <= {e.label for e in found}


def test_known_name_cut_before_its_syllable_is_whole(nlp):
    found = {e.label for e in entities_of(nlp("South Korean President Moon Jae-in said talks would resume."))}
    assert "Moon Jae-in" in found and "Moon Jae" not in found


def test_unknown_hyphen_word_stays_off(nlp):
    text = "The Biden-led coalition won the vote in the Senate."
    found = {e.label for e in tagged_entities(nlp, text, [("Biden", "PERSON"), ("Senate", "ORG")])}
    assert "Biden-led" not in found
