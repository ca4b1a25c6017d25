"""The CAMEO actor and agent dictionaries (Phoenix, PETRARCH format), compiled.

Four files from ``extract/data/cameo`` (MIT, see its ``NOTICE``), and
``Newsgraph.Recent.actors.txt``, the project's own file of 2014-2021 office
holders the Phoenix files (which end in 2014) lack, read first:

- ``Phoenix.Countries.actors.txt``, ``Phoenix.International.actors.txt`` and
  ``Phoenix.MilNonState.actors.txt``: named actors ("Vladimir Putin",
  "NATO", "Taliban") with dated codes;
- ``Phoenix.agents.txt``: agent nouns ("court", "lawmaker") with the role
  they add to a country ("a Kenyan court" -> ``KEN`` + ``JUD``).

:func:`compile_actor_tables` reads them into :class:`ActorTables`, a frozen
value of plain dicts and tuples that pickles, so the lexicon's on-disk cache
can store it. No spaCy here: lookups take strings (a name, or the texts of
a mention's tokens).

How the files read
------------------
Actor files. ``#`` starts a comment. A line that starts with neither ``+``
nor ``[`` names an entry; ``+`` lines add aliases (several ``+`` on one line
are several aliases); ``[CODE]`` or ``[CODE restriction]`` items, on the
entry line or on lines of their own, give its codes. Names that follow one
another with no code between them share the codes that come next
(``IVO_JOSIPOVIC_``, ``PRESIDENT_JOSIPOVIC_``, ``JOSIPOVIC_`` and then the
codes). Restrictions: ``>D`` from D on, ``<D`` until D, ``D1-D2`` between,
all inclusive; a bare ``D`` (two lines) is read as ``>D``. Dates are
``YYMMDD`` (up to 7 characters; ``YY`` 00-30 is 20YY, else 19YY) or
``YYYYMMDD`` (the first 8 characters), as PETRARCH's ``dstr_to_ord`` reads
them. ``[---]`` is the null code: the name is matched but gives no actor
("Indian Ocean" is not India).

Words are joined by ``_`` (a space inside a name is read the same way). A
trailing ``_`` says the word ends there; PETRARCH 0.5 matches whole words
only, so a name without it (about 660 names and aliases, "KUNAR",
"+MEDVEDEV") is read the same way and no TABARI stem is formed. A code
closed by ``}`` (``[~ENV}``, one line of the agents file) is read as if
closed by ``]``.

Agent file. ``!NAME! = A, B, C`` defines a substitution set; an entry is
``PHRASE {PLURALS} [CODE]``. ``[~ROLE]`` appends ROLE to the actor's code,
``[PFX~]`` puts PFX before it, and a code without ``~`` is the whole code.
A phrase with a ``!SET!`` marker stands for each member of the set, with no
plural formed (``POLICE!PERSON!`` -> policeman, policemen, policewoman,
policewomen, policeperson). ``{...}`` lists the plurals, ``{}`` none;
otherwise the regular plural of the last word is added as PETRARCH 0.5
generates it (``Y`` -> ``IES``, ``S`` -> ``ES``, else ``S``), with English's
vowel + ``Y`` -> ``YS`` (attorneys) and ``SH``/``CH``/``X``/``Z`` -> ``ES``.
A gap between words (``!MINIST! FOR_DEFENCE``) is read as adjacency.

Keys
----
Names and nouns are compared as :func:`actor_tokens`: accents dropped,
casefolded, periods and apostrophes removed (a possessive ``'s`` is the
token ``s``, as spaCy splits it), and split at every other non-alphanumeric
character: "U.N.", "al-Qaeda" and "ERDOĞAN" are ``un``, ``al qaeda`` and
``erdogan``. A name that starts with "the" is also indexed
without it.

Which code, at which date
-------------------------
:meth:`ActorTables.actor_codes` returns the codes of every span that holds
at the article's date, in file order (PETRARCH takes the first); when none
holds, the undated codes of the entry. With ``date=None`` the date is taken
as "now", after every closed span: the spans open to the future (``>D``)
first, then the undated codes, then the span that ends last. Homonyms in
several entries give the codes of each entry, files in the order given.
"""

