"""Score the person-name trap sentences (``benchmarks/data/traps_names_w16.tsv``).

    python benchmarks/traps_names.py [--split tune|held|all] [--show]

Each row names the persons a sentence holds (with their actor code's country) and words that must not
become a person. A person counts as found when an entity of type PERSON covers its words, and its code
as right when the entity's actor code starts with the given country letters.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.traps import items, read_traps as read_rows  # noqa: E402

TRAPS = ROOT / "benchmarks" / "data" / "traps_names_w16.tsv"


def read_traps(split: str) -> list[dict]:
    return read_rows(TRAPS, split)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", default="tune", choices=("tune", "held", "all"))
    parser.add_argument("--show", action="store_true", help="print each sentence's persons")
    args = parser.parse_args()
    from extract.entities import entities_of
    from extract.events import annotate_entities
    from extract.pipeline import load_pipeline
    from extract.types import Document

    nlp = load_pipeline()
    found = wanted = coded = wrong = negatives = 0
    for row in read_traps(args.split):
        document = Document(id="trap", text=row["sentence"], date=row["date"])
        doc = nlp(row["sentence"])
        index = entities_of(doc, date=row["date"])
        entities = annotate_entities(doc, document, list(index.entities))
        persons = {}
        for mention in index.mentions:
            entity = next(e for e in entities if e.key == mention.key)
            if entity.type == "PERSON":
                persons[mention.text] = entity.actor_code or ""
        misses, bad = [], []
        for item in items(row["persons"]):
            name, _, country = item.partition("=")
            wanted += 1
            hit = next((code for text, code in persons.items() if name in text), None)
            if hit is None:
                misses.append(name)
                continue
            found += 1
            coded += hit.startswith(country)
        for word in items(row["not_persons"]):
            negatives += 1
            if any(word in text for text in persons):
                wrong += 1
                bad.append(word)
        if args.show or misses or bad:
            print(f"{row['split']}\t{row['sentence']}\n\tpersons={persons} missed={misses} wrong={bad}")
    print(f"persons found {found}/{wanted}, code right {coded}/{found}, negatives made persons {wrong}/{negatives}")


if __name__ == "__main__":
    main()
