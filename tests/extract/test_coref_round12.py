"""it / they on unseen news, round 13c (``benchmarks/data/entities_audit.md``, extract/coref_divisions.py):
"the state", "the province" is the one first-level division of a country whose divisions go by that word,
named in its sentence or the one before, and an "its" whose clause it is the subject of follows it.

Invented sentences through the real pipeline (real parse).
"""

from __future__ import annotations

from extract.coref_divisions import division_description
from extract.entities import entities_of
from extract.lexicon import get_lexicon
from tests.extract.test_pronoun_agreement import resolved


def test_the_state_is_the_us_state_named_before_and_its_follows(nlp):
    text = "The governor of Texas, Greg Abbott, announced the state had extended its curfew until May."
    assert resolved(nlp, text, "the state") == ("texas",)
    assert resolved(nlp, text, "its") == ("texas",)


def test_the_province_is_the_canadian_province_named_in_the_sentence_before(nlp):
    text = "Ontario reported 400 new cases on Monday. The province closed its schools."
    assert resolved(nlp, text, "province") == ("ontario",)


def test_two_divisions_named_leave_the_state_unresolved(nlp):
    text = "Voters in Ohio and Texas went to the polls. Officials said the state had counted every ballot."
    assert resolved(nlp, text, "the state") == ()


def test_the_state_of_a_country_whose_divisions_go_by_another_word_is_unresolved(nlp):
    # Ontario's divisions are provinces, Hubei's too: "the state" there is the country's government
    assert resolved(nlp, "Hubei reported ten deaths. The state said the outbreak was over.", "state") == ()


def test_a_division_named_two_sentences_back_is_too_far(nlp):
    text = ("Texas reported ten deaths on Monday. Doctors warned that hospitals were full. "
            "The state said the outbreak was slowing.")
    assert resolved(nlp, text, "state") == ()


def test_the_state_of_emergency_and_a_modified_state_are_no_reference(nlp):
    text = "The governor of Texas declared the state of emergency. He said the federal state would help."
    doc = nlp(text)
    states = [t for t in doc if t.lower_ == "state"]
    assert len(states) == 2
    index = entities_of(doc)
    heads = {r.head for r in index.references}
    assert not heads & {t.i for t in states}


def test_the_division_words_are_read_from_the_data_table():
    lexicon = get_lexicon()
    row = lexicon.tables["division_nouns"]["state"]
    assert "US" in row[0].split() and "CN" not in row[0].split()
    assert "CA" in lexicon.tables["division_nouns"]["province"][0].split()


def test_a_plural_or_capitalised_noun_is_no_division_description(nlp):
    doc = nlp("Texas and Ohio voted. The states counted the ballots. The State Department said nothing.")

    class _Res:  # only what division_description reads: never reached for these nouns
        lexicon = get_lexicon()

    for t in doc:
        if t.lower_ in ("states", "state"):
            assert division_description(_Res(), t) is None


def test_the_state_is_no_antecedent_for_a_pronoun_of_another_clause(nlp):
    # only the pronouns of its own clause take the division; for the rest "the state" stays a common noun
    text = ("The Des Moines Register reported on the caucuses in Iowa, saying the state could switch to a primary. "
            "According to its polling, most voters preferred a primary.")
    assert resolved(nlp, text, "the state") == ("iowa",)
    assert resolved(nlp, text, "its") != ("iowa",)
