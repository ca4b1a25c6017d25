"""Nouns whose "of" phrase is part of the term: "declared a state of emergency" names a state of emergency.

A concept's label is its head noun with the modifiers before it
(:mod:`.arguments`), so "a state of emergency" was the concept "state" and
"weapons of mass destruction" the concept "weapon": the edge "Governor
declare state" says nothing, or something else. :func:`of_compound` reads
the terms of ``data/of_compounds.txt`` (the CAMEO verb patterns' compound
nouns, STATE_OF_EMERGENCY, WEAPONS_OF_MASS_DESTRUCTION, VOTE_OF_CONFIDENCE
..., and their kin in news language) off the parse: the head noun's lemma,
"of" hung on it, and the first words of its object's phrase. The label keeps the
"of" phrase, the span runs to its end. Only a whole term counts: "the state
of the economy" and "a vote of the members" stay "state" and "vote".

Examples
--------
>>> sorted(of_terms())[:2]
['cessation of hostilities', 'declaration of independence']
"""

from __future__ import annotations

import functools

from ..lexicon.core import DATA_DIR
from ..lexicon.readers import read_words

__all__ = ["of_compound", "of_terms"]

_FILE = "of_compounds.txt"


@functools.cache
def of_terms() -> frozenset[str]:
    """The terms of ``data/of_compounds.txt``, casefolded ("state of emergency")."""
    return frozenset(" ".join(row.cells[0].casefold().split()) for row in read_words(DATA_DIR / _FILE))


@functools.cache
def _heads() -> frozenset[str]:
    return frozenset(term.split(" of ", 1)[0] for term in of_terms())


def of_compound(tok) -> tuple[str, int] | None:
    """``(" of" phrase, index of its last token)`` when ``tok`` heads a term of ``data/of_compounds.txt``.

    ``tok`` is the head noun of a concept ("state" of "a state of emergency"); its lemma and
    the first words of its "of" phrase (the preposition must follow the noun right away and hang
    on it) make the term. None when they make none.
    """
    lemma = tok.lemma_.lower()
    if lemma not in _heads():
        return None
    doc = tok.doc
    nxt = tok.i + 1
    if nxt >= len(doc) or doc[nxt].lower_ != "of" or doc[nxt].head.i != tok.i or doc[nxt].dep_ != "prep":
        return None
    terms = of_terms()
    for end in range(nxt + 1, doc[nxt].right_edge.i + 1):  # the term may end before the phrase does ("... in X")
        words = " ".join(doc[nxt + 1 : end + 1].text.casefold().split())
        if f"{lemma} of {words}" in terms:
            return f"of {words}", end
    return None

