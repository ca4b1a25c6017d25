"""Every concept argument of the Wikinews corpus outside the test half, with its label and span text.

Runs the system as ``benchmarks/entities_dev.py`` does (linked facts) over the articles of
``benchmarks/data/wikinews_2019_2020.jsonl`` not listed in ``--skip`` (one id a line, e.g. the
test-half documents) and writes one TSV line per CONCEPT argument of a relation: doc, start, end,
key, label, span text, predicate text. Diff two dumps to list what a concept-label rule changes
corpus-wide (``benchmarks/types_dump.py`` covers named nodes only).

Usage::

    python benchmarks/concept_labels_dump.py OUT.tsv [--skip IDS.txt]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

CORPUS = ROOT / "benchmarks" / "data" / "wikinews_2019_2020.jsonl"


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("out")
    parser.add_argument("--skip", type=Path)
    args = parser.parse_args(argv)

    from extract.facts import _facts, _tokenised
    from extract.lexicon import get_lexicon
    from extract.linking import link_facts
    from extract.pipeline import load_pipeline
    from extract.types import Document

    nlp, lexicon = load_pipeline(), get_lexicon()
    skip = set(args.skip.read_text(encoding="utf-8").split()) if args.skip else set()
    with open(CORPUS, encoding="utf-8") as handle, open(args.out, "w", encoding="utf-8") as out:
        for line in handle:
            row = json.loads(line)
            if row["id"] in skip:
                continue
            document = Document(id=row["id"], text=row["text"], date=row.get("date"))
            doc = nlp(_tokenised(nlp, document.text))
            facts = link_facts(_facts(doc, document, lexicon), lexicon=lexicon)
            for r in facts.relations:
                for a in (r.subject, r.object):
                    if a.type == "CONCEPT":
                        cells = (row["id"], str(a.start), str(a.end), a.key, a.label, a.text, r.predicate.text)
                        out.write("\t".join(cells) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
