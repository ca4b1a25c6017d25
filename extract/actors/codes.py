"""CAMEO-style actor codes: a country (ISO 3166 alpha-3) plus a role.

"the Syrian regime" -> ``SYRGOV``, "the Russian army" -> ``RUSMIL``,
"Israel" -> ``ISR``, "rebels" -> ``REB``. The country comes from a country
name (the gazetteer) or a demonym (the country table, ``data/countries.tsv``);
the role from a role word (``data/actors.tsv``); every table is read through
:mod:`extract.lexicon`, overlays included. "The
regime" and "pro-regime forces" name no country: they keep their role alone
(``GOV``, ``MIL``), never the article's main country (issue 11, point 3). A seat of government ("the Kremlin",
"the White House", ``data/seats.tsv``) is its government's code. A capital acting as an agent
("Damascus urged", "Washington's ally") stands for the government; the
caller decides the use and passes ``agent=True``.

Organisations that name no country get no code (None): the graph keeps
their name and label, and a code would be a guess.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from pathlib import Path

from ..lexicon import Lexicon, get_lexicon
from ..lexicon.gazetteer import GazetteerEntry
from ..lexicon.normalise import fold_actor, fold_place
from ..lexicon.readers import Schema, read_rows
from .leaders import led_country
from .localities import is_state_namesake, place_name_country
from .parties import PARTY_ROLES, party_title

__all__ = ["STATE_ROLES", "actor_code", "alpha3", "read_actor_lexicon"]

_KINDS = ("demonym", "role", "seat")
_SCHEMA = Schema("actors.tsv", ("kind", "phrase", "code"))
_TOKEN = re.compile(r"[\w.'\u2019-]+")
#: "US-based", "Britain-based": the country of the word before.
_BASED = "-based"
#: Roles of a state's own bodies: "based" somewhere, such a body is an international one.
STATE_ROLES = frozenset({"GOV", "LEG", "JUD", "MIL", "COP", "SPY"})
#: Prefixes of time joined to the next word ("then-New Jersey Governor"): the word is read alone.
_TIME_PREFIXES = ("then-", "ex-")


def read_actor_lexicon(path: str | Path) -> dict[str, dict[str, str]]:
    """Read ``kind<TAB>phrase<TAB>code`` rows into ``{kind: {phrase: code}}``.

    The lexicon reads the shipped ``actors.tsv`` and its overlays itself
    (:func:`extract.lexicon.get_lexicon`); this reads one file as it is.

    Raises
    ------
    LexiconError
        On a malformed row, naming the file and line (a ``ValueError`` too).
    """
    lexicon: dict[str, dict[str, str]] = {kind: {} for kind in _KINDS}
    for row in read_rows(path, _SCHEMA):
        kind, phrase, code = row.cells
        if kind not in lexicon or not re.fullmatch(r"[A-Z]{3}(?:[A-Z]{3})*", code):
            raise row.error(
                f"expected 'kind<TAB>phrase<TAB>CODE' with kind in {_KINDS} "
                f"and an upper-case code of 3-letter groups, got {kind!r}, {phrase!r}, {code!r}"
            )
        lexicon[kind][fold_place(phrase)] = code
    return lexicon


def _lexicon(lexicon: Lexicon | None = None) -> dict[str, dict[str, str]]:
    """``{kind: {phrase: code}}`` of the lexicon's actor tables (for older callers)."""
    tables = (lexicon or get_lexicon()).actors
    return {"demonym": dict(tables.demonyms), "role": dict(tables.roles), "seat": dict(tables.seats)}


def alpha3(iso2: str, *, lexicon: Lexicon | None = None) -> str | None:
    """ISO 3166 alpha-3 code of an alpha-2 code, from the country table.

    Examples
    --------
    >>> alpha3("SY")
    'SYR'
    """
    return (lexicon or get_lexicon()).countries.alpha3(iso2)


def _ngrams(words: list[str], n_max: int = 4):
    for n in range(min(n_max, len(words)), 0, -1):
        for i in range(len(words) - n + 1):
            yield i, n, " ".join(words[i : i + n])


