"""Score the sentence-start name trap sentences (``benchmarks/data/traps_starts_w16.tsv``).

    python benchmarks/starts_traps.py [--split tune|held|all] [--show]

Each row names the entities a sentence holds (with their type) and words that must not become an
entity. An entity counts as found when an entity of that type ("*": any) has a mention covering its words.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.traps import items, read_traps as read_rows  # noqa: E402

TRAPS = ROOT / "benchmarks" / "data" / "traps_starts_w16.tsv"


def read_traps(split: str) -> list[dict]:
    return read_rows(TRAPS, split)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", default="tune", choices=("tune", "held", "all"))
    parser.add_argument("--show", action="store_true", help="print each sentence's entities")
    args = parser.parse_args()
    from extract.entities import entities_of
    from extract.pipeline import load_pipeline

    nlp = load_pipeline()
    found = wanted = wrong = negatives = 0
    for row in read_traps(args.split):
        doc = nlp(row["sentence"])
        index = entities_of(doc)
        types = {e.key: e.type for e in index.entities}
        named = {m.text: types[m.key] for m in index.mentions}
        misses, bad = [], []
        for item in items(row["entities"]):
            name, _, kind = item.partition("=")
            wanted += 1
            if any(name in text and kind in ("*", typ) for text, typ in named.items()):
                found += 1
            else:
                misses.append(item)
        for word in items(row["not_entities"]):
            negatives += 1
            if any(word in text.split() for text in named):
                wrong += 1
                bad.append(word)
        if args.show or misses or bad:
            print(f"{row['split']}\t{row['sentence']}\n\tentities={named} missed={misses} wrong={bad}")
    print(f"entities found {found}/{wanted}, negatives made entities {wrong}/{negatives}")


if __name__ == "__main__":
    main()
