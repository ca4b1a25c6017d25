"""Two people of one article, or of two articles, that one Wikidata QID must not join (extract.person_qids).

The texts are invented; who is who is read off the text: a father and his son of one name, twins of one surname.
"""

from __future__ import annotations

from extract.facts import extract_facts
from extract.lexicon import get_lexicon
from extract.person_qids import may_share_qid, relatives_by_name
from extract.types import Document, DocumentFacts, Entity
from graph.joins import join_entities
from graph.model import KnowledgeGraph


def test_two_given_names_of_one_surname_are_two_people():
    assert relatives_by_name("Mark Kelly", "Scott Kelly")
    assert relatives_by_name("Serena Williams", "Venus Williams")
    assert not relatives_by_name("Chris Smith", "Christopher Smith")  # one name begins the other
    assert not relatives_by_name("J. Smith", "John Smith")  # an initial
    assert not relatives_by_name("Mark Kelly", "Mark Kelly Jr.")
    assert not relatives_by_name("Mark Kelly", "Grace Kelly Foundation Smith")  # no shared surname


def test_a_name_the_knowledge_base_gives_two_people_shares_no_qid():
    knowledge = get_lexicon().knowledge
    assert not may_share_qid("George W. Bush", "George Bush", knowledge)
    assert not may_share_qid("George Bush", "George W. Bush", knowledge)


def test_father_and_son_of_one_name_stay_two_people(nlp):
    text = ("Former president George Bush attended the funeral in Houston. "
            "His son George W. Bush spoke of his father's service.")
    facts = list(extract_facts([Document(id="t:1", text=text)], nlp=nlp))
    people = {e.label: e for e in facts[0].entities if e.type == "PERSON"}
    assert {"George Bush", "George W. Bush"} <= set(people)
    assert people["George W. Bush"].wikidata == "Q207"  # the full name keeps its own link
    assert people["George Bush"].wikidata is None  # the namesake's link came from his son's name


def _facts(doc_id: str, text: str, label: str, qid: str) -> DocumentFacts:
    return DocumentFacts(Document(id=doc_id, text=text, date="2020-01-01"),
                         (Entity(label.casefold(), label, "PERSON", wikidata=qid),), ())


def test_twins_linked_to_one_qid_in_two_articles_stay_apart():
    kg = KnowledgeGraph([
        _facts("a1", "Mark Kelly won the Senate seat in Arizona.", "Mark Kelly", "Q1"),
        _facts("a2", "Scott Kelly spent a year on the space station.", "Scott Kelly", "Q1"),
    ])
    join_entities(kg)
    assert "mark kelly" in kg.graph and "scott kelly" in kg.graph
