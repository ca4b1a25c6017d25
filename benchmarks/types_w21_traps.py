"""Score the entity-type trap sentences of wave 21 (``benchmarks/data/traps_types_w21.tsv``).

The classes come from a fresh sample of unseen articles judged node by node
(``benchmarks/data/nodes_sample_w21t.tsv``): an abbreviation a lower-case phrase
spells out in brackets, a name a class noun introduces ("a drug called X"), a
correctional facility, a company's legal suffix, a people's adjective before a
body's acronym, an adjective before an animal's noun, a place before a class noun
that introduces another name. Each row is scored as
``benchmarks/types_traps.py`` scores one (NONE: no named node).

Usage::

    python benchmarks/types_w21_traps.py --split tune   # held once, at the end
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks import types_traps  # noqa: E402

TRAPS = ROOT / "benchmarks" / "data" / "traps_types_w21.tsv"


def main(argv=None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if "--file" not in argv:
        argv += ["--file", str(TRAPS)]
    return types_traps.main(argv)


if __name__ == "__main__":
    raise SystemExit(main())
