"""CAMEO event types: the code table and the predicate -> event map.

The tables are read by the lexicon layer (:mod:`extract.lexicon.cameo`),
with overlays; this module keeps the functions the rules call. Two data
files feed the map (both in ``extract/data/``):

``events_petrarch.tsv``
    Derived from the PETRARCH CAMEO verb dictionary (MIT, Open Event Data
    Alliance; see ``cameo_LICENSE``): every verb lemma with the default code
    of its block, or its own code. Regenerate it with
    ``python scripts/derive_tables.py``.
``events.tsv``
    Hand entries: nominal predicates ("airstrike", "bombardment"),
    multi-word predicates ("call for") and corrections. Rows here override
    the derived ones. Users extend or override it with an overlay
    ``events.tsv`` (``$NEWSGRAPH_LEXICON``, see :mod:`extract.lexicon`).

Both files have the same tab-separated columns: ``lemma code root label
quad_class``. ``lemma`` is lower case, words separated by one space. The
``root``, ``label`` and ``quad_class`` columns are there for the reader;
the loader checks them against the code table (``cameo_codes.tsv``) and
refuses a row whose code is unknown or whose columns disagree, naming the
file and line. A code of ``-`` removes a derived mapping. Lines starting with ``#`` and blank lines are ignored.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from .lexicon import Lexicon, get_lexicon
from .lexicon.cameo import QUAD_CLASSES, EventMapError, event_rows, parse_petrarch_verbs
from .lexicon.cameo import event_for_code as _event_for_code
from .lexicon.core import DATA_DIR, TABLES
from .lexicon.readers import read_rows
from .types import Event

__all__ = [
    "QUAD_CLASSES",
    "EventMapError",
    "event_of",
    "event_for_code",
    "parse_petrarch_verbs",
    "read_event_map",
    "load_event_map",
    "code_labels",
]

#: The shipped data files (kept for older callers; the lexicon reads them).
DATA = DATA_DIR


def code_labels(*, lexicon: Lexicon | None = None) -> dict[str, str]:
    """CAMEO code -> label, from ``cameo_codes.tsv`` (roots and common codes)."""
    return dict((lexicon or get_lexicon()).cameo.labels)


def event_for_code(code: str, *, lexicon: Lexicon | None = None) -> Event:
    """The :class:`Event` of a CAMEO code, labelled by the most specific known code.

    Examples
    --------
    >>> event_for_code("195")
    Event(code='195', root='19', label='Employ aerial weapons', quad_class='material conflict')
    >>> event_for_code("112").quad_class
    'verbal conflict'
    """
    return _event_for_code(code, (lexicon or get_lexicon()).cameo.labels)


def read_event_map(path: str | Path, *, lexicon: Lexicon | None = None) -> dict[str, Event | None]:
    """Read one event map file (``lemma code root label quad_class``).

    A row with code ``-`` maps its lemma to None: it removes a mapping that
    an earlier file gave.

    Raises
    ------
    EventMapError
        On a malformed row or an unknown code, naming the file and line.
    """
    rows = read_rows(path, TABLES["events.tsv"], error=EventMapError)
    return event_rows(rows, (lexicon or get_lexicon()).cameo.labels)


def load_event_map(*, lexicon: Lexicon | None = None) -> Mapping[str, Event | None]:
    """The predicate -> event map: PETRARCH verbs, then hand entries, then overlays (read-only)."""
    return (lexicon or get_lexicon()).cameo.events


def event_of(lemma: str, *, lexicon: Lexicon | None = None) -> Event | None:
    """The event type of a predicate lemma, or None if it has no mapping.

    Examples
    --------
    >>> event_of("airstrike").code
    '195'
    >>> event_of("accuse").label
    'Accuse'
    >>> event_of("sneeze") is None
    True
    """
    return (lexicon or get_lexicon()).cameo.event_of(lemma)
