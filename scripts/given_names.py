"""Derive ``extract/data/given_names.txt`` from the Phoenix actor dictionaries.

    python scripts/given_names.py

A given name is the first word of three people or more of the dictionaries (entries with a dated code:
people hold offices for a time) and nothing else: no role or title word (the agents file, ``titles.txt``,
``person_nouns.txt``), no country, place or nationality, no first word of a knowledge-base entry of another
kind ("Soviet Union"), and no word written in lower case in running news text (``english_words``: "sun",
"park"; counted on the Wikinews corpus). Three letters at least.
"""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "extract" / "data" / "given_names.txt"
CORPUS = ROOT.parent / "shared" / "data" / "wikinews" / "wikinews_2019_2020.jsonl"
#: Entries a first word must start to count as a given name.
MIN_PEOPLE = 3
#: Lower-case uses in the corpus that make a word a common word ("park", "sun").
MIN_LOWER = 2
#: Honorifics and words of a title, and common words the corpus is too small to show in lower case.
NOT_NAMES = frozenset("""baron baroness barber bundeskanzler kanzler datuk gov papa kpa lyonpo hojatolislam hojjat
haja haji alhaji mian moon pen min mai nam grace dale earl""".split())
HEADER = """# Given names: the first word of three people or more of the Phoenix actor dictionaries that is no title,
# place, nationality or common word (derived by scripts/given_names.py; see there). With the knowledge
# base's own (extract/entity_context.py) they tell a person's name ("Luis Rivera Marín") from a body's.
"""


def main() -> None:
    import sys

    sys.path.insert(0, str(ROOT))
    from extract.entity_context import _known_place
    from extract.lexicon import get_lexicon

    lexicon = get_lexicon()
    tables = lexicon.dictionaries
    roles = {w.casefold() for agent in tables.agents for w in str(agent).split()}
    roles |= {w.casefold() for title in lexicon.words["titles"] for w in title.split()}
    roles |= set(lexicon.word_sets["person_nouns"])
    others = {label.split()[0].casefold() for kind in ("ORG", "GPE", "LOC", "NORP", "FAC", "EVENT")
              for label in lexicon.knowledge.labels(kind) if len(label.split()) >= 2}
    lower = Counter()
    with open(CORPUS, encoding="utf-8") as f:
        for line in f:
            lower.update(re.findall(r"\b[a-z]+\b", json.loads(line)["text"]))
    people: dict[str, set] = defaultdict(set)
    for name, entries in tables.names.items():
        words = name.split()
        if len(words) < 2:
            continue
        for entry in entries:
            if any(start is not None or end is not None for _code, start, end in tables.spans[entry]):
                people[words[0]].add(entry)
    names = sorted(
        word for word, entries in people.items()
        if len(entries) >= MIN_PEOPLE and len(word) >= 3 and word.isalpha() and word not in roles
        and word not in others and word not in NOT_NAMES and lower[word] < MIN_LOWER and not lexicon.countries.country_of(word)
        and not _known_place(word, lexicon)
    )
    OUT.write_text(HEADER + "".join(w + "\n" for w in names), encoding="utf-8")
    print(len(names), "given names")


if __name__ == "__main__":
    main()
