"""Names whose head word needs a specifier, and two people named with one surname
(extract/name_specifiers.py, extract/couple_names.py).

"Lost 52 Project" and "March 14 Alliance" stay whole where the tagger kept only the head word; a "for"
phrase of capitalised words after the head word is part of the name ("Party for Socialism and
Liberation"); the head word alone ("the Project said") is no entity; "Mark and Patricia McCloskey" is two
McCloskeys, not a lone "Mark".
"""

from __future__ import annotations

import pytest

from extract.couple_names import couple_surname
from extract.name_specifiers import lone_specifier

from .helpers import document_facts, named_types


def labels(nlp, text: str) -> set[str]:
    return {e.label for e in document_facts(nlp, text, date="2020-07-01").entities if e.type not in ("CONCEPT", "ACTOR")}


@pytest.mark.parametrize("text, name", [
    ("The Lost 52 Project announced on Sunday that it had found the wreck.", "Lost 52 Project"),
    ("The March 14 Alliance accused Hezbollah of the attack.", "March 14 Alliance"),
    ("The 1619 Project won a Pulitzer Prize in May.", "1619 Project"),
])
def test_a_number_or_name_before_the_head_stays_in_the_name(nlp, text, name):
    found = labels(nlp, text)
    assert name in found
    assert name.split()[-1] not in found


@pytest.mark.parametrize("text, name", [
    ("Gloria La Riva is the nominee of the Party for Socialism and Liberation this year.",
     "Party for Socialism and Liberation"),
    ("The Coalition for Humane Immigrant Rights sued the city on Monday.", "Coalition for Humane Immigrant Rights"),
    ("The Fund for Peace published its annual index.", "Fund for Peace"),
])
def test_a_for_phrase_after_the_head_is_part_of_the_name(nlp, text, name):
    assert name in labels(nlp, text)


@pytest.mark.parametrize("text, word", [
    ("The Project said it would publish the data next week.", "Project"),
    ("Officials of the Council met on Monday.", "Council"),
    ("The Front claimed responsibility for the bombing.", "Front"),
])
def test_a_lone_head_word_is_no_entity(nlp, text, word):
    assert word not in labels(nlp, text)


def test_named_organisations_with_such_heads_stay(nlp):
    found = named_types(nlp, "The Clinton Foundation and the Sunrise Movement criticised the plan.")
    assert found.get("Clinton Foundation") == "ORG"
    assert found.get("Sunrise Movement") == "ORG"


def test_lone_specifier_reads_the_label():
    heads = frozenset({"party", "project"})
    assert lone_specifier("Party", heads)
    assert lone_specifier("the Project", heads)
    assert not lone_specifier("Lincoln Project", heads)
    assert not lone_specifier("Progress", heads)


@pytest.mark.parametrize("text, persons", [
    ("Mark and Patricia McCloskey pointed guns at protesters.", {"Mark McCloskey", "Patricia McCloskey"}),
    ("Bill and Hillary Clinton attended the funeral.", {"Bill Clinton", "Hillary Clinton"}),
    ("Barack and Michelle Obama released a statement on Friday.", {"Barack Obama", "Michelle Obama"}),
])
def test_a_lone_given_name_before_a_full_name_shares_its_surname(nlp, text, persons):
    found = named_types(nlp, text)
    for person in persons:
        assert found.get(person) == "PERSON"
    assert text.split()[0] not in labels(nlp, text)  # no lone "Mark" of its own (it is an alias)


def test_the_couples_subject_is_each_person(nlp):
    facts = document_facts(nlp, "Mark and Patricia McCloskey pointed guns at protesters.", date="2020-07-01")
    subjects = {r.subject.label for r in facts.relations if r.predicate.lemma == "point"}
    assert subjects == {"Mark McCloskey", "Patricia McCloskey"}


def test_a_couple_is_not_a_namesake_named_elsewhere(nlp):
    text = ("Mark Seidenberg defended the payments. Speakers included Mark and Patricia McCloskey, "
            "who drew weapons on protesters.")
    found = named_types(nlp, text)
    assert found.get("Mark McCloskey") == "PERSON"
    assert found.get("Mark Seidenberg") == "PERSON"


@pytest.mark.parametrize("text", [
    "Biden and Kamala Harris spoke in Delaware.",
    "Canada and Justin Trudeau were praised.",
])
def test_a_surname_or_place_before_and_takes_no_surname(nlp, text):
    found = named_types(nlp, text)
    first = text.split()[0]
    assert not any(label.startswith(first + " ") and label != first and label.split()[-1] in text.split()[3]
                   for label in found)


def test_couple_surname_reads_words():
    given = {"Mark", "Patricia", "Bill", "Hillary"}.__contains__
    assert couple_surname(["Mark", "and", "Patricia", "McCloskey"], given) == "McCloskey"
    assert couple_surname(["Bill", "&", "Hillary", "Rodham", "Clinton"], given) == "Clinton"
    assert couple_surname(["Biden", "and", "Hillary", "Clinton"], given) is None
    assert couple_surname(["Mark", "or", "Patricia", "McCloskey"], given) is None
