"""Score the trap sentences of names the knowledge bases know (``benchmarks/data/traps_kbnames_w18.tsv``).

Each row names one name of its sentence, the type its node should have (``NONE``: no node of that name;
``!T``: any answer but ``T``) and the QID it should link to (``-``: not checked; ``!Qn``: not that one). The
sentence runs through the linked facts as ``benchmarks/entities_dev.py`` runs an article.

Usage::

    python benchmarks/kbnames_traps.py --split tune   # or held (once, at the end)
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.entities_dev import fold  # noqa: E402
from benchmarks.traps import read_traps  # noqa: E402

TRAPS = ROOT / "benchmarks" / "data" / "traps_kbnames_w18.tsv"


def node_of(facts, name: str):
    """The node whose label or alias folds to ``name``, or None."""
    wanted = fold(name)
    for e in facts.entities:
        if e.type != "CONCEPT" and wanted in {fold(e.label), *(fold(a) for a in e.aliases)}:
            return e
    return None


def judged(expected: str, got: str) -> bool:
    """Whether an answer meets a cell: ``X`` equals, ``!X`` differs, ``-`` anything."""
    if expected == "-":
        return True
    if expected.startswith("!"):
        return got != expected[1:]
    return got == expected


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--split", choices=("tune", "held", "all"), default="tune")
    parser.add_argument("--file", type=Path, default=TRAPS)
    args = parser.parse_args(argv)

    from extract.facts import _facts, _tokenised
    from extract.lexicon import get_lexicon
    from extract.linking import link_facts
    from extract.pipeline import load_pipeline
    from extract.types import Document

    nlp = load_pipeline()
    lexicon = get_lexicon()
    rows = read_traps(args.file, args.split)
    right = 0
    for n, row in enumerate(rows):
        doc = nlp(_tokenised(nlp, row["sentence"]))
        facts = link_facts(_facts(doc, Document(id=f"trap{n}", text=row["sentence"]), lexicon), lexicon=lexicon)
        node = node_of(facts, row["name"])
        kind, qid = (node.type, node.wikidata or "none") if node is not None else ("NONE", "none")
        ok = judged(row["expected"], kind) and judged(row["qid"], qid)
        right += ok
        print(f"{'ok ' if ok else 'BAD'} {row['name']!r:14} want {row['expected']:<7} {row['qid']:<8} "
              f"got {kind:<7} {qid:<8} {row['sentence'][:64]}")
    print(f"{args.split}: {right}/{len(rows)} right")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