def _country_word(gram: str, lexicon: Lexicon) -> str | None:
    """The ISO3 country a word or n-gram names as a demonym, or "X-based"."""
    found = lexicon.actors.demonyms.get(gram)
    if found is None and gram.endswith(_BASED) and len(gram) > len(_BASED):
        stem = gram[: -len(_BASED)]
        if is_state_namesake(stem, lexicon=lexicon):
            return None  # "a Georgia-based company": the US state or the country
        found = lexicon.actors.demonyms.get(stem)
        if found is None:
            entry = lexicon.gazetteer.country_of(stem)
            found = lexicon.countries.alpha3(entry.country) if entry is not None else None
        if found is None:  # "a Lagos-based group": a city or region of one reading
            found = place_name_country(stem, lexicon=lexicon)
    return found


def _place_words(words: list[str], lexicon: Lexicon) -> tuple[set[int], str | None]:
    """Positions of the words of the place names of two words or more that are no country ("New
    Jersey": no country "Jersey"), and the alpha-3 country of the first such name that only one
    country has ("New South Wales" AUS; "San Juan" none)."""
    found: set[int] = set()
    country = None
    for i, n, gram in _ngrams(words):
        if n < 2 or found & set(range(i, i + n)):
            continue
        entries = [e for e in lexicon.gazetteer.candidates(gram) if fold_place(e.name) == gram]
        if entries and all(e.kind != "country" for e in entries):
            found.update(range(i, i + n))
            countries = {e.country for e in entries}
            if country is None and len(countries) == 1:
                country = lexicon.countries.alpha3(countries.pop())
    return found, country


@functools.lru_cache(maxsize=16384)
def _country_and_role(text: str, lexicon: Lexicon) -> tuple[str | None, str | None]:
    """(ISO3 country, role) named in a phrase (kept per text: :func:`_actor_code` asks again for
    each type, context and agency of the same phrase)."""
    roles = lexicon.actors.roles
    words = _TOKEN.findall(fold_place(text).replace("\u2019", "'"))
    words = [w[:-2] if w.endswith("'s") else w for w in words]
    words = [w.split("-", 1)[1] if w.startswith(_TIME_PREFIXES) else w for w in words]  # "then-New Jersey"
    country = role = based = led = None
    role_at = -1
    taken, place_country = _place_words(words, lexicon)  # "New Jersey": no country "Jersey"
    for i, n, gram in _ngrams(words):
        if taken & set(range(i, i + n)):
            continue
        if gram in roles:
            if i >= role_at:
                # "Ohio State University": a role word naming the kind of body after it is that body's
                role, role_at = _body_kind_role(words, i + n, lexicon) or roles[gram], i
            taken.update(range(i, i + n))
        elif country is None and (found := _country_word(gram, lexicon)) is not None:
            if gram.endswith(_BASED) and not lexicon.actors.demonyms.get(gram):
                based = based or found  # "a London-based Syrian group": the nationality first
            else:
                country = found
            taken.update(range(i, i + n))
        elif led is None and n == 1 and (leader := led_country(gram, lexicon)) is not None:
            led = leader  # "the Saudi-led coalition": its leader's (extract/actors/leaders.py)
            taken.add(i)
        elif country is None:
            entry = lexicon.gazetteer.country_of(gram)
            if entry is not None:
                country = lexicon.countries.alpha3(entry.country)
                taken.update(range(i, i + n))
    if based and (role or '')[:3] in STATE_ROLES:
        based = None  # "the Hague-based court": an international body, not the Netherlands'
    return country or place_country or based or led, role


def _body_kind_role(words: list[str], at: int, lexicon: Lexicon) -> str | None:
    """The role of a body's kind word right after a role word ("State University": ``EDU``;
    ``data/organisation_roles.tsv``, kinds other than media, which a state's own media share)."""
    if at >= len(words) or words[at] in lexicon.actors.roles:
        return None
    cells = lexicon.tables["organisation_roles"].get(words[at])
    return cells[0] if cells is not None and "kind" in cells[1].split(",") and cells[0] != "MED" else None


def _boundary_phrase(text: str, lexicon: Lexicon) -> bool:
    """Does the phrase of several words end in a noun of a boundary, a route or land (``data/boundary_nouns.txt``)?"""
    words = _TOKEN.findall(fold_place(text))
    return len(words) > 1 and words[-1] in lexicon.word_sets["boundary_nouns"]