from __future__ import annotations

import functools
import re
import sys
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date as Date
from pathlib import Path

from ..errors import ExtractError, LexiconError
from .flat import FlatList, FlatTable

__all__ = [
    "ACTOR_FILES",
    "AGENT_FILES",
    "DATA_DIR",
    "NULL_CODE",
    "ActorDateError",
    "ActorDictionaryError",
    "ActorEntry",
    "ActorFile",
    "ActorSpan",
    "ActorTables",
    "AgentEntry",
    "AgentFile",
    "actor_tokens",
    "combine_codes",
    "compile_actor_tables",
    "parse_actor_file",
    "parse_agent_file",
    "parse_dictionary_date",
]

#: The folder of the packaged dictionaries.
DATA_DIR = Path(__file__).resolve().parent.parent / "data" / "cameo"
#: The actor files, in the order their codes are preferred.
ACTOR_FILES = (
    "Newsgraph.Recent.actors.txt",
    "Phoenix.Countries.actors.txt",
    "Phoenix.International.actors.txt",
    "Phoenix.MilNonState.actors.txt",
)
#: The agent files.
AGENT_FILES = ("Newsgraph.agents.txt", "Phoenix.agents.txt")
#: The code that matches a name but makes no actor.
NULL_CODE = "---"

_APOSTROPHES = "'\u2019\u2018`\u00b4"
_POSSESSIVE = re.compile(f"[{_APOSTROPHES}]s\\b")
_DROPPED = re.compile(f"[{_APOSTROPHES}.\\x00]")
_WORD = re.compile(r"[^\W_]+")
_CODE_ITEM = re.compile(r"\[([^\[\]{}]*)[\]}]")
_CODE = re.compile(r"[A-Z0-9]+|---")
_AGENT_CODE = re.compile(r"~[A-Z]+|[A-Z]+~|[A-Z]+")
_SUBST_SET = re.compile(r"!(\w+)!\s*=(.*)")
_MARKER = re.compile(r"!(\w+)!")
_VOWELS = "AEIOU"

#: One code and its bounds: ``(code, valid_from, valid_until)`` as ordinal days, None when open.
Span = tuple[str, int | None, int | None]


class ActorDictionaryError(LexiconError):
    """A line of an actor or agent dictionary cannot be read.

    The message starts with ``file:line:``; ``path`` and ``line`` keep them.
    """

    def __init__(self, path: str | Path, line: int, message: str) -> None:
        super().__init__(f"{path}:{line}: {message}")
        self.path = str(path)
        self.line = line


class ActorDateError(ExtractError, ValueError):
    """The ``date`` given to a lookup is not a date."""


@dataclass(frozen=True)
class ActorSpan:
    """One code of an actor and the dates it holds (None: open that side).

    An undated span (both None) is the entry's default code.
    """

    code: str
    valid_from: Date | None
    valid_until: Date | None


@dataclass(frozen=True)
class ActorEntry:
    """One entry of an actor file: its names, aliases and dated codes."""

    names: tuple[str, ...]
    aliases: tuple[str, ...]
    spans: tuple[Span, ...]
    line: int


@dataclass(frozen=True)
class ActorFile:
    """The entries of one actor file, and notes on what was read leniently."""

    path: str
    entries: tuple[ActorEntry, ...]
    notes: tuple[str, ...]


@dataclass(frozen=True)
class AgentEntry:
    """One agent line: the phrase as written, every form it stands for, its code."""

    phrase: str
    forms: tuple[str, ...]
    code: str
    line: int


@dataclass(frozen=True)
class AgentFile:
    """The entries of one agent file, and notes on lines that were skipped."""

    path: str
    entries: tuple[AgentEntry, ...]
    notes: tuple[str, ...]


