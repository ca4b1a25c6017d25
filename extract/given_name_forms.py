"""A person's name with a short given name joined with the full given name the article also writes
(nodes audit, issue 12): "Mitch Stoltz" ... "Mitchell Stoltz", "Bill Weld" ... "William Weld".

The short forms and the full names they stand for are listed in ``data/given_name_forms.tsv``. Rule of
:mod:`extract.entities`, on the article's own person names only: a PERSON name of two words or more whose
first word is a short form is the name whose first word is one of that form's full names, the rest
alike; where the rest goes with two full names of the article ("Chris Evans" beside "Christopher Evans"
and "Christine Evans"), nothing is joined.

Examples
--------
>>> class D:
...     def __init__(self, canonical):
...         self.label, self.canonical = "PERSON", canonical
>>> forms = {"mitch": ("mitchell",)}
>>> full, short = D("Mitchell Stoltz"), D("Mitch Stoltz")
>>> join_given_name_forms([full, short], forms)
>>> short.canonical
'Mitchell Stoltz'
"""

from __future__ import annotations

from .lexicon import Lexicon
from .lexicon.normalise import fold_key

__all__ = ["join_given_name_forms", "map_given_name_forms"]


def map_given_name_forms(drafts, *, lexicon: Lexicon) -> None:
    """Join each person's short-form name with the full-form name of the article (in place)."""
    table = lexicon.tables["given_name_forms"]
    forms = {short: tuple(row[0].split()) for short, row in table.items() if row and row[0]}
    join_given_name_forms(drafts, forms)


def _words(name: str) -> list[str]:
    return [fold_key(w) for w in name.split()]


def join_given_name_forms(drafts, forms: dict[str, tuple[str, ...]]) -> None:
    """Set the canonical name of each PERSON draft whose first word is a short form of ``forms`` (folded
    short form -> folded full names) to the one name of the article with a full form and the same rest."""
    by_rest: dict[tuple[str, ...], dict[str, set[str]]] = {}
    for d in drafts:
        words = _words(d.canonical) if d.label == "PERSON" else []
        if len(words) >= 2:
            by_rest.setdefault(tuple(words[1:]), {}).setdefault(words[0], set()).add(d.canonical)
    for d in drafts:
        words = _words(d.canonical) if d.label == "PERSON" else []
        if len(words) < 2 or words[0] not in forms:
            continue
        given = by_rest.get(tuple(words[1:]), {})
        names = {name for full in forms[words[0]] for name in given.get(full, ())}
        if len(names) == 1:
            d.canonical = next(iter(names))
