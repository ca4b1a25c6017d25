"""The ``query``, ``push`` and ``validate`` commands and the ``build --store`` option.

Standalone click commands, registered on the ``newsgraph`` group by
:mod:`graph.cli` (and importable as ``graph.store_cli``, their old home).

Exit codes come from :mod:`graph.cli.errors`: 0 success, 1 a failure
(validation failed, some graphs not uploaded, a store or server error), 2
bad usage or a query that does not parse.
"""

from __future__ import annotations

import sys
from typing import Any

import click

from .errors import STORE_COMMANDS, library_errors

__all__ = ["query", "push", "validate", "add_store_option", "add_endpoint_options"]


def add_store_option(command: Any) -> Any:
    """Add ``--store PATH`` (the embedded store to load into) to a command.

    ``build`` uses it; its function then receives ``store`` (a str or None)
    and, when set, calls ``graph.store.load_into_store(kg_or_facts, store)``.
    """
    return click.option(
        "--store",
        "store",
        type=click.Path(file_okay=False, dir_okay=True, writable=True),
        default=None,
        help="Also load the graph into the embedded triple store at this folder "
        "(created if missing; an article it already holds is replaced).",
    )(command)


def add_endpoint_options(command: Any) -> Any:
    """Add ``--endpoint``, ``--server`` and the authentication / timeout options."""
    from ..store.auth import AUTH_SCHEMES
    from ..store.profiles import SERVERS

    options = [
        click.option("--endpoint", metavar="URL", default=None,
                     help="SPARQL server base URL; the query, update and Graph Store URLs "
                     "are derived from it by --server."),
        click.option("--server", type=click.Choice(SERVERS), default="generic", show_default=True,
                     help="The server's URL layout: oxigraph (/query /update /store), virtuoso "
                     "(/sparql /sparql-graph-crud, -auth with credentials), fuseki (/DATASET/sparql "
                     "/update /data), graphdb (/repositories/ID, /statements, /rdf-graphs/service); "
                     "generic: Oxigraph's, a trailing /sparql taken for the base."),
        click.option("--query-url", metavar="URL", default=None,
                     help="Override the SPARQL query URL."),
        click.option("--update-url", metavar="URL", default=None,
                     help="Override the SPARQL update URL."),
        click.option("--store-url", metavar="URL", default=None,
                     help="Override the Graph Store protocol URL."),
        click.option("--user", default=None, envvar="NEWSGRAPH_USER",
                     help="User name [env NEWSGRAPH_USER]."),
        click.option("--password", default=None, envvar="NEWSGRAPH_PASSWORD",
                     help="Password [env NEWSGRAPH_PASSWORD]."),
        click.option("--auth", "auth_scheme", type=click.Choice(AUTH_SCHEMES), default=None,
                     help="Authentication scheme (default: digest for --server virtuoso, "
                     "basic otherwise with --user; bearer with --token)."),
        click.option("--token", default=None, envvar="NEWSGRAPH_TOKEN",
                     help="Bearer token [env NEWSGRAPH_TOKEN]."),
        click.option("--timeout", type=click.FloatRange(min=0.1), default=30.0,
                     show_default=True, help="Seconds to wait for each request."),
        click.option("--retries", type=click.IntRange(min=0), default=3, show_default=True,
                     help="Retries after a connection error, a timeout or a 502/503/504 "
                     "answer (a 500: once)."),
    ]
    for option in reversed(options):
        command = option(command)
    return command


def _endpoint(opts: dict) -> Any:
    from ..store.profiles import endpoint_for

    return endpoint_for(
        opts["server"],
        opts["endpoint"],
        credentials=bool(opts["user"] or opts["token"]),
        query_url=opts["query_url"],
        update_url=opts["update_url"],
        store_url=opts["store_url"],
    )


def _credentials(opts: dict) -> Any:
    """The requests auth object of ``--user/--password/--token/--auth``."""
    from ..errors import StoreError
    from ..store.auth import make_auth
    from ..store.profiles import SERVER_PROFILES

    if opts["token"] and opts["user"]:
        raise click.BadParameter("give --token or --user/--password, not both")
    if opts["password"] and not opts["user"]:
        raise click.BadParameter("--password needs --user")
    scheme = opts.get("auth_scheme")
    if scheme and not (opts["token"] or opts["user"]):
        raise click.BadParameter(f"--auth {scheme} needs --user/--password or --token")
    if opts["token"]:
        credentials, default = opts["token"], "bearer"
    elif opts["user"]:
        credentials = (opts["user"], opts["password"] or "")
        profile = SERVER_PROFILES.get(opts.get("server", "generic"))
        default = profile.auth if profile else "basic"
    else:
        return None
    try:
        return make_auth(credentials, scheme or default)
    except StoreError as exc:
        raise click.BadParameter(str(exc)) from exc


def _one_target(store: str | None, endpoint: str | None) -> None:
    if bool(store) == bool(endpoint):
        raise click.UsageError("give exactly one of --store PATH or --endpoint URL")


