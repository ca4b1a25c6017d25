"""Statements coded by what they say (issue 11): a verb of naming's object and its name.

"X called Y a decent man" is praise (051), "called the bombing a cowardly crime"
criticism (111), "described the deaths as heartbreaking" an empathetic comment
(018); a neutral name ("called it a pandemic") gives no event. A verb of conveying
codes the expressive act its object names ("sent his condolences" 018). Invented
sentences, one construction each, through the real pipeline; the evaluation itself
on real parses.
"""

from __future__ import annotations

import pytest

from extract.events.statements import EVALUATION_CODES
from extract.facts import extract_document
from extract.lexicon import get_lexicon
from extract.relations.evaluations import EVALUATIONS, characterisation, evaluation
from extract.types import Document

__all__: list[str] = []


def _relations(nlp, text):
    return extract_document(Document(id="t", text=text, date="2020-01-02"), nlp=nlp).relations


def _typed(relations, lemma: str):
    return [(r.subject.text, r.object.text, r.event.code if r.event else None, r.complement)
            for r in relations if r.predicate.lemma == lemma]


@pytest.mark.parametrize("text, lemma, subject, obj, code, name", [
    ('Senator Bernie Sanders called Joe Biden a "decent man".', "call", "Bernie Sanders", "Joe Biden", "051",
     "a decent man"),
    ('Foreign Minister Heiko Maas called the bombing "a cowardly crime".', "call", "Heiko Maas", "the bombing",
     "111", "a cowardly crime"),
    ("Labour leader Keir Starmer branded Boris Johnson a liar.", "brand", "Keir Starmer", "Boris Johnson", "111",
     "a liar"),
    ("President Andrzej Duda described the deaths as heartbreaking.", "describe", "Andrzej Duda", "the deaths",
     "018", "heartbreaking"),
])
def test_the_name_codes_the_statement(nlp, text, lemma, subject, obj, code, name):
    found = _typed(_relations(nlp, text), lemma)
    assert any(s.endswith(subject.split()[-1]) and o == obj and c == code and n == name
               for s, o, c, n in found), found


@pytest.mark.parametrize("text, lemma", [
    ("President Donald Trump called the coronavirus a pandemic.", "call"),  # a neutral name
    ("Senator Bernie Sanders called Joe Biden no hero.", "call"),  # a negated name
    ("Governor Andrew Cuomo called the view wonderful.", "call"),  # praise of no one
    ("Governor Andrew Cuomo called the hurricane cruel.", "call"),  # no one is blamed for a storm
])
def test_no_event_without_an_evaluation_of_someone(nlp, text, lemma):
    assert all(c is None for _, _, c, _ in _typed(_relations(nlp, text), lemma))


@pytest.mark.parametrize("text, value", [
    ("Ms Kowalska called the stabbing an act of inexplicable barbarity.", "criticism"),  # the "of" noun
    ("Ms Kowalska called the fire a cowardly tragedy.", "sorrow"),  # the head before its modifier
    ("Ms Kowalska called her neighbour a brave but reckless man.", "criticism"),  # criticism before praise
    ("Ms Kowalska called the raid a witch hunt.", "criticism"),  # a modifier and its head
    ("Ms Kowalska described her neighbour as honest.", "praise"),  # an "as" adjective
    ("Ms Kowalska called the plan not decent.", None),
    ("Ms Kowalska called the report a summary.", None),
])
def test_the_evaluation_reads_the_head_first(nlp, text, value):
    lexicon = get_lexicon()
    verb = next(t for t in nlp(text) if t.lemma_ in ("call", "describe"))
    named = characterisation(verb, lexicon)
    assert named is not None
    assert evaluation(named, lexicon) == value


def test_every_evaluation_of_the_table_has_a_code():
    table = get_lexicon().tables["evaluative_words"]
    assert table and {cells[0] for cells in table.values()} <= set(EVALUATIONS)
    assert set(EVALUATION_CODES) == set(EVALUATIONS)


@pytest.mark.parametrize("text, lemma, code", [
    ("Pope Francis sent his condolences to the people of Sri Lanka.", "send", "018"),
    ("Prime Minister Boris Johnson extended his sympathies to the family of the victim.", "extend", "018"),
    ("Prime Minister Shinzo Abe offered an apology to South Korea.", "offer", "055"),
    ("President Emmanuel Macron sent his congratulations to Joe Biden.", "send", "051"),
])
def test_a_verb_of_conveying_does_what_its_object_names(nlp, text, lemma, code):
    found = _typed(_relations(nlp, text), lemma)
    assert found and {c for _, _, c, _ in found} == {code}, found


@pytest.mark.parametrize("text, lemma", [
    ("President Emmanuel Macron sent his envoy to Joe Biden.", "send"),  # a visit (042), by its pattern
    ("Prime Minister Boris Johnson offered a new plan to the European Union.", "offer"),
])
def test_other_objects_are_no_expressive_act(nlp, text, lemma):
    found = _typed(_relations(nlp, text), lemma)
    assert found and not {c for _, _, c, _ in found} & {"018", "051", "055"}, found


def test_every_expressive_noun_has_a_labelled_code():
    lexicon = get_lexicon()
    codes = {cells[0] for cells in lexicon.tables["expressive_nouns"].values()}
    assert codes and codes <= set(lexicon.cameo.labels)
