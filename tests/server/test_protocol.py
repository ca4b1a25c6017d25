"""Server profiles, authentication and the query protocol, without Virtuoso.

URL derivation is unit-tested for every profile (Fuseki and GraphDB are
not installable here, so this is all that is tested of them); the way
queries go over the wire is checked on a recording stub and on a real
Oxigraph.
"""

from __future__ import annotations

import urllib.parse

import pytest
import requests
from click.testing import CliRunner

from graph.errors import StoreError
from graph.queries import QuerySyntaxError, run_query
from graph.store import endpoint_for, make_auth, push, query_form
from graph.store.auth import challenge
from graph.store.sparql import _malformed
from graph.store_cli import query as query_command


@pytest.mark.parametrize(("server", "url", "credentials", "urls"), [
    ("oxigraph", "http://h:7878/", False, ("http://h:7878/query", "http://h:7878/update", "http://h:7878/store")),
    ("oxigraph", "http://h:7878/query", False, ("http://h:7878/query", "http://h:7878/update", "http://h:7878/store")),
    ("virtuoso", "http://h:8890", False,
     ("http://h:8890/sparql", "http://h:8890/sparql", "http://h:8890/sparql-graph-crud")),
    ("virtuoso", "http://h:8890/sparql", False,
     ("http://h:8890/sparql", "http://h:8890/sparql", "http://h:8890/sparql-graph-crud")),
    ("virtuoso", "http://h:8890/sparql-graph-crud-auth", True,
     ("http://h:8890/sparql-auth", "http://h:8890/sparql-auth", "http://h:8890/sparql-graph-crud-auth")),
    ("fuseki", "http://h:3030/ds", False, ("http://h:3030/ds/sparql", "http://h:3030/ds/update", "http://h:3030/ds/data")),
    ("fuseki", "https://h/fuseki/news/sparql", True,
     ("https://h/fuseki/news/sparql", "https://h/fuseki/news/update", "https://h/fuseki/news/data")),
    ("graphdb", "http://h:7200/repositories/news", False,
     ("http://h:7200/repositories/news", "http://h:7200/repositories/news/statements",
      "http://h:7200/repositories/news/rdf-graphs/service")),
    ("graphdb", "http://h:7200/repositories/news/statements/", True,
     ("http://h:7200/repositories/news", "http://h:7200/repositories/news/statements",
      "http://h:7200/repositories/news/rdf-graphs/service")),
    ("generic", "https://db.example.org/ds/sparql", False,
     ("https://db.example.org/ds/query", "https://db.example.org/ds/update", "https://db.example.org/ds/store")),
])
def test_each_profile_derives_its_urls(server, url, credentials, urls):
    e = endpoint_for(server, url, credentials=credentials)
    assert (e.query_url, e.update_url, e.store_url) == urls
    assert e.server == server


def test_explicit_urls_win():
    e = endpoint_for("virtuoso", "http://h:8890", credentials=True, update_url="http://h:8890/sparql",
                     store_url="http://other/gs")
    assert (e.query_url, e.update_url, e.store_url) == (
        "http://h:8890/sparql-auth", "http://h:8890/sparql", "http://other/gs")


@pytest.mark.parametrize(("server", "url", "hint"), [
    ("fuseki", "http://h:3030", "http://host:3030/DATASET"),
    ("graphdb", "http://h:7200", "http://host:7200/repositories/ID"),
    ("virtuoso", "ftp://h", "http://host:port"),
])
def test_a_url_that_does_not_fit_the_profile_says_what_fits(server, url, hint):
    with pytest.raises(StoreError, match=f"--endpoint '{url}': expected the {server} base URL, like {hint}"):
        endpoint_for(server, url)


def test_unknown_server_lists_the_choices():
    with pytest.raises(StoreError, match="oxigraph, virtuoso, fuseki, graphdb, generic"):
        endpoint_for("blazegraph", "http://h")


def test_auth_schemes():
    assert isinstance(make_auth(("u", "p"), "digest"), requests.auth.HTTPDigestAuth)
    assert isinstance(make_auth(("u", "p")), requests.auth.HTTPBasicAuth)
    with pytest.raises(StoreError, match="--auth bearer: needs --token"):
        make_auth(("u", "p"), "bearer")
    with pytest.raises(StoreError, match="--auth digest: needs --user and --password"):
        make_auth("token", "digest")