# --------------------------------------------------------------------------
# query
# --------------------------------------------------------------------------


@click.command()
@click.argument("sparql", required=False)
@click.option("--store", "store_path", type=click.Path(file_okay=False), default=None,
              help="The embedded store to query.")
@add_endpoint_options
@click.option("-f", "--file", "query_file", type=click.File("r", encoding="utf-8"), default=None,
              help="Read the query from this file ('-' for stdin).")
@click.option("--format", "fmt", default="table", show_default=True,
              type=click.Choice(["table", "csv", "tsv", "json", "nt", "ttl"]),
              help="table: readable; csv/tsv/json: SPARQL 1.1 results formats; "
              "nt/ttl: the graph of a CONSTRUCT.")
@click.option("--about", metavar="NAME", default=None,
              help="Named query: everything said about the entity NAME (label or alias).")
@click.option("--top-actors", metavar="N", type=click.IntRange(min=1), default=None,
              help="Named query: the N entities that are the subject of the most relations.")
@click.option("--between", nargs=2, metavar="NAME NAME", default=None,
              help="Named query: the relations between two entities.")
@click.option("--since", metavar="YYYY-MM-DD", default=None,
              help="With --between: only documents dated on or after this day.")
@click.option("--until", metavar="YYYY-MM-DD", default=None,
              help="With --between: only documents dated on or before this day.")
@click.option("--events", "events", is_flag=True, default=False,
              help="Named query: events between actors, counted by actor codes and quad class.")
@click.option("--quad", metavar="CLASS", default=None,
              type=click.Choice(["verbal cooperation", "material cooperation", "verbal conflict", "material conflict"]),
              help="With --events: only this quad class.")
@click.option("--all-modalities", is_flag=True, default=False,
              help="With --about, --top-actors or --between: include relations that are not asserted "
              "(negated, hypothetical, intended, claimed).")
@library_errors(kind=STORE_COMMANDS)
def query(sparql, store_path, query_file, fmt, about, top_actors, between, since, until, events, quad,
          all_modalities, **opts):
    """Run a SPARQL query (SELECT, ASK or CONSTRUCT) on a store or an endpoint.

    \b
    Examples:
      newsgraph query --store out/store 'SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }'
      newsgraph query --store out/store --about Idlib
      newsgraph query --endpoint http://localhost:7878 --top-actors 10 --format csv
      newsgraph query --server virtuoso --endpoint http://localhost:8890 --about Idlib
      newsgraph query --store out/store --between Russia Idlib --since 2019-01-01
      newsgraph query --store out/store --events --quad "material conflict"

    The named queries see asserted relations only; --all-modalities adds
    the negated, hypothetical, intended and claimed ones.

    In the embedded store the default graph is the union of the article
    graphs; use GRAPH ?g { ... } to see which article says what.
    """
    from ..queries import format_result, named_query, run_query

    _one_target(store_path, opts["endpoint"])
    named = [n for n, v in (("--about", about), ("--top-actors", top_actors),
                            ("--between", between), ("--events", events)) if v]
    given = [x for x in (sparql, query_file) if x]
    if len(named) + len(given) != 1:
        raise click.UsageError("give one query: SPARQL text, --file, --about, --top-actors, --between or --events")
    if (since or until) and not between:
        raise click.UsageError("--since and --until go with --between")
    if quad and not events:
        raise click.UsageError("--quad goes with --events")
    if all_modalities and not (about or top_actors or between):
        raise click.UsageError("--all-modalities goes with --about, --top-actors or --between")
    bindings: dict = {}
    if about:
        text, bindings = named_query("about", name=about, all_modalities=all_modalities)
    elif top_actors:
        text, bindings = named_query("top-actors", limit=top_actors, all_modalities=all_modalities)
    elif between:
        text, bindings = named_query("between", a=between[0], b=between[1],
                                     since=since, until=until, all_modalities=all_modalities)
    elif events:
        text, bindings = named_query("events", quad=quad)
    else:
        text = sparql if sparql else query_file.read()
    if store_path:
        from ..store import open_store

        target = open_store(store_path, read_only=True)
    else:
        target = _endpoint(opts)
    result = run_query(target, text, bindings=bindings,
                       auth=_credentials(opts) if not store_path else None,
                       timeout=opts["timeout"], retries=opts["retries"])
    click.echo(format_result(result, fmt), nl=False)
    if result.truncated_at is not None:
        click.echo(f"newsgraph: warning: the server cut the answer at {result.truncated_at} rows "
                   "(its result cap); add LIMIT/OFFSET to page through it, or raise the cap "
                   "(Virtuoso: [SPARQL] ResultSetMaxRows)", err=True)


# --------------------------------------------------------------------------
# push
# --------------------------------------------------------------------------


