"""A venue's name by its last two words: "Mesquite Convention Center" is a building, FAC.

"Center", "Centre" and "Hall" end the names of bodies as often as of buildings ("National Hurricane
Center", "Town Hall"), so ``data/name_heads.tsv`` gives them no type. The word before them often says which:
a kind of venue of ``data/venue_heads.txt`` ("convention center", "exhibition centre", "concert hall") is a
place people go to, never a body that works there. :func:`venue_type` is read by
:func:`extract.entities._type_hints` where the head word gives no type; a name that reads as a person's
("Robert Plant") is left to the rules after it.
"""

from __future__ import annotations

import functools

from .lexicon import Lexicon

__all__ = ["venue_type"]

#: The longest venue kind, in words ("performing arts center").
_LONGEST = 3


@functools.lru_cache(maxsize=4)
def _venue_kinds(lexicon: Lexicon) -> frozenset[tuple[str, ...]]:
    return frozenset(tuple(line.casefold().split()) for line in lexicon.words["venue_heads"])


def venue_type(parts, *, lexicon: Lexicon) -> str | None:
    """FAC where the name's words ``parts`` (lower case) end in a venue's kind and hold a word before it
    ("mesquite convention center"), else None."""
    kinds = _venue_kinds(lexicon)
    for size in range(_LONGEST, 1, -1):
        if len(parts) > size and tuple(parts[-size:]) in kinds:
            return "FAC"
    return None
