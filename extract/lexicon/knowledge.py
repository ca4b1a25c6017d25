"""Knowledge bases: names, aliases, types and Wikidata QIDs.

Two kinds of table feed the :class:`KnowledgeBase` the lexicon holds:

- the shipped ones, ``data/wikidata/entities.tsv`` (well-known entities and
  international organisations, derived by ``scripts/wikidata_data.py``)
  and ``data/wikidata/places.tsv`` (GeoNames id -> QID, for the places the
  gazetteer resolves), and ``data/known_organisations.tsv`` (well-known
  companies, platforms, news agencies and media, whose QID may be empty:
  such an entry fixes an entity's type and links nothing);
- a user's files (``--kb FILE``), read by :func:`read_knowledge`: TSV with
  the header ``qid label aliases type description`` or JSON lines with the
  same keys. Their entries win over the shipped ones.

Aliases are ``|``-separated. An alias may be time-bound: ``POTUS@2017-01-20/2021-01-20``
counts only for documents dated in that span (either end may be empty).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from types import MappingProxyType

from ..errors import LexiconError
from .flat import FlatList, FlatTable
from .normalise import fold_place
from .readers import Schema, read_rows

__all__ = [
    "KB_COLUMNS", "KB_TYPES", "PLACES_SCHEMA", "Alias", "KnowledgeEntry", "KnowledgeBase", "KnowledgeError",
    "build_knowledge", "is_acronym", "parse_alias", "read_knowledge",
]

#: The columns of a knowledge-base file (TSV header or JSON keys).
KB_COLUMNS = ("qid", "label", "aliases", "type", "description")
#: The entity types an entry may have.
KB_TYPES = ("PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT", "PRODUCT", "WORK_OF_ART", "LAW", "LANGUAGE")
_KB_SCHEMA = Schema("knowledge base", KB_COLUMNS, required=2)
#: The shipped place table: GeoNames id -> QID.
PLACES_SCHEMA = Schema("places.tsv", ("geonames_id", "qid", "name", "kind"))
_QID = re.compile(r"Q[1-9][0-9]*")
_DATE = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?")
_ACRONYM = re.compile(r"(?:[A-Z]\.?){2,6}|[A-Z][A-Z0-9&-]{1,5}")


class KnowledgeError(LexiconError):
    """A bad knowledge-base file or entry (the message names file and line)."""


@dataclass(frozen=True, slots=True)
class Alias:
    """Another name of an entry; ``start``/``end`` (ISO dates) bound when it counts."""

    name: str
    start: str | None = None
    end: str | None = None

    def holds_on(self, date: str | None) -> bool:
        """Whether the alias counts for a document of ``date`` (an unbounded alias always does).

        Examples
        --------
        >>> a = Alias("POTUS", "2017-01-20", "2021-01-20")
        >>> a.holds_on("2019-05-01"), a.holds_on("2022-01-01"), a.holds_on(None)
        (True, False, False)
        """
        if self.start is None and self.end is None:
            return True
        if not date:
            return False
        day = date[:10]
        return (self.start is None or day >= self.start) and (self.end is None or day <= self.end)


@dataclass(frozen=True, slots=True)
class KnowledgeEntry:
    """One entity of a knowledge base. ``user`` marks a user's entry (it wins).

    ``qid`` is empty for a shipped entry known only by its names and type (it links nothing).
    """

    qid: str
    label: str
    type: str
    aliases: tuple[Alias, ...] = ()
    description: str = ""
    user: bool = False

    def full_names(self) -> tuple[str, ...]:
        """The label and the aliases that are not acronyms, unbounded ones only."""
        names = [self.label, *(a.name for a in self.aliases if a.start is None and a.end is None)]
        return tuple(n for n in names if not is_acronym(n))


def is_acronym(name: str) -> bool:
    """Whether a name is an acronym (which alone is not enough to link).

    Examples
    --------
    >>> is_acronym("IAEA"), is_acronym("U.S."), is_acronym("Iraq"), is_acronym("NATO")
    (True, True, False, True)
    """
    return bool(_ACRONYM.fullmatch(name.strip()))


def parse_alias(text: str, *, where: str = "alias") -> Alias:
    """An :class:`Alias` from ``name`` or ``name@START/END``.

    Raises
    ------
    KnowledgeError
        On a bound that is not an ISO date, naming ``where``.

    Examples
    --------
    >>> parse_alias("POTUS@2017-01-20/2021-01-20")
    Alias(name='POTUS', start='2017-01-20', end='2021-01-20')
    >>> parse_alias("Burma")
    Alias(name='Burma', start=None, end=None)
    """
    name, at, span = text.rpartition("@") if "@" in text else (text, "", "")
    if not at:
        return Alias(" ".join(text.split()))
    start, _, end = span.partition("/")
    for bound in (start, end):
        if bound and not _DATE.fullmatch(bound.strip()):
            raise KnowledgeError(f"{where}: alias {text!r}: expected name@START/END with ISO dates, got {bound!r}")
    return Alias(" ".join(name.split()), start.strip() or None, end.strip() or None)


def _entry(values: Mapping[str, object], where: str, *, user: bool, need_qid: bool = True) -> KnowledgeEntry:
    cells = {}
    for column in KB_COLUMNS:
        value = values.get(column, "")
        if column == "aliases" and isinstance(value, list):
            value = "|".join(str(v) for v in value)
        if value is None:
            value = ""
        if not isinstance(value, str):
            raise KnowledgeError(f"{where}: {column!r} must be a string, got {type(value).__name__}")
        cells[column] = value.strip()
    if not _QID.fullmatch(cells["qid"]) and (need_qid or cells["qid"]):
        raise KnowledgeError(f"{where}: qid must be a Wikidata item id such as Q42, got {cells['qid']!r}")
    if not cells["label"]:
        raise KnowledgeError(f"{where}: label is empty")
    kind = cells["type"].upper() or "ORG"
    if kind not in KB_TYPES:
        raise KnowledgeError(f"{where}: type must be one of {', '.join(KB_TYPES)}, got {cells['type']!r}")
    aliases = tuple(parse_alias(a, where=where) for a in cells["aliases"].split("|") if a.strip())
    return KnowledgeEntry(cells["qid"], " ".join(cells["label"].split()), kind, aliases, cells["description"], user)


def read_knowledge(path: str | Path, *, user: bool = True, need_qid: bool = True) -> list[KnowledgeEntry]:
    """The entries of a knowledge-base file: TSV (header ``qid label aliases type description``) or JSON lines.

    A file whose name ends in ``.jsonl``/``.json`` or whose first character is ``{`` is read as JSON lines.
    ``need_qid=False`` lets an entry's qid be empty (the shipped known organisations).

    Raises
    ------
    KnowledgeError
        On an unreadable file or a bad row, naming the file and line.
    """
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as err:
        raise KnowledgeError(f"{path}: not UTF-8 text ({err.reason} at byte {err.start})") from None
    except OSError as err:
        raise KnowledgeError(f"{path}: cannot read the knowledge base ({err.strerror or err})") from None
    if path.suffix in (".jsonl", ".json") or text.lstrip().startswith("{"):
        return list(_json_entries(path, text, user=user, need_qid=need_qid))
    first = next((line for line in text.splitlines() if line.strip() and not line.startswith("#")), "")
    if tuple(c.strip().casefold() for c in first.split("\t")) != KB_COLUMNS:
        raise KnowledgeError(
            f"{path}:1: a knowledge-base TSV starts with the header {chr(9).join(KB_COLUMNS)!r} "
            f"(tab-separated), got {first[:80]!r}"
        )
    rows = read_rows(path, replace(_KB_SCHEMA, file=str(path)), error=KnowledgeError)
    return [_entry(dict(zip(KB_COLUMNS, row.cells)), f"{path}:{row.line}", user=user, need_qid=need_qid)
            for row in rows]


def _json_entries(path: Path, text: str, *, user: bool, need_qid: bool = True):
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        where = f"{path}:{lineno}"
        try:
            values = json.loads(line)
        except json.JSONDecodeError as err:
            raise KnowledgeError(f"{where}: not a JSON object ({err.msg})") from None
        if not isinstance(values, dict):
            raise KnowledgeError(f"{where}: expected a JSON object with keys {', '.join(KB_COLUMNS)}")
        unknown = sorted(set(values) - set(KB_COLUMNS))
        if unknown:
            raise KnowledgeError(f"{where}: unknown keys {unknown}; the keys are {', '.join(KB_COLUMNS)}")
        yield _entry(values, where, user=user, need_qid=need_qid)


class KnowledgeBase:
    """Entries looked up by name, and place QIDs by GeoNames id. Read-only; the lexicon holds one.

    Parameters
    ----------
    entries : iterable of KnowledgeEntry
        User entries first or last: lookups list user entries before shipped ones either way.
    places : mapping of int to (str, str)
        GeoNames id -> (QID, kind: ``country``, ``capital`` or ``city``).
    """

    def __init__(self, entries: Iterable[KnowledgeEntry] = (), places: Mapping[int, tuple[str, str]] | None = None,
                 *, _state: tuple | None = None):
        self.places: Mapping[int, tuple[str, str]] = MappingProxyType(dict(places or {}))
        if _state is not None:
            # From the cache: entries stay plain tuples until a lookup needs one, and the
            # index is not rebuilt, so loading the lexicon stays fast.
            self._rows, self._names, self._labels, self._kinds = _state
            self._made: dict[int, KnowledgeEntry] = {}
            return
        made = tuple(entries)
        # Flat (extract.lexicon.flat): the cached lexicon loads a few buffers, a row is read when asked for.
        self._rows = FlatList(_row(entry) for entry in made)
        # The labels and types as two columns: a scan over every label makes no entry.
        self._labels = "\0".join(entry.label for entry in made)
        self._kinds = bytes(KB_TYPES.index(entry.type) for entry in made)
        self._made = dict(enumerate(made))
        names: dict[str, list[tuple[int, int]]] = {}
        for number, entry in enumerate(made):
            for alias_no, name in enumerate((entry.label, *(a.name for a in entry.aliases))):
                found = names.setdefault(fold_place(name), [])
                if not found or found[-1][0] != number:
                    found.append((number, alias_no - 1))
        self._names = FlatTable(names)

    def __reduce__(self):
        return (_knowledge_from_state, (self._rows, dict(self.places), self._names, self._labels, self._kinds))

    def __len__(self) -> int:
        return len(self._rows)

    def entry(self, number: int) -> KnowledgeEntry:
        """The entry of that number (made from its row once)."""
        found = self._made.get(number)
        if found is None:
            qid, label, kind, aliases, description, user = self._rows[number]
            found = self._made[number] = KnowledgeEntry(qid, label, kind, tuple(Alias(*a) for a in aliases),
                                                        description, user)
        return found

    @property
    def entries(self) -> tuple[KnowledgeEntry, ...]:
        """Every entry, in order."""
        return tuple(self.entry(n) for n in range(len(self._rows)))

    def labels(self, kind: str | None = None) -> list[str]:
        """The entries' labels in order, of one type (``PERSON``) or all, without making the entries.

        Examples
        --------
        >>> base = KnowledgeBase([KnowledgeEntry("Q1", "Ann Lee", "PERSON"), KnowledgeEntry("Q2", "Acme", "ORG")])
        >>> base.labels("PERSON"), base.labels()
        (['Ann Lee'], ['Ann Lee', 'Acme'])
        """
        labels = self._labels.split("\0") if self._kinds else []
        if kind is None:
            return labels
        code = KB_TYPES.index(kind) if kind in KB_TYPES else -1
        return [label for label, found in zip(labels, self._kinds) if found == code]

    @property
    def user_entries(self) -> int:
        """How many entries came from a user's files."""
        return sum(row[5] for row in self._rows)

    def lookup(self, name: str) -> list[tuple[KnowledgeEntry, Alias | None]]:
        """The entries a name matches: (entry, None) for its label, (entry, alias) for an alias.

        User entries come first.
        """
        found = [(self.entry(n), None if a < 0 else self.entry(n).aliases[a])
                 for n, a in self._names.get(fold_place(name), ())]
        return sorted(found, key=lambda pair: not pair[0].user)

    def place(self, geonames_id: int | None) -> tuple[str, str] | None:
        """The (QID, kind) of a GeoNames place, or None."""
        return None if geonames_id is None else self.places.get(int(geonames_id))

    def extended(self, entries: Iterable[KnowledgeEntry]) -> KnowledgeBase:
        """A new base with ``entries`` (a user's) added before the present ones."""
        return KnowledgeBase((*entries, *self.entries), self.places)


def _row(entry: KnowledgeEntry) -> tuple:
    aliases = tuple((a.name, a.start, a.end) for a in entry.aliases)
    return (entry.qid, entry.label, entry.type, aliases, entry.description, entry.user)


def _knowledge_from_state(rows, places, names, labels, kinds) -> KnowledgeBase:
    return KnowledgeBase(places=places, _state=(rows, names, labels, kinds))


def build_knowledge(entities: str | Path, places: str | Path, *named: str | Path) -> KnowledgeBase:
    """The shipped knowledge base from its tables: entities, places, and tables of names whose QID may be
    empty (``data/known_organisations.tsv``), read after the entities.

    Raises
    ------
    KnowledgeError
        On a bad row, naming the file and line.
    """
    entries = read_knowledge(entities, user=False)
    entries += [entry for path in named for entry in read_knowledge(path, user=False, need_qid=False)]
    table = {}
    for row in read_rows(places, PLACES_SCHEMA, error=KnowledgeError):
        geonames_id, qid, _name, kind = row.cells
        if not geonames_id.isdigit() or not _QID.fullmatch(qid) or kind not in ("country", "capital", "city"):
            raise KnowledgeError(f"{row.path}:{row.line}: expected 'geonames_id<TAB>Qnnn<TAB>name<TAB>"
                                 f"country|capital|city', got {row.cells!r}")
        table.setdefault(int(geonames_id), (qid, kind))
    return KnowledgeBase(entries, table)
