"""Score the trap sentences of appeals and demands with a passive mandative clause (``benchmarks/data/traps_asked_w20.tsv``), each row judged as
:func:`benchmarks.norel_traps.judge` judges one: ``python benchmarks/asked_traps.py --half tune``.
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

if __name__ == "__main__":
    from benchmarks.norel_traps import judge
    from benchmarks.traps import score_judged_traps

    raise SystemExit(score_judged_traps(HERE / "data" / "traps_asked_w20.tsv", judge, __doc__.split("\n")[0]))