@functools.lru_cache(maxsize=65536)
def actor_tokens(text: str) -> tuple[str, ...]:
    """The normalised tokens of a name, noun or token text, as the tables key them.

    Examples
    --------
    >>> actor_tokens("RUSSIAN_PRESIDENT_VLADIMIR_V._PUTIN")
    ('russian', 'president', 'vladimir', 'v', 'putin')
    >>> actor_tokens("Erdoğan's")
    ('erdogan', 's')
    >>> actor_tokens("-")
    ()
    """
    if not text.isascii():
        decomposed = unicodedata.normalize("NFKD", text)
        text = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    plain = _DROPPED.sub("", _POSSESSIVE.sub(" s", text.casefold()))
    return tuple(_WORD.findall(plain))


def parse_dictionary_date(text: str, *, where: tuple[str | Path, int] = ("<date>", 0)) -> Date:
    """Read a dictionary date, ``YYMMDD`` or ``YYYYMMDD``, as PETRARCH does.

    Parameters
    ----------
    text : str
        Digits: up to 7 are ``YYMMDD`` (``YY`` 00-30 is 20YY, else 19YY),
        more are ``YYYYMMDD`` (the first 8 are read).
    where : (path, line), optional
        Named in the error.

    Raises
    ------
    ActorDictionaryError
        If ``text`` is not such a date or names no day of the calendar.
    """
    if not text.isdigit() or len(text) < 6:
        raise ActorDictionaryError(*where, f"date {text!r} is not YYMMDD or YYYYMMDD")
    if len(text) <= 7:
        yy = int(text[:2])
        year, month, day = (2000 + yy if yy <= 30 else 1900 + yy), int(text[2:4]), int(text[4:6])
    else:
        year, month, day = int(text[:4]), int(text[4:6]), int(text[6:8])
    try:
        return Date(year, month, day)
    except ValueError as error:
        raise ActorDictionaryError(*where, f"date {text!r}: {error}") from None


def _read_lines(path: Path) -> list[str]:
    data = path.read_bytes()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise ActorDictionaryError(path, line, "not UTF-8") from None
    return text.split("\n")


def _restriction(text: str, where: tuple[Path, int]) -> tuple[int | None, int | None]:
    text = text.replace(" ", "")
    if text.startswith("<"):
        return None, parse_dictionary_date(text[1:], where=where).toordinal()
    if text.startswith(">"):
        return parse_dictionary_date(text[1:], where=where).toordinal(), None
    if "-" in text:
        start, _, end = text.partition("-")
        return (
            parse_dictionary_date(start, where=where).toordinal(),
            parse_dictionary_date(end, where=where).toordinal(),
        )
    return parse_dictionary_date(text, where=where).toordinal(), None


def _split_codes(text: str, where: tuple[Path, int], notes: list[str]) -> tuple[str, list[Span]]:
    """Split ``NAME [CODE ...] [CODE]`` into the name and its spans."""
    start = text.find("[")
    if start < 0:
        return text, []
    name, rest, spans = text[:start], text[start:], []
    position = 0
    for match in _CODE_ITEM.finditer(rest):
        if rest[position : match.start()].strip():
            break
        item = match.group(1).split(None, 1)
        if not item or not _CODE.fullmatch(item[0]):
            raise ActorDictionaryError(*where, f"bad code [{match.group(1)}]: expected [CODE] or [CODE dates]")
        bounds = _restriction(item[1], where) if len(item) == 2 else (None, None)
        spans.append((sys.intern(item[0]), *bounds))
        position = match.end()
    if not spans:
        raise ActorDictionaryError(*where, f"cannot read the codes {rest.strip()!r}")
    if rest[position:].strip():
        notes.append(f"{where[0].name}:{where[1]}: {rest[position:].strip()!r} after the codes, no '#'; ignored")
    return name, spans


