"""A name the tagger cut at a hyphen before a lower-case syllable, made whole (wave 17).

Rule of :mod:`extract.name_debris`, on the tokens after a tagged name and the shipped tables: a name whose last
word is glued by a hyphen to a lower-case word ("Moon Jae" + "-in", "Ban Ki" + "-moon": spaCy's tokenizer splits
the hyphen and the tagger may stop before it, the syllable looking like a preposition) ends after that word
where the whole is a name of the actor dictionaries or the knowledge base ("Moon Jae-in"). A lower-case word
glued to a name that makes no known name ("Biden-led", "Trump-era") stays out.
"""

from __future__ import annotations

from .lexicon import Lexicon
from .name_bounds import is_known_name

__all__ = ["hyphen_tail_end"]

#: Hyphens the tokenizer splits off inside a word.
_HYPHENS = frozenset({"-", "\u2010", "\u2011"})


def hyphen_tail_end(doc, ts: int, te: int, *, lexicon: Lexicon) -> int:
    """The name's end past a hyphen and a lower-case word glued to its last word (the hyphen may end the
    name already: "Moon Jae-" trimmed of its "in"), where the whole is a known name; else ``te``."""
    hyphen = te - 1 if te - ts > 1 and doc[te - 1].text in _HYPHENS else te
    if hyphen + 1 >= len(doc) or doc[hyphen - 1].whitespace_ or doc[hyphen].text not in _HYPHENS \
            or doc[hyphen].whitespace_:
        return te
    tail = doc[hyphen + 1]
    if not tail.is_alpha or not tail.is_lower:
        return te
    return hyphen + 2 if is_known_name(doc[ts:hyphen + 2].text, lexicon) else te
