"""One storm named with its changing category: "Storm Lorenzo" and "Hurricane Lorenzo" are one node (w21).

A storm's category changes while the news follows it, and an article names it with each: "Hurricane
Lorenzo passed west of the Azores ... Storm Lorenzo then brought high winds to Ireland". Rule of
:mod:`extract.entities`, on the article's own names and the shipped list ``data/storm_titles.txt``
(strongest category first):

- names of the article made of a storm's category word and one and the same name after it ("Hurricane
  Lorenzo", "Storm Lorenzo", "Tropical Storm Lorenzo") are one storm, named with the strongest category
  the article gives it ("Hurricane Lorenzo");
- the name after the category is one or two capitalised words ("Hurricane Laura", not "Laura Ingraham": a
  person's name has no category word before it), and two storms of two names stay apart ("Cyclone Idai",
  "Hurricane Dorian").

Examples
--------
>>> storm_parts("Tropical Storm Lorenzo", ("typhoon", "tropical storm", "storm"))
(1, 'lorenzo')
>>> storm_parts("Laura Ingraham", ("typhoon", "tropical storm", "storm")) is None
True
"""

from __future__ import annotations

from .lexicon import Lexicon
from .lexicon.normalise import fold_key

__all__ = ["map_storm_names", "storm_parts"]

#: How many words a storm's own name may have ("Lorenzo", "Tropical Storm Cristobal" is one word after the
#: category).
_NAME_WORDS = 2


def _titles(lexicon: Lexicon) -> tuple[str, ...]:
    return tuple(" ".join(line.casefold().split()) for line in lexicon.words["storm_titles"])


def storm_parts(name: str, titles: tuple[str, ...]) -> tuple[int, str] | None:
    """(rank of the category in ``titles``, folded name after it) of a storm's name, or None. The longest
    category written before the name counts ("Tropical Storm", not "Storm")."""
    words = name.split()
    best = None
    for rank, title in enumerate(titles):
        size = len(title.split())
        if len(words) <= size or " ".join(words[:size]).casefold() != title:
            continue
        rest = words[size:]
        if len(rest) > _NAME_WORDS or not all(w[:1].isupper() and w.replace("-", "").isalpha() for w in rest):
            continue
        if best is None or size > best[0]:
            best = (size, rank, " ".join(fold_key(w) for w in rest))
    return None if best is None else best[1:]


def map_storm_names(drafts, *, lexicon: Lexicon) -> None:
    """Name each storm the article names under two categories or more with the strongest (in place)."""
    titles = _titles(lexicon)
    found: dict[str, list] = {}
    parts: dict[int, str] = {}
    for d in drafts:
        if d.country or d.label == "PERSON" and d.hint == "PERSON":
            continue
        storm = storm_parts(d.canonical, titles)
        if storm is None:
            continue
        parts[id(d)] = storm[1]
        found.setdefault(storm[1], []).append((storm[0], d.canonical))
    for d in drafts:
        forms = found.get(parts.get(id(d), ""))
        if forms and len({name for _, name in forms}) > 1:
            d.canonical = min(forms)[1]