def _check_name(name: str, where: tuple[Path, int]) -> str:
    name = name.strip()
    if not actor_tokens(name):
        raise ActorDictionaryError(*where, "empty name")
    return name


def parse_actor_file(path: str | Path) -> ActorFile:
    """Read a PETRARCH actor file (format in the module docstring).

    Raises
    ------
    ActorDictionaryError
        Naming the file and line: an alias or code line before any entry,
        an unreadable code or date, an empty name, an entry left with no code.
    """
    path = Path(path)
    entries: list[ActorEntry] = []
    notes: list[str] = []
    names: list[str] = []
    aliases: list[str] = []
    spans: list[Span] = []
    first = 0

    def close() -> None:
        entries.append(ActorEntry(tuple(names), tuple(aliases), tuple(spans), first))
        for code, start, end in spans:
            if start is not None and end is not None and end < start:
                notes.append(f"{path.name}:{first}: [{code}] ends before it starts; never valid")
        names.clear()
        aliases.clear()
        spans.clear()

    for number, raw in enumerate(_read_lines(path), 1):
        line = raw.split("#", 1)[0].replace("\x00", "").strip()
        if not line:
            continue
        where = (path, number)
        if line.startswith("["):
            if not names:
                raise ActorDictionaryError(*where, "a code line with no entry above it")
            spans.extend(_split_codes(line, where, notes)[1])
        elif line.startswith("+"):
            if not names:
                raise ActorDictionaryError(*where, "an alias with no entry above it")
            text, more = _split_codes(line, where, notes)
            found = [alias for alias in text.split("+") if alias.strip(" \t_")]
            aliases.extend(_check_name(alias, where) for alias in found or [""])
            spans.extend(more)
        else:
            if names and spans:
                close()
            if not names:
                first = number
            text, more = _split_codes(line, where, notes)
            names.append(_check_name(text, where))
            spans.extend(more)
    if names and not spans:
        raise ActorDictionaryError(path, first, f"the entry {names[0]!r} has no code")
    if names:
        close()
    return ActorFile(str(path), tuple(entries), tuple(notes))


def _plurals(phrase: str) -> tuple[str, ...]:
    """Regular plurals of a phrase's last word, as PETRARCH 0.5 forms them."""
    head = phrase.rstrip("_ ")
    upper = head.upper()
    if upper.endswith("Y"):
        if len(upper) > 1 and upper[-2] in _VOWELS:
            return (head + "S",)
        return (head[:-1] + "IES",)
    if upper.endswith(("S", "SH", "CH", "X", "Z")):
        return (head + "ES",)
    return (head + "S",)


def _expand(phrase: str, sets: dict[str, tuple[str, ...]], where: tuple[Path, int]) -> list[str]:
    """Every phrase a ``!SET!`` marker stands for (the phrase itself if none)."""
    match = _MARKER.search(phrase)
    if match is None:
        return [phrase]
    if match.group(1) not in sets:
        raise ActorDictionaryError(*where, f"unknown substitution set !{match.group(1)}!")
    forms: list[str] = []
    for member in sets[match.group(1)]:
        forms.extend(_expand(phrase[: match.start()] + member + phrase[match.end() :], sets, where))
    return forms


def _agent_entry(line: str, sets: dict[str, tuple[str, ...]], where: tuple[Path, int]) -> AgentEntry:
    code_at = line.rfind("[")
    match = _CODE_ITEM.match(line, code_at)
    if match is None or line[match.end() :].strip():
        raise ActorDictionaryError(*where, "expected PHRASE {PLURALS} [CODE] with the code last")
    code = match.group(1).strip()
    if not _AGENT_CODE.fullmatch(code):
        raise ActorDictionaryError(*where, f"bad agent code [{code}]: expected [~ROLE], [PREFIX~] or [CODE]")
    phrase, brace, tail = line[:code_at].partition("{")
    phrase = phrase.strip()
    if not phrase or not actor_tokens(_MARKER.sub(" x ", phrase)):
        raise ActorDictionaryError(*where, "empty agent phrase")
    if brace and (tail.count("}") != 1 or tail.split("}")[1].strip()):
        raise ActorDictionaryError(*where, "unbalanced {...} plurals")
    forms = _expand(phrase, sets, where)
    if brace:
        forms.extend(form for plural in tail.split("}")[0].split() for form in _expand(plural, sets, where))
    elif not _MARKER.search(phrase):
        forms.extend(_plurals(phrase))
    return AgentEntry(phrase, tuple(dict.fromkeys(forms)), code, where[1])


