"""The name a concept argument ends in, as the text writes it ("lawmaker Elijah Cummings" -> "Elijah Cummings").

A noun phrase whose head is a proper noun the tagger left out of every entity is still a name: its
label is the run of proper nouns that ends at the head, with the text's own casing ("B Shiva
Parvathi", not "b shiva Parvathi"), without the role noun written before it ("lawmaker", "national",
"chain") and without the role's adjectives of ``data/name_head_adjectives.txt`` ("former", "veteran"),
as a role noun before a recognised name is dropped. Other adjectives on the head stay, lower-case as
in every concept label ("his personal Tesla" is "personal Tesla"). The argument's span is unchanged.
"""

from __future__ import annotations

import functools

from ..lexicon.core import DATA_DIR
from ..lexicon.readers import read_words
from ..doccache import doc_span

__all__ = ["proper_run", "name_label"]

_FILE = "name_head_adjectives.txt"


@functools.cache
def _role_adjectives() -> frozenset[str]:
    return frozenset(row.cells[0].casefold() for row in read_words(DATA_DIR / _FILE))


def _initial(tok) -> bool:
    """An initial of a name: "B", "J.", "K."."""
    text = tok.text.rstrip(".")
    return len(text) == 1 and text.isalpha() and text.isupper()


def proper_run(tok, index) -> tuple[int, str] | None:
    """For a proper-noun head outside every mention: the first token of the proper-noun run ending
    at ``tok`` and the run's text (single spaces), or None when ``tok`` is not such a head.

    The run takes the proper nouns right before the head whose syntactic head lies inside the run
    (a compound of the name), and stops at a word of a recognised mention.
    """
    if tok.pos_ != "PROPN" or not (tok.is_alpha or _initial(tok)):
        return None
    doc = tok.doc
    first = tok.i
    while first > 0:
        prev = doc[first - 1]
        if prev.is_space:  # "B  Shiva": an extra space between the words
            if first - 2 >= 0 and doc[first - 2].pos_ == "PROPN":
                prev = doc[first - 2]
            else:
                break
        if prev.pos_ != "PROPN" or not (prev.is_alpha or _initial(prev)):
            break
        if not (prev.i < prev.head.i <= tok.i) or index.mention_at(prev.i) is not None:
            break
        first = prev.i
    words = [t.text for t in doc_span(doc, first, tok.i + 1) if not t.is_space]
    return first, " ".join(words)


def name_label(tok, index, modifiers) -> str | None:
    """The label of the concept headed by ``tok`` when it is an unrecognised name, else None.

    ``modifiers`` are the (token, word) pairs the concept label took from the head's modifiers;
    the adjectives before the name's run stay (but a role's), the rest give way to the run.
    """
    run = proper_run(tok, index)
    if run is None:
        return None
    first, name = run
    kept = [word for child, word in modifiers
            if child.i < first and child.pos_ == "ADJ" and child.lower_ not in _role_adjectives()]
    return " ".join([*kept, name])
