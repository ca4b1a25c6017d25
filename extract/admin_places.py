"""A division's name written without its suffix joined with the division the article names (wave 17).

Rule of :mod:`extract.entities`, on the article's own place names and the gazetteer, never on particular names:

- a place's name written alone ("Westchester", "Borno") in an article that names it with the word of
  an administrative division after it (``data/admin_suffixes.txt``: "Westchester County", "Borno State") is that
  division;
- not where a city bears the bare name: a city of the gazetteer of ``_CITY_SIZE`` people or more ("Los Angeles"
  beside "Los Angeles County", "Dallas" beside "Dallas County" are a city and the division around it, two
  referents), nor a name written "in Town, State" ("Orange, Texas"), nor a country's name, a person's or a
  people's ("Rakhine" beside "Rakhine State"); where the article names two divisions of the bare name ("X
  County" and "X State"), nothing is joined;
- only places' names (GPE, LOC) are divisions ("Islamic State" is no division of anything); the bare name may be
  tagged an organisation ("officials in Westchester").

Capitalised "Province", "Region", "Governorate" and "Oblast" are already stripped from a name
(``data/place_suffixes.txt``: "Idlib Province" is Idlib), so the rule mostly meets "County" and "State", which are
kept.
"""

from __future__ import annotations

from functools import lru_cache

from .lexicon import Lexicon
from .lexicon.core import DATA_DIR
from .lexicon.normalise import fold_key
from .lexicon.readers import read_words

__all__ = ["map_admin_places"]

#: Types of a place's name.
_PLACE_LABELS = frozenset({"GPE", "LOC"})
#: Types the tagger gives a bare division's name ("Officials in Westchester" tagged ORG); never a person's or a
#: people's ("Rakhine" the people beside "Rakhine State").
_BARE_LABELS = _PLACE_LABELS | {"ORG"}
#: A city of this many people or more keeps its bare name: a reader would take the name for the city.
_CITY_SIZE = 50_000


@lru_cache(maxsize=1)
def _suffixes() -> frozenset[str]:
    return frozenset(row.cells[0].casefold() for row in read_words(DATA_DIR / "admin_suffixes.txt"))


def _division_base(canonical: str) -> str | None:
    """The folded name before a division's suffix ("Westchester County" -> "westchester"), or None."""
    base, _, last = canonical.rpartition(" ")
    return fold_key(base) if base and last.casefold() in _suffixes() and base[:1].isupper() else None


def _names_city(name: str, lexicon: Lexicon) -> bool:
    return any(e.kind == "city" and e.population >= _CITY_SIZE for e in lexicon.gazetteer.candidates(name))


def map_admin_places(drafts, *, lexicon: Lexicon) -> None:
    """Join bare division names with the one division of the article that bears them (in place)."""
    divisions: dict[str, str | None] = {}
    for d in drafts:
        if d.label in _PLACE_LABELS and not d.country:
            base = _division_base(d.canonical)
            if base:
                divisions[base] = d.canonical if divisions.get(base, d.canonical) == d.canonical else None
    if not divisions:
        return
    for d in drafts:
        if d.label not in _BARE_LABELS or d.country or d.placed or " " in d.canonical and _division_base(d.canonical):
            continue
        division = divisions.get(fold_key(d.canonical))
        if division and not _names_city(d.canonical, lexicon) and not lexicon.countries.country_of(d.canonical):
            d.canonical = division