def parse_agent_file(path: str | Path) -> AgentFile:
    """Read a PETRARCH agent file (format in the module docstring).

    A line with no code at all (one in the packaged file) is skipped with a note.

    Raises
    ------
    ActorDictionaryError
        Naming the file and line: an unreadable code, plural list or
        substitution set, an unknown ``!SET!``, an empty phrase.
    """
    path = Path(path)
    sets: dict[str, tuple[str, ...]] = {}
    entries: list[AgentEntry] = []
    notes: list[str] = []
    for number, raw in enumerate(_read_lines(path), 1):
        line = raw.split("#", 1)[0].replace("\x00", "").strip()
        if not line or line.startswith("<!"):
            continue
        where = (path, number)
        subst = _SUBST_SET.fullmatch(line)
        if subst is not None:
            members = tuple(member.strip() for member in subst.group(2).split(","))
            if not all(members):
                raise ActorDictionaryError(*where, f"empty member in the set !{subst.group(1)}!")
            sets[subst.group(1)] = members
        elif "[" not in line:
            notes.append(f"{path.name}:{number}: {line!r} has no code; skipped")
        else:
            entries.append(_agent_entry(line, sets, where))
    return AgentFile(str(path), tuple(entries), tuple(notes))


def combine_codes(base: str | None, agent_code: str) -> str:
    """An actor code with an agent's code, as PETRARCH combines them.

    ``~ROLE`` appends the role's three-letter groups that the base does not
    already carry (``KEN`` + ``~JUD`` -> ``KENJUD``; ``USAGOV`` + ``~GOV``
    stays ``USAGOV``); ``PFX~`` puts PFX before the base (``IGO~`` +
    ``KEN`` -> ``IGOKEN``); a code without ``~`` is the whole code. With no
    base, the agent's letters alone (``~COP`` -> ``COP``).
    """
    if agent_code.startswith("~"):
        role = agent_code[1:]
        if not base:
            return role
        carried = {base[i : i + 3] for i in range(3, len(base), 3)}
        return base + "".join(g for g in (role[i : i + 3] for i in range(0, len(role), 3)) if g not in carried)
    if agent_code.endswith("~"):
        prefix = agent_code[:-1]
        return prefix if not base else base if base.startswith(prefix) else prefix + base
    return agent_code


def _day(date: Date | str | None) -> int | None:
    if date is None:
        return None
    if isinstance(date, str):
        try:
            return Date.fromisoformat(date[:10]).toordinal()
        except ValueError:
            raise ActorDateError(f"date={date!r}: expected an ISO 8601 date (YYYY-MM-DD...)") from None
    return Date(date.year, date.month, date.day).toordinal()


def _entry_codes(spans: tuple[Span, ...], day: int | None) -> tuple[int, list[str]]:
    """The codes of one entry at an ordinal day (None: now), with their tier (lower wins).

    With a day: 0 the spans that hold then, 1 the undated defaults. With
    None: 0 the spans open to the future, 1 the defaults, 2 the span that
    ends last. 3: nothing.
    """
    dated = [span for span in spans if span[1] is not None or span[2] is not None]
    default = [code for code, start, end in spans if start is None and end is None]
    if day is None:
        current = [code for code, start, end in dated if end is None]
        if current:
            return 0, current
        if default or not dated:
            return (1, default) if default else (3, [])
        return 2, [max(dated, key=lambda span: span[2])[0]]
    valid = [
        code for code, start, end in dated if (start is None or start <= day) and (end is None or day <= end)
    ]
    return (0, valid) if valid else (1, default) if default else (3, [])


