"""Every typed event side's actor code over the Wikinews articles outside every held-out half (issue 11).

Writes one TSV line per side (document, sentence start, predicate, side, text, type, code) so two runs
can be compared line by line: ``python benchmarks/bodies_census.py OUT.tsv``.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

CORPUS = ROOT / "benchmarks" / "data" / "wikinews_2019_2020.jsonl"


def main(argv=None) -> int:
    from extract.facts import extract_facts
    from extract.pipeline import load_pipeline
    from extract.types import Document

    from benchmarks.coref_sample import held_documents

    out = Path((argv or sys.argv[1:])[0])
    skip = held_documents()
    rows = [json.loads(line) for line in open(CORPUS, encoding="utf-8")]
    docs = [Document(id=r["id"], text=r["text"], date=r.get("date")) for r in rows if r["id"] not in skip]
    with open(out, "w", encoding="utf-8") as f:
        for doc, facts in zip(docs, extract_facts(docs, nlp=load_pipeline())):
            for r in facts.relations:
                if r.event is None:
                    continue
                for side, arg in (("S", r.subject), ("O", r.object)):
                    if arg is None:
                        continue
                    print(doc.id, r.subject.start, r.predicate.lemma, side, arg.text.replace("\t", " "),
                          arg.type, arg.actor_code or "", sep="\t", file=f)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
