"""Derive ``extract/data/person_aliases.tsv`` from the CAMEO actor dictionaries.

    python scripts/person_aliases.py

A person of the dictionaries is an entry with a dated code (people hold offices for a time) whose first
name has two to five words, none of them a role, title, place, nationality or word of a body's name
("MINISTRY", "PARTY"), and none of whose names is a country or a place. Its names and aliases are written
as they are keyed (:func:`extract.lexicon.cameo_actors.actor_tokens`), without a leading title
("CHANCELLOR_MERKEL" gives no row: "MERKEL" is an alias of its own), nor one that ends in
no word of the full name ("BUSH_ADMINISTRATION" is a body); the one-word ones are the
surnames the dictionary lists ("+MERKEL", "+TRUMP_"), kind ``alias``. A surname the dictionary does not
list, the last word of a person's full name, is kind ``surname`` when no other person of the
dictionaries has it. One-word rows are no given name (``given_names.txt``), month or weekday, country,
nationality, place or celestial body, nor the first word of a knowledge-base entry of another kind; ``common`` says
the word is an English word (in the tagger's lemma lists of verbs, adjectives or adverbs, whose noun
list holds proper nouns too; or written in lower case twice in the Wikinews corpus), which a sentence may capitalise ("Brown rice", "Bush fires").
Columns: key, kind, common, full name (the entry's first name, keyed).
"""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "extract" / "data" / "person_aliases.tsv"
CORPUS = ROOT.parent / "shared" / "data" / "wikinews" / "wikinews_2019_2020.jsonl"
#: Shortest one-word alias kept: "Ali", "Kim" are too often other people's names.
MIN_LETTERS = 4
#: Words of a body's or a place's name, and honorifics, which a person's name holds none of.
BODY_WORDS = frozenset("""ministry ministries ministers minister party parties army forces force council
committee commission government office department agency bank union front movement league organization
organisation association federation republic kingdom state states national people peoples popular
democratic assembly parliament court police guard guards brigade brigades regiment corps command navy
university institute company corporation group news radio television tv press service services
international islamic liberation revolutionary revolution mujahideen militia militias rebels church
province district region city county island islands north south east west central northern southern
eastern western new saint san santa republika republica republique socialist soviet federative the of and for""".split())
MONTHS_AND_DAYS = frozenset("""january february march april may june july august september october
november december monday tuesday wednesday thursday friday saturday sunday""".split())
HEADER = """# Persons of the CAMEO actor dictionaries by the names a text may give alone (derived by
# scripts/person_aliases.py; see there). key: the name keyed as the actor tables key it; kind: alias
# (listed by the dictionary) or surname (the last word of one person's full name); common: an English
# word a sentence may capitalise; full: the entry's first name. Read by extract/dictionary_names.py.
"""


def _entries():
    from extract.lexicon.cameo_actors import ACTOR_FILES, DATA_DIR, parse_actor_file

    for name in ACTOR_FILES:
        yield from parse_actor_file(DATA_DIR / name).entries


def main() -> None:
    import sys

    sys.path.insert(0, str(ROOT))
    from extract.entity_context import _known_place
    from extract.lexicon import get_lexicon
    from extract.lexicon.cameo_actors import actor_tokens
    from extract.pipeline import load_pipeline

    lexicon = get_lexicon()
    tables = lexicon.dictionaries
    roles = {w for agent in tables.agents for w in str(agent).split()}
    roles |= {w for title in lexicon.words["titles"] for w in actor_tokens(title)}
    roles |= {w for noun in lexicon.word_sets["person_nouns"] for w in actor_tokens(noun)}
    given = set(lexicon.word_sets["given_names"])
    bodies = {w.strip("*") for w in lexicon.word_sets["celestial_bodies"]}  # "Neptune", "Mars"
    others = {actor_tokens(label)[0] for kind in ("ORG", "GPE", "LOC", "NORP", "FAC", "EVENT", "PRODUCT",
                                                   "WORK_OF_ART") for label in lexicon.knowledge.labels(kind)
              if actor_tokens(label)}
    lemmatizer = load_pipeline().get_pipe("lemmatizer")
    lemmatizer = getattr(lemmatizer, "_lemmatizer", lemmatizer)
    index = lemmatizer.lookups.get_table("lemma_index", {})
    nouns = max(index.keys(), key=lambda key: len(index[key]))  # the noun list holds proper nouns too ("putin")
    english = {w for key in index.keys() if key != nouns for w in index[key] if w.isalpha()}
    lower = Counter()
    with open(CORPUS, encoding="utf-8") as f:
        for line in f:
            lower.update(re.findall(r"\b[a-z]+\b", json.loads(line)["text"]))

    def placelike(word: str) -> bool:
        return bool(lexicon.countries.country_of(word) or _known_place(word, lexicon))

    def person(entry, first) -> bool:
        if any(start is not None or end is not None for _code, start, end in entry.spans):
            return True
        return first[0] in given or any(found.type == "PERSON" for found, _ in lexicon.knowledge.lookup(
            " ".join(first)))

    rows: dict[str, tuple[str, str]] = {}
    surnames: dict[str, set[str]] = defaultdict(set)
    for entry in _entries():
        first = actor_tokens(entry.names[0])
        if not 2 <= len(first) <= 5 or any(w in BODY_WORDS or w in roles for w in first) or not person(entry, first) \
                or first[0] in lexicon.actors.demonyms:  # RUSSIAN_SFSR: a state
            continue
        keys = [actor_tokens(n) for n in entry.names + entry.aliases]
        if any(len(k) == 1 and placelike(k[0]) for k in keys) or placelike(" ".join(first)):
            continue
        full = " ".join(first)
        for key in keys:
            if not key or key[0] in roles or key[0] in BODY_WORDS or any(w in BODY_WORDS for w in key):
                continue
            rows.setdefault(" ".join(key), ("alias", full))
        last = entry.names[0].strip(" _").split("_")[-1]
        if first[-1].isalpha() and "-" not in last:  # "BAN_KI-MOON": a given name's part, not the surname
            surnames[first[-1]].add(full)
    for word, fulls in surnames.items():
        if len(fulls) == 1 and word not in rows:
            rows[word] = ("surname", next(iter(fulls)))
    out = []
    for key, (kind, full) in sorted(rows.items()):
        words = key.split()
        if len(words) == 1:
            word = words[0]
            if (len(word) < MIN_LETTERS or not word.isalpha() or word in given or word in MONTHS_AND_DAYS
                    or word in roles or word in others or word in bodies or placelike(word)):
                continue
        elif kind != "alias" or len(words) > 4 or words[-1] not in full.split():
            continue  # "BUSH_ADMINISTRATION": a body named after its head, no name of the person
        common = any(w in english or lower[w] >= 2 for w in words) and len(words) == 1
        out.append(f"{key}\t{kind}\t{'yes' if common else 'no'}\t{full}\n")
    OUT.write_text(HEADER + "".join(out), encoding="utf-8")
    print(len(out), "rows;", sum(1 for r in out if "\tsurname\t" in r), "surnames;",
          sum(1 for r in out if len(r.split("\t")[0].split()) == 1 and "\talias\t" in r), "one-word aliases")


if __name__ == "__main__":
    main()