def _index_first(keys: Iterable[str]) -> dict[str, tuple[int, ...]]:
    lengths: dict[str, set[int]] = {}
    for key in keys:
        words = key.split(" ")
        lengths.setdefault(words[0], set()).add(len(words))
    return {word: tuple(sorted(found, reverse=True)) for word, found in lengths.items()}


def _flatten(tokens: Sequence[str]) -> tuple[list[str], list[int]]:
    words: list[str] = []
    owners: list[int] = []
    for index, token in enumerate(tokens):
        for word in actor_tokens(token):
            words.append(word)
            owners.append(index)
    return words, owners


def _longest(
    tokens: Sequence[str], first: Mapping[str, tuple[int, ...]], table: Mapping[str, tuple]
) -> list[tuple[int, int, tuple]]:
    """Leftmost-longest matches of ``table``'s keys over whole tokens."""
    words, owners = _flatten(tokens)

    def longest_at(at: int) -> tuple[int, tuple] | None:
        if at >= len(words) or (at > 0 and owners[at - 1] == owners[at]):
            return None
        for length in first.get(words[at], ()):
            end = at + length
            if end > len(words) or (end < len(words) and owners[end] == owners[end - 1]):
                continue
            value = table.get(" ".join(words[at:end]))
            if value is not None:
                return end, value
        return None

    found: list[tuple[int, int, tuple]] = []
    at = 0
    while at < len(words):
        match = longest_at(at)
        if words[at] == "the":  # "the" is optional: "the U.N. Secretary-General"
            later = longest_at(at + 1)
            if later is not None and (match is None or later[0] > match[0]):
                match, at = later, at + 1
        if match is None:
            at += 1
            continue
        found.append((owners[at], owners[match[0] - 1] + 1, match[1]))
        at = match[0]
    return found


