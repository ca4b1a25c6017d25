"""Two articles' bare institution names in one graph (``extract/institution_scopes.py``,
``graph/joins.py``): the US Senate and the Philippine Senate stay two nodes, a bare "Senate" whose
article names no country joins neither, and a full name with its country merges across articles.

The articles are invented for the test; the expected nodes come from the countries they name.
"""

from __future__ import annotations

from extract.facts import extract_document
from extract.types import Document
from graph.joins import join_entities
from graph.model import KnowledgeGraph

_DATE = "2021-03-01"

_ARTICLES = {
    "a": "The US Senate voted on the stimulus bill on Saturday. The Senate passed it by one vote.",
    "b": ("The Philippine Senate held a hearing on the broadcaster's licence on Monday. "
          "The Senate will vote on the licence next month."),
    "c": "The Senate rejected the amendment on Wednesday, a spokesman said.",
    "d": "Lawmakers in the United States Senate criticised the trade deal.",
}


def _graph(nlp) -> KnowledgeGraph:
    facts = [extract_document(Document(id=i, text=t, date=_DATE), nlp=nlp) for i, t in _ARTICLES.items()]
    kg = KnowledgeGraph(facts)
    join_entities(kg)
    return kg


def _documents(kg, key):
    return set(kg.graph.nodes[key]["documents"]) if key in kg.graph else set()


def test_two_countries_senates_stay_apart(nlp):
    kg = _graph(nlp)
    us, ph = _documents(kg, "united states senate"), _documents(kg, "philippine senate")
    assert {"a", "d"} <= us and "b" not in us
    assert ph == {"b"}
    assert "senate" not in kg.graph  # no one node of every article's "Senate"


def test_bare_senate_of_no_country_stays_in_its_article(nlp):
    kg = _graph(nlp)
    assert _documents(kg, "senate@c") == {"c"}
    assert not any("c" in _documents(kg, k) for k in ("united states senate", "philippine senate"))
