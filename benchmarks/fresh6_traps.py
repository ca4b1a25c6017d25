"""Score the trap sentences of the sixth fresh round, each row judged as :func:`benchmarks.norel_traps.judge` judges one.

``data/traps_fresh6_w21.tsv``: penalties given or handed to someone ("was given a fine", "handed him a ban") and
questioning by police or investigators ("was interviewed by police"), with their look-alikes.

Usage::

    python benchmarks/fresh6_traps.py --half tune [--show]
    python benchmarks/fresh6_traps.py --half held      # once, at the end
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

TRAPS = HERE / "data" / "traps_fresh6_w21.tsv"

if __name__ == "__main__":
    from benchmarks.norel_traps import judge
    from benchmarks.traps import score_judged_traps

    raise SystemExit(score_judged_traps(TRAPS, judge, __doc__.split("\n")[0], sys.argv[1:]))
