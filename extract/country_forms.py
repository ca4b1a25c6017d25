"""One organisation's name written with its country's name and with its nationality word (nodes audit,
issue 12): "Australia Liberal Party" ... "Australian Liberal Party", "China Communist Party" ...
"Chinese Communist Party".

Rule of :mod:`extract.entities`, on the article's own organisation names: two names or more whose first
words name one country (its name or its nationality word, ``lexicon.countries``) and whose rest, two words
or more, is the same are one organisation, named by the form the knowledge base knows, else the form the
article writes most, else the first in order. A rest after two countries stays apart ("Japanese Foreign
Ministry", "Chinese Foreign Ministry" name two ministries). No spaCy import.
"""

from __future__ import annotations

from collections import Counter

from .lexicon import Lexicon
from .lexicon.normalise import fold_key

__all__ = ["country_rest", "map_country_forms"]


def country_rest(name: str, *, lexicon: Lexicon) -> tuple[str, str] | None:
    """The country and the folded rest of an organisation's name that opens with a country's name or
    nationality word and has two words or more after it ("Australian Liberal Party" -> ("Australia",
    "liberal party")), or None."""
    words = name.split()
    for cut in range(1, min(3, len(words) - 1)):
        country = lexicon.countries.country_of(" ".join(words[:cut]))
        if country:
            return country, fold_key(" ".join(words[cut:]))
    return None


def map_country_forms(drafts, *, lexicon: Lexicon) -> None:
    """Give the organisation names of one country and one rest one canonical name (in place)."""
    groups: dict[tuple[str, str], Counter] = {}
    order: dict[str, int] = {}
    for i, d in enumerate(drafts):
        if d.label != "ORG" or d.country:
            continue
        found = country_rest(d.canonical, lexicon=lexicon)
        if found:
            groups.setdefault(found, Counter())[d.canonical] += 1
            order.setdefault(d.canonical, i)
    for names in groups.values():
        if len({fold_key(n) for n in names}) < 2:
            continue
        name = max(names, key=lambda n: (bool(lexicon.knowledge.lookup(n)), names[n], -order[n]))
        for d in drafts:
            if d.label == "ORG" and not d.country and d.canonical in names:
                d.canonical = name
