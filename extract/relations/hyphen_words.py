"""The whole of a hyphenated modifier in a concept's label.

spaCy splits "three-dimensional", "Russian-led" and "city-owned" into three
tokens and hangs the first word and the hyphen on the last: a label built
from the noun's direct modifiers keeps "dimensional", "led", "owned" and
loses what they say ("the three-dimensional structures" -> "dimensional
structure", "the Russian-led operation" -> "led operation"). A modifier
whose own left children run up to it through a hyphen is read whole.
"""

from __future__ import annotations

__all__ = ["hyphen_word"]

_HYPHENS = frozenset({"-", "\u2010", "\u2011"})


def hyphen_word(tok) -> str | None:
    """The hyphenated compound ``tok`` ends, lowercased ("three-dimensional"), or None if it ends none.

    The compound is ``tok``'s left subtree when the word before ``tok`` is a hyphen of that subtree and
    every word of it is alphabetic or a hyphen ("10-year" is left to the number rules).
    """
    doc = tok.doc
    if tok.i == 0 or doc[tok.i - 1].text not in _HYPHENS or doc[tok.i - 1].head.i != tok.i:
        return None
    span = doc[tok.left_edge.i : tok.i + 1]
    if len(span) < 3 or not all(t.is_alpha or t.text in _HYPHENS for t in span):
        return None
    return "".join(t.lower_ + ("" if t.text in _HYPHENS or t.i + 1 < tok.i and doc[t.i + 1].text in _HYPHENS
                               else t.whitespace_) for t in span).strip()
