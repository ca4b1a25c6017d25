"""The ``kb`` commands: ``kb fetch`` writes a knowledge base from a SPARQL endpoint."""

from __future__ import annotations

from pathlib import Path

import click

from .errors import STORE_COMMANDS, library_errors
from .store import _credentials

__all__ = ["kb"]


@click.group()
def kb() -> None:
    """Knowledge bases for --kb: names, aliases, types and Wikidata QIDs."""


@kb.command()
@click.option("--endpoint", metavar="URL", required=True,
              help="A Wikidata-compatible SPARQL endpoint: its query URL (https://query.wikidata.org/sparql) "
                   "or an Oxigraph base URL (http://host:7878).")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), required=True,
              help="The TSV file to write (atomically), for build --kb / extract --kb.")
@click.option("-f", "--query-file", type=click.File("r", encoding="utf-8"), default=None,
              help="Run this query instead of the shipped one (same variables: item type label description "
                   "aliases offices).")
@click.option("--user", default=None, envvar="NEWSGRAPH_USER", help="Basic authentication [env NEWSGRAPH_USER].")
@click.option("--password", default=None, envvar="NEWSGRAPH_PASSWORD", help="[env NEWSGRAPH_PASSWORD].")
@click.option("--token", default=None, envvar="NEWSGRAPH_TOKEN", help="Bearer token [env NEWSGRAPH_TOKEN].")
@click.option("--timeout", type=click.FloatRange(min=0.1), default=300.0, show_default=True,
              help="Seconds to wait for the answer.")
@click.option("--retries", type=click.IntRange(min=0), default=2, show_default=True,
              help="Retries after a connection error or a 5xx answer.")
@library_errors(kind=STORE_COMMANDS)
def fetch(endpoint, output, query_file, user, password, token, timeout, retries):
    """Write a knowledge base of the people and organisations the news names.

    Runs the shipped query (heads of state and government and ministers since 2000, with their offices as
    time-bound aliases; armed groups, political parties, news agencies and large companies; English labels,
    aliases and descriptions) and writes `qid label aliases type description` rows.

    \b
    Example:
      newsgraph kb fetch --endpoint https://query.wikidata.org/sparql -o kb.tsv
      newsgraph build examples/ -o out --kb kb.tsv
    """
    from ..kb import fetch_kb, write_kb

    auth = _credentials({"user": user, "password": password, "token": token})
    rows = fetch_kb(endpoint, query=query_file.read() if query_file else None, auth=auth, timeout=timeout,
                    retries=retries)
    write_kb(rows, output)
    click.echo(f"wrote {output} ({len(rows)} entries)")
