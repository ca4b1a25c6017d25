"""Every named node of chosen Wikinews articles: type, aliases, Wikidata and contexts, for judging by hand.

Runs the system as ``benchmarks/entities_dev.py`` does (linked facts) over the
articles whose ids are listed in a file (one per line) and writes one TSV line
per named (non-CONCEPT, non-ACTOR) node: doc, key, label, type, aliases,
wikidata, the mentions' tagger labels and up to three mention contexts (the
name in brackets). The verdicts on a random sample are written by hand in
``benchmarks/data/nodes_sample_w18.tsv``.

Usage::

    python benchmarks/nodes_sample.py IDS.txt OUT.tsv
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.gold import read_corpus_documents  # noqa: E402
from benchmarks.types_dump import _context  # noqa: E402

CORPUS = ROOT / "benchmarks" / "data" / "wikinews_2019_2020.jsonl"


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("ids")
    parser.add_argument("out")
    args = parser.parse_args(argv)

    from extract.entities import entities_of
    from extract.facts import _facts, _tokenised
    from extract.lexicon import get_lexicon
    from extract.linking import link_facts
    from extract.pipeline import load_pipeline

    nlp = load_pipeline()
    lexicon = get_lexicon()
    with open(args.ids, encoding="utf-8") as handle:
        ids = [line.strip() for line in handle if line.strip()]
    docs = read_corpus_documents(ids, corpus=CORPUS)
    with open(args.out, "w", encoding="utf-8") as out:
        for document in docs:
            doc = nlp(_tokenised(nlp, document.text))
            facts = link_facts(_facts(doc, document, lexicon), lexicon=lexicon)
            index = entities_of(doc, lexicon=lexicon)
            by_key: dict[str, list] = {}
            for m in index.mentions:
                by_key.setdefault(m.key, []).append(m)
            text = doc.text
            for e in facts.entities:
                if e.type in ("CONCEPT", "ACTOR"):
                    continue
                ms = by_key.get(e.key, [])
                labels = ",".join(sorted({m.label for m in ms}))
                contexts = " || ".join(_context(text, m.start, m.end) for m in ms[:3])
                row = (document.id, e.key, e.label, e.type, "|".join(e.aliases), e.wikidata or "",
                       labels, contexts)
                out.write("\t".join(row) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
