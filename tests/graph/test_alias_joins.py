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


# -- a name less its middle initials (graph.alias_joins.initial_joins) -----------------------------

def _initial_joins(kg) -> set[tuple[str, str]]:
    return {(j.source, j.target) for j in entity_joins(kg) if j.basis == "initials"}


def test_a_name_less_its_middle_initial_joins_the_full_form():
    kg = KnowledgeGraph([
        _facts("a1", "George W. Bush opened the library.", [("George W. Bush", "PERSON")]),
        _facts("a2", "George Bush spoke at the library.", [("George Bush", "PERSON")]),
    ])
    assert _initial_joins(kg) == {("george bush", "george w. bush")}


def test_an_invented_name_less_its_initial_joins_in_any_number_of_articles():
    kg = KnowledgeGraph([
        _facts("a1", "Marta K. Olsson chaired the panel.", [("Marta K. Olsson", "PERSON")]),
        _facts("a2", "Marta Olsson said the panel would meet.", [("Marta Olsson", "PERSON")]),
        _facts("a3", "Marta Olsson resigned.", [("Marta Olsson", "PERSON")]),
    ])
    join_entities(kg)
    assert "marta olsson" not in kg.graph
    assert kg.entity("marta k. olsson")["documents"] == ["a1", "a2", "a3"]


def test_two_full_forms_leave_the_short_name_alone():
    kg = KnowledgeGraph([
        _facts("a1", "George W. Bush opened the library.", [("George W. Bush", "PERSON")]),
        _facts("a2", "George H. W. Bush flew a plane.", [("George H. W. Bush", "PERSON")]),
        _facts("a3", "George Bush spoke.", [("George Bush", "PERSON")]),
    ])
    assert _initial_joins(kg) == set()


def test_another_middle_name_is_no_initial():
    kg = KnowledgeGraph([
        _facts("a1", "John Fitzgerald Kennedy spoke.", [("John Fitzgerald Kennedy", "PERSON")]),
        _facts("a2", "John Kennedy spoke.", [("John Kennedy", "PERSON")]),
    ])
    assert _initial_joins(kg) == set()


def test_an_organisation_with_an_initial_joins_nothing():
    kg = KnowledgeGraph([
        _facts("a1", "Johnson C. Smith University opened.", [("Johnson C. Smith University", "ORG")]),
        _facts("a2", "Johnson Smith University opened.", [("Johnson Smith University", "ORG")]),
    ])
    assert _initial_joins(kg) == set()


def test_a_faith_word_is_no_surname_across_articles():
    kg = KnowledgeGraph([
        _facts("a1", "Salih Muslim spoke in Qamishli.", [("Salih Muslim", "PERSON")]),
        _facts("a2", "Salih Muslim spoke again.", [("Salih Muslim", "PERSON")]),
        _facts("a3", "Muslim said the talks failed.", [("Muslim", "PERSON")]),
    ])
    assert not any(j.source == "muslim" for j in entity_joins(kg))
