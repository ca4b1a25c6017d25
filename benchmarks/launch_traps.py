"""Score the light-verb event trap sentences (``benchmarks/data/traps_launch_w17.tsv``).

A row is judged like ``benchmarks/verbal_traps.py`` (same columns), except that every relation from the
source counts: each trap sentence has one event, and its noun may become the predicate ("launched a
bombing campaign"), the object, or give way to the target ("mounted an offensive against militias" is an
attack on the militias). The target column names that event for the reader.

Usage::

    python benchmarks/launch_traps.py --half tune [--show]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks import verbal_traps  # noqa: E402

TRAPS = ROOT / "benchmarks" / "data" / "traps_launch_w17.tsv"
_judge = verbal_traps.judge


class _Arg:
    """The object and predicate of a relation, read as one argument."""

    def __init__(self, relation):
        self.text = self.label = ""


class _Joined:
    def __init__(self, relation):
        self.subject, self.object = relation.subject, _Arg(relation)
        self.event, self.modality = relation.event, relation.modality


def judge(relations, source: str, target: str, want: str) -> tuple[bool, str]:
    return _judge([_Joined(r) for r in relations], source, "", want)


def main(argv=None) -> int:
    verbal_traps.TRAPS = TRAPS
    verbal_traps.judge = judge
    return verbal_traps.main(argv)


if __name__ == "__main__":
    raise SystemExit(main())
