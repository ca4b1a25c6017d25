"""CAMEO event types: the code table, the predicate -> event map and its sources.

Two readable data files feed the map (both in ``extract/data/``):

``events_petrarch.tsv``
    Derived from the PETRARCH CAMEO verb dictionary (MIT, Open Event Data
    Alliance; see ``cameo_LICENSE``): every verb lemma with the default code
    of its block, or its own code. Rebuild it with
    ``python -m extract.cameo CAMEO.2.0.txt > extract/data/events_petrarch.tsv``.
``events.tsv``
    Hand entries: nominal predicates ("airstrike", "bombardment"),
    multi-word predicates ("call for") and corrections. Rows here override
    the derived ones. Users extend this file.

Both files have the same tab-separated columns: ``lemma code root label
quad_class``. ``lemma`` is lower case, words separated by one space. The
``root``, ``label`` and ``quad_class`` columns are there for the reader;
the loader checks them against the code table (``cameo_codes.tsv``) and
refuses a row whose code is unknown or whose columns disagree, naming the
file and line. A code of ``-`` removes a derived mapping. Lines starting with ``#`` and blank lines are ignored.
"""

from __future__ import annotations

import functools
import re
from pathlib import Path

from .errors import ExtractError
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

DATA = Path(__file__).parent / "data"

#: Root code -> quad class (GDELT's grouping of the 20 CAMEO roots).
QUAD_CLASSES = {
    **{f"{r:02d}": "verbal cooperation" for r in range(1, 6)},
    **{f"{r:02d}": "material cooperation" for r in range(6, 10)},
    **{f"{r:02d}": "verbal conflict" for r in range(10, 15)},
    **{f"{r:02d}": "material conflict" for r in range(15, 21)},
}


class EventMapError(ExtractError):
    """An event map file has a bad row: the message names the file and line."""


@functools.lru_cache(maxsize=1)
def code_labels() -> dict[str, str]:
    """CAMEO code -> label, from ``cameo_codes.tsv`` (roots and common codes)."""
    labels: dict[str, str] = {}
    path = DATA / "cameo_codes.tsv"
    for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) != 2 or not re.fullmatch(r"\d{2,4}", parts[0]):
            raise EventMapError(f"{path}:{lineno}: expected 'code<TAB>label', got {line!r}")
        labels[parts[0]] = parts[1].strip()
    return labels


def event_for_code(code: str) -> Event:
    """The :class:`Event` of a CAMEO code, labelled by the most specific known code.

    Examples
    --------
    >>> event_for_code("195")
    Event(code='195', root='19', label='Employ aerial weapons', quad_class='material conflict')
    >>> event_for_code("112").quad_class
    'verbal conflict'
    """
    labels = code_labels()
    if not isinstance(code, str) or not re.fullmatch(r"\d{3,4}", code) or code[:2] not in QUAD_CLASSES:
        raise EventMapError(f"code must be a CAMEO code of 3 or 4 digits with root 01-20, got {code!r}")
    root = code[:2]
    for candidate in (code, code[:3], root + "0", root):
        if candidate in labels:
            label = labels[candidate]
            break
    else:
        raise EventMapError(f"code {code!r} has no label in cameo_codes.tsv")
    return Event(code=code, root=root, label=label, quad_class=QUAD_CLASSES[root])


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


def read_event_map(path: str | Path) -> dict[str, Event | None]:
    """Read an event map file (``lemma code root label quad_class``).

    A row with code ``-`` maps its lemma to None: it removes a mapping that
    an earlier file gave.

    Raises
    ------
    EventMapError
        On a malformed row or an unknown code, naming the file and line.
    """
    path = Path(path)
    events: dict[str, Event] = {}
    for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = [p.strip() for p in line.split("\t")]
        if len(parts) != 5:
            raise EventMapError(
                f"{path}:{lineno}: expected 5 tab-separated columns "
                f"(lemma, code, root, label, quad_class), got {len(parts)}"
            )
        lemma, code, root, _label, quad = parts
        lemma = " ".join(lemma.lower().split())
        if code == "-":
            events[lemma] = None
            continue
        try:
            event = event_for_code(code)
        except EventMapError as err:
            raise EventMapError(f"{path}:{lineno}: {err}") from None
        if root != event.root or quad != event.quad_class:
            raise EventMapError(
                f"{path}:{lineno}: code {code} has root {event.root} and quad class "
                f"{event.quad_class!r}, the row says {root!r} and {quad!r}"
            )
        events[lemma] = event
    return events


@functools.lru_cache(maxsize=1)
def load_event_map() -> dict[str, Event | None]:
    """The project's predicate -> event map: PETRARCH verbs, then hand entries."""
    events = read_event_map(DATA / "events_petrarch.tsv")
    events.update(read_event_map(DATA / "events.tsv"))
    return events


def event_of(lemma: str) -> Event | None:
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
    return load_event_map().get(" ".join(lemma.lower().split()))


def _to_rows(verbs: dict[str, str]) -> list[str]:
    rows = []
    for lemma, code in sorted(verbs.items()):
        ev = event_for_code(code)
        rows.append("\t".join((lemma, ev.code, ev.root, ev.label, ev.quad_class)))
    return rows


if __name__ == "__main__":  # pragma: no cover - maintenance entry point
    import sys

    source = Path(sys.argv[1])
    print("# Derived from the PETRARCH CAMEO verb dictionary (CAMEO.2.0.txt),")
    print("# MIT licence, (c) 2015 Open Event Data Alliance; see cameo_LICENSE.")
    print("# Regenerate: python -m extract.cameo CAMEO.2.0.txt > extract/data/events_petrarch.tsv")
    print("# lemma\tcode\troot\tlabel\tquad_class")
    print("\n".join(_to_rows(parse_petrarch_verbs(source.read_text(encoding="utf-8")))))
