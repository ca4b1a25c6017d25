"""Acronyms an article defines in square brackets, and names the tagger cut at a hyphen (audit round w14b).

Rules of :mod:`extract.entities`, on the written shape of a definition, never on particular names:

- an editor's square brackets define an acronym as round ones do: "the Council of Ex-Muslims of Britain
  [CEMB]" (the acronym after the name, read by :func:`extract.entities._defined_start` with
  :data:`CLOSERS`);
- the name in square brackets right after an acronym is its full form: "CEMB [Council of Ex-Muslims of
  Britain]" is one organisation, the acronym its alias; the name must be spelt by the acronym's letters
  and written in capitals and small words only ("FGM [Female Genital Mutilation]" is spelt too, and is an
  organisation only if the tagger said so of the acronym);
- so is the name in round brackets right after a tagged acronym (w35): "HPC (High Performance Computing)" is one
  node, not "HPC" and the piece "Performance Computing" the tagger took;
- a hyphen inside a capitalised word ("Ex-Muslims") does not end the name an acronym spells;
- the name an acronym in brackets defines may begin after a small word (audit round w15): "Members of the
  Council of Ex-Muslims of Britain (CEMB)" defines "Council of Ex-Muslims of Britain", not the words from
  "Members"; and a mention the tagger began with "the" ("the Council of Ex-Muslims") does not keep the
  whole name from being read, as a capitalised word before the name would.
"""

from __future__ import annotations

__all__ = [
    "CLOSERS", "is_name_hyphen", "names_after_acronyms", "acronyms_before_names", "spelt_start", "runs_over", "lies_inside",
]

#: An opening bracket and the bracket that closes it.
CLOSERS = {"(": ")", "[": "]"}
#: Small words a defined name may hold: "Council of Ex-Muslims of Britain".
_SMALL = frozenset({"of", "and", "on", "for", "the", "to", "in", "de", "la", "du", "des", "&"})
#: How many words a name in brackets may have.
_REACH = 10
#: Labels of a name an acronym may define.
_BODY_LABELS = frozenset({"ORG", "FAC", "GPE", "NORP"})
_HYPHENS = frozenset({"-", "\u2010", "\u2011"})


def is_name_hyphen(doc, i: int) -> bool:
    """Whether ``doc[i]`` is a hyphen written inside a capitalised word: "Ex-Muslims"."""
    return 0 < i < len(doc) - 1 and doc[i].text in _HYPHENS and not doc[i - 1].whitespace_ and (
        not doc[i].whitespace_) and doc[i - 1].is_title and doc[i + 1].is_title


def _letters(doc, start: int, end: int) -> tuple[str, str]:
    """The initials of the words ``doc[start:end]``, with and without the small words."""
    every, content = [], []
    for i in range(start, end):
        tok = doc[i]
        if tok.text in _HYPHENS or tok.is_punct:
            continue
        every.append(tok.text[0])
        if tok.lower_ not in _SMALL:
            content.append(tok.text[0])
    return "".join(every).upper(), "".join(content).upper()


def _acronym(tok) -> bool:
    bare = tok.text.replace(".", "")
    return len(bare) >= 2 and bare.isalpha() and bare.isupper()


def _bracketed_name(doc, i: int) -> int | None:
    """Where the name in square or round brackets opened at ``doc[i]`` ends (the closing bracket), when the acronym
    right before the bracket spells it and it is written in capitals and small words only; or None."""
    if i < 1 or doc[i].text not in CLOSERS or not _acronym(doc[i - 1]):
        return None
    closer = CLOSERS[doc[i].text]
    end = i + 1
    while end < len(doc) and end - i <= _REACH and doc[end].text != closer:
        tok = doc[end]
        if not (tok.is_title or (tok.lower_ in _SMALL and tok.is_lower) or is_name_hyphen(doc, end)):
            return None
        end += 1
    if end >= len(doc) or doc[end].text != closer or end == i + 1 or not doc[i + 1].is_title:
        return None
    return end if doc[i - 1].text.replace(".", "") in _letters(doc, i + 1, end) else None


def names_after_acronyms(doc, mentions, make, titles=frozenset()) -> list:
    """``mentions`` with each name defined in square or round brackets after a tagged acronym one mention, typed
    as the acronym ("CEMB [Council of Ex-Muslims of Britain]", "QVM (Queen Victoria Market)"), the pieces the tagger took from it gone;
    ``make(ts, te, label)`` builds a mention; a round bracket's name opening with a word of ``titles`` (folded)
    is left to the tagger."""
    added = []
    for m in mentions:
        if m.te - m.ts != 1 or m.label not in _BODY_LABELS or m.te >= len(doc):
            continue
        end = _bracketed_name(doc, m.te)
        if end is None or doc[m.te].text == "(" and doc[m.te + 1].lower_ in titles:
            continue  # "QVM (Queen Victoria Market)": a title word would be stripped from the name
        if any(o.ts < m.te + 1 < o.te or o.ts < end < o.te for o in mentions):
            continue  # a mention runs over the bracket: leave it
        added.append(make(m.te + 1, end, m.label))
    if not added:
        return mentions
    inside = [(a.ts, a.te) for a in added]
    return [m for m in mentions if not any(s <= m.ts and m.te <= e for s, e in inside)] + added


def acronyms_before_names(doc, drafts) -> dict[str, str]:
    """Acronym (as written) -> the name defined in square or round brackets right after it."""
    found = {}
    for d in drafts:
        if d.ts >= 2 and doc[d.ts - 1].text in CLOSERS and d.te < len(doc) and (
                doc[d.te].text == CLOSERS[doc[d.ts - 1].text]) and (
                _bracketed_name(doc, d.ts - 1) == d.te) and " " in d.canonical:
            found.setdefault(doc[d.ts - 2].text, d.canonical)
    return found


def spelt_start(doc, start: int, end: int, spells) -> int | None:
    """The first start from ``start`` on of a name ending at ``end`` that the acronym spells
    (``spells(first, end)`` is true): the longest name, or one beginning with a capitalised word after a
    small word in lower case ("Members of the Council of Ex-Muslims of Britain (CEMB)": from "Council").
    None when no such start spells it."""
    for first in range(start, end):
        if first == start or doc[first].is_title and doc[first - 1].is_lower and doc[first - 1].lower_ in _SMALL:
            if spells(first, end):
                return first
    return None


def runs_over(doc, ts: int, te: int, start: int, end: int) -> bool:
    """Whether the mention ``doc[ts:te]`` runs over an edge of the name ``doc[start:end]``: it holds a word on
    one side of an edge and a word on the other, other than small words in lower case before the start ("the
    Council of Ex-Muslims" runs over no edge of "Council of Ex-Muslims of Britain")."""
    if ts < end < te:
        return True
    if not ts < start < te:
        return False
    return any(not (doc[k].is_lower and doc[k].lower_ in _SMALL) for k in range(ts, start))


def lies_inside(doc, ts: int, te: int, start: int, end: int) -> bool:
    """Whether the mention ``doc[ts:te]`` lies inside the name ``doc[start:end]``, small words in lower case
    before the name aside ("the Council of Ex-Muslims" inside "Council of Ex-Muslims of Britain")."""
    if te > end or te <= start:
        return False
    return ts >= start or not runs_over(doc, ts, te, start, end)
