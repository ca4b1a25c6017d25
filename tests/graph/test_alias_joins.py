"""Cross-document joins of a node named by another node's one known alias (graph.alias_joins).

The articles are invented; what must join is read off their names.
"""

from __future__ import annotations

from extract.types import Document, DocumentFacts, Entity
from graph.joins import entity_joins, join_entities
from graph.model import KnowledgeGraph


def _facts(doc_id: str, text: str, entities: list[tuple]) -> DocumentFacts:
    document = Document(id=doc_id, text=text, date="2021-03-01")
    made = tuple(Entity(label.casefold(), label, type_, aliases=tuple(aliases))
                 for label, type_, *aliases in entities)
    return DocumentFacts(document, made, ())


def _alias_joins(kg) -> set[tuple[str, str]]:
    return {(j.source, j.target) for j in entity_joins(kg) if j.basis == "alias"}


def test_a_name_another_article_gave_as_an_alias_joins_its_node():
    kg = KnowledgeGraph([
        _facts("a1", "The Mountain Rescue Service of Wales (MRSW) found the hikers.",
               [("Mountain Rescue Service of Wales", "ORG", "MRSW")]),
        _facts("a2", "The MRSW said the path was closed.", [("MRSW", "ORG")]),
    ])
    join_entities(kg)
    assert "mrsw" not in kg.graph
    node = kg.entity("mountain rescue service of wales")
    assert node["documents"] == ["a1", "a2"] and "MRSW" in node["aliases"]


def test_an_alias_two_nodes_carry_joins_neither():
    kg = KnowledgeGraph([
        _facts("a1", "The Kent Rowing Association (KRA) met.", [("Kent Rowing Association", "ORG", "KRA")]),
        _facts("a2", "The Kenya Roads Authority (KRA) met.", [("Kenya Roads Authority", "ORG", "KRA")]),
        _facts("a3", "The KRA said the road was closed.", [("KRA", "ORG")]),
    ])
    assert _alias_joins(kg) == set()


def test_an_alias_of_another_type_joins_nothing():
    kg = KnowledgeGraph([
        _facts("a1", "Lake Varnica, called Varnica, froze.", [("Lake Varnica", "LOC", "Varnica")]),
        _facts("a2", "Varnica won the election.", [("Varnica", "PERSON")]),
    ])
    assert _alias_joins(kg) == set()


def test_a_name_more_articles_use_alone_is_no_alias_of_one_article():
    kg = KnowledgeGraph([
        _facts("a1", "The Harbour Board of Tonga (Board) met.", [("Harbour Board of Tonga", "ORG", "Tobago Board")]),
        _facts("a2", "The Tobago Board met.", [("Tobago Board", "ORG")]),
        _facts("a3", "The Tobago Board voted.", [("Tobago Board", "ORG")]),
    ])
    assert _alias_joins(kg) == set()


def test_a_common_noun_given_as_an_alias_joins_nothing():
    kg = KnowledgeGraph([
        _facts("a1", "The Ruritanian Navy, the Navy, sailed.", [("Ruritanian Navy", "ORG", "Navy")]),
        _facts("a2", "The Navy searched for the ship.", [("Navy", "ORG")]),
    ])
    assert _alias_joins(kg) == set()


def test_a_double_surname_of_one_article_is_the_full_name_of_another():
    kg = KnowledgeGraph([
        _facts("a1", "President Andrés Manuel López Obrador spoke.", [("Andrés Manuel López Obrador", "PERSON")]),
        _facts("a2", "López Obrador said he would travel.", [("López Obrador", "PERSON")]),
    ])
    assert _alias_joins(kg) == {("lópez obrador", "andrés manuel lópez obrador")}


def test_a_given_name_and_surname_are_no_double_surname():
    kg = KnowledgeGraph([
        _facts("a1", "Mary Ann Smith spoke.", [("Mary Ann Smith", "PERSON")]),
        _facts("a2", "Ann Smith said she would travel.", [("Ann Smith", "PERSON")]),
    ])
    assert _alias_joins(kg) == set()


def test_a_double_surname_two_full_names_end_in_joins_neither():
    kg = KnowledgeGraph([
        _facts("a1", "Ana Rivera Sánchez spoke.", [("Ana Rivera Sánchez", "PERSON")]),
        _facts("a2", "Tomás Rivera Sánchez spoke.", [("Tomás Rivera Sánchez", "PERSON")]),
        _facts("a3", "Rivera Sánchez said he would travel.", [("Rivera Sánchez", "PERSON")]),
    ])
    assert _alias_joins(kg) == set()