@dataclass(frozen=True)
class ActorTables:
    """The compiled actor and agent dictionaries: flat read-only tables of plain tuples, picklable.

    The mappings are :class:`~extract.lexicon.flat.FlatTable`, the
    sequences :class:`~extract.lexicon.flat.FlatList`: the cached lexicon
    loads them as a few buffers, and a value is made when first asked for.

    Attributes
    ----------
    names : mapping
        Normalised name (:func:`actor_tokens` joined by spaces) -> entry ids.
    spans : sequence
        Per entry id, its ``(code, from, until)`` spans; dates are ordinal
        days (:meth:`datetime.date.toordinal`), None when open; both None
        for an undated default.
    origins : sequence
        Per entry id, ``(source index, line)``.
    first : mapping
        First token of a name -> the token lengths of names starting with
        it, longest first.
    agents : mapping
        Normalised agent noun (every form) -> its codes (``~JUD``, ``IGO~``).
    agent_first : mapping
        The same first-token index over the agent nouns.
    sources : tuple
        The files read, actor files first.
    counts : dict
        Sizes: entries, names, aliases, keys, spans, agents, agent forms.
    notes : tuple
        ``file:line`` notes on what was read leniently.
    """

    names: Mapping[str, tuple[int, ...]]
    spans: Sequence[tuple[Span, ...]]
    origins: Sequence[tuple[int, int]]
    first: Mapping[str, tuple[int, ...]]
    agents: Mapping[str, tuple[str, ...]]
    agent_first: Mapping[str, tuple[int, ...]]
    sources: tuple[str, ...]
    counts: dict[str, int]
    notes: tuple[str, ...]

    def _codes(self, entry_ids: tuple[int, ...], date: Date | str | None) -> tuple[str, ...]:
        day = _day(date)
        tiers = [_entry_codes(self._current_spans(entry, entry_ids), day) for entry in entry_ids]
        best = min((tier for tier, _ in tiers), default=3)
        codes = dict.fromkeys(code for tier, found in tiers if tier == best for code in found)
        codes.pop(NULL_CODE, None)
        return tuple(codes)

    def _current_spans(self, entry: int, homonyms: tuple[int, ...]) -> tuple[Span, ...]:
        """The spans of ``entry``, an open span closed where the newest file knows of a later change.

        The first actor file is the newest (2014-2021): when it lists the same name, a span an
        older file leaves open to the future ("Theresa May" ``GBRGOVHRI`` from 2010) ends at
        the first date the newer entry records after its start (her office ending in 2019), so
        the newer entry's codes, or its undated default, hold after it.
        """
        spans = self.spans[entry]
        if len(homonyms) < 2 or self.origins[entry][0] == 0:
            return spans
        bounds = sorted({day for other in homonyms if other != entry and self.origins[other][0] == 0
                         for _, start, end in self.spans[other] for day in (start, end) if day is not None})
        if not bounds:
            return spans
        out = []
        for code, start, end in spans:
            if end is None and start is not None:
                end = next((day for day in bounds if day > start), None)
            out.append((code, start, end))
        return tuple(out)

    def actor_codes(self, name: str, *, date: Date | str | None = None) -> tuple[str, ...]:
        """The codes of a named actor at a date, preferred first; () if unknown.

        Parameters
        ----------
        name : str
            The name as written ("Vladimir Putin", "the U.N.").
        date : datetime.date or ISO 8601 str, optional
            The article's date; None means now (see the module docstring).

        Examples
        --------
        ``actor_codes("Vladimir Putin", date="2019-06-01")`` -> ``('RUSGOV',)``.
        """
        return self._codes(self.names.get(" ".join(actor_tokens(name)), ()), date)

    def open_ended(self, name: str, *, date: Date | str | None) -> bool:
        """Do the codes of ``name`` at ``date`` come only from spans an older file leaves open?

        The Phoenix files end in 2014: a span they leave open to the future ("Jacob Zuma"
        ``ZAFGOV`` from 2009) says nothing of whether the office still holds at a later date,
        so a text that calls the holder "former" is to be believed over it. False when a code
        comes from the newest file, from a closed span or from an undated default.
        """
        day = _day(date)
        entries = self.names.get(" ".join(actor_tokens(name)), ())
        found = False
        for entry in entries:
            spans = self._current_spans(entry, entries)
            tier, _ = _entry_codes(spans, day)
            if tier != 0:
                continue
            holding = [(start, end) for _, start, end in spans
                       if (start is None or day is None or start <= day) and (end is None or day is None or day <= end)
                       and (start is not None or end is not None)]
            if self.origins[entry][0] == 0 or any(end is not None for _, end in holding):
                return False
            found = found or bool(holding)
        return found

    def actor_spans(self, name: str) -> tuple[tuple[ActorSpan, ...], ...]:
        """Every entry a name belongs to, as its dated spans."""

        def as_date(day: int | None) -> Date | None:
            return None if day is None else Date.fromordinal(day)

        return tuple(
            tuple(ActorSpan(code, as_date(start), as_date(end)) for code, start, end in self.spans[entry])
            for entry in self.names.get(" ".join(actor_tokens(name)), ())
        )

    def match_actors(self, tokens: Sequence[str], *, date: Date | str | None = None) -> list[tuple[int, int, str]]:
        """Named actors in a token sequence: ``(start, end, code)``, leftmost-longest.

        ``start``/``end`` index ``tokens`` (end exclusive); a match covers
        whole tokens. A name whose entry gives no code at ``date`` (the null
        code, or no span holding then) covers its tokens and gives no tuple.
        """
        matches = _longest(tokens, self.first, self.names)
        return [(start, end, codes[0]) for start, end, ids in matches if (codes := self._codes(ids, date))]

    def agent_codes(self, noun: str) -> tuple[str, ...]:
        """The codes of an agent noun or phrase as written in the file (``~JUD``); () if none."""
        return self.agents.get(" ".join(actor_tokens(noun)), ())

    def agent_role(self, noun: str) -> str | None:
        """The role letters of an agent noun ("court" -> ``JUD``), or None.

        The first code of the noun, without its ``~``; :func:`combine_codes`
        tells where the letters go.
        """
        codes = self.agent_codes(noun)
        return codes[0].strip("~") if codes else None

    def generic_actor_code(self, country_alpha3: str | None, agent_noun: str) -> str | None:
        """A country (or any actor code) plus an agent noun: ``KEN`` + "court" -> ``KENJUD``.

        None if the noun is no agent. With no country, the agent's letters
        alone ("police" -> ``COP``): no country is guessed.
        """
        codes = self.agent_codes(agent_noun)
        return combine_codes(country_alpha3, codes[0]) if codes else None

    def match_agents(self, tokens: Sequence[str]) -> list[tuple[int, int, tuple[str, ...]]]:
        """Agent nouns in a token sequence: ``(start, end, codes)``, leftmost-longest."""
        return _longest(tokens, self.agent_first, self.agents)


