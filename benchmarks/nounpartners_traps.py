"""Score the event-noun partner trap sentences (``benchmarks/data/traps_nounpartners_w19.tsv``), each row judged
as :func:`benchmarks.pptargets_traps.judge_strict` judges one: ``python benchmarks/nounpartners_traps.py --half tune``.
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

if __name__ == "__main__":
    from benchmarks.pptargets_traps import judge_strict
    from benchmarks.traps import score_judged_traps

    raise SystemExit(score_judged_traps(HERE / "data" / "traps_nounpartners_w19.tsv", judge_strict, __doc__.split("\n")[0]))
