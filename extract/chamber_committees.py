"""A legislature's committee named with and without its chamber in one article: one committee (issue 12).

"The Senate Intelligence Committee released its report ... The Intelligence Committee found": the second
name leaves out the chamber the first gives, and the reader takes both for one committee. Rule of
:mod:`extract.entities`, on the article's own names:

- a committee's name (its last word a head of ``data/committee_heads.txt``, "Committee", "Subcommittee", or
  a head before "on": "Committee on Foreign Relations") of two words or more after a chamber of
  ``data/chamber_names.txt`` ("Senate", "House", "House of Commons"; a country's name may stand before the
  chamber: "United States Senate Intelligence Committee") is the one committee the article names so;
- the name without the chamber (and without the country) is that committee where exactly one committee of
  the article fits it: beside both the House and the Senate Intelligence Committees, "the Intelligence
  Committee" joins neither;
- a chamber alone ("the Senate") is never its committee, nor a committee its chamber, and a head word alone
  ("the Committee") is left to :func:`extract.name_repairs.map_lone_heads`.

Examples
--------
>>> chambers = (("house", "of", "representatives"), ("house",), ("senate",))
>>> committee_forms("Senate Intelligence Committee", chambers, frozenset({"committee"}))
['intelligence committee']
>>> committee_forms("United States House Committee on Ethics", chambers, frozenset({"committee"}))
['house committee on ethics', 'committee on ethics']
>>> committee_forms("Senate", chambers, frozenset({"committee"}))
[]
"""

from __future__ import annotations

from .lexicon import Lexicon
from .lexicon.normalise import fold_key

__all__ = ["map_chamber_committees", "committee_forms"]

#: A committee's name without its chamber keeps this many words or more ("Intelligence Committee"; not
#: "Committee" alone).
_REST = 2
_PERSON = "PERSON"


def _is_committee(words: list[str], heads: frozenset[str]) -> bool:
    """Whether the folded words end in a committee's head or begin with one before "on"."""
    return len(words) >= _REST and (words[-1] in heads or (words[0] in heads and words[1] == "on"))


def committee_forms(name: str, chambers, heads: frozenset[str]) -> list[str]:
    """The folded shorter forms of a committee's name that begins with a chamber (after a country's name or
    not): from the chamber on where a country stands before it, and without the chamber; none for a name that
    is no chamber's committee."""
    words = [fold_key(w) for w in name.split()]
    for at in range(len(words)):
        for chamber in chambers:  # the longest chamber first: "House of Commons" before "House"
            end = at + len(chamber)
            if tuple(words[at:end]) == chamber and _is_committee(words[end:], heads):
                forms = [" ".join(words[at:])] if at else []
                return [*forms, " ".join(words[end:])]
    return []


def _chambers(lexicon: Lexicon) -> tuple[tuple[str, ...], ...]:
    names = {tuple(fold_key(w) for w in name.split()) for name in lexicon.words["chamber_names"]}
    return tuple(sorted(names, key=lambda c: (-len(c), c)))


def map_chamber_committees(drafts, *, lexicon: Lexicon) -> None:
    """Name each committee written without its chamber as the one committee of the article that has it (in
    place)."""
    heads = frozenset(fold_key(w) for w in lexicon.words["committee_heads"])
    if not any(heads & {fold_key(w) for w in d.canonical.split()} for d in drafts):
        return
    chambers = _chambers(lexicon)
    longs: dict[str, tuple[str, object] | None] = {}
    for d in drafts:
        if d.label == _PERSON or d.country:
            continue
        forms = committee_forms(d.canonical, chambers, heads)
        if not forms:
            continue
        # one committee, whatever country stands before its chamber: its name from the chamber on
        own = forms[0] if len(forms) > 1 else fold_key(d.canonical)
        for form in forms:
            known = longs.get(form, (own, d))
            if known is None or known[0] != own:
                longs[form] = None
            else:
                longs[form] = (own, max((known[1], d), key=lambda x: (len(x.canonical.split()), x.canonical)))
    for d in drafts:
        found = longs.get(fold_key(d.canonical))
        if found is not None and d.label != _PERSON and not d.country:
            d.canonical, d.label = found[1].canonical, found[1].label
