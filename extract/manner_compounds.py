"""Names inside a hyphenated adjective of likeness (audit round w15).

A rule of :mod:`extract.name_debris`, keyed on the written shape of a compound and a closed word list
(``data/manner_suffixes.txt``), never on particular names: a name joined by a hyphen to a word of
likeness ("Soviet-style", "Jupiter-like", "Halloween-themed") is part of an adjective that refers to no
one, so it is no node. Words of agency or place ("Iranian-backed", "Berlin-based") are not in the list:
there the name's bearer is meant.
"""

from __future__ import annotations

from .lexicon import Lexicon

__all__ = ["is_manner_compound"]

#: Hyphens and dashes that join the two parts of a compound.
_HYPHENS = frozenset({"-", "\u2010", "\u2011"})


def is_manner_compound(doc, ts: int, te: int, *, lexicon: Lexicon) -> bool:
    """Whether the name ``doc[ts:te]`` is the first part of a compound adjective of likeness: right before
    a hyphen with no space on either side, the word after it one of ``data/manner_suffixes.txt``
    ("Soviet-style rhetoric"). A name the tokenizer kept in one token with its suffix ("Soviet-style")
    counts too."""
    suffixes = lexicon.word_sets["manner_suffixes"]
    last = doc[te - 1].lower_
    for hyphen in _HYPHENS:
        head, sep, tail = last.rpartition(hyphen)
        if sep and head and tail in suffixes:
            return True
    if te + 1 >= len(doc) or doc[te - 1].whitespace_ or doc[te].text not in _HYPHENS or doc[te].whitespace_:
        return False
    return doc[te + 1].lower_ in suffixes
