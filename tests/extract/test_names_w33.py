"""One referent, one node: names the tagger cuts at a comma or at "and" (issue 12).

Invented sentences and corpus-like ones, the real spaCy pipeline.
"""

from __future__ import annotations

import pytest

from extract.comma_names import comma_forms, comma_gap
from extract.facts import extract_facts
from extract.lexicon import get_lexicon
from extract.types import Document


def named(nlp, text):
    """The article's named entities as {label: type}."""
    [found] = extract_facts([Document(id="d", text=text, date="2020-03-04")], nlp=nlp)
    return {e.label: e.type for e in found.entities if e.type not in ("CONCEPT", "ACTOR")}


@pytest.mark.parametrize(
    ("text", "whole", "gone"),
    [
        # corpus-like: a campus of the University of California, cut at its comma
        ("Jo Anne Van Tilburg of the University of California, Los Angeles disagreed with these findings.",
         "University of California, Los Angeles", "University of California"),
        ("The death of the oceanographer was announced on Friday by the University of California, San Diego.",
         "University of California, San Diego", "University of California"),
        # invented
        ("Researchers at the University of California, Davis said the vines were dying.",
         "University of California, Davis", "University of California"),
        ("A biologist at California State University, Long Beach tagged the shark last year.",
         "California State University, Long Beach", "Long Beach"),
        ("The survey was run by the University of Nevada, Reno and published on Monday.",
         "University of Nevada, Reno", "Reno"),
    ],
)
def test_campus_names_are_one_name(nlp, text, whole, gone):
    found = named(nlp, text)
    assert found.get(whole) == "ORG"
    assert gone not in found


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # a town and its state are two places, though the knowledge base spells "Charleston, West Virginia"
        ("He moved to Charleston, West Virginia, in 1990.", {"Charleston", "West Virginia"}),
        # a comma that ends the name: the place after it is no campus the knowledge base knows
        ("She taught at the University of Oxford, England, for a decade.", {"University of Oxford", "England"}),
        # a comma before other words of the sentence
        ("She studied at the University of California, and later moved to Davis, California.",
         {"University of California", "Davis", "California"}),
    ],
)
def test_comma_joins_no_other_names(nlp, text, kept):
    assert kept <= set(named(nlp, text))


def test_knowledge_base_name_cut_at_and_is_whole(nlp):
    # the base writes the OECD twice under one QID: still one organisation, the whole name
    found = named(nlp, "Australia treats its minorities well compared to other OECD "
                       "(Organisation for Economic Co-operation and Development) countries.")
    assert "Organisation for Economic Co-operation" not in found
    assert "Organization for Economic Co-operation" not in found


def test_comma_gap():
    assert comma_gap(["University", "of", "Nevada", ",", "Reno"], 3)
    assert not comma_gap(["University", "of", "Nevada", ","], 3)


def entities(nlp, text):
    [found] = extract_facts([Document(id="d", text=text, date="2020-03-04")], nlp=nlp)
    return [e for e in found.entities if e.type not in ("CONCEPT", "ACTOR")]


@pytest.mark.parametrize(
    ("text", "label", "alias"),
    [
        # a campus's full name and its short form: one university
        ("The study was led by researchers at the University of California, Davis. UC Davis said the results "
         "were clear.", "University of California, Davis", "UC Davis"),
        # corpus-like: an acronym with its expansion in an editor's brackets after it
        ("Australia treats its minorities well compared to other OECD "
         "[(Organisation for Economic Co-operation and Development)] countries.",
         "Organization for Economic Co-operation and Development", "OECD"),
    ],
)
def test_one_organisation_of_one_qid(nlp, text, label, alias):
    found = [e for e in entities(nlp, text) if e.type == "ORG"]
    assert [e.label for e in found] == [label]
    assert alias in found[0].aliases


def test_two_campuses_stay_two(nlp):
    found = {e.label for e in entities(
        nlp, "Scientists of the University of California, Los Angeles and the University of California, "
             "San Diego shared the data.")}
    assert {"University of California, Los Angeles", "University of California, San Diego"} <= found


def test_qid_join_keeps_relations_on_the_one_node(nlp):
    text = ("The OECD (Organisation for Economic Co-operation and Development) warned Greece on Monday. "
            "The OECD also praised Ireland.")
    [found] = extract_facts([Document(id="d", text=text, date="2020-03-04")], nlp=nlp)
    keys = {e.key for e in found.entities if e.type == "ORG"}
    assert len(keys) == 1
    subjects = {r.subject.key for r in found.relations if r.predicate.lemma in ("warn", "praise")}
    assert subjects and subjects <= keys


@pytest.mark.parametrize(
    ("text", "label", "alias"),
    [
        # corpus-like: the institute named in full, then without its purpose phrase
        ("The analysis was done at the Max Planck Institute for Evolutionary Anthropology, and several researchers "
         "are also affiliated with the Max Planck Institute.",
         "Max Planck Institute for Evolutionary Anthropology", "Max Planck Institute"),
        # invented
        ("The Walker Foundation for Rural Health funded the clinic. The Walker Foundation said more would follow.",
         "Walker Foundation for Rural Health", "Walker Foundation"),
    ],
)
def test_short_form_without_purpose_phrase(nlp, text, label, alias):
    found = [e for e in entities(nlp, text) if e.type == "ORG"]
    assert [e.label for e in found] == [label]
    assert alias in found[0].aliases


@pytest.mark.parametrize(
    ("text", "apart"),
    [
        # two institutes fit the short form: it joins neither
        ("Researchers of the Max Planck Institute for Chemistry and the Max Planck Institute for Physics met. "
         "The Max Planck Institute paid for the trip.",
         {"Max Planck Institute for Chemistry", "Max Planck Institute for Physics", "Max Planck Institute"}),
        # a state party is not the national one: "of" and a place is no purpose phrase
        ("He chairs the Republican Party of Idaho. The Republican Party lost the election.",
         {"Republican Party of Idaho", "Republican Party"}),
    ],
)
def test_short_form_joins_no_other_body(nlp, text, apart):
    assert apart <= {e.label for e in entities(nlp, text)}


def test_campus_written_without_its_comma_is_linked_and_joined(nlp):
    # corpus-like: the full name without its comma, then the short form
    found = [e for e in entities(nlp, "So University of California Davis, where I got my dissertation, is where my "
                                      "advisor works. The majority of work happened at UC Davis.") if e.type == "ORG"]
    assert len(found) == 1
    assert found[0].wikidata == "Q129421"
    assert "UC Davis" in found[0].aliases


@pytest.mark.parametrize(
    ("name", "forms"),
    [
        ("University of California Davis", ("University of California, Davis",)),
        ("California State University Long Beach", ("California State University, Long Beach",)),
        ("University of Oxford England", ()),  # no organisation the base spells with that comma
        ("Charleston West Virginia", ()),  # a town and its state: no organisation
    ],
)
def test_comma_forms(name, forms):
    assert comma_forms(name, "ORG", lexicon=get_lexicon()) == forms
