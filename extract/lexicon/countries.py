"""The one table of countries: names, ISO codes, demonyms, parts and seats of government.

Two files feed it (``countries.tsv`` and ``seats.tsv``, see their headers).
Every question about a country is answered here: the entity layer's
canonical names and nationalities, the actor coder's alpha-3 codes,
demonyms and seats, the gazetteer's country names, and the alpha-2 <->
alpha-3 conversion.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from types import MappingProxyType

from .normalise import fold_key, fold_place, strip_article
from .readers import Row, Schema

__all__ = [
    "COUNTRY_SCHEMA", "SEAT_SCHEMA", "Country", "Seat", "CountryTable", "build_country_table", "country_rows", "seat_rows",
]

COUNTRY_SCHEMA = Schema("countries.tsv", ("label", "alpha2", "alpha3", "names", "demonyms", "parts"), required=2)
SEAT_SCHEMA = Schema("seats.tsv", ("name", "country", "role"), required=2)

_ALPHA2 = re.compile(r"[A-Z]{2}")
_ALPHA3 = re.compile(r"[A-Z]{3}")


@dataclass(frozen=True, slots=True)
class Country:
    """One country: its label, ISO codes and the words that name it."""

    label: str
    alpha2: str
    alpha3: str | None
    names: tuple[str, ...]
    demonyms: tuple[str, ...]
    parts: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Seat:
    """A capital or seat of government: whose it is, and the role it always stands for."""

    name: str
    country: str
    role: str | None


def _split(cell: str) -> tuple[str, ...]:
    return tuple(p.strip() for p in cell.split("|") if p.strip())


@dataclass(frozen=True, slots=True)
class CountryTable:
    """Countries, looked up by name, demonym, part, code and seat.

    Build it with :func:`build_country_table`; the lexicon holds one.
    Keys of ``names``, ``demonyms`` and ``parts`` are :func:`fold_key` forms
    (a leading "the" of a name dropped); keys of ``seats`` are
    :func:`fold_place` forms without a leading "the".
    """

    countries: tuple[Country, ...]
    names: Mapping[str, str]
    demonyms: Mapping[str, str]
    parts: Mapping[str, str]
    seats: Mapping[str, Seat]
    by_label: Mapping[str, Country]
    by_alpha2: Mapping[str, Country]
    by_alpha3: Mapping[str, Country]

    def __reduce__(self):
        return (_table_from_rows, (self.countries, tuple(self.seats.items())))

    def country_of(self, name: str) -> str | None:
        """The country a name, nationality or part stands for (its label), or None.

        Examples
        --------
        >>> from extract.lexicon import get_lexicon
        >>> table = get_lexicon().countries
        >>> table.country_of("Israeli"), table.country_of("US"), table.country_of("England")
        ('Israel', 'United States', 'United Kingdom')
        """
        folded = fold_key(name)
        return self.names.get(folded) or self.demonyms.get(folded) or self.parts.get(folded)

    def country_of_seat(self, name: str) -> str | None:
        """The country whose capital or seat of government ``name`` is, or None.

        Examples
        --------
        >>> from extract.lexicon import get_lexicon
        >>> get_lexicon().countries.country_of_seat("Bogotá")
        'Colombia'
        """
        seat = self.seats.get(strip_article(fold_place(name)))
        return seat.country if seat is not None else None

    def alpha3(self, alpha2: str) -> str | None:
        """ISO alpha-3 of an alpha-2 code, or None."""
        country = self.by_alpha2.get(alpha2)
        return country.alpha3 if country is not None else None

    def alpha2(self, alpha3: str) -> str | None:
        """ISO alpha-2 of an alpha-3 code, or None."""
        country = self.by_alpha3.get(alpha3)
        return country.alpha2 if country is not None else None

    def demonym_codes(self) -> dict[str, str]:
        """:func:`fold_place` form of every demonym -> the country's alpha-3 (actor coding)."""
        out: dict[str, str] = {}
        for country in self.countries:
            if country.alpha3:
                for dem in country.demonyms:
                    out.setdefault(fold_place(dem), country.alpha3)
        return out

    def seat_codes(self) -> dict[str, str]:
        """Seat (:func:`fold_place`, no "the") -> actor code, for seats with a role."""
        out = {}
        for key, seat in self.seats.items():
            alpha3 = self.by_label[seat.country].alpha3
            if seat.role and alpha3:
                out[key] = alpha3 + seat.role
        return out

    def gazetteer_names(self) -> dict[str, list[str]]:
        """Alpha-2 -> every name a place look-up may use for the country."""
        return {c.alpha2: [c.label, *c.names, *c.parts] for c in self.countries}


