"""Cross-document joins of one referent's nodes (graph.node_joins): one QID, one spelling, one group.

The articles are invented; what must join is read off their names and links.
"""

from __future__ import annotations

from extract.types import Document, DocumentFacts, Entity
from graph.joins import entity_joins, join_entities
from graph.model import KnowledgeGraph
from graph.node_joins import spelling_form


def _facts(doc_id: str, text: str, entities: list[tuple]) -> DocumentFacts:
    document = Document(id=doc_id, text=text, date="2021-03-01")
    made = tuple(Entity(label.casefold(), label, type_, wikidata=(qid[0] if qid else None))
                 for label, type_, *qid in entities)
    return DocumentFacts(document, made, ())


def test_spelling_form_drops_case_diacritics_hyphens_and_dots():
    assert spelling_form("African-American") == spelling_form("African American")
    assert spelling_form("Sebastián Piñera") == spelling_form("Sebastian Pinera")
    assert spelling_form("United-States") == spelling_form("United States")
    assert spelling_form("Paris") != spelling_form("Parisians")


def test_names_of_one_qid_join_the_knowledge_base_label():
    kg = KnowledgeGraph([
        _facts("a1", "The Second World War ended in 1945.", [("Second World War", "EVENT", "Q362")]),
        _facts("a2", "World War II veterans met in Normandy.", [("World War II", "EVENT", "Q362")]),
        _facts("a3", "A World War II bomb was found in Berlin.", [("World War II", "EVENT", "Q362")]),
    ])
    join_entities(kg)
    assert "second world war" not in kg.graph
    node = kg.entity("world war ii")
    assert node["documents"] == ["a1", "a2", "a3"] and "Second World War" in node["aliases"]


def test_one_name_linked_to_two_qids_joins_each_article_to_its_own():
    # "Congress" is the Indian National Congress in one article, the US Congress in another.
    kg = KnowledgeGraph([
        _facts("a1", "Congress won in Kerala.", [("Congress", "ORG", "Q10225")]),
        _facts("a2", "The INC leader spoke.", [("INC", "ORG", "Q10225")]),
        _facts("a3", "Congress passed the bill.", [("Congress", "ORG", "Q11268")]),
        _facts("a4", "The United States Congress met.", [("United States Congress", "ORG", "Q11268")]),
        _facts("a5", "The United States Congress adjourned.", [("United States Congress", "ORG", "Q11268")]),
    ])
    joins = {(j.source, j.target): j.documents for j in entity_joins(kg)}
    assert joins[("congress", "inc")] == ("a1",)
    assert joins[("congress", "united states congress")] == ("a3",)


def test_a_city_and_its_government_stay_apart():
    kg = KnowledgeGraph([
        _facts("a1", "Paris opened bike lanes.", [("Paris", "GPE", "Q90")]),
        _facts("a2", "The French government met in Paris.", [("French government", "ORG"), ("Paris", "GPE", "Q90")]),
        _facts("a3", "The Paris government resigned.", [("Paris government", "ORG")]),
    ])
    assert entity_joins(kg) == ()


def test_two_people_of_one_spelling_but_two_qids_stay_apart():
    kg = KnowledgeGraph([
        _facts("a1", "John Smith wrote.", [("John Smith", "PERSON", "Q1")]),
        _facts("a2", "John-Smith played.", [("John-Smith", "PERSON", "Q2")]),
    ])
    assert entity_joins(kg) == ()


def test_spelling_variants_of_one_type_join_the_most_named():
    kg = KnowledgeGraph([
        _facts("a1", "African American voters turned out.", [("African American", "NORP")]),
        _facts("a2", "African American churches opened.", [("African American", "NORP")]),
        _facts("a3", "An African-American museum opened.", [("African-American", "NORP")]),
        _facts("a4", "United-States scientists found water.", [("United-States", "GPE")]),
        _facts("a5", "The United States sent aid.", [("United States", "GPE")]),
    ])
    join_entities(kg)
    assert "african-american" not in kg.graph and "united-states" not in kg.graph
    assert kg.entity("african american")["documents"] == ["a1", "a2", "a3"]


def test_a_groups_singular_and_adjective_join_its_one_plural():
    kg = KnowledgeGraph([
        _facts("a1", "The Kurds accused Turkey.", [("Kurds", "NORP"), ("Turkey", "GPE")]),
        _facts("a2", "Kurdish fighters withdrew.", [("Kurdish", "NORP")]),
        _facts("a3", "A Muslim leader spoke.", [("Muslim", "NORP")]),
        _facts("a4", "Muslims prayed.", [("Muslims", "NORP")]),
    ])
    join_entities(kg)
    assert "kurdish" not in kg.graph and "muslim" not in kg.graph
    assert "Kurdish" in kg.entity("kurds")["aliases"]


def test_a_place_and_a_group_of_one_stem_stay_apart():
    # "Paris" (a place) and "Parisians" (its people) differ in type; "English" has no plural here.
    kg = KnowledgeGraph([
        _facts("a1", "Paris voted.", [("Paris", "GPE")]),
        _facts("a2", "Parisians voted.", [("Parisians", "NORP")]),
        _facts("a3", "English fans sang.", [("English", "NORP")]),
    ])
    assert entity_joins(kg) == ()