def actor_code(
    text: str,
    *,
    type: str | None = None,
    context: Iterable[str] = (),
    agent: bool = False,
    place: GazetteerEntry | None = None,
    lexicon: Lexicon | None = None,
) -> str | None:
    """The CAMEO-style actor code of a mention, or None.

    Parameters
    ----------
    text : str
        The mention or label ("the Syrian regime", "Israel", "rebels").
    type : str, optional
        Its entity type (``GPE``, ``ORG``, ``NORP``, ``PERSON``, ``CONCEPT``...).
    context : iterable of str
        ISO alpha-2 codes of the article's countries, the main one first: they
        only choose among places of the same name, never a mention's country.
    agent : bool
        True if the mention acts (subject, possessor, addressee of an
        appeal): a capital city then stands for its government.
    place : GazetteerEntry, optional
        The mention's gazetteer entry, if the caller has looked it up.
    lexicon : Lexicon, optional
        The tables to read; by default :func:`extract.lexicon.get_lexicon`'s.

    Examples
    --------
    >>> actor_code("the Syrian regime")
    'SYRGOV'
    >>> actor_code("the Russian army")
    'RUSMIL'
    >>> actor_code("Israel", type="GPE")
    'ISR'
    >>> actor_code("pro-regime forces", context=["SY"])
    'MIL'
    >>> actor_code("rebels")
    'REB'
    >>> actor_code("the Kremlin", type="ORG")
    'RUSGOV'
    >>> actor_code("Damascus", type="GPE", agent=True)
    'SYRGOV'
    >>> actor_code("Damascus", type="GPE") is None
    True
    >>> actor_code("Bogotá", type="GPE", agent=True)
    'COLGOV'
    >>> actor_code("Hayat Tahrir Al Sham", type="ORG") is None
    True
    """
    if not text or not text.strip():
        return None
    return _actor_code(text, type, tuple(context), bool(agent), place, lexicon or get_lexicon())


@functools.lru_cache(maxsize=16384)
def _actor_code(
    text: str, type: str | None, context: tuple[str, ...], agent: bool, place, lexicon: Lexicon
) -> str | None:
    tables, countries, gaz = lexicon.actors, lexicon.countries, lexicon.gazetteer
    bare = fold_actor(text)
    if bare in tables.seats:
        return tables.seats[bare]
    if type in ("GPE", "LOC", "FAC") or place is not None:
        if place is None:
            place = gaz.lookup(text, countries=context)
        if place is not None and fold_place(text).split()[-1] not in tables.roles:
            if place.kind == "country":
                # a country's name in the country table beats the gazetteer's reading of it as
                # another country ("North Korea" read as South Korea's entry)
                named = countries.by_label.get(countries.country_of(text) or "")
                return named.alpha3 if named is not None else countries.alpha3(place.country)
            if place.kind == "admin1" and (part := gaz.country_of(text)) is not None:
                return countries.alpha3(part.country)  # "England": a part that stands for its country
            if agent and place.kind == "city" and gaz.capitals.get(place.country) == place.geonames_id:
                iso3 = countries.alpha3(place.country)
                return iso3 + "GOV" if iso3 else None
            return None
    country, role = _country_and_role(text, lexicon)
    if role is not None and _boundary_phrase(text, lexicon):
        role = None  # "state lines", "a state highway": a boundary or a route, no agent
    if type == "PERSON":
        from .titles import title_role  # "Senate President X": LEG, the whole title's role

        title = title_role(text, lexicon=lexicon)
        if title is not None and (role is None or title[1] > 1):
            role = title[0]
    if country is None and (role is None or role in PARTY_ROLES):
        if (party := party_title(text, lexicon=lexicon)) is not None:  # "Republican senator X": USALEG
            country, role = party[0], role or party[1]
    # No country named: none is guessed (issue 11, point 3). "The police", "the
    # regime" keep their role alone; the article's main country is not theirs.
    if type == "PERSON" and role is None:
        # A bare name is a person, not a state; a title ("US President") gives the role.
        return None
    if country and role:
        return country + role
    if country:
        return country if type in ("NORP", "GPE", None, "CONCEPT") or role else None
    return role