def country_rows(rows: Iterable[Row]) -> list[Country]:
    """Countries of ``countries.tsv`` rows; a later row with the same label replaces an earlier one.

    Raises
    ------
    LexiconError
        On a bad ISO code, naming the file and line.
    """
    found: dict[str, Country] = {}
    for row in rows:
        label, alpha2, alpha3, names, demonyms, parts = row.cells
        if not _ALPHA2.fullmatch(alpha2):
            raise row.error(f"alpha2 must be two upper-case letters, got {alpha2!r}")
        if alpha3 and not _ALPHA3.fullmatch(alpha3):
            raise row.error(f"alpha3 must be empty or three upper-case letters, got {alpha3!r}")
        found[label] = Country(label, alpha2, alpha3 or None, _split(names), _split(demonyms), _split(parts))
    return list(found.values())


def seat_rows(rows: Iterable[Row], labels: Mapping[str, Country]) -> dict[str, Seat]:
    """Seats of ``seats.tsv`` rows, keyed by their accent-free name without "the".

    Raises
    ------
    LexiconError
        On a country that is no label of the country table or a bad role, naming the file and line.
    """
    seats: dict[str, Seat] = {}
    for row in rows:
        name, country, role = row.cells
        if country not in labels:
            raise row.error(f"country {country!r} is not a label of countries.tsv")
        if role and not _ALPHA3.fullmatch(role):
            raise row.error(f"role must be empty or a 3-letter CAMEO role code, got {role!r}")
        seats[strip_article(fold_place(name))] = Seat(name, country, role or None)
    return seats


def _table_from_rows(countries: tuple[Country, ...], seats) -> CountryTable:
    names: dict[str, str] = {}
    demonyms: dict[str, str] = {}
    parts: dict[str, str] = {}
    for country in countries:
        names[fold_key(country.label)] = country.label
    for country in countries:
        for alias in country.names:
            alias = alias[4:] if alias.lower().startswith("the ") else alias
            names.setdefault(fold_key(alias), country.label)
        for dem in country.demonyms:
            demonyms.setdefault(fold_key(dem), country.label)
        for part in country.parts:
            parts.setdefault(fold_key(part), country.label)
    by_alpha3 = {}
    for c in countries:
        if c.alpha3:
            by_alpha3.setdefault(c.alpha3, c)
    return CountryTable(
        countries=tuple(countries),
        names=MappingProxyType(names),
        demonyms=MappingProxyType(demonyms),
        parts=MappingProxyType(parts),
        seats=MappingProxyType(dict(seats)),
        by_label=MappingProxyType({c.label: c for c in countries}),
        by_alpha2=MappingProxyType({c.alpha2: c for c in countries}),
        by_alpha3=MappingProxyType(by_alpha3),
    )


def build_country_table(country_table_rows: Iterable[Row], seat_table_rows: Iterable[Row]) -> CountryTable:
    """The country table of the rows of ``countries.tsv`` and ``seats.tsv`` (shipped, then overlays)."""
    countries = country_rows(country_table_rows)
    seats = seat_rows(seat_table_rows, {c.label: c for c in countries})
    return _table_from_rows(tuple(countries), tuple(seats.items()))