def test_a_401_names_the_scheme_asked_for():
    answer = requests.Response()
    answer.status_code = 401
    answer.headers["WWW-Authenticate"] = 'Basic realm="a", Digest realm="b", nonce="n", qop="auth"'
    answer.request = requests.Request("GET", "http://h/", auth=("u", "p")).prepare()
    assert challenge(answer) == 'the server asks for Basic or Digest authentication (realm "a"); ' \
                                "the Basic credentials were refused (wrong user or password?)"


@pytest.mark.parametrize(("text", "form"), [
    ("SELECT * WHERE { ?s ?p ?o }", "select"),
    ("prefix ask: <http://x/construct#>\n# DESCRIBE this\nask { ?s ?p 'SELECT' }", "ask"),
    ('PREFIX s: <http://x/select/> CONSTRUCT { ?s ?p """ASK\nme""" } WHERE { ?s ?p ?o }', "construct"),
    ("DESCRIBE <http://x/ask>", "describe"),
])
def test_query_form(text, form):
    assert query_form(text) == form


@pytest.mark.parametrize(("message", "line", "column", "reason"), [
    ("error at 3:5: expected one of Prefix", 3, 5, "expected one of Prefix"),
    ("Virtuoso 37000 Error SP030: SPARQL compiler, line 4: syntax error at 'WHERE' before '{'\n\n"
     "SPARQL query:\ndefine sql:big-data-const 0 PREFIX ng: <https://w3id.org/newsgraph/ns#>\nSELECT",
     4, None, "Virtuoso 37000 Error SP030: SPARQL compiler: syntax error at 'WHERE' before '{'"),
    ('Encountered " "}" "} "" at line 2, column 7.\nWas expecting one of: <VAR1>', 2, 7,
     'Encountered " "}" "} "": Was expecting one of: <VAR1>'),
    ("MALFORMED QUERY: Lexical error at line 3, column 1.  Encountered: EOF", 3, 1,
     "MALFORMED QUERY: Lexical error: Encountered: EOF"),
])
def test_syntax_error_positions_of_each_server(message, line, column, reason):
    error = _malformed(message, "PREFIX ng: <https://w3id.org/newsgraph/ns#>")
    assert (error.line, error.column, error.reason) == (line, column, reason)


@pytest.mark.server
def test_queries_go_as_get_or_form_post_with_accept_by_form(stub_server):
    url, server = stub_server(400)
    long = "SELECT * WHERE { ?s ?p ?o FILTER(?o != '" + "x" * 2000 + "') }"
    for text in ("ASK {}", "CONSTRUCT WHERE { ?s ?p ?o }", long):
        with pytest.raises(QuerySyntaxError):
            run_query(url, text, retries=0)
    (m1, p1, h1, _), (m2, p2, h2, _), (m3, p3, h3, b3) = server.requests
    assert (m1, m2, m3) == ("GET", "GET", "POST")
    assert "ASK {}" in urllib.parse.parse_qs(urllib.parse.urlsplit(p1).query)["query"][0]
    assert h1["Accept"].startswith("application/sparql-results+json")
    assert h2["Accept"].startswith("application/n-triples")
    assert h3["Content-Type"] == "application/x-www-form-urlencoded"
    assert urllib.parse.parse_qs(b3.decode())["query"][0].endswith(long)
    assert not any("sparql-query" in str(h) for _, _, h, _ in server.requests)


@pytest.mark.server
def test_oxigraph_answers_form_encoded_and_get_queries(oxigraph_url, wikinews_kg):
    push(wikinews_kg, endpoint_for("oxigraph", oxigraph_url))
    endpoint = endpoint_for("oxigraph", oxigraph_url)
    padding = "# " + "p" * 3000 + "\n"  # over the GET limit: a form-encoded POST
    for text in ("ASK { GRAPH ?g { ?s rel:bomb ?o } }", padding + "ASK { GRAPH ?g { ?s rel:bomb ?o } }"):
        assert run_query(endpoint, text).boolean is True
    text = padding + "CONSTRUCT { ?s rel:bomb ?o } WHERE { GRAPH ?g { ?s rel:bomb ?o } }"
    built = run_query(endpoint, text)
    assert built.kind == "construct" and "idlib" in {t.object.value.rsplit("/", 1)[1] for t in built.triples}
    result = CliRunner().invoke(query_command, ["--server", "oxigraph", "--endpoint", oxigraph_url + "/query",
                                                padding + "SELECT ?s WHERE {\n  ?s ?p\n}"])
    assert result.exit_code == 2
    assert "bad SPARQL query: line 4, column" in result.stderr and "PREFIX" not in result.stderr
