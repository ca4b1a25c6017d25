"""SPARQL injection: every named query, fed parameters made to break out of
their string literal or IRI, gives only its intended results, on the
embedded store and on a real Oxigraph server, and changes nothing.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from graph.queries import QuerySyntaxError, named_query, run_query
from graph.store import load_into_store, open_store, push
from tests.hardening.conftest import hand_facts

# An entity whose very label is an attack: a query for it must find it, and only it.
EVIL = 'Idlib" ) } } ; DROP ALL ; #'
LABELS = ["Russia", "Idlib", "Syria", "Israel", "Aleppo", EVIL]

PAYLOADS = [
    'Idlib" } DROP ALL #',
    'Idlib") } UNION { GRAPH ?g { ?s ?p ?o } } #',
    "Idlib\\",
    'Idlib\\" || true || "',
    "Idlib' || true || '",
    '"""Idlib"""',
    "<https://w3id.org/newsgraph/id/entity/idlib>",
    "https://w3id.org/newsgraph/id/entity/idlib",
    "?e_l",
    "*",
    ".*",
    "Idlib\n} ; CLEAR ALL ; INSERT DATA { <x:a> <x:b> <x:c> }",
    "Idlib\x00",
    "Idlib\u202e",
    "%49dlib",
    "Idlib}",
    ")",
]


def relation_rows(result) -> set[tuple[str, str, str]]:
    return {(r["subject"], r["predicate"], r["object"]) for r in result.values()}


@pytest.fixture(scope="module")
def store_path(tmp_path_factory):
    path = tmp_path_factory.mktemp("injection") / "store"
    load_into_store([
        hand_facts("d1", [("Russia", "bombed", "bomb", "Idlib"), ("Russia", "backed", "back", "Syria")],
                   date="2019-06-03", title="Idlib"),
        hand_facts("d2", [("Syria", "accused", "accuse", "Israel")], date="2020-01-10"),
        hand_facts("d3", [(EVIL, "attacked", "attack", "Aleppo")], date="2020-02-01"),
    ], path)
    return path


@pytest.fixture(scope="module")
def store(store_path):
    return open_store(store_path, read_only=True)


@pytest.fixture(scope="module")
def quads_before(store):
    return set(store.quads_for_pattern(None, None, None, None))


@pytest.fixture
def server(oxigraph_url, store):
    push(store, oxigraph_url)
    return oxigraph_url


def count(target) -> int:
    result = run_query(target, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")
    return int(result.rows[0][0].value)


def named(target, query, /, **params):
    """Run the named query ``query`` with ``params`` bound on ``target``."""
    text, bindings = named_query(query, **params)[:2]
    return run_query(target, text, bindings=bindings)


def about(target, name):
    return named(target, "about", name=name)


def between(target, a, b, **dates):
    return named(target, "between", a=a, b=b, **dates)


@pytest.mark.parametrize("payload", PAYLOADS)
def test_about_breakouts_find_nothing_on_the_embedded_store(store, quads_before, payload):
    assert relation_rows(about(store, payload)) == set()
    assert relation_rows(between(store, payload, "Idlib")) == set()
    assert relation_rows(between(store, "Russia", payload)) == set()
    assert set(store.quads_for_pattern(None, None, None, None)) == quads_before


@pytest.mark.server
def test_breakouts_find_nothing_on_a_server(server, store):
    total = count(server)
    assert total == count(store)
    for payload in PAYLOADS:
        assert relation_rows(about(server, payload)) == set(), payload
        assert relation_rows(between(server, payload, "Idlib")) == set(), payload
        assert relation_rows(between(server, "Russia", payload)) == set(), payload
    assert count(server) == total


@pytest.mark.server
def test_intended_results_on_both_targets(server, store):
    for target in (store, server):
        assert relation_rows(about(target, "IDLIB")) == {("Russia", "bomb", "Idlib")}
        assert relation_rows(about(target, "Russia")) == {("Russia", "bomb", "Idlib"),
                                                          ("Russia", "back", "Syria")}
        # The label that is itself an attack is found, and brings only its own relation.
        assert relation_rows(about(target, EVIL)) == {(EVIL, "attack", "Aleppo")}
        assert relation_rows(about(target, EVIL.lower())) == {(EVIL, "attack", "Aleppo")}
        assert relation_rows(between(target, "Idlib", "Russia")) == {("Russia", "bomb", "Idlib")}
        assert relation_rows(between(target, "Russia", "Idlib", since="2019-06-04")) == set()
        assert relation_rows(between(target, "Russia", "Idlib", until="2019-06-03")) == {
            ("Russia", "bomb", "Idlib")}
        assert [r["actor"] for r in named(target, "top-actors", limit=1).values()] == ["Russia"]


@pytest.mark.parametrize(("name", "params", "message"), [
    ("top-actors", {"limit": "10 } ; DROP ALL"}, "expected a positive integer"),
    ("top-actors", {"limit": True}, "expected a positive integer"),
    ("top-actors", {"limit": -1}, "expected a positive integer"),
    ("top-actors", {"limit": 1.5}, "expected a positive integer"),
    ("between", {"a": "Russia", "b": "Idlib", "since": '2019-01-01" || "'}, "expected a date YYYY-MM-DD"),
    ("between", {"a": "Russia", "b": "Idlib", "until": "2019-01-01T00:00:00"}, "expected a date YYYY-MM-DD"),
    ("about", {"name": "   "}, "expected a non-empty name"),
    ("about", {"name": 5}, "expected a non-empty name"),
    ("about", {"name": "x", "graph": "<x:y>"}, "unknown parameter 'graph'"),
])
def test_parameters_that_cannot_be_bound_are_refused(name, params, message):
    with pytest.raises(QuerySyntaxError, match=message):
        named_query(name, **params)


@settings(max_examples=150, deadline=None, suppress_health_check=list(HealthCheck))
@given(name=st.text(st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=40)
       | st.lists(st.sampled_from(['"', "'", "\\", "}", "{", ")", "#", "<", ">", "?", ";", "\n", "Idlib",
                                   "DROP ALL", "UNION", " "]), min_size=1, max_size=12).map("".join))
def test_random_names_find_only_their_entity(store, quads_before, name):
    assume(name.strip())
    rows = relation_rows(about(store, name))
    matching = [label for label in LABELS if label.lower() == name.lower()]
    if not matching:
        assert rows == set()
    else:
        assert rows and all(matching[0] in (s, o) for s, _, o in rows)
    assert len(store) == len(quads_before)
