"""Names whose head word needs a specifier: "Lost 52 Project", "Party for Socialism and Liberation".

A head word of ``data/specifier_heads.txt`` (Project, Foundation, Party, Alliance, Fund ...) names an
organisation only with what specifies it, a name or a number before it or a "for"/"of" phrase of
capitalised words after it. Rules of :mod:`extract.entities`, over the tokens around the tagger's
mentions:

- a mention that is the head word alone, or starts with a number, takes back the untagged capitalised
  words and numbers right before it ("Lost 52" + "Project", "March 14" + "Alliance"; a month's or a
  day's name only before a number, a sentence's first word only when a proper noun);
- a mention ending in the head word takes the "for" or "of" phrase of untagged capitalised words after it
  ("Party" + "for Socialism and Liberation");
- an untagged run after "the" with such a head word is a mention where it holds a number ("the 1619
  Project") or the head word opens it before "for"/"of" and capitalised words ("the Fund for Peace");
- the head word alone, as the whole of a name ("the Project said"), is no entity: with nothing to
  specify it, it would join every article's projects under one key.

Examples
--------
>>> lone_specifier("the Party", frozenset({"party"}))
True
>>> lone_specifier("Lost 52 Project", frozenset({"project"}))
False
"""

from __future__ import annotations

from .lexicon import Lexicon
from .lexicon.normalise import fold_key

__all__ = ["lone_specifier", "specifier_drafts", "specifier_heads"]

#: How many words before the head word may specify it ("Lost 52", "March 14").
_BACK_REACH = 3
#: How many words a "for"/"of" phrase after the head word may have ("Socialism and Liberation").
_FORWARD_REACH = 6
#: Tagger labels of words that may stand in a specifier before the head ("52" CARDINAL, "March 14" DATE).
_SPECIFIER_ENTS = frozenset({"", "CARDINAL", "DATE", "ORDINAL"})
#: Small words inside a "for"/"of" phrase of a name ("Socialism and Liberation", "Defense of Democracies").
_JOINING = frozenset({"and", "of", "the", "&"})
#: Prepositions that open a name's specifying phrase after its head word.
_OPENING = frozenset({"for", "of"})
_MONTHS_AND_DAYS = frozenset({
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
})


def specifier_heads(lexicon: Lexicon) -> frozenset[str]:
    """The folded head words of ``data/specifier_heads.txt``."""
    return frozenset(fold_key(w) for w in lexicon.words["specifier_heads"])


def lone_specifier(name: str, heads: frozenset[str]) -> bool:
    """Whether ``name`` is one head word of ``heads`` alone, "the" aside ("Project", "the Party")."""
    words = [w for w in name.split() if w.casefold() != "the"]
    return len(words) == 1 and fold_key(words[0]) in heads


def _head(tok, heads: frozenset[str]) -> bool:
    return tok.is_title and fold_key(tok.text) in heads


def _untagged(tok) -> bool:
    return tok.ent_type_ in _SPECIFIER_ENTS


def _specifier_word(tok) -> bool:
    """A capitalised word or a number that may specify a head word ("Lost", "52")."""
    if tok.is_digit:
        return True
    if not (tok.is_title and tok.is_alpha and tok.pos_ in ("PROPN", "NOUN", "ADJ")):
        return False
    return not tok.is_sent_start or tok.pos_ == "PROPN"


def _back_start(doc, ts: int) -> int:
    """The start of the specifier right before ``ts``: untagged capitalised words and numbers, a month's or a
    day's name only before a number; ``ts`` when there is none."""
    start = ts
    while start > 0 and ts - start < _BACK_REACH:
        tok = doc[start - 1]
        if not _untagged(tok) or not _specifier_word(tok):
            break
        if tok.lower_ in _MONTHS_AND_DAYS and not doc[start].is_digit:
            break  # "on Monday Party leaders": a date, no specifier
        start -= 1
        if tok.is_sent_start:
            break
    return start


def _forward_end(doc, te: int) -> int:
    """The end of a "for"/"of" phrase of untagged capitalised words right after ``te``; ``te`` when none.
    It ends on a capitalised word, and the word after it is no capitalised one (a longer name follows)."""
    if te >= len(doc) or doc[te].lower_ not in _OPENING:
        return te
    end, best = te + 1, te
    while end < len(doc) and end - te <= _FORWARD_REACH:
        tok = doc[end]
        if not _untagged(tok) or tok.is_sent_start:
            break
        if tok.is_title and tok.is_alpha:
            best = end + 1
        elif tok.lower_ not in _JOINING:
            break
        end += 1
    if best == te or doc[te + 1].lower_ in ("and", "of", "&"):
        return te
    if best < len(doc) and doc[best].is_title and doc[best].is_alpha:
        return te  # a capitalised word after the run: a name of its own there
    return best


def _widened(doc, d, heads: frozenset[str]) -> None:
    """Widen a mention ending in a head word (in place): its specifier before it, its phrase after it."""
    if not _head(doc[d.te - 1], heads):
        return
    if d.te - d.ts == 1 or doc[d.ts].is_digit:  # "Project" of "Lost 52 Project", "14 Alliance"
        d.ts = _back_start(doc, d.ts)
    d.te = _forward_end(doc, d.te)


def _after_the(doc, i: int) -> bool:
    return i > 0 and doc[i - 1].lower_ == "the"


def _untagged_names(doc, covered: bytearray, heads: frozenset[str]) -> list[tuple[int, int]]:
    """Untagged names after "the" with a head word: a number in the specifier before it ("the 1619
    Project"), or the head word first with its "for"/"of" phrase ("the Fund for Peace")."""
    found = []
    for tok in doc:
        i = tok.i
        if covered[i] or not _head(tok, heads) or tok.is_sent_start or not _untagged(tok):
            continue
        start = _back_start(doc, i)
        if start < i and _after_the(doc, start) and any(t.is_digit for t in doc[start:i]) \
                and not any(covered[start:i]):
            found.append((start, i + 1))
            continue
        end = _forward_end(doc, i + 1)
        if end > i + 1 and _after_the(doc, i) and not any(covered[i:end]):
            found.append((i, end))
    return found


def specifier_drafts(doc, drafts: list, make, *, lexicon: Lexicon) -> list:
    """``drafts`` with each mention ending in a head word of ``data/specifier_heads.txt`` widened to its
    specifier and the untagged names such a head word ends or opens added; ``make(ts, te, label)`` builds
    a mention. Mentions a widened one covers are the caller's to drop."""
    heads = specifier_heads(lexicon)
    for d in drafts:
        _widened(doc, d, heads)
    covered = bytearray(len(doc))
    for d in drafts:
        covered[d.ts:d.te] = b"\x01" * (d.te - d.ts)
    return drafts + [make(ts, te, "ORG") for ts, te in _untagged_names(doc, covered, heads)]
