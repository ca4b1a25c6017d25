"""The whole of a hyphenated word in a concept's label.

spaCy splits "three-dimensional", "Russian-led", "cease-fire" and
"re-election" into three tokens and hangs the pieces in ways that vary
(the first word and the hyphen on the last, or all three as siblings): a
label built from the noun and its direct modifiers keeps "dimensional",
"led", "fire", "election" and loses what the compound says ("the
three-dimensional structures" -> "dimensional structure", "the Russian-led
operation" -> "led operation", "seeking re-election" -> "election"). A
word that the text joins to the words before it by hyphens is read whole.
"""

from __future__ import annotations

from ..doccache import span_text

__all__ = ["hyphen_start", "hyphen_word"]

_HYPHENS = frozenset({"-", "\u2010", "\u2011"})


def hyphen_start(tok) -> int:
    """The index of the first word of the hyphenated compound ``tok`` ends (``tok.i`` if it ends none).

    A hyphen joins two words when no space stands on either side of it ("cease-fire"), or when the parser
    hangs it on the word after it (tokenised texts that space it: "mortgage - backed"). Only alphabetic
    words are joined ("10-year" is left to the number rules).
    """
    doc = tok.doc
    start = tok.i
    while start >= 2:
        if span_text(doc, start - 1, start) not in _HYPHENS:
            break  # the word before is no hyphen (most words): no Token made
        hyphen, before = doc[start - 1], doc[start - 2]
        if hyphen.text not in _HYPHENS or not before.is_alpha:
            break
        tight = not before.whitespace_ and not hyphen.whitespace_
        if not tight and hyphen.head.i != start:
            break
        start -= 2
    return start


def hyphen_word(tok, *, lemma: bool = False) -> str | None:
    """The hyphenated compound ``tok`` ends, lowercased ("three-dimensional"), or None if it ends none.

    With ``lemma``, its last word is the lemma ("re-elections" -> "re-election").
    """
    start = hyphen_start(tok)
    if start == tok.i:
        return None
    doc = tok.doc
    last = tok.lemma_.lower() if lemma else tok.lower_
    return "".join(t.lower_ for t in doc[start : tok.i]) + last
