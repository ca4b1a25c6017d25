"""The name a concept argument ends in, as the text writes it ("lawmaker Elijah Cummings" -> "Elijah Cummings").

A noun phrase whose head is a proper noun the tagger left out of every entity is still a name: its
label is the run of proper nouns that ends at the head, with the text's own casing ("B Shiva
Parvathi", not "b shiva Parvathi"), and without the role noun, nationality adjective or "former" /
"veteran" written before it, as a role noun before a recognised name is dropped.
"""

from __future__ import annotations

__all__ = ["proper_run"]


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
    words = [t.text for t in doc[first:tok.i + 1] if not t.is_space]
    return first, " ".join(words)
