"""SPARQL over the embedded store: named queries, bound parameters, formats, errors, the CLI."""

from __future__ import annotations

import csv
import dataclasses
import io
import json

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

from extract.types import Entity
from graph.errors import FormatError
from graph.queries import (
    NAMED_QUERIES,
    QuerySyntaxError,
    bind,
    format_result,
    named_query,
    run_query,
)
from graph.store import load_into_store, open_store
from graph.store_cli import query as query_command
from tests.graph.conftest import FIGHT, HOSTILE_NAMES

BOMBING = "“Hearing word that Russia, Syria and, to a lesser extent, Iran, are bombing the hell out of Idlib Province"

WHO_BOMBED_IDLIB = """
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT DISTINCT ?who WHERE {
  GRAPH ?g {
    ?s <https://w3id.org/newsgraph/rel/bomb> <https://w3id.org/newsgraph/id/entity/idlib> ;
       rdfs:label ?who .
  }
} ORDER BY ?who
"""


@pytest.fixture(scope="module")
def seed_with_bombing(seed_facts, make_relation):
    """The seed's hand-built facts plus the three bombers of Idlib its text names (coded 190, as the pipeline
    codes them: the sentence is all quotation, and a quoted relation with no event type is no edge)."""
    d = seed_facts.document
    bombers = [("russia", "Russia", "GPE", "Russia"), ("syria", "Syria", "GPE", "Syria"),
               ("iran", "Iran", "GPE", "Iran")]
    extra = tuple(
        make_relation(d, BOMBING, who, ("bomb", "bombing"), ("idlib", "Idlib", "GPE", "Idlib Province"),
                      confidence=0.8, event=FIGHT)
        for who in bombers
    )
    return dataclasses.replace(
        seed_facts,
        relations=seed_facts.relations + extra,
        entities=seed_facts.entities + (Entity("iran", "Iran", "GPE", mentions=1),),
    )


@pytest.fixture(scope="module")
def store_path(tmp_path_factory, seed_with_bombing, wikinews_facts, hostile_facts):
    path = tmp_path_factory.mktemp("queries") / "store"
    report = load_into_store([seed_with_bombing, *wikinews_facts, hostile_facts], path)
    assert report.graphs == 4
    return path


@pytest.fixture(scope="module")
def store(store_path):
    return open_store(store_path, read_only=True)


def names(result, column):
    i = result.variables.index(column)
    return [row[i].value for row in result.rows]


def test_who_bombed_idlib(store):
    assert names(run_query(store, WHO_BOMBED_IDLIB), "who") == ["Iran", "Russia", "Syria"]


def test_about_an_entity_by_alias_any_case(store):
    text, bindings = named_query("about", name="IDLIB PROVINCE")
    result = run_query(store, text, bindings=bindings)
    rows = {(r["subject"], r["predicate"], r["object"]) for r in result.values()}
    assert rows == {("Russia", "bomb", "Idlib"), ("Syria", "bomb", "Idlib"), ("Iran", "bomb", "Idlib")}
    assert {r["sentence"] for r in result.values()} == {BOMBING}


def test_about_gives_both_directions_across_documents(store):
    text, bindings = named_query("about", name="Russia")
    rows = sorted((r["subject"], r["predicate"], r["object"], r["document"]) for r in run_query(
        store, text, bindings=bindings).values())
    assert rows == [
        ("Russia", "bomb", "Idlib", "Regime bombardments kill six civilians in Syria"),
        ("Russia", "pledge", "funds", "Block of flats collapses in Aleppo, killing eleven"),
        ("Russia", "support", "an operation", "Block of flats collapses in Aleppo, killing eleven"),
    ]


def test_top_actors_counts_relations_and_sums_mentions(store):
    text, bindings = named_query("top-actors", limit=3)
    result = run_query(store, text, bindings=bindings)
    got = [(r["actor"], int(r["relations"]), int(r["mentions"])) for r in result.values()]
    # Russia: bomb, support, pledge; mentioned 3 times in the seed, 2 in the Aleppo article.
    # Syria and Israel: two relations each; Syria has more mentions (11 + 4 + 9).
    assert got == [("Russia", 3, 5), ("Syria", 2, 24), ("Israel", 2, 4)]


@pytest.mark.parametrize(
    ("since", "until", "expected"),
    [
        (None, None, 1),
        ("2019-06-03", "2019-06-03", 1),
        ("2019-06-04", None, 0),
        (None, "2019-06-02", 0),
        ("2019-01-01", "2019-12-31", 1),
    ],
)
def test_between_two_entities_in_a_date_range(store, since, until, expected):
    text, bindings = named_query("between", a="idlib", b="Russia", since=since, until=until)
    result = run_query(store, text, bindings=bindings)
    assert [(r["subject"], r["predicate"], r["object"]) for r in result.values()] == [
        ("Russia", "bomb", "Idlib")
    ] * expected


