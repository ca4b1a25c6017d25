"""Derive ``extract/data/given_names_wide.txt``: given names of one well-known person.

    python scripts/given_names_wide.py

``given_names.txt`` (scripts/given_names.py) keeps the first words of three people of the Phoenix
dictionaries, and the knowledge base's own given names need two of its people: "Elijah Cummings" and
"Ratan Tata" start with none. This list takes the first word of ONE person: of a Phoenix entry with a
dated code (people hold offices for a time), or of a knowledge-base person (``data/wikidata``), when the
name has two or three words. The word must be no role or title word, no country, place, nationality, month
or weekday, no first word of a knowledge-base entry of another kind ("Soviet Union"), no organisation word
(``company_nouns``, ``name_heads``, ``context_nouns``), no name the dictionaries list alone ("ISIS"), no word of ``english_words.txt`` and no word written in
lower case in running news text (counted on the Wikinews corpus: "sun", "park"). Four letters at least.
"""

from __future__ import annotations

import calendar
import json
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "extract" / "data" / "given_names_wide.txt"
CORPUS = ROOT.parent / "shared" / "data" / "wikinews" / "wikinews_2019_2020.jsonl"
#: Lower-case uses in the corpus that make a word a common word.
MIN_LOWER = 1
MIN_LETTERS = 4
HEADER = """# Given names of one well-known person: the first word of a person of the Phoenix actor dictionaries or of
# the knowledge base that is no title, place, nationality, month, organisation word or common word (derived
# by scripts/given_names_wide.py; see there). Read with given_names.txt by extract/entity_context.py
# where a whole name reads as a person's.
"""


def main() -> None:
    sys.path.insert(0, str(ROOT))
    from extract.entity_context import _known_place
    from extract.lexicon import get_lexicon

    lexicon = get_lexicon()
    tables = lexicon.dictionaries
    banned = {w.casefold() for agent in tables.agents for w in str(agent).split()}
    banned |= {w.casefold() for title in lexicon.words["titles"] for w in title.split()}
    banned |= set(lexicon.word_sets["person_nouns"])
    banned |= {w.casefold() for w in lexicon.words["company_nouns"]}
    banned |= {w.casefold() for w in lexicon.tables["name_heads"]} | {w.casefold() for w in lexicon.tables["context_nouns"]}
    english = ROOT / "extract" / "data" / "english_words.txt"
    banned |= {w.strip().casefold() for w in english.read_text(encoding="utf-8").splitlines() if w and w[0] != "#"}
    banned |= {m.casefold() for m in (*calendar.month_name, *calendar.day_name) if m}
    banned |= {label.split()[0].casefold() for kind in ("ORG", "GPE", "LOC", "NORP", "FAC", "EVENT")
               for label in lexicon.knowledge.labels(kind) if len(label.split()) >= 2}
    banned |= {w.casefold() for w in re.findall(r"\w+", " ".join(lexicon.actors.demonyms))}
    banned |= {name for name in tables.names if " " not in name}  # "ISIS": an actor's name alone
    lower = Counter()
    with open(CORPUS, encoding="utf-8") as f:
        for line in f:
            lower.update(re.findall(r"\b[a-z]+\b", json.loads(line)["text"]))
    firsts = set()
    for name, entries in tables.names.items():
        words = name.split()
        if 2 <= len(words) <= 3 and any(start is not None or end is not None
                                        for entry in entries for _code, start, end in tables.spans[entry]):
            firsts.add(words[0])
    for label in lexicon.knowledge.labels("PERSON"):
        words = label.split()
        if 2 <= len(words) <= 3 and words[0][:1].isupper() and words[0][1:].islower():
            firsts.add(words[0].casefold())
    old = {w.casefold() for w in lexicon.words["given_names"]}
    names = sorted(
        w for w in firsts
        if len(w) >= MIN_LETTERS and w.isascii() and w.isalpha() and w not in old and w not in banned
        and lower[w] < MIN_LOWER and not lexicon.countries.country_of(w) and not _known_place(w, lexicon)
    )
    OUT.write_text(HEADER + "".join(w + "\n" for w in names), encoding="utf-8")
    print(len(names), "given names")


if __name__ == "__main__":
    main()
