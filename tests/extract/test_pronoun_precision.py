"""he / she / his / him resolve to the person the text decides, or to nobody (extract/coref_persons.py),
and ``located in`` facts need the text or an undoubted gazetteer entry (extract/events/nesting.py):
invented sentences through the real pipeline."""

from __future__ import annotations

import pytest

from extract.facts import extract_facts
from extract.types import Document
from tests.extract.test_pronoun_agreement import resolved


def test_reporting_clause_subject_wins_over_the_most_mentioned(nlp):
    text = ("Ruth Okafor praised the plan. Okafor called it bold. "
            "Senator Hugo Brandt met Okafor on Tuesday, and Brandt said he opposed the plan.")
    assert resolved(nlp, text, "he") == ("hugo brandt",)


def test_possessive_goes_to_its_clause_subject(nlp):
    text = "Omar Haddad praised Samir Nasser. Nasser became king in 1970 after overthrowing his brother."
    assert resolved(nlp, text, "his") == ("samir nasser",)


def test_object_is_never_its_own_clause_subject(nlp):
    text = "Police chased Tom Reilly on Monday. Another man, a cook named Pavel Novak, hit him with a chair."
    assert "pavel novak" not in resolved(nlp, text, "him")


def test_possessive_of_an_unnamed_person_is_unresolved(nlp):
    text = "Officials arrested Victor Hale. A man in his forties was also held."
    assert resolved(nlp, text, "his") == ()


def test_an_unnamed_speaker_blocks_a_named_person(nlp):
    text = "Mayor Tom Hanley opened the bridge on Monday. A police officer said he saw the crash."
    assert resolved(nlp, text, "he") == ()


def test_two_persons_as_salient_leave_the_pronoun_unresolved(nlp):
    text = "Peter Olsen and Jan Berg met in Oslo on Monday. He said the talks went well."
    assert resolved(nlp, text, "He") == ()


def test_a_pronoun_chain_keeps_its_person(nlp):
    # "His" already names Hale: a name after "such as" in the same sentence does not take "he"
    text = ("Victor Hale left the race on Monday. His views clashed with leaders such as Tom Reilly; "
            "he has opposed the tax.")
    assert resolved(nlp, text, "he") == ("victor hale",)


def test_a_pronoun_inside_a_quotation_is_not_resolved(nlp):
    text = 'Anna Berg spoke to reporters. "He will lose the vote," Berg said of Tom Lee.'
    assert resolved(nlp, text, "He") == ()


def _located(text):
    facts = next(iter(extract_facts([Document(id="t", text=text)])))
    return {(r.subject.label, r.object.label, r.basis) for r in facts.relations if r.predicate.lemma == "located in"}


@pytest.mark.parametrize("text", [
    "The company is registered in Delaware. Its only plant, in Ohio, closed on Monday.",
    "Voters in Delaware and Ohio went to the polls on Tuesday.",
])
def test_a_state_named_as_a_town_is_not_put_in_another_state(text):
    assert not any(inner == "Delaware" and outer == "Ohio" for inner, outer, _basis in _located(text))


def test_town_comma_state_is_text_evidence():
    assert ("Delaware", "Ohio", "text") in _located("The singer was born in Delaware, Ohio, in 1950.")


def test_a_list_of_states_is_no_nesting():
    found = _located("Attorneys general from Maine, New Jersey, Delaware, Ohio and Texas sued on Monday.")
    assert not any(outer != "United States" for _inner, outer, _basis in found)


def test_a_fronted_possessive_goes_to_the_possessor_that_follows(nlp):
    text = "Omar Haddad ruled for fifty years. By the time of his death, Nasser's reign was over."
    assert resolved(nlp, text, "his") != ("omar haddad",)


def test_it_is_not_the_medium_cited_as_source(nlp):
    assert resolved(nlp, "According to CNN, it was the largest fire in the state.", "it") == ()


def test_a_medium_speaking_of_itself_keeps_it(nlp):
    assert resolved(nlp, "The BBC said it would cut 450 jobs.", "it") == ("bbc",)


def test_a_reflexive_goes_to_its_clause_subject(nlp):
    text = "Tom Reilly met Pavel Novak in May. Later Novak involved himself in the talks."
    assert resolved(nlp, text, "himself") == ("pavel novak",)


def test_an_emphatic_reflexive_goes_to_its_noun(nlp):
    text = "Kurt Volker arranged a meeting between Anna Berg and Tom Reilly himself in May."
    assert resolved(nlp, text, "himself") == ("tom reilly",)
