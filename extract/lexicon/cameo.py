"""CAMEO tables: the code labels and the predicate -> event map.

``cameo_codes.tsv`` (``code label``) labels the codes. The event map is
read from files with the columns ``lemma code root label quad_class``:
``events_petrarch.tsv`` (derived from the PETRARCH verb dictionary by
``scripts/derive_tables.py``), then ``events.tsv`` (hand entries), then
the overlays' ``events.tsv``; a later row overrides an earlier one, and a
code of ``-`` removes a mapping. The ``root``, ``label`` and ``quad_class``
columns are there for the reader; the loader checks them against the code
table and refuses a row whose code is unknown or whose columns disagree.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from types import MappingProxyType

from ..errors import LexiconError
from ..prefixed_verbs import prefixed_stem
from ..types import Event
from .cameo_verbs import VerbPatterns
from .flat import FlatTable
from .readers import Row, Schema

__all__ = [
    "QUAD_CLASSES",
    "CODE_SCHEMA",
    "EVENT_SCHEMA",
    "EventMapError",
    "CameoTables",
    "code_rows",
    "event_for_code",
    "event_rows",
    "parse_petrarch_verbs",
    "petrarch_rows",
]

#: Root code -> quad class (GDELT's grouping of the 20 CAMEO roots).
QUAD_CLASSES = {
    **{f"{r:02d}": "verbal cooperation" for r in range(1, 6)},
    **{f"{r:02d}": "material cooperation" for r in range(6, 10)},
    **{f"{r:02d}": "verbal conflict" for r in range(10, 15)},
    **{f"{r:02d}": "material conflict" for r in range(15, 21)},
}

CODE_SCHEMA = Schema("cameo_codes.tsv", ("code", "label"))
EVENT_SCHEMA = Schema("events.tsv", ("lemma", "code", "root", "label", "quad_class"))


class EventMapError(LexiconError):
    """A CAMEO table has a bad row, or a code is unknown: the message says where."""


@dataclass(frozen=True, slots=True)
class CameoTables:
    """The CAMEO code labels, the whole event map, its hand part, and the verb patterns.

    ``events`` maps a lemma to its :class:`~extract.types.Event`, or to None
    where a hand row removed a derived mapping (an idiom such as "take
    place"). ``hand`` holds the hand rows' events only (``events.tsv`` and
    overlays), without removals: the event nouns a cause must be.
    ``patterns`` holds the verb pattern dictionary
    (:mod:`extract.lexicon.cameo_verbs`): a verb's sense by its object,
    particle and prepositions.
    """

    labels: Mapping[str, str]
    events: Mapping[str, Event | None]
    hand: Mapping[str, Event]
    patterns: VerbPatterns | None = None

    def __post_init__(self) -> None:
        if not isinstance(self.events, FlatTable):  # flat: the cached lexicon loads it as buffers
            object.__setattr__(self, "events", FlatTable(self.events, encode=_event_state, decode=_event_from_state))

    def __reduce__(self):
        return (_cameo_from_state, (dict(self.labels), self.events, dict(self.hand), self.patterns))

    def event_of(self, lemma: str) -> Event | None:
        """The event type of a predicate lemma, or None."""
        key = " ".join(lemma.lower().split())
        if key not in self.events and (stem := prefixed_stem(key)) is not None:
            key = stem  # "re-arrest" is an arrest (extract/prefixed_verbs.py)
        if key not in self.events and len(key) > 5 and key.endswith("ise") and f"{key[:-3]}ize" in self.events:
            key = f"{key[:-3]}ize"  # the British spelling of a verb spelt in -ize: "penalise" ("prise" is no "prize")
        return self.events.get(key)


def _cameo_from_state(labels, events, hand, patterns=None) -> CameoTables:
    return CameoTables(MappingProxyType(labels), events, MappingProxyType(hand), patterns)


def _event_state(event: Event | None) -> tuple | None:
    return None if event is None else (event.code, event.root, event.label, event.quad_class)


def _event_from_state(state: tuple | None) -> Event | None:
    return None if state is None else Event(*state)


def code_rows(rows: Iterable[Row]) -> dict[str, str]:
    """CAMEO code -> label from ``cameo_codes.tsv`` rows.

    Raises
    ------
    EventMapError
        On a code that is not 2 to 4 digits, naming the file and line.
    """
    labels: dict[str, str] = {}
    for row in rows:
        code, label = row.cells
        if not re.fullmatch(r"\d{2,4}", code):
            raise EventMapError(f"{row.path}:{row.line}: expected 'code<TAB>label' with a code of 2-4 digits, got {code!r}")
        labels[code] = label
    return labels


def event_for_code(code: str, labels: Mapping[str, str]) -> Event:
    """The :class:`Event` of a CAMEO code, labelled by the most specific code in ``labels``.

    Raises
    ------
    EventMapError
        If ``code`` is not a CAMEO code of 3 or 4 digits with root 01-20, or has no label.
    """
    if not isinstance(code, str) or not re.fullmatch(r"\d{3,4}", code) or code[:2] not in QUAD_CLASSES:
        raise EventMapError(f"code must be a CAMEO code of 3 or 4 digits with root 01-20, got {code!r}")
    root = code[:2]
    for candidate in (code, code[:3], root + "0", root):
        if candidate in labels:
            return Event(code=code, root=root, label=labels[candidate], quad_class=QUAD_CLASSES[root])
    raise EventMapError(f"code {code!r} has no label in cameo_codes.tsv")


def event_rows(rows: Iterable[Row], labels: Mapping[str, str]) -> dict[str, Event | None]:
    """Lemma -> event (None for a removal) of event map rows, later rows winning.

    Raises
    ------
    EventMapError
        On an unknown code, or a root or quad class that disagrees with the code, naming the file and line.
    """
    events: dict[str, Event | None] = {}
    for row in rows:
        lemma, code, root, _label, quad = row.cells
        lemma = " ".join(lemma.lower().split())
        if code == "-":
            events[lemma] = None
            continue
        try:
            event = event_for_code(code, labels)
        except EventMapError as err:
            raise EventMapError(f"{row.path}:{row.line}: {err}") from None
        if root != event.root or quad != event.quad_class:
            raise EventMapError(
                f"{row.path}:{row.line}: code {code} has root {event.root} and quad class "
                f"{event.quad_class!r}, the row says {root!r} and {quad!r}"
            )
        events[lemma] = event
    return events


_HEADER = re.compile(r"^---\s+(\S+)\s+\[([^\]]*)\]")
_OWN_CODE = re.compile(r"\[([0-9]{3,4})(?::[0-9]*)?\]")


def _block_code(raw: str) -> str | None:
    code = raw.split(":")[0].strip()
    return code if re.fullmatch(r"[0-9]{3,4}", code) else None


def parse_petrarch_verbs(text: str) -> dict[str, str]:
    """Verb lemma -> CAMEO code from the text of a PETRARCH verb dictionary.

    Only verb lines count (not patterns, synonym sets or comments); a verb
    takes its own ``[code]`` if it has one, else its block's default. Verbs
    in blocks without a default code are left out. Multi-word verbs
    (``+BLOW_UP``) become space-separated lemmas (``blow up``).

    Examples
    --------
    >>> parse_petrarch_verbs('''---  KILL   [190]  ---
    ... KILL
    ... MURDER [190]
    ... STRANGLE  [180]  # comment
    ... +WIPE_OUT
    ... - * (IN ACCIDENT)    [---]
    ... ---  ADD   [---]  ---
    ... ADD''')
    {'kill': '190', 'murder': '190', 'strangle': '180', 'wipe out': '190'}
    """
    verbs: dict[str, str] = {}
    block: str | None = None
    in_verbs = False
    for line in text.splitlines():
        line = line.split("#", 1)[0].rstrip()
        if not line.strip():
            continue
        header = _HEADER.match(line)
        if header:
            in_verbs = True
            block = _block_code(header.group(2))
            continue
        if not in_verbs or line.startswith(("-", "&")):
            continue
        word = line.lstrip("+").split("{", 1)[0].split("[", 1)[0].strip()
        if not word or not re.fullmatch(r"[A-Z][A-Z_'-]*", word):
            continue
        own = _OWN_CODE.search(line.split("}", 1)[-1] if "{" in line else line)
        code = own.group(1) if own else block
        if code is None or code[:2] not in QUAD_CLASSES:
            continue
        lemma = " ".join(word.lower().replace("_", " ").split())
        # Forms such as KILLED_AND are inflected fragments, not lemmas.
        if any(part.endswith("ed") and part != lemma.split()[0] for part in lemma.split()[1:]):
            continue
        if lemma.split()[-1] in ("and", "or"):
            continue
        verbs.setdefault(lemma, code)
    return verbs


def petrarch_rows(verbs: Mapping[str, str], labels: Mapping[str, str]) -> list[str]:
    """The ``events_petrarch.tsv`` lines (without header) of parsed PETRARCH verbs, sorted by lemma."""
    rows = []
    for lemma, code in sorted(verbs.items()):
        ev = event_for_code(code, labels)
        rows.append("\t".join((lemma, ev.code, ev.root, ev.label, ev.quad_class)))
    return rows