@pytest.mark.parametrize("name", HOSTILE_NAMES)
def test_hostile_names_are_bound_not_pasted(store, name):
    before = len(store)
    text, bindings = named_query("about", name=name)
    result = run_query(store, text, bindings=bindings)
    assert result.rows, name
    assert all(name in (r["subject"], r["object"]) for r in result.values())
    assert len(store) == before


@pytest.mark.parametrize("name", ['Idlib" } DROP ALL #', "Idlib' }", "?x", "<urn:x>"])
def test_injection_attempts_match_nothing(store, name):
    text, bindings = named_query("about", name=name)
    assert run_query(store, text, bindings=bindings).rows == ()
    assert "DROP ALL" not in text


def test_bind_rejects_unknown_markers_and_removes_unbound_ones():
    assert "#VALUES" not in bind("SELECT * WHERE { #VALUES(a) ?s ?p ?o }", {})
    with pytest.raises(QuerySyntaxError, match="no #VALUES\\(b\\) marker"):
        bind("SELECT * WHERE { #VALUES(a) }", {"b": ox.Literal("x")})


@pytest.mark.parametrize(
    ("name", "params", "message"),
    [
        ("nope", {}, "no named query 'nope'"),
        ("about", {}, "missing parameter 'name'"),
        ("about", {"name": "  "}, "name '  ': expected a non-empty name"),
        ("top-actors", {"limit": 0}, "limit 0: expected a positive integer"),
        ("top-actors", {"limit": "5; DROP ALL"}, "expected a positive integer"),
        ("between", {"a": "x", "b": "y", "since": "June"}, "since 'June': expected a date"),
        ("between", {"a": "x", "b": "y", "whenever": 1}, "unknown parameter 'whenever'"),
    ],
)
def test_named_query_parameters_are_checked(name, params, message):
    with pytest.raises(QuerySyntaxError, match=message):
        named_query(name, **params)


def test_every_named_query_parses():
    empty = ox.Store()
    for name, q in NAMED_QUERIES.items():
        params = {"name": "x", "a": "x", "b": "y", "since": "2019-01-01", "until": "2019-12-31"}
        text, bindings = named_query(name, **{k: v for k, v in params.items() if k in q.parameters})
        assert run_query(empty, text, bindings=bindings).rows == ()


def test_syntax_error_has_line_and_column(store):
    with pytest.raises(QuerySyntaxError) as info:
        run_query(store, "SELECT ?s\nWHERE {\n  ?s ?p }")
    # The unexpected "}" is the 9th character of line 3; Oxigraph's parser
    # reports the position just after the token it choked on.
    assert info.value.line == 3 and info.value.column in (9, 10)
    assert f"line 3, column {info.value.column}: expected" in str(info.value)


def test_ask_and_construct(store):
    assert run_query(store, "ASK { ?s <https://w3id.org/newsgraph/rel/bomb> ?o }").boolean is True
    assert run_query(store, "ASK { ?s <https://w3id.org/newsgraph/rel/fly> ?o }").boolean is False
    result = run_query(store, "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o . FILTER(?p = "
                              "<https://w3id.org/newsgraph/rel/bomb>) }")
    assert result.kind == "construct" and len(result) == 3
    parsed = list(ox.parse(format_result(result, "nt"), format=ox.RdfFormat.N_TRIPLES))
    assert {q.subject.value.rsplit("/", 1)[1] for q in parsed} == {"russia", "syria", "iran"}
    ttl = format_result(result, "ttl")
    assert len(list(ox.parse(ttl, format=ox.RdfFormat.TURTLE))) == 3


@pytest.mark.parametrize(("fmt", "oxformat"), [("json", ox.QueryResultsFormat.JSON),
                                                ("tsv", ox.QueryResultsFormat.TSV),
                                                ("csv", None)])
def test_result_formats_are_the_standard_ones(store, fmt, oxformat):
    result = run_query(store, WHO_BOMBED_IDLIB)
    text = format_result(result, fmt)
    if oxformat is None:
        rows = list(csv.reader(io.StringIO(text)))
        assert rows == [["who"], ["Iran"], ["Russia"], ["Syria"]]
    else:
        parsed = ox.parse_query_results(text.encode(), format=oxformat)
        assert [s["who"].value for s in parsed] == ["Iran", "Russia", "Syria"]


def test_json_of_ask_and_table_of_hostile_text(store):
    assert json.loads(format_result(run_query(store, "ASK {}"), "json")) == {"head": {}, "boolean": True}
    text, bindings = named_query("about", name=HOSTILE_NAMES[1])
    table = format_result(run_query(store, text, bindings=bindings), "table")
    assert "</script><script>alert('x')</script>" in table
    assert table.rstrip().endswith("rows)")


def test_graph_formats_refused_for_select(store):
    with pytest.raises(FormatError, match="only for CONSTRUCT"):
        format_result(run_query(store, WHO_BOMBED_IDLIB), "nt")


