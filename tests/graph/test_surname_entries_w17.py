"""A surname the actor dictionaries give one person joins that person's one full name of the graph
(graph.surname_entries), even where only one article names it in full.

The articles are invented; the names are of people the CAMEO/Phoenix dictionaries list by surname.
"""

from __future__ import annotations

from extract.lexicon import get_lexicon
from extract.types import Document, DocumentFacts, Entity
from graph.joins import join_entities
from graph.model import KnowledgeGraph
from graph.surname_entries import dictionary_surname


def _facts(doc_id: str, text: str, entities: list[tuple]) -> DocumentFacts:
    document = Document(id=doc_id, text=text, date="2020-03-01")
    return DocumentFacts(document, tuple(Entity(label.casefold(), label, type_) for label, type_ in entities), ())


def test_dictionary_gives_the_surname_to_the_full_name():
    lexicon = get_lexicon()
    assert dictionary_surname("Bolsonaro", "Jair Bolsonaro", lexicon)
    assert not dictionary_surname("Jackson", "Amy Berman Jackson", lexicon)


def test_surname_joins_a_full_name_of_one_article():
    kg = KnowledgeGraph([
        _facts("a1", "Brazilian President Jair Bolsonaro spoke at the United Nations.",
               [("Jair Bolsonaro", "PERSON"), ("United Nations", "ORG")]),
        _facts("a2", "Critics said Bolsonaro ignored the fires.", [("Bolsonaro", "PERSON")]),
    ])
    join_entities(kg)
    assert "bolsonaro" not in kg.graph
    assert kg.entity("jair bolsonaro")["documents"] == ["a1", "a2"]


def test_surname_of_no_dictionary_entry_still_wants_two_articles():
    kg = KnowledgeGraph([
        _facts("a1", "Judge Amy Berman Jackson sentenced the adviser.", [("Amy Berman Jackson", "PERSON")]),
        _facts("a2", "Jackson scored twice in the second half.", [("Jackson", "PERSON")]),
    ])
    join_entities(kg)
    assert "jackson" in kg.graph
