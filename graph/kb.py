"""Grow the knowledge base from a Wikidata-compatible SPARQL endpoint (``newsgraph kb fetch``).

:func:`fetch_kb` runs the shipped query (``kb.rq``: heads of state and
government and ministers since 2000, armed groups, political parties,
news agencies and large companies, with their English aliases) and gives
:class:`KbRow` values; :func:`to_kb_tsv` lays them out as the ``--kb``
TSV (``qid label aliases type description``), :func:`write_kb` writes it
atomically. An office held is kept as a time-bound alias
(``Prime Minister of the United Kingdom@2019-07-24/2022-09-06``), which
:mod:`extract.linking` uses only for articles of that time.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .errors import StoreError
from .io import atomic_write

__all__ = ["KB_QUERY", "KbRow", "fetch_kb", "kb_rows", "to_kb_tsv", "write_kb"]

#: The shipped query.
KB_QUERY = Path(__file__).resolve().parent / "kb.rq"
_ITEM = re.compile(r"^http://www\.wikidata\.org/entity/(Q[1-9][0-9]*)$")
_TYPE_ORDER = ("PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT")
_QUERY_URL = re.compile(r"/(query|sparql)/?$")
_HEADER = ("qid", "label", "aliases", "type", "description")


@dataclass(frozen=True, slots=True)
class KbRow:
    """One knowledge-base entry: aliases may carry a time bound (``name@START/END``)."""

    qid: str
    label: str
    aliases: tuple[str, ...]
    type: str
    description: str = ""


def _cell(text: str) -> str:
    # A cell holds no tab or line break; a name holds no "|" (the alias separator) nor "@" (the time bound).
    return " ".join(str(text).split())


def _name(text: str) -> str:
    return _cell(text).replace("|", "/").replace("@", " ")


def _value(term: Any) -> str | None:
    return None if term is None else getattr(term, "value", str(term))


def kb_rows(variables: Iterable[str], rows: Iterable[tuple]) -> list[KbRow]:
    """The entries of the query's answer (``item type label description aliases offices``), one per QID.

    An item found with several types keeps the first in PERSON, ORG, ... order; rows
    whose item is no Wikidata item or has no label are skipped.

    Examples
    --------
    >>> kb_rows(["item", "type", "label", "description", "aliases", "offices"],
    ...         [("http://www.wikidata.org/entity/Q7", "ORG", "Acme", "", "ACME|Acme Inc", "")])
    [KbRow(qid='Q7', label='Acme', aliases=('ACME', 'Acme Inc'), type='ORG', description='')]
    """
    names = list(variables)
    found: dict[str, KbRow] = {}
    for row in rows:
        values = dict(zip(names, (_value(v) for v in row)))
        match = _ITEM.match(values.get("item") or "")
        label = _name(values.get("label") or "")
        kind = (values.get("type") or "").upper()
        if match is None or not label or kind not in _TYPE_ORDER:
            continue
        aliases = [_name(a) for a in (values.get("aliases") or "").split("|")]
        offices = []
        for office in (values.get("offices") or "").split("|"):
            name, at, span = office.rpartition("@")
            if at and _name(name) and re.fullmatch(r"(\d{4}-\d{2}-\d{2})?/(\d{4}-\d{2}-\d{2})?", span):
                offices.append(f"{_name(name)}@{span}")
        qid = match.group(1)
        row_ = KbRow(qid, label, tuple(dict.fromkeys(a for a in (*aliases, *offices) if a and a != label)), kind,
                     _cell(values.get("description") or ""))
        known = found.get(qid)
        if known is None or _TYPE_ORDER.index(kind) < _TYPE_ORDER.index(known.type):
            if known is not None:
                row_ = KbRow(qid, label, tuple(dict.fromkeys((*row_.aliases, *known.aliases))), kind,
                             row_.description or known.description)
            found[qid] = row_
        else:
            found[qid] = KbRow(qid, known.label, tuple(dict.fromkeys((*known.aliases, *row_.aliases))),
                               known.type, known.description or row_.description)
    return sorted(found.values(), key=lambda r: int(r.qid[1:]))


def fetch_kb(endpoint, *, query: str | None = None, auth: Any = None, timeout: float = 300.0,
             retries: int = 2) -> list[KbRow]:
    """Run the knowledge-base query on a SPARQL endpoint and return its entries.

    Parameters
    ----------
    endpoint : str or graph.store.Endpoint
        The server's query URL (``https://query.wikidata.org/sparql``) or base URL.
    query : str, optional
        Another query with the same variables; by default :data:`KB_QUERY`'s text.
    auth, timeout, retries
        As for :func:`graph.queries.run_query`.

    Raises
    ------
    StoreError
        The endpoint failed or answered with something else than a table.
    """
    from .queries import run_query
    from .store.http import Endpoint

    if isinstance(endpoint, str):
        # A query URL is used as given (Wikidata's ends in /sparql); a base URL gets Oxigraph's /query.
        endpoint = Endpoint.from_url(endpoint, query_url=endpoint if _QUERY_URL.search(endpoint) else None)
    text = query if query is not None else KB_QUERY.read_text(encoding="utf-8")
    result = run_query(endpoint, text, auth=auth, timeout=timeout, retries=retries)
    if result.kind != "select":
        raise StoreError(f"{endpoint.query_url}: the knowledge-base query must be a SELECT, got a {result.kind} answer")
    missing = {"item", "label", "type"} - set(result.variables)
    if missing:
        raise StoreError(f"{endpoint.query_url}: the answer lacks the variables {sorted(missing)}")
    return kb_rows(result.variables, result.rows)


def to_kb_tsv(rows: Iterable[KbRow]) -> str:
    """The ``--kb`` TSV text of ``rows``, with its header."""
    lines = ["\t".join(_HEADER)]
    lines += ["\t".join((r.qid, r.label, "|".join(r.aliases), r.type, r.description)) for r in rows]
    return "\n".join(lines) + "\n"


def write_kb(rows: Iterable[KbRow], path: str | os.PathLike) -> Path:
    """Write ``rows`` as a ``--kb`` TSV file, atomically (a failed write leaves the old file)."""
    path = Path(path)
    with atomic_write(path) as stream:
        stream.write(to_kb_tsv(rows))
    return path
