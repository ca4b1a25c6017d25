"""Print the verbs whose CAMEO verb patterns put the target after a preposition.

The CAMEO verb pattern dictionary (``extract/data/cameo/CAMEO.verbpatterns.150430.txt``)
writes the target of many verbs as the object of a preposition: ``- * TO + [055]``
("apologized to X"), ``- * EXPLANATION FROM + [100]``. This script lists, per verb the
pattern's comment names, the prepositions found right after the verb (``* PREP +``)
or after one object word (``* WORD PREP +``). ``extract/data/target_prepositions.tsv``
is this list, reviewed by hand: locative and topical readings ("for", "over", "in",
"of", "by") are left out, as are verbs whose listed preposition reads a place or a topic
more often than an actor on news text.

Usage: ``python scripts/target_prepositions.py [pattern file]``
"""

from __future__ import annotations

import re
import sys
from collections import defaultdict
from pathlib import Path

__all__ = ["target_prepositions"]

_FILE = Path(__file__).resolve().parents[1] / "extract" / "data" / "cameo" / "CAMEO.verbpatterns.150430.txt"
_PREPS = frozenset({"against", "at", "from", "into", "on", "onto", "to", "toward", "towards", "with", "upon"})


def target_prepositions(lines) -> dict[str, dict[str, set[str]]]:
    """Verb -> {"direct": prepositions right after the verb, "object": after one object word}."""
    out: dict[str, dict[str, set[str]]] = defaultdict(lambda: {"direct": set(), "object": set()})
    block = None
    for line in lines:
        header = re.match(r"^---\s+(\S+)", line)
        if header:
            block = header.group(1)
            continue
        if block is None or not line.startswith("-") or "*" not in line:
            continue
        body, _, comment = line.partition("#")
        verb = (comment.split() or [block])[0].lower()
        if not verb.isalpha():
            continue
        words = [w for w in re.sub(r"\[.*", "", body.split("*", 1)[1]).split() if w != "^"]
        for skip, kind in ((0, "direct"), (1, "object")):
            if len(words) > skip + 1 and words[skip].lower() in _PREPS and words[skip + 1] == "+":
                out[verb][kind].add(words[skip].lower())
    return out


def main(argv=None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    path = Path(argv[0]) if argv else _FILE
    with path.open(encoding="latin-1") as handle:
        table = target_prepositions(handle)
    for verb in sorted(table):
        preps = table[verb]
        print(f"{verb}\t{' '.join(sorted(preps['direct'])) or '-'}\t{' '.join(sorted(preps['object'])) or '-'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
