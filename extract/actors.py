"""CAMEO-style actor codes: a country (ISO 3166 alpha-3) plus a role.

"the Syrian regime" -> ``SYRGOV``, "the Russian army" -> ``RUSMIL``,
"Israel" -> ``ISR``, "rebels" -> ``REB``. The country comes from a country
name (pycountry and GeoNames, through :mod:`extract.places`) or a demonym
(``data/actors.tsv``); the role from a role word in the same file. "The
regime" and "pro-regime forces" name no country: they take the article's
main country (the one it names most). A seat of government ("the Kremlin",
"the White House") is its government's code. A capital acting as an agent
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

from .places import GazetteerEntry, gazetteer, normalise_place

__all__ = ["actor_code", "alpha3", "read_actor_lexicon"]

DATA = Path(__file__).parent / "data"
_KINDS = ("demonym", "role", "seat")
_TOKEN = re.compile(r"[\w.'\u2019-]+")
#: Roles that name a country's institution, so a bare "regime" implies one.
#: Roles of state institutions: without a country named, the article's country.
_STATE_ROLES = frozenset({"GOV", "COP", "JUD", "LEG", "SPY"})
_CONTEXT_ROLES = ("regime", "pro-regime", "government", "pro-government", "state media", "state")


def read_actor_lexicon(path: str | Path) -> dict[str, dict[str, str]]:
    """Read ``kind<TAB>phrase<TAB>code`` rows into ``{kind: {phrase: code}}``.

    Raises
    ------
    ValueError
        On a malformed row, naming the file and line.
    """
    path = Path(path)
    lexicon: dict[str, dict[str, str]] = {kind: {} for kind in _KINDS}
    for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = [p.strip() for p in line.split("\t")]
        if len(parts) != 3 or parts[0] not in lexicon or not re.fullmatch(r"[A-Z]{3}(?:[A-Z]{3})*", parts[2]):
            raise ValueError(
                f"{path}:{lineno}: expected 'kind<TAB>phrase<TAB>CODE' with kind in {_KINDS} "
                f"and an upper-case code of 3-letter groups, got {line!r}"
            )
        lexicon[parts[0]][normalise_place(parts[1])] = parts[2]
    return lexicon


@functools.lru_cache(maxsize=1)
def _lexicon() -> dict[str, dict[str, str]]:
    return read_actor_lexicon(DATA / "actors.tsv")


@functools.lru_cache(maxsize=512)
def alpha3(iso2: str) -> str | None:
    """ISO 3166 alpha-3 code of an alpha-2 code (pycountry, offline).

    Examples
    --------
    >>> alpha3("SY")
    'SYR'
    """
    import pycountry

    record = pycountry.countries.get(alpha_2=iso2)
    return record.alpha_3 if record is not None else None


def _ngrams(words: list[str], n_max: int = 4):
    for n in range(min(n_max, len(words)), 0, -1):
        for i in range(len(words) - n + 1):
            yield i, n, " ".join(words[i : i + n])


def _country_and_role(text: str) -> tuple[str | None, str | None, bool]:
    """(ISO3 country, role, needs context) named in a phrase."""
    lex = _lexicon()
    words = _TOKEN.findall(normalise_place(text).replace("\u2019", "'"))
    words = [w[:-2] if w.endswith("'s") else w for w in words]
    country = role = None
    role_at = -1
    taken: set[int] = set()
    gaz = None
    for i, n, gram in _ngrams(words):
        if taken & set(range(i, i + n)):
            continue
        if gram in lex["role"]:
            if i >= role_at:
                role, role_at = lex["role"][gram], i
            taken.update(range(i, i + n))
        elif country is None and gram in lex["demonym"]:
            country = lex["demonym"][gram]
            taken.update(range(i, i + n))
        elif country is None:
            gaz = gaz or gazetteer()
            entry = gaz.country_of(gram)
            if entry is not None:
                country = alpha3(entry.country)
                taken.update(range(i, i + n))
    needs_context = country is None and any(
        w in _CONTEXT_ROLES or w.startswith(("pro-regime", "pro-government")) for w in words
    )
    return country, role, needs_context


def actor_code(
    text: str,
    *,
    type: str | None = None,
    context: Iterable[str] = (),
    agent: bool = False,
    place: GazetteerEntry | None = None,
) -> str | None:
    """The CAMEO-style actor code of a mention, or None.

    Parameters
    ----------
    text : str
        The mention or label ("the Syrian regime", "Israel", "rebels").
    type : str, optional
        Its entity type (``GPE``, ``ORG``, ``NORP``, ``PERSON``, ``CONCEPT``...).
    context : iterable of str
        ISO alpha-2 codes of the article's countries, the main one first;
        "the regime" and "pro-regime forces" take the first.
    agent : bool
        True if the mention acts (subject, possessor, addressee of an
        appeal): a capital city then stands for its government.
    place : GazetteerEntry, optional
        The mention's gazetteer entry, if the caller has looked it up.

    Examples
    --------
    >>> actor_code("the Syrian regime")
    'SYRGOV'
    >>> actor_code("the Russian army")
    'RUSMIL'
    >>> actor_code("Israel", type="GPE")
    'ISR'
    >>> actor_code("pro-regime forces", context=["SY"])
    'SYRMIL'
    >>> actor_code("rebels")
    'REB'
    >>> actor_code("the Kremlin", type="ORG")
    'RUSGOV'
    >>> actor_code("Damascus", type="GPE", agent=True)
    'SYRGOV'
    >>> actor_code("Damascus", type="GPE") is None
    True
    >>> actor_code("Hayat Tahrir Al Sham", type="ORG") is None
    True
    """
    if not text or not text.strip():
        return None
    return _actor_code(text, type, tuple(context), bool(agent), place)


@functools.lru_cache(maxsize=16384)
def _actor_code(text: str, type: str | None, context: tuple[str, ...], agent: bool, place) -> str | None:
    lex = _lexicon()
    norm = normalise_place(text).replace("\u2019", "'")
    bare = re.sub(r"^the\s+", "", norm)
    bare = re.sub(r"'s$", "", bare)
    if bare in lex["seat"]:
        return lex["seat"][bare]
    if type in ("GPE", "LOC", "FAC") or place is not None:
        gaz = gazetteer()
        if place is None:
            place = gaz.lookup(text, countries=context)
        if place is not None and normalise_place(text).split()[-1] not in lex["role"]:
            if place.kind == "country":
                return alpha3(place.country)
            if agent and place.kind == "city" and gaz.capitals.get(place.country) == place.geonames_id:
                iso3 = alpha3(place.country)
                return iso3 + "GOV" if iso3 else None
            return None
    country, role, needs_context = _country_and_role(text)
    if country is None and context and (needs_context or (role in _STATE_ROLES and type != "PERSON")):
        # "the police", "the ministry" in an article about one country are its own.
        country = alpha3(context[0])
    if type == "PERSON" and role in _STATE_ROLES and country is None and context:
        # "the caretaker Prime Minister" in an article about Iraq
        country = alpha3(context[0])
    if role in _STATE_ROLES and country is None:
        return None  # a bare "GOV" names no one
    if type == "PERSON" and role is None:
        # A bare name is a person, not a state; a title ("US President") gives the role.
        return None
    if country and role:
        return country + role
    if country:
        return country if type in ("NORP", "GPE", None, "CONCEPT") or role else None
    return role
