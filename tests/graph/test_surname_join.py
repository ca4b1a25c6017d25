"""Cross-document joins (graph.joins): a short name joins the one full name the graph holds.

The articles are invented; what must join is read off their names: an
article that only says "Okonkwo" names the one Okonkwo the others name in
full, "Lindqvist" is nobody's when two Lindqvists are known, and the result
is the same whatever order the articles come in.
"""

from __future__ import annotations

import itertools
import json

import pytest

from extract.lexicon import get_lexicon
from extract.types import Document, DocumentFacts, Entity
from graph.build import build
from graph.joins import Join, document_graph_quads, entity_joins, join_entities
from graph.model import KnowledgeGraph, to_node_link
from graph.runners import LocalRunner
from graph.store import read_store
from graph.formats.rdf import to_rdf
from graph.vocab import graph_iri

PERSON = "PERSON"


def _facts(doc_id: str, text: str, people: list[tuple[str, str]], make_relation=None, relation=None):
    document = Document(id=doc_id, text=text, date="2021-03-01")
    entities = tuple(Entity(label.casefold(), label, type_, mentions=text.count(label.split()[-1]))
                     for label, type_ in people)
    relations = (make_relation(document, *relation),) if relation else ()
    return DocumentFacts(document, entities, relations)


@pytest.fixture(scope="module")
def articles(make_relation):
    again = _facts("a0", "Maria Okonkwo won the primary.", [("Maria Okonkwo", PERSON)])
    full = _facts("a1", "Senator Maria Okonkwo visited Lagos. Okonkwo met Chidi Eze.",
                  [("Maria Okonkwo", PERSON), ("Lagos", "GPE"), ("Chidi Eze", PERSON)])
    short = _facts("a2", "Okonkwo criticised Chidi Eze on Tuesday.",
                   [("Okonkwo", PERSON), ("Chidi Eze", PERSON)], make_relation,
                   ("Okonkwo criticised Chidi Eze on Tuesday.", ("okonkwo", "Okonkwo", PERSON, "Okonkwo"),
                    ("criticise", "criticised"), ("chidi eze", "Chidi Eze", PERSON, "Chidi Eze")))
    peter = _facts("a3", "Peter Lindqvist won the vote.", [("Peter Lindqvist", PERSON)])
    anna = _facts("a4", "Anna Lindqvist lost the vote.", [("Anna Lindqvist", PERSON)])
    alone = _facts("a5", "Lindqvist thanked Eze.", [("Lindqvist", PERSON), ("Eze", PERSON)])
    return [full, short, peter, anna, alone, again]


def test_a_surname_joins_the_one_full_name_and_brings_its_edges(articles):
    kg = KnowledgeGraph(articles)
    joins, changed = join_entities(kg)
    assert joins == (Join("eze", "chidi eze", "surname", ("a5",)),
                     Join("okonkwo", "maria okonkwo", "surname", ("a2",)))
    assert changed == {"a2", "a5"}
    assert "okonkwo" not in kg and "eze" not in kg
    node = kg.entity("maria okonkwo")
    assert node["label"] == "Maria Okonkwo" and node["documents"] == ["a0", "a1", "a2"]
    assert "Okonkwo" in node["aliases"]
    # The document's own entry is named as the node, its own label kept as an alias.
    assert node["doc_entities"]["a2"]["label"] == "Maria Okonkwo"
    assert node["doc_entities"]["a2"]["aliases"] == ["Okonkwo"]
    assert kg.graph.has_edge("maria okonkwo", "chidi eze", "criticise")
    assert kg.find("Okonkwo") == "maria okonkwo"


def test_two_people_of_one_surname_join_nobody(articles):
    kg = KnowledgeGraph(articles)
    joins = entity_joins(kg)
    assert "lindqvist" not in {j.source for j in joins}
    join_entities(kg)
    assert {"lindqvist", "peter lindqvist", "anna lindqvist"} <= set(kg.graph)


def test_a_namesake_added_later_undoes_nothing_wrong(articles):
    # With only Peter known, "Lindqvist" is his; once Anna comes, a graph built afresh refuses.
    peter_only = KnowledgeGraph([articles[2], articles[4]])
    assert entity_joins(peter_only) == ()  # one article of Peter: not enough
    peter_twice = KnowledgeGraph([articles[2], articles[4], _facts("a6", "Peter Lindqvist lost.",
                                                                      [("Peter Lindqvist", PERSON)])])
    assert Join("lindqvist", "peter lindqvist", "surname", ("a5",)) in entity_joins(peter_twice)
    both = KnowledgeGraph(articles[2:5] + [peter_twice_doc := _facts("a6", "Peter Lindqvist lost.",
                                                                        [("Peter Lindqvist", PERSON)])])
    assert peter_twice_doc.document.id == "a6"
    assert all(j.source != "lindqvist" for j in entity_joins(both))


def test_the_joined_graph_does_not_depend_on_the_input_order(articles):
    outputs = set()
    for order in itertools.permutations(articles[:5]):
        kg = KnowledgeGraph(order)
        join_entities(kg)
        outputs.add(json.dumps(to_node_link(kg), sort_keys=True))
    assert len(outputs) == 1