def test_reingested_article_keeps_merged_figures_consistent(tmp_path, seed_with_bombing, wikinews_facts):
    path = tmp_path / "store"
    load_into_store([seed_with_bombing, *wikinews_facts], path)
    # The seed again, with one relation fewer and Syria counted once more.
    entities = tuple(dataclasses.replace(e, mentions=e.mentions + 1) if e.key == "syria" else e
                     for e in seed_with_bombing.entities)
    changed = dataclasses.replace(seed_with_bombing, entities=entities,
                                  relations=seed_with_bombing.relations[:-1])
    report = load_into_store([changed], path)
    assert report.replaced == ("https://w3id.org/newsgraph/id/graph/seed",)
    store = open_store(path, read_only=True)
    text, bindings = named_query("top-actors", limit=20)
    got = {r["actor"]: (int(r["relations"]), int(r["mentions"])) for r in run_query(
        store, text, bindings=bindings).values()}
    assert got["Syria"] == (2, 25)  # 12 + 4 + 9
    assert got["Russia"] == (3, 5)
    assert "Iran" not in got  # its one relation was the one dropped
    labels = run_query(store, """
        SELECT ?g (COUNT(?l) AS ?n) WHERE { GRAPH ?g {
          <https://w3id.org/newsgraph/id/entity/syria> <http://www.w3.org/2000/01/rdf-schema#label> ?l } }
        GROUP BY ?g""")
    assert sorted(int(r["n"]) for r in labels.values()) == [1, 1, 1]
    statements = run_query(store, """
        SELECT (COUNT(?st) AS ?n) WHERE { GRAPH <https://w3id.org/newsgraph/id/graph/seed> {
          ?st a <http://www.w3.org/1999/02/22-rdf-syntax-ns#Statement> } }""")
    assert int(statements.values()[0]["n"]) == len(changed.relations)


# -- the command --------------------------------------------------------------


def run_cli(*args):
    return CliRunner().invoke(query_command, [str(a) for a in args], catch_exceptions=False)


def test_cli_help():
    result = run_cli("--help")
    assert result.exit_code == 0
    for option in ("--store", "--endpoint", "--format", "--about", "--top-actors", "--between"):
        assert option in result.output


def test_cli_select_as_table_and_csv(store_path):
    result = run_cli("--store", store_path, WHO_BOMBED_IDLIB)
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[2:5] == ["Iran", "Russia", "Syria"]
    assert "(3 rows)" in result.output
    result = run_cli("--store", store_path, "--about", "Idlib", "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(result.output)))
    assert sorted(r["subject"] for r in rows) == ["Iran", "Russia", "Syria"]


def test_cli_named_between_with_dates(store_path):
    result = run_cli("--store", store_path, "--between", "Russia", "Idlib", "--since", "2019-06-01",
                     "--format", "json")
    assert result.exit_code == 0, result.output
    bindings = json.loads(result.output)["results"]["bindings"]
    assert [(b["subject"]["value"], b["object"]["value"]) for b in bindings] == [("Russia", "Idlib")]


def test_cli_bad_query_exits_2_with_position(store_path):
    result = CliRunner().invoke(query_command, ["--store", str(store_path), "SELECT * WHERE {\n ?s ?p }"])
    assert result.exit_code == 2
    assert "bad SPARQL query: line 2, column 9: expected" in result.output


@pytest.mark.parametrize(
    "args",
    [
        ["SELECT * {}"],
        ["--store", "x", "--endpoint", "http://h", "SELECT * {}"],
        ["--store", "x"],
        ["--store", "x", "--about", "a", "SELECT * {}"],
        ["--store", "x", "--about", "a", "--since", "2019-01-01"],
        ["--store", "x", "--top-actors", "0"],
    ],
)
def test_cli_usage_errors_exit_2(args):
    result = CliRunner().invoke(query_command, args)
    assert result.exit_code == 2, result.output


def test_cli_missing_store_is_one_clear_error(tmp_path):
    result = CliRunner().invoke(query_command, ["--store", str(tmp_path / "none"), "ASK {}"])
    assert result.exit_code == 1
    assert "--store" in result.output and "no store at this path" in result.output


def test_project_prefixes_are_predeclared(store):
    result = run_query(store, "SELECT DISTINCT ?who WHERE { ?s rel:bomb ent:idlib ; rdfs:label ?who } ORDER BY ?who")
    assert names(result, "who") == ["Iran", "Russia", "Syria"]


def test_a_name_that_is_not_text_is_refused_clearly():
    from graph.queries import QuerySyntaxError, named_query

    # A byte that is not UTF-8, as a shell passes it: os.fsdecode gives a lone surrogate.
    with pytest.raises(QuerySyntaxError, match="not valid Unicode text"):
        named_query("about", name="\udcff")
