"""Score the name-label traps of ``benchmarks/data/traps_labels_w17.tsv``.

For each sentence, the node (entity, or relation argument) whose text holds the row's mention word
must carry the expected label, with the text's own casing.

Usage::

    python benchmarks/labels_traps.py [--split tune|held|all] [--show]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.traps import read_traps  # noqa: E402

TRAPS = ROOT / "benchmarks" / "data" / "traps_labels_w17.tsv"


def labels_of(facts, sentence: str, mention: str) -> list[str]:
    """The labels of every named entity with the word ``mention`` and every relation argument whose span holds it."""
    at = sentence.find(mention)
    labels = []
    for e in facts.entities:
        if e.type not in ("CONCEPT", "ACTOR") and mention in e.label.split():
            labels.append(e.label)
    for r in facts.relations:
        for a in (r.subject, r.object):
            if a.start is not None and a.start <= at < a.end:
                labels.append(a.label)
    return sorted(set(labels))


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--split", default="tune")
    parser.add_argument("--show", action="store_true")
    args = parser.parse_args(argv)

    from extract.facts import _facts, _tokenised
    from extract.lexicon import get_lexicon
    from extract.linking import link_facts
    from extract.pipeline import load_pipeline
    from extract.types import Document

    nlp, lexicon = load_pipeline(), get_lexicon()
    rows = read_traps(TRAPS, args.split, column="half")
    right = 0
    for n, row in enumerate(rows):
        doc = nlp(_tokenised(nlp, row["sentence"]))
        facts = link_facts(_facts(doc, Document(id=f"trap:{n}", text=row["sentence"]), lexicon), lexicon=lexicon)
        got = labels_of(facts, row["sentence"], row["mention"])
        ok = bool(got) and all(g == row["expected"] for g in got)
        right += ok
        if args.show:
            print(f"{'ok ' if ok else 'BAD'} {row['expected']!r:28} got {got}  | {row['sentence']}")
    print(f"labels traps ({args.split}): {right}/{len(rows)} right")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