def test_two_qids_never_join(articles):
    full, short, again = articles[0], articles[1], articles[5]
    tagged = DocumentFacts(full.document, tuple(
        Entity(e.key, e.label, e.type, mentions=e.mentions, wikidata="Q1" if e.key == "maria okonkwo" else None)
        for e in full.entities), full.relations)
    other = DocumentFacts(short.document, tuple(
        Entity(e.key, e.label, e.type, mentions=e.mentions, wikidata="Q2" if e.key == "okonkwo" else None)
        for e in short.entities), short.relations)
    assert any(j.source == "okonkwo" for j in entity_joins(KnowledgeGraph([full, short, again])))
    assert all(j.source != "okonkwo" for j in entity_joins(KnowledgeGraph([tagged, other, again])))


def test_a_dominant_bearer_takes_the_surname_only_where_no_other_is_named():
    arlo = [_facts(f"f{i}", f"Arlo Fenwick spoke on day {i}.", [("Arlo Fenwick", PERSON)]) for i in range(5)]
    bea = _facts("b1", "Bea Fenwick and Arlo Fenwick sang. Fenwick bowed.",
                 [("Bea Fenwick", PERSON), ("Arlo Fenwick", PERSON), ("Fenwick", PERSON)])
    alone = _facts("x1", "Fenwick vetoed the bill.", [("Fenwick", PERSON)])
    kg = KnowledgeGraph([*arlo, bea, alone])
    assert entity_joins(kg) == (Join("fenwick", "arlo fenwick", "surname", ("x1",)),)
    join_entities(kg)
    assert kg.entity("fenwick")["documents"] == ["b1"]  # where Bea is named too, "Fenwick" stays apart
    # Four articles of Arlo (three and Bea's) against one of Bea: not dominant, nobody is joined.
    assert entity_joins(KnowledgeGraph([*arlo[:3], bea, alone])) == ()


def test_a_given_name_or_a_title_is_no_surname():
    seth = [_facts(f"s{i}", "Seth John met Kofi President.", [("Seth John", PERSON), ("Kofi President", PERSON)])
            for i in range(2)]
    short = _facts("s9", "John met President.", [("John", PERSON), ("President", PERSON)])
    assert entity_joins(KnowledgeGraph([*seth, short])) == ()


def test_an_organisation_joins_its_full_name_only_through_the_knowledge_base():
    knowledge = get_lexicon().knowledge
    entries = [entry for entry, alias in knowledge.lookup("Ford") if alias is not None]
    assert entries and entries[0].label == "Ford Motor Company"  # the shipped alias this test relies on
    full = _facts("o1", "Ford Motor Company cut jobs.", [("Ford Motor Company", "ORG")])
    short = _facts("o2", "Ford cut jobs.", [("Ford", "ORG")])
    kg = KnowledgeGraph([short, full])
    assert entity_joins(kg) == (Join("ford", "ford motor company", "knowledge base", ("o2",)),)
    # An organisation the knowledge base does not know stays apart from a longer name.
    made_up = KnowledgeGraph([_facts("o3", "Zelmar cut jobs.", [("Zelmar", "ORG")]),
                              _facts("o4", "Zelmar Holdings cut jobs.", [("Zelmar Holdings", "ORG")])])
    assert entity_joins(made_up) == ()


def test_document_graph_quads_are_the_rdf_of_the_joined_graph(articles):
    kg = KnowledgeGraph(articles)
    join_entities(kg)
    dataset = to_rdf(kg)
    expected = {(str(s), str(p), str(o)) for s, p, o, g in dataset.quads() if str(g) == str(graph_iri("a2"))}
    got = {(s, p, o if isinstance(o, str) else o[0]) for s, p, o, _ in document_graph_quads(kg, ["a2"])}
    assert {(s, p, o) for s, p, o in expected} == got


TEXTS = {
    "full.txt": "Finance minister Robert Haldane met bankers in London.\n",
    "full2.txt": "Finance minister Robert Haldane announced new taxes on Wednesday.\n",
    "short.txt": "Mr Haldane criticised the plan on Tuesday, his office said.\n",
}


def test_build_joins_and_the_outputs_and_store_agree(nlp, tmp_path):
    for name, text in TEXTS.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    report = build(sorted(tmp_path.glob("*.txt")), tmp_path / "out", runner=LocalRunner(nlp=nlp, workers=1),
                   store=tmp_path / "store")
    saved = json.loads((tmp_path / "out" / "graph.json").read_text(encoding="utf-8"))
    people = {n["id"]: n for n in saved["nodes"] if n["type"] == PERSON}
    assert "haldane" not in people
    key = "robert haldane"
    assert len(people[key]["documents"]) == 3
    # The store was loaded document by document before the join: the joined documents were reloaded.
    back = read_store(tmp_path / "store")
    assert set(back.graph) == set(report.graph.graph) and back.entity(key)["documents"] == people[key]["documents"]
    assert back == report.graph