def _add(table: dict[str, dict], key: tuple[str, ...], value) -> None:
    table.setdefault(" ".join(key), {})[value] = None


def compile_actor_tables(
    paths: Iterable[str | Path] | None = None, *, agents: Iterable[str | Path] | None = None
) -> ActorTables:
    """Read actor and agent files into :class:`ActorTables`.

    Parameters
    ----------
    paths : iterable of path, optional
        Actor files, in the order their codes are preferred; default the
        three packaged Phoenix files (:data:`ACTOR_FILES`).
    agents : iterable of path, optional
        Agent files; default the packaged ``Phoenix.agents.txt``.

    Raises
    ------
    ActorDictionaryError
        On the first line that cannot be read, naming file and line.
    """
    actor_paths = [Path(p) for p in paths] if paths is not None else [DATA_DIR / f for f in ACTOR_FILES]
    agent_paths = [Path(p) for p in agents] if agents is not None else [DATA_DIR / f for f in AGENT_FILES]
    names: dict[str, dict[int, None]] = {}
    spans: list[tuple[Span, ...]] = []
    origins: list[tuple[int, int]] = []
    notes: list[str] = []
    counts = dict.fromkeys(("entries", "names", "aliases", "spans", "agent_lines"), 0)
    for source, path in enumerate(actor_paths):
        parsed = parse_actor_file(path)
        notes.extend(parsed.notes)
        for entry in parsed.entries:
            entry_id = len(spans)
            spans.append(entry.spans)
            origins.append((source, entry.line))
            for text in entry.names + entry.aliases:
                key = actor_tokens(text)
                _add(names, key, entry_id)
                if key[0] == "the" and len(key) > 1:
                    _add(names, key[1:], entry_id)
            counts["entries"] += 1
            counts["names"] += len(entry.names)
            counts["aliases"] += len(entry.aliases)
            counts["spans"] += len(entry.spans)
    agent_table: dict[str, dict[str, None]] = {}
    for path in agent_paths:
        parsed_agents = parse_agent_file(path)
        notes.extend(parsed_agents.notes)
        for agent in parsed_agents.entries:
            counts["agent_lines"] += 1
            for form in agent.forms:
                _add(agent_table, actor_tokens(form), agent.code)
    counts["keys"] = len(names)
    counts["agent_forms"] = len(agent_table)
    return ActorTables(
        names=FlatTable((key, tuple(ids)) for key, ids in names.items()),
        spans=FlatList(spans),
        origins=FlatList(origins),
        first=FlatTable(_index_first(names)),
        agents=FlatTable((key, tuple(codes)) for key, codes in agent_table.items()),
        agent_first=FlatTable(_index_first(agent_table)),
        sources=tuple(str(p) for p in actor_paths + agent_paths),
        counts=counts,
        notes=tuple(notes),
    )
