"""Score the surname trap sentences (``benchmarks/data/traps_surnames_w16b.tsv``).

    python benchmarks/traps_surnames.py [--split tune|held|all] [--show]

Each row names a mention and the country its actor code must start with, or ``none`` when the mention
must get no code of the dictionary person of that surname (no code, or one of another country).
A row is right when the last mention with that text reads so.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.traps import read_traps as read_rows  # noqa: E402

TRAPS = ROOT / "benchmarks" / "data" / "traps_surnames_w16b.tsv"


def read_traps(split: str) -> list[dict]:
    return read_rows(TRAPS, split)


def mention_code(nlp, sentence: str, mention: str, date: str) -> str:
    """The actor code of the entity of the last mention written ``mention`` ("" for none or no entity)."""
    from extract.entities import entities_of
    from extract.events import annotate_entities
    from extract.types import Document

    doc = nlp(sentence)
    index = entities_of(doc, date=date)
    entities = {e.key: e for e in annotate_entities(doc, Document(id="trap", text=sentence, date=date),
                                                     list(index.entities))}
    code = ""
    for m in index.mentions:
        if m.text == mention:
            code = entities[m.key].actor_code or ""
    return code


def right(code: str, expected: str, wanted_country: str | None = None) -> bool:
    if expected == "none":
        return not code or wanted_country is not None and not code.startswith(wanted_country)
    return code.startswith(expected)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", default="tune", choices=("tune", "held", "all"))
    parser.add_argument("--show", action="store_true", help="print each row")
    args = parser.parse_args()
    from extract.pipeline import load_pipeline

    nlp = load_pipeline()
    rows = read_traps(args.split)
    good = 0
    for row in rows:
        code = mention_code(nlp, row["sentence"], row["mention"], row["date"])
        ok = right(code, row["expected"])
        good += ok
        if args.show or not ok:
            print(f"{'ok ' if ok else 'BAD'} {row['mention']:12} want {row['expected']:5} got {code or '-':10} {row['sentence']}")
    print(f"{args.split}: {good}/{len(rows)} right")


if __name__ == "__main__":
    main()
