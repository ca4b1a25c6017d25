"""The alias a mention gives its entity, less a following agent noun (issue 12, one node per referent).

A mention may run past a name into the noun of the body its bearer leads or belongs to: "NATO members",
"YPG militia" (:func:`extract.entities._actor_end` keeps the noun so the group acts). The phrase is no
other name of the bearer: "Trump administration" is no alias of Trump, "NATO members" none of NATO. A
lower-case run of ``data/naming_body_nouns.txt`` (one or two words: "member states") at the mention's end,
after a capitalised word, is left out of the alias; the mention's span and text are unchanged. No spaCy
import.
"""

from __future__ import annotations

import functools

from .lexicon import Lexicon
from .lexicon.normalise import fold_key

__all__ = ["alias_surface", "body_nouns"]


@functools.lru_cache(maxsize=8)
def body_nouns(lexicon: Lexicon) -> frozenset[tuple[str, ...]]:
    """The naming body nouns as folded word tuples (``("member", "states")``)."""
    return frozenset(tuple(fold_key(w) for w in line.split()) for line in lexicon.words["naming_body_nouns"])


def alias_surface(surface: str, *, lexicon: Lexicon) -> str:
    """``surface`` less a trailing lower-case body noun of one or two words, where a name is left.

    Examples
    --------
    >>> from extract.lexicon import get_lexicon
    >>> alias_surface("NATO members", lexicon=get_lexicon())
    'NATO'
    >>> alias_surface("EU member states", lexicon=get_lexicon())
    'EU'
    >>> alias_surface("Members of Parliament", lexicon=get_lexicon())
    'Members of Parliament'
    """
    words = surface.split()
    nouns = body_nouns(lexicon)
    for size in (2, 1):
        tail = words[-size:]
        if len(words) <= size or not all(w.islower() for w in tail):
            continue
        if tuple(fold_key(w) for w in tail) in nouns and words[-size - 1][:1].isupper():
            return " ".join(words[:-size])
    return surface
