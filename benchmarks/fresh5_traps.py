"""Score the trap sentences of the fifth fresh round, each row judged as :func:`benchmarks.norel_traps.judge` judges one.

Files: ``encourage`` (``data/traps_encourage_w20.tsv``: "encouraged X to act" is an appeal), ``asked``
(``data/traps_asked_w20.tsv``: appeals and demands with a passive mandative clause), ``handdown``
(``data/traps_handdown_w20.tsv``: "handed down a sentence").

Usage::

    python benchmarks/fresh5_traps.py encourage --half tune [--show]
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

TRAPS = {name: HERE / "data" / f"traps_{name}_w20.tsv" for name in ("encourage", "asked", "handdown")}

if __name__ == "__main__":
    from benchmarks.norel_traps import judge
    from benchmarks.traps import score_judged_traps

    if len(sys.argv) < 2 or sys.argv[1] not in TRAPS:
        raise SystemExit(f"usage: {sys.argv[0]} {{{','.join(TRAPS)}}} --half tune|held|all [--show]")
    raise SystemExit(score_judged_traps(TRAPS[sys.argv[1]], judge, __doc__.split("\n")[0], sys.argv[2:]))
