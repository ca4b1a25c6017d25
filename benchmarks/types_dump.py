"""Every named node of the Wikinews corpus with its type and the words around its mentions.

Runs the system as ``benchmarks/entities_dev.py`` does (linked facts) over
every article of ``benchmarks/data/wikinews_2019_2020.jsonl`` and writes one
TSV line per named (non-CONCEPT, non-ACTOR) node: doc, key, label, type, the
mentions' tagger labels, and up to three mention contexts (the name in
brackets). Used to audit types on articles outside the gold and to list
what a typing rule changes corpus-wide (diff two dumps).

Usage::

    python benchmarks/types_dump.py OUT.tsv [--limit N]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import json  # noqa: E402

from benchmarks.gold import read_corpus_documents  # noqa: E402

CORPUS = ROOT / "benchmarks" / "data" / "wikinews_2019_2020.jsonl"
_REACH = 60


def _context(text: str, start: int, end: int) -> str:
    left = text[max(0, start - _REACH):start]
    right = text[end:end + _REACH]
    return " ".join(f"{left}[{text[start:end]}]{right}".split())


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("out")
    parser.add_argument("--limit", type=int, default=0)
    args = parser.parse_args(argv)

    from extract.entities import entities_of
    from extract.facts import _facts, _tokenised
    from extract.lexicon import get_lexicon
    from extract.linking import link_facts
    from extract.pipeline import load_pipeline

    nlp = load_pipeline()
    lexicon = get_lexicon()
    with open(CORPUS, encoding="utf-8") as handle:
        ids = [json.loads(line)["id"] for line in handle]
    docs = read_corpus_documents(ids, corpus=CORPUS)
    if args.limit:
        docs = docs[: args.limit]
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
                out.write("\t".join((document.id, e.key, e.label, e.type, labels, contexts)) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
