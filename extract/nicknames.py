"""A person's name with a quoted or bracketed nickname inside it (audit round w14b, brackets w21).

The tagger cuts 'Sergeant Matiu "Matt" Ratana' into 'Matiu "Matt' and "Ratana"; a reader sees one person,
whose name is "Matiu Ratana". Rules of :mod:`extract.entities`, on the written shape only:

- a given name, one or two capitalised words in quotation marks, then a capitalised surname, with the
  tagger's person's name on the given name or the surname, is one person's mention
  (:func:`nickname_joins`);
- the node's name leaves the quoted nickname out (:func:`without_nickname`): "Matiu Ratana";
- given the lexicon, a nickname in brackets (:mod:`extract.bracket_nicknames`: "James (Jim) Hedges") is read
  the same way, and so is a name whose tagged part is the nickname alone ('Matiu "Matt" Ratana' tagged
  "Matt"): the given name before the opening mark starts the person's mention.

Not where the quoted words are no nickname but a title or a quotation ("Smith "Yes" Jones" is rare; a
quotation of three words or more is no nickname).
"""

from __future__ import annotations

from .bracket_nicknames import bracket_nickname_end
from .doccache import doc_text

__all__ = ["nickname_joins", "nickname_in", "without_nickname"]

_QUOTES = frozenset({'"', "\u201c", "\u201d", "\u201e", "''", "``"})
#: How many words a nickname may have: "Matt", "The Rock".
_NICK_WORDS = 2


def _nickname_end(doc, i: int, lexicon=None) -> int | None:
    """Where the closing quotation mark (or, given the lexicon, bracket) is of a nickname opened at ``doc[i]``,
    between two capitalised words."""
    if lexicon is not None and doc[i].text == "(":
        return bracket_nickname_end(doc, i, lexicon=lexicon)
    if i < 1 or doc[i].text not in _QUOTES or not doc[i - 1].is_title or doc[i - 1].pos_ != "PROPN":
        return None
    j = i + 1
    while j < len(doc) and j - i <= _NICK_WORDS and doc[j].is_title and doc[j].text not in _QUOTES:
        j += 1
    if j == i + 1 or j >= len(doc) - 1 or doc[j].text not in _QUOTES:
        return None
    surname = doc[j + 1]
    return j if surname.is_title and surname.pos_ == "PROPN" else None


def nickname_joins(doc, mentions, make, lexicon=None) -> list:
    """``mentions`` with each person's name around a quoted (or, given the lexicon, bracketed) nickname one
    PERSON mention; ``make(ts, te, label)`` builds a mention."""
    text = doc_text(doc)
    brackets = lexicon is not None and "(" in text
    if not brackets and not any(quote in text for quote in _QUOTES):  # no mark (a quote token's text is one)
        return mentions
    added = []
    for m in mentions:
        if m.label != "PERSON":
            continue
        opened = [m.ts - 1] if m.ts >= 2 and lexicon is not None else []  # 'Matiu "Matt" Ratana' tagged "Matt"
        for i in [*opened, *range(max(m.ts + 1, 1), min(m.te + 1, len(doc)))]:
            close = _nickname_end(doc, i, lexicon)
            if close is None:
                continue
            start = m.ts if i > m.ts else i - 1
            end = close + 1
            after = [o for o in mentions if o.ts == end]
            if after and after[0].label == "PERSON":
                end = after[0].te
            else:
                while end < len(doc) and doc[end].is_title and doc[end].pos_ == "PROPN":
                    end += 1
            if any(o.ts < start < o.te or o.ts < end < o.te for o in mentions):
                break  # a mention runs over the name's edge: leave it
            added.append(make(start, end, "PERSON"))
            break
    if not added:
        return mentions
    inside = [(a.ts, a.te) for a in added]
    return [m for m in mentions if not any(s <= m.ts and m.te <= e for s, e in inside)] + added


def nickname_in(doc, ts: int, te: int, lexicon=None) -> tuple[int, int] | None:
    """The opening and closing marks of the nickname inside the name ``doc[ts:te]``, or None."""
    for i in range(ts + 1, te):
        close = _nickname_end(doc, i, lexicon)
        if close is not None and close + 1 < te:
            return i, close
    return None


def without_nickname(doc, ts: int, te: int, lexicon=None) -> str | None:
    """The name ``doc[ts:te]`` without the quoted (or bracketed) nickname inside it, or None when it holds none."""
    marks = nickname_in(doc, ts, te, lexicon)
    if marks is None:
        return None
    i, close = marks
    return " ".join(t.text for t in doc[ts:i]) + " " + " ".join(t.text for t in doc[close + 1:te])
