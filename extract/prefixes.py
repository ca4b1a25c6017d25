"""Precomputed prefix sets: a cheap test that tells the rules when a longer look-up cannot match.

A rule that asks "is this phrase plus the next word or two a title?" needs
to build and fold the longer phrase only when the phrase is the start of
some title. :func:`word_prefixes` gives, for a set of folded phrases, every
leading run of whole words of a phrase of two words or more.

Examples
--------
>>> sorted(word_prefixes(frozenset({"home secretary", "deputy prime minister", "mayor"})))
['deputy', 'deputy prime', 'home']
"""

from __future__ import annotations

import functools

__all__ = ["word_prefixes", "word_suffixes"]


@functools.lru_cache(maxsize=16)
def word_prefixes(phrases: frozenset[str]) -> frozenset[str]:
    """The leading word runs of ``phrases`` that stop before a space: ``"home"`` of ``"home secretary"``.

    A folded phrase ``p`` such that ``fold(p + " " + more)`` is in ``phrases``
    (for any non-empty ``more``) is in this set.
    """
    return frozenset(phrase[:i] for phrase in phrases for i, c in enumerate(phrase) if c == " ")


@functools.lru_cache(maxsize=16)
def word_suffixes(phrases: frozenset[str]) -> frozenset[str]:
    """The trailing word runs of ``phrases`` that start after a space: ``"state"`` of ``"secretary of state"``.

    A folded phrase ``p`` such that ``fold(more + " " + p)`` is in ``phrases``
    (for any non-empty ``more``) is in this set.

    Examples
    --------
    >>> sorted(word_suffixes(frozenset({"secretary of state", "mayor"})))
    ['of state', 'state']
    """
    return frozenset(phrase[i + 1:] for phrase in phrases for i, c in enumerate(phrase) if c == " ")
