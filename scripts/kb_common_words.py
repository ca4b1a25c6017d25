"""Derive ``extract/data/kb_common_words.txt``: the one-word names of the shipped tables that are English words.

    python scripts/kb_common_words.py WORDNET_DIR

A one-word name of the knowledge base (its entries' labels and aliases) or of an organisation of the Phoenix
actor dictionaries ("Apple", "Target", "Genesis", "Shell") is written down when English also uses it as a
common word: WordNet 3.0 writes it in lower case as a lemma of some synset ("apple", "genesis", "drake"),
or the tagger's lemma lists of verbs, adjectives or adverbs hold it. WordNet keeps the case of its lemmas,
so its proper nouns ("Hezbollah", "Greenpeace", "Madonna") are not listed; the tagger's own noun list
(``lemma_index``, WordNet's index in lower case) holds them too and cannot tell them apart.
``WORDNET_DIR`` holds WordNet's ``data.noun``, ``data.verb``, ``data.adj`` and ``data.adv`` (the
``wordnet-base`` package installs them in ``/usr/share/wordnet``). Read by ``extract/knowledge_names.py``.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "extract" / "data" / "kb_common_words.txt"
HEADER = """\
# One-word names of the shipped knowledge base and of the Phoenix dictionaries' organisations that English
# also uses as common words (WordNet 3.0 writes them in lower case; or the tagger's lemma lists of verbs,
# adjectives or adverbs hold them): "apple", "genesis", "target". A capitalised one of them is no name
# on the tables' word alone (extract/knowledge_names.py). Derived by scripts/kb_common_words.py; WordNet 3.0
# Copyright 2006 by Princeton University, used under its licence (permission to use, copy, modify and
# distribute for any purpose, with this notice). One word a line, lower case.
"""


def wordnet_lower(folder: Path) -> set[str]:
    """The one-word lemmas WordNet writes in lower case."""
    words = set()
    for part in ("noun", "verb", "adj", "adv"):
        with open(folder / f"data.{part}", encoding="latin-1") as f:
            for line in f:
                if line.startswith("  "):
                    continue  # the licence at the head of the file
                cells = line.split(" ", 4)
                count = int(cells[3], 16)
                fields = cells[4].split(" ")
                for n in range(count):
                    word = fields[2 * n].split("(")[0]  # "apple", "good(a)"
                    if "_" not in word and word.isalpha() and word.islower():
                        words.add(word)
    return words


def main(argv: list[str]) -> None:
    if len(argv) != 1:
        raise SystemExit("usage: python scripts/kb_common_words.py WORDNET_DIR")
    sys.path.insert(0, str(ROOT))
    from extract.entity_context import dictionary_type
    from extract.lexicon import get_lexicon
    from extract.pipeline import load_pipeline

    lexicon = get_lexicon()
    names = set()
    for entry in lexicon.knowledge.entries:
        for name in (entry.label, *(a.name for a in entry.aliases)):
            if " " not in name and name.isalpha():
                names.add(name.casefold())
    for key in lexicon.dictionaries.names.keys():
        if " " not in key and key.isalpha() and dictionary_type(key.title(), lexicon=lexicon):
            names.add(key.casefold())
    lemmatizer = load_pipeline().get_pipe("lemmatizer")
    lemmatizer = getattr(lemmatizer, "_lemmatizer", lemmatizer)
    index = lemmatizer.lookups.get_table("lemma_index", {})
    nouns = max(index.keys(), key=lambda key: len(index[key]))  # the noun list holds proper nouns too
    english = {w for key in index.keys() if key != nouns for w in index[key] if w.isalpha()}
    english |= wordnet_lower(Path(argv[0]))
    OUT.write_text(HEADER + "".join(f"{w}\n" for w in sorted(names & english)), encoding="utf-8")
    print(f"{OUT}: {len(names & english)} of {len(names)} one-word names")


if __name__ == "__main__":
    main(sys.argv[1:])
