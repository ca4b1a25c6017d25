"""One name written with a hyphen and with a space in one article is one entity (wave 17).

Rule of :mod:`extract.entities`, on the article's own names, never on particular names: two names whose words
are the same once hyphens and dashes are read as spaces and case is set aside ("Al-Qaeda" and "Al Qaeda",
"Kim Jong-un" and "Kim Jong Un", "Guinea-Bissau" and "Guinea Bissau") are one, named as first written. A
person's name joins only a person's, another name only another's (a saint's "Saint Denis" is no
"Saint-Denis"). Names written without the space at all are :func:`extract.name_shapes.space_variants`'.
"""

from __future__ import annotations

import re

from .lexicon.normalise import fold_key

__all__ = ["hyphen_form", "map_hyphen_variants"]

#: Hyphens and dashes inside a name.
_HYPHENS = re.compile(r"\s*[\-\u2010-\u2015]\s*")
_PERSON = "PERSON"


def hyphen_form(name: str) -> str:
    """The name casefolded, its hyphens and dashes read as spaces.

    Examples
    --------
    >>> hyphen_form("Al-Qaeda") == hyphen_form("al Qaeda"), hyphen_form("Kim Jong-un")
    (True, 'kim jong un')
    """
    return " ".join(_HYPHENS.sub(" ", fold_key(name)).split())


def map_hyphen_variants(drafts) -> None:
    """Give the drafts whose names differ only in hyphens (and case) the name first written (in place)."""
    first: dict[tuple[str, bool], tuple[int, str]] = {}
    hyphened = False
    for d in drafts:
        if d.country or not d.canonical:
            continue
        hyphened = hyphened or bool(_HYPHENS.search(d.canonical))
        key = (hyphen_form(d.canonical), d.label == _PERSON)
        if key not in first or d.ts < first[key][0]:
            first[key] = (d.ts, d.canonical)
    if not hyphened:
        return
    for d in drafts:
        if d.country or not d.canonical:
            continue
        written = first[(hyphen_form(d.canonical), d.label == _PERSON)][1]
        if written != d.canonical and (_HYPHENS.search(written) or _HYPHENS.search(d.canonical)):
            d.canonical = written
