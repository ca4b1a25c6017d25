"""Score the entity-type trap sentences (``benchmarks/data/traps_types_w16.tsv``).

Each line names one name of its sentence and the type its node should
have (NONE: no named node). The sentence runs through the linked facts as
``benchmarks/entities_dev.py`` runs an article; the node whose label or
alias folds to the name is judged.

Usage::

    python benchmarks/types_traps.py --split tune   # or held (once, at the end)
    python benchmarks/types_traps.py --file benchmarks/data/traps_types_w17.tsv --split tune
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.entities_dev import fold  # noqa: E402
from benchmarks.traps import read_traps as read_rows  # noqa: E402

TRAPS = ROOT / "benchmarks" / "data" / "traps_types_w16.tsv"


def read_traps(split: str, path: Path = TRAPS) -> list[dict]:
    return read_rows(path, split)


def node_type(facts, name: str) -> str:
    """The type of the node named ``name`` (plural "s" and "family" folded), or NONE."""
    wanted = fold(name)
    for e in facts.entities:
        if e.type == "CONCEPT":
            continue
        forms = {fold(e.label), *(fold(a) for a in e.aliases)}
        if wanted in forms or wanted.rstrip("s") in forms or wanted.removesuffix(" family") in forms:
            return e.type
    return "NONE"


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--split", choices=("tune", "held", "all"), default="tune")
    parser.add_argument("--file", type=Path, default=TRAPS, help="a trap file (default: traps_types_w16.tsv)")
    args = parser.parse_args(argv)

    from extract.facts import _facts, _tokenised
    from extract.lexicon import get_lexicon
    from extract.linking import link_facts
    from extract.pipeline import load_pipeline
    from extract.types import Document

    nlp = load_pipeline()
    lexicon = get_lexicon()
    rows = read_traps(args.split, args.file)
    right = 0
    for n, row in enumerate(rows):
        doc = nlp(_tokenised(nlp, row["sentence"]))
        facts = link_facts(_facts(doc, Document(id=f"trap{n}", text=row["sentence"]), lexicon), lexicon=lexicon)
        got = node_type(facts, row["name"])
        ok = got == row["expected"]
        right += ok
        print(f"{'ok ' if ok else 'BAD'} {row['name']!r:24} want {row['expected']:<7} got {got:<7} {row['sentence'][:70]}")
    print(f"{args.split}: {right}/{len(rows)} right")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
