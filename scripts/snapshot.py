"""Write the records and entities of the seed + the Wikinews corpus, for a byte comparison.

    python scripts/snapshot.py OUT_DIR [--carb]

Writes ``OUT_DIR/records.jsonl`` (one ``newsgraph extract`` record per line),
``OUT_DIR/entities.jsonl`` (every document's entities, in order) and, with
``--carb``, ``OUT_DIR/carb.txt`` (the Open IE lines of the CaRB dev split) and
``OUT_DIR/carb_score.txt``.
Compare two snapshots with ``diff -r`` or ``cmp``: a refactoring that keeps
behaviour leaves them byte-identical.
"""

from __future__ import annotations

import argparse
import json
from dataclasses import asdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--carb", action="store_true", help="also write the CaRB dev extractions")
    args = parser.parse_args()
    from extract.documents import read_documents
    from extract.facts import extract_facts
    from extract.records import relation_record

    args.out.mkdir(parents=True, exist_ok=True)
    inputs = [ROOT / "examples" / "000_cf6d06de7cd53657.txt", ROOT / "benchmarks" / "data" / "wikinews_2019_2020.jsonl"]
    with open(args.out / "records.jsonl", "w", encoding="utf-8") as rec, \
            open(args.out / "entities.jsonl", "w", encoding="utf-8") as ent:
        for facts in extract_facts(read_documents(inputs)):
            for relation in facts.relations:
                rec.write(json.dumps(relation_record(relation), ensure_ascii=False, sort_keys=True) + "\n")
            for entity in facts.entities:
                ent.write(json.dumps({"doc": facts.document.id, **asdict(entity)}, ensure_ascii=False, sort_keys=True) + "\n")
    if args.carb:
        import sys

        sys.path.insert(0, str(ROOT))
        from benchmarks.carb_dev import run

        result, _ = run(out=args.out / "carb.txt")
        (args.out / "carb_score.txt").write_text(f"{result}\n", encoding="utf-8")


if __name__ == "__main__":
    main()
