"""The name a title or a description stands before is the argument (extract/relations/titled_persons.py).

"Senator from Vermont Bernie Sanders won": the senator is Sanders, not Vermont nor a bare "senator";
"Governor of New York Andrew Cuomo announced": Cuomo; "our website hoster Uberspace": the hoster is
Uberspace; "a man named John Smith", "a group called Extinction Rebellion": the name; "the son of John
Smith" stays the son.
"""

from __future__ import annotations

import pytest

from .helpers import document_facts, find, text_relations


def relations(nlp, text):
    return text_relations(nlp, text, date="2020-07-01")


@pytest.mark.parametrize("text, person, lemma", [
    ("Yesterday, United States Senator from Vermont Bernie Sanders won the Nevada caucuses.", "Bernie Sanders", "win"),
    ("Senator from Vermont Bernie Sanders criticized the bill on Tuesday.", "Bernie Sanders", "criticize"),
    ("Governor of New York Andrew Cuomo announced new restrictions on Monday.", "Andrew Cuomo", "announce"),
    ("Mayor of Springfield Jane Rowley opened the new library on Friday.", "Jane Rowley", "open"),
])
def test_a_titled_person_across_the_titles_place_is_the_subject(nlp, text, person, lemma):
    found = [r for r in relations(nlp, text) if r.predicate.lemma == lemma]
    assert found, [r.predicate.lemma for r in relations(nlp, text)]
    assert {r.subject.label for r in found} == {person}


def test_a_titled_person_is_the_object(nlp):
    text = "On Monday, United States Senator from Vermont Bernie Sanders endorsed former Vice President Joe Biden."
    found = [r for r in relations(nlp, text) if r.predicate.lemma == "endorse"]
    assert found and found[0].subject.label == "Bernie Sanders"
    assert found[0].object.label == "Joe Biden"


def test_a_place_fused_before_a_titled_person_is_cut(nlp):
    facts = document_facts(nlp, "Mayor of Koszalin Piotr Jedlinski has declared a day of mourning.", date="2019-01-05")
    labels = {e.label for e in facts.entities}
    assert "Piotr Jedlinski" in labels
    assert "Koszalin Piotr Jedlinski" not in labels


def test_a_relative_not_a_title_stays_the_argument(nlp):
    found = [r for r in relations(nlp, "The son of John Smith was arrested on Friday.") if r.predicate.lemma == "arrest"]
    assert found and all(r.object.label != "John Smith" for r in found)


def test_a_description_running_into_a_name_gives_the_name(nlp):
    text = "We thank our main website hoster Uberspace, which is being sued in Germany."
    rels = relations(nlp, text)
    assert find(rels, "", "thank", "Uberspace")
    assert not [r for r in rels if r.predicate.lemma == "is a" and r.object.label == "main website"]


def test_a_which_clause_after_a_described_name_is_said_of_the_name(nlp):
    rels = relations(nlp, "The web hoster Uberspace, which is based in Berlin, suspended the account.")
    assert find(rels, "Uberspace", "suspend", "account")
    assert not [r for r in rels if r.subject.label in ("hoster", "web hoster")]


@pytest.mark.parametrize("text, lemma, name, side", [
    ("Police arrested a man named John Smith on Friday.", "arrest", "John Smith", "object"),
    ("A group called Extinction Rebellion blocked the bridge.", "block", "Extinction Rebellion", "subject"),
    ("Investigators questioned a businessman known as Viktor Petrov on Monday.", "question", "Viktor Petrov", "object"),
])
def test_a_participle_of_naming_gives_the_argument(nlp, text, lemma, name, side):
    found = [r for r in relations(nlp, text) if r.predicate.lemma == lemma]
    assert found, [r.predicate.lemma for r in relations(nlp, text)]
    assert {getattr(r, side).label for r in found} == {name}


def test_a_named_thing_that_is_no_actor_stays_the_description(nlp):
    found = [r for r in relations(nlp, "Prosecutors charged a man named after his grandfather with fraud.")
             if r.predicate.lemma == "charge"]
    assert all(r.object.label != "grandfather" for r in found)


@pytest.mark.parametrize("text, lemma, name", [
    ("The lawyers sued a firm called Acme Holdings which had polluted the river.", "pollute", "Acme Holdings"),
    ("Governor of New York Andrew Cuomo, who announced the lockdown, defended the decision.", "announce",
     "Andrew Cuomo"),
])
def test_a_relative_clause_after_a_described_name_is_said_of_the_name(nlp, text, lemma, name):
    found = [r for r in relations(nlp, text) if r.predicate.lemma == lemma]
    assert found, [r.predicate.lemma for r in relations(nlp, text)]
    assert {r.subject.label for r in found} == {name}
