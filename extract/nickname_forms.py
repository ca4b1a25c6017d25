"""A person's nickname form, "Jim Hedges", joined with the name the article gives with the nickname inside
it, "James (Jim) Hedges" (w21).

An article that writes a given name with a nickname in quotation marks or brackets (:mod:`extract.nicknames`)
tells the reader that the nickname and the surname name the same person: "2016 presidential nominee James
(Jim) Hedges ... Jim Hedges received 5,617 votes", 'Sergeant Matiu "Matt" Ratana ... Matt Ratana was'. Rule
of :mod:`extract.entities`, on the article's own person names only:

- a person's name that is a nickname of the article followed by its surname is the name written with
  that nickname inside, without it ("Jim Hedges" is "James Hedges", "Matt Ratana" is "Matiu Ratana");
- where one nickname and surname stand for two full names of the article, nothing is joined.

Examples
--------
>>> class D:
...     def __init__(self, canonical, nick=None):
...         self.label, self.canonical, self.nick = "PERSON", canonical, nick
>>> full, short = D("James Hedges", ("Jim", "Hedges")), D("Jim Hedges")
>>> join_nickname_forms([full, short], {id(full): "jim hedges"})
>>> short.canonical
'James Hedges'
"""

from __future__ import annotations

from .lexicon import Lexicon
from .lexicon.normalise import fold_key
from .nicknames import nickname_in

__all__ = ["join_nickname_forms", "map_nickname_forms"]


def map_nickname_forms(doc, drafts, *, lexicon: Lexicon) -> None:
    """Join each person's nickname form with the full name the article writes it inside (in place)."""
    forms: dict[int, str] = {}
    for d in drafts:
        if d.label != "PERSON":
            continue
        marks = nickname_in(doc, d.ts, d.te, lexicon)
        if marks is None:
            continue
        i, close = marks
        forms[id(d)] = " ".join(fold_key(t.text) for t in (*doc[i + 1:close], *doc[close + 1:d.te]))
    if forms:
        join_nickname_forms(drafts, forms)


def join_nickname_forms(drafts, forms: dict[int, str]) -> None:
    """Set the canonical name of each PERSON draft written as a nickname form of ``forms`` (draft id -> folded
    "nickname surname") to the one full name that form stands for."""
    full: dict[str, str | None] = {}
    for d in drafts:
        form = forms.get(id(d))
        if form is not None:
            full[form] = d.canonical if full.get(form, d.canonical) == d.canonical else None
    for d in drafts:
        if d.label == "PERSON" and id(d) not in forms:
            name = full.get(" ".join(fold_key(w) for w in d.canonical.split()))
            if name:
                d.canonical = name
