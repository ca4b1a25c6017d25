"""Score the multiword material verb traps (``benchmarks/data/traps_roleverbs_w19.tsv``) as
:mod:`benchmarks.material_traps` scores its own (the judge of :mod:`benchmarks.norel_traps`).

Usage: ``python benchmarks/roleverbs_traps.py --half tune [--show]``
"""

import sys
from pathlib import Path

TRAPS = Path(__file__).resolve().parent / "data" / "traps_roleverbs_w19.tsv"

if __name__ == "__main__":
    sys.path.insert(0, str(TRAPS.parents[2]))
    from benchmarks import material_traps, norel_traps, traps

    raise SystemExit(traps.score_judged_traps(TRAPS, norel_traps.judge, __doc__.split("\n")[0],
                                              shown=material_traps._shown))
