"""Recall of CAMEO roots 01-05 (issue 11): admissions and pleas, statements released, appeals with "for ... to".

- An admission of a fault, a deed or (admit, confess) a clause is 015, a guilty plea 015, a plea of
  not guilty and a denial of one's own deed 016 (:mod:`extract.relations.acknowledgements`); "was admitted to hospital" is none.
- A statement noun with a participle of publishing is its author's statement, 010
  (:mod:`extract.relations.released_statements`); a news medium is no author.
- "X called for Y to ..." is X's appeal to Y, 020, and Y's infinitive is intended
  (:mod:`extract.relations.appeal_clauses`).
- An event credited "according to prosecutors" is claimed; "according to the police" stays asserted
  (:mod:`extract.events.accusers`).

Invented sentences through the real pipeline.
"""

from __future__ import annotations

import pytest

from extract.relations.implicit import UNSPECIFIED_KEY

from .helpers import find, text_relations

DATE = "2021-05-04"


def codes(nlp, text, subject, lemma, obj=None):
    """The event codes of the relations (subject, lemma, obj) of ``text``."""
    return {r.event.code if r.event else None for r in find(text_relations(nlp, text, date=DATE), subject, lemma, obj)}


@pytest.mark.parametrize("text, subject, lemma, code", [
    ("Former mayor Karl Weber admitted his guilt in two bribery cases.", "Karl Weber", "admit", "015"),
    ("Karl Weber pleaded guilty to four counts of tax fraud on Monday.", "Karl Weber", "plead", "015"),
    ("Karl Weber pleaded not guilty to four counts of tax fraud on Monday.", "Karl Weber", "plead", "016"),
    ("Senator Ana Ruiz admitted that she had misled the ethics committee.", "Ana Ruiz", "admit", "015"),
    ("Karl Weber confessed to the killing of his business partner.", "Karl Weber", "confess", "015"),
    ("The Nigerian army acknowledged responsibility for the airstrike on the village.", "army", "acknowledge", "015"),
    ("The Chilean government denied that it had ordered the raid on the newspaper.", "government", "deny", "016"),
])
def test_an_admission_a_plea_or_a_denial_codes_responsibility(nlp, text, subject, lemma, code):
    assert code in codes(nlp, text, subject, lemma)


def test_a_patient_admitted_to_hospital_is_no_admission(nlp):
    relations = text_relations(nlp, "Karl Weber was admitted to hospital in Leipzig on Monday.", date=DATE)
    assert not [r for r in relations if r.predicate.lemma == "admit" and r.event is not None]


def test_a_denial_about_someone_else_is_not_one_of_responsibility(nlp):
    relations = text_relations(nlp, "The FSB denies the two explosions are related.", date=DATE)
    assert not [r for r in relations if r.predicate.lemma == "deny" and r.event is not None]


def test_a_plea_for_mercy_stays_an_appeal(nlp):
    assert "020" in codes(nlp, "Karl Weber pleaded with the judge for mercy.", "Karl Weber", "plead")


@pytest.mark.parametrize("text, subject", [
    ("According to a statement released by the Chilean Foreign Ministry, the ambassador was recalled.",
     "Foreign Ministry"),
    ("Prime Minister Jacinda Ardern said in a video statement released on Friday that the border stays shut.",
     "Jacinda Ardern"),
    ("In an advisory issued on Tuesday, the Japan Meteorological Agency lifted the tsunami warning.",
     "Japan Meteorological Agency"),
    ("The Kremlin's statement, released late on Monday, did not mention the talks.", "Kremlin"),
])
def test_a_statement_released_is_its_authors_statement(nlp, text, subject):
    relations = text_relations(nlp, text, date=DATE)
    released = [r for r in relations if r.predicate.lemma in ("release", "issue") and subject in r.subject.text]
    assert released and all(r.event is not None and r.event.code == "010" for r in released), released


def test_a_document_released_or_a_medium_is_no_statement(nlp):
    relations = text_relations(
        nlp, "According to a statement published by The Guardian, the minister resigned. "
             "Footage released by the Chilean army showed the convoy.", date=DATE)
    assert not [r for r in relations if r.predicate.lemma in ("publish", "release") and r.event is not None]


def test_a_call_for_someone_to_act_is_an_appeal_to_them(nlp):
    text = "Amnesty International called for the Egyptian authorities to free the journalists."
    relations = text_relations(nlp, text, date=DATE)
    appeal = find(relations, "Amnesty International", "call for", "authorities")
    assert appeal and appeal[0].event.code == "020"
    freed = [r for r in relations if r.predicate.lemma == "free"]
    assert all(r.modality == "intended" and r.event is None for r in freed)


def test_a_call_for_a_thing_to_be_done_has_no_named_target(nlp):
    relations = text_relations(nlp, "The Kenyan government asked for the report to be kept secret.", date=DATE)
    appeal = find(relations, "government", "ask for")
    assert appeal and appeal[0].object.key == UNSPECIFIED_KEY and appeal[0].event.code == "020"


def test_a_call_for_someone_to_be_punished_is_not_made_to_them(nlp):
    text = "Amnesty International called for the killers of the journalist to be brought to justice."
    appeal = find(text_relations(nlp, text, date=DATE), "Amnesty International", "call for")
    assert appeal and all(r.object.key == UNSPECIFIED_KEY for r in appeal)


def test_a_call_not_made_is_negated(nlp):
    relations = text_relations(nlp, "Chancellor Olaf Scholz did not call for the army to intervene.", date=DATE)
    appeal = find(relations, "Olaf Scholz", "call for", "army")
    assert appeal and appeal[0].negated and appeal[0].event is None


def test_an_event_according_to_prosecutors_is_claimed(nlp):
    text = "Karl Weber bribed two customs officers, according to prosecutors."
    bribed = [r for r in text_relations(nlp, text, date=DATE) if r.predicate.lemma == "bribe"]
    assert bribed and all(r.modality == "claimed" for r in bribed)


def test_an_event_according_to_the_police_stays_asserted(nlp):
    text = "The Nigerian army killed twelve villagers, according to the police."
    killed = [r for r in text_relations(nlp, text, date=DATE) if r.predicate.lemma == "kill"]
    assert killed and all(r.modality == "asserted" and r.event is not None for r in killed)
