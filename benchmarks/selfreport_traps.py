"""Score the self-report trap sentences (``benchmarks/data/traps_selfreport_w18.tsv``).

"Police said they arrested three men": the pronoun subject of a reported clause is the reporter when it
agrees with it. Each row is a document of its own. A row is right when a relation whose predicate lemma
starts with ``verb`` has a subject holding ``subject`` (casefolded, in its label or text; "-": none is
required) with a CAMEO root in ``root`` ("*": any), and no relation of that verb has a subject holding
``forbid``.

Usage::

    python benchmarks/selfreport_traps.py --half tune [--show]
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.traps import score_judged_traps  # noqa: E402

__all__ = ["TRAPS", "judge", "main"]

TRAPS = ROOT / "benchmarks" / "data" / "traps_selfreport_w18.tsv"


def _has(arg, word: str) -> bool:
    word = word.casefold()
    return word in arg.text.casefold() or word in (arg.label or "").casefold()


def judge(relations, row: dict) -> tuple[bool, str]:
    """(right, cause) of one row."""
    verb, want, forbid = row["verb"], row["subject"].strip(), row["forbid"].strip()
    of_verb = [r for r in relations if r.predicate.lemma.startswith(verb)]
    if forbid != "-" and any(_has(r.subject, forbid) for r in of_verb):
        return False, "wrong subject"
    if want == "-":
        return True, ""
    found = [r for r in of_verb if _has(r.subject, want)]
    if not found:
        return False, "no relation"
    roots = set(row["root"].split("|"))
    if "*" in roots or any(r.event and r.event.root in roots for r in found):
        return True, ""
    return False, "wrong root"


def _shown(r) -> str:
    resolved = "<" + r.subject.resolved_from if r.subject.resolved_from else ""
    return (f"({r.subject.label}{resolved}, {r.predicate.lemma}, {r.object.label}) "
            f"{r.event.code if r.event else None}{'' if r.modality == 'asserted' else ' ' + r.modality}")


def main(argv=None) -> int:
    return score_judged_traps(TRAPS, judge, __doc__.split("\n")[0], argv, shown=_shown, text="text",
                              head=lambda row: row["id"])


if __name__ == "__main__":
    raise SystemExit(main())
