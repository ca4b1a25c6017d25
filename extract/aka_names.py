"""A second name the article gives in so many words: "First Moscow State Medical University (First MSMU),
also called Sechenov University"; "Daesh, also known as the Islamic State".

A name right after "also called", "also known as", "known as", "aka" or "a.k.a." (and an optional "the"),
after a comma or an opening bracket that closes a name, is that name's other name: one referent
(:func:`map_aka_names`, in place: the second name takes the first's canonical label). The first name may
carry a bracketed short form before the comma ("(First MSMU)"). Nothing is joined where the two names are
of kinds that cannot be one referent: a country or a people on one side only, or a person and a body; nor
where the second name does not end the phrase (a comma, a bracket or the sentence's end after it: "also
known as the Islamic State" tagged "Islamic" is no whole name). Every mention of the second name is joined.
"""

from __future__ import annotations

from spacy.attrs import LOWER

from .doccache import token_column

__all__ = ["map_aka_names"]

#: The words that introduce a second name, read backwards from the name (lower case).
_CUES = (("also", "called"), ("also", "known", "as"), ("known", "as"), ("aka",), ("a.k.a.",), ("also", "named"))
_OPENERS = frozenset({",", "("})
#: What follows a whole second name: it ends the phrase.
_CLOSERS = frozenset({",", ")", ".", ";", ":", "—", "–"})
#: Tagger labels that may be one referent under two names.
_BODY_OR_PLACE = frozenset({"ORG", "GPE", "LOC", "FAC", "NORP", "EVENT"})


def _cue_start(doc, ts: int) -> int | None:
    """The index of the comma or bracket before the cue that ends right before ``ts``, or None."""
    i = ts - 1
    if i < 0:
        return None
    lowers, strings = token_column(doc, LOWER), doc.vocab.strings  # the words' lower case read off one column
    if strings[lowers[i]] == "the":
        i -= 1
        if i < 0:
            return None
    last = strings[lowers[i]]
    for cue in _CUES:
        start = i - len(cue) + 1
        if (cue[-1] == last and start >= 1 and all(strings[lowers[start + k]] == word for k, word in enumerate(cue))
                and doc[start - 1].text in _OPENERS):
            return start - 1
    return None


def _first_end(doc, opener: int) -> int:
    """Where the first name ends: right before the opener, or before a bracketed short form before it."""
    end = opener
    if end >= 1 and doc[end - 1].text == ")":
        j = end - 2
        while j >= 0 and doc[j].text != "(" and end - j <= 6:
            j -= 1
        if j >= 0 and doc[j].text == "(":
            end = j
    return end


def _compatible(first, second) -> bool:
    if first.country != second.country:
        return False
    if first.label == second.label:
        return True
    return first.label in _BODY_OR_PLACE and second.label in _BODY_OR_PLACE


def map_aka_names(doc, drafts) -> None:
    """Give each name introduced as another's other name the first name's canonical label (in place).

    Parameters
    ----------
    doc : spacy.tokens.Doc
        The Doc the drafts are of.
    drafts : list
        The drafts of :mod:`extract.entities` in text order (``ts``, ``te``, ``label``, ``canonical``,
        ``country``).
    """
    by_end = {d.te: d for d in drafts}
    other: dict[str, object] = {}
    for d in drafts:
        opener = _cue_start(doc, d.ts)
        if opener is None or d.te < len(doc) and doc[d.te].text not in _CLOSERS:
            continue  # "also known as the Islamic State" tagged "Islamic": no whole name
        first = by_end.get(_first_end(doc, opener))
        if first is not None and first is not d and _compatible(first, d) and first.canonical != d.canonical:
            other.setdefault(d.canonical, first)
    for d in drafts:
        first = other.get(d.canonical)
        if first is not None and not d.country:
            d.canonical, d.label = first.canonical, first.label  # every later "Sechenov University" too
