"""A state body with no stated country still acts (wave 18, ``extract/relations/role_actors.py``,
``extract/actors/role_nodes.py``): "the foreign ministry summoned the Chinese ambassador" is kept, the
ministry coded by its role alone (``GOV``: no country is guessed), while two plain concepts stay
unrelated and non-state bodies stay as they were. Role-only concept nodes are keyed per document.

Every sentence is invented for the test; the expected codes come from the text (the nationality word of
the object, the role of the body noun: a ministry ``GOV``).
"""

from __future__ import annotations

import pytest

from extract.actors.role_nodes import is_role_only, per_document_keys
from extract.lexicon import get_lexicon
from extract.types import Argument, Predicate, Relation

from .helpers import event_root, text_relations

_DATE = "2020-06-01"


def _of_verb(nlp, text, verb):
    return [r for r in text_relations(nlp, text, date=_DATE) if r.predicate.lemma.split()[0] == verb]


@pytest.mark.parametrize(
    ("text", "verb", "source", "target", "root"),
    [
        ("The foreign ministry summoned the Chinese ambassador over the remarks.", "summon", "GOV", "CHNGOV", None),
        ("The interior ministry expelled two Belarusian diplomats on Friday.", "expel", "GOV", "BLRGOV", "17"),
    ],
)
def test_state_body_without_country_acts_on_coded_actor(nlp, text, verb, source, target, root):
    found = _of_verb(nlp, text, verb)
    assert found, f"no {verb!r} relation in {text!r}"
    rel = found[0]
    assert rel.subject.actor_code == source
    assert rel.object.actor_code == target
    if root is not None:
        assert event_root(rel) == root
    assert rel.subject.key.endswith("@t")  # one node for this document's ministry alone


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("The ministry rejected the report on Tuesday.", "reject"),  # a plain concept object
        ("The company fired its chief executive.", "fire"),  # no state body
        ("The club signed a Brazilian striker.", "sign"),  # a non-state body
    ],
)
def test_no_relation_without_state_body_and_coded_object(nlp, text, verb):
    assert not _of_verb(nlp, text, verb)


def test_role_only_codes():
    lexicon = get_lexicon()
    assert is_role_only("GOV", lexicon) and is_role_only("MIL", lexicon)
    assert not is_role_only("RUSGOV", lexicon)
    assert not is_role_only("IGOUNO", lexicon)
    assert not is_role_only(None, lexicon)


def test_per_document_keys_only_for_role_only_concepts():
    lexicon = get_lexicon()
    navy = Argument("concept:navy", "navy", "CONCEPT", "the navy", 0, 8, actor_code="MIL")
    tanker = Argument("concept:tanker", "tanker", "CONCEPT", "an Iranian tanker", 16, 33, actor_code="IRN")
    rel = Relation("doc1", navy, Predicate("seize", "seized", 9, 15), tanker, "The navy seized an Iranian tanker.", 0)
    out = per_document_keys([rel], "doc1", lexicon=lexicon)[0]
    assert out.subject.key == "concept:navy@doc1"
    assert out.object.key == "concept:tanker"
    assert per_document_keys([out], "doc1", lexicon=lexicon)[0].subject.key == "concept:navy@doc1"