@click.command()
@click.argument("source", required=False, type=click.Path(exists=True))
@click.option("--store", "store_path", type=click.Path(file_okay=False, exists=True), default=None,
              help="Push the whole embedded store at this folder.")
@add_endpoint_options
@click.option("--method", type=click.Choice(["graph-store", "update"]), default="graph-store",
              show_default=True,
              help="graph-store: one HTTP PUT per named graph (SPARQL 1.1 Graph Store "
              "protocol); update: DROP SILENT GRAPH + INSERT DATA (SPARQL 1.1 Update).")
@click.option("--batch-size", type=click.IntRange(min=1), default=50_000, show_default=True,
              help="Triples per request; larger graphs are sent in several requests.")
@click.option("-q", "--quiet", is_flag=True, help="Print nothing but errors.")
@click.option("-v", "--verbose", is_flag=True, help="Print each graph as it is uploaded.")
@library_errors(kind=STORE_COMMANDS)
def push(source, store_path, method, batch_size, quiet, verbose, **opts):
    """Upload a build's RDF to a SPARQL 1.1 server, one named graph per article.

    SOURCE is a build output folder (its graph.trig or graph.json is read),
    or an RDF file (.nq and .trig keep their named graphs; other formats are
    read back into a graph first). Re-pushing an article replaces its graph.

    \b
    Examples:
      newsgraph push out/ --endpoint http://localhost:7878
      newsgraph push --store out/store --endpoint http://localhost:7878 --method update
      newsgraph push out/ --server virtuoso --endpoint http://localhost:8890 --user dba --password dba
      newsgraph push out/graph.trig --server fuseki --endpoint https://db.example.org/ds \\
          --user me --password secret
    """
    from ..store import PushError, open_store, push as push_graphs

    if bool(source) == bool(store_path):
        raise click.UsageError("give exactly one of SOURCE or --store PATH")
    if not opts["endpoint"]:
        raise click.UsageError("--endpoint URL is required")
    bar = None
    if verbose and not quiet:
        def progress(graph, triples):
            click.echo(f"  {triples:>8} triples  {graph or 'DEFAULT'}", err=True)
    elif not quiet:
        from tqdm import tqdm

        bar = tqdm(unit=" graphs", desc="push", file=sys.stderr, disable=None, leave=False)

        def progress(graph, triples):
            bar.update(1)
    else:
        progress = None
    try:
        data = open_store(store_path, read_only=True) if store_path else source
        report = push_graphs(
            data, _endpoint(opts), method=method, auth=_credentials(opts),
            timeout=opts["timeout"], retries=opts["retries"], batch_size=batch_size,
            on_graph=progress,
        )
    except PushError as exc:
        report = exc.report
        for name, reason in report.failed:
            click.echo(f"newsgraph: error: not uploaded: {name or 'DEFAULT'}: {reason}", err=True)
        raise click.ClickException(
            f"{len(report.failed)} graph(s) NOT uploaded; {report.graphs} graph(s) "
            f"({report.triples} triples) uploaded to {report.endpoint}"
        ) from exc
    finally:
        if bar is not None:
            bar.close()
    if not quiet:
        click.echo(f"uploaded {report.graphs} graphs ({report.triples} triples) "
                   f"to {report.endpoint} ({report.method})")


# --------------------------------------------------------------------------
# validate
# --------------------------------------------------------------------------


@click.command()
@click.argument("source", required=False, type=click.Path(exists=True))
@click.option("--store", "store_path", type=click.Path(file_okay=False, exists=True), default=None,
              help="Validate the embedded store at this folder.")
@click.option("--shapes", type=click.Path(exists=True, dir_okay=False), default=None,
              help="SHACL shapes file (default: the project's graph/shapes.ttl).")
@click.option("--max-errors", type=click.IntRange(min=1), default=20, show_default=True,
              help="How many violations to list.")
@library_errors(kind=STORE_COMMANDS)
def validate(source, store_path, shapes, max_errors):
    """Check RDF against the project's SHACL shapes (pySHACL).

    SOURCE is a build output folder or an RDF file. Exits 0 if the data
    conforms, 1 with a list of violations (focus node, property, message)
    otherwise.

    \b
    Examples:
      newsgraph validate out/graph.trig
      newsgraph validate --store out/store
    """
    from ..store import validate as check

    if bool(source) == bool(store_path):
        raise click.UsageError("give exactly one of SOURCE or --store PATH")
    if store_path:
        from ..store import open_store

        data = open_store(store_path, read_only=True)
    else:
        data = source
    report = check(data, shapes=shapes)
    if report.conforms:
        click.echo(f"conforms: {report.triples} triples in {report.graphs} graphs checked")
        return
    for violation in report.violations[:max_errors]:
        click.echo(f"  {violation}", err=True)
    more = len(report.violations) - max_errors
    if more > 0:
        click.echo(f"  ... and {more} more", err=True)
    raise click.ClickException(
        f"does not conform: {len(report.violations)} violation(s) in {report.triples} triples"
    )
