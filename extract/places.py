"""Places: the offline gazetteer of the lexicon, and place-name helpers.

The gazetteer itself (GeoNames countries, cities of 15,000 people or more,
first-level divisions) is built by the lexicon layer
(:mod:`extract.lexicon.gazetteer`) and cached with it; this module keeps the
names the rules have always imported.
"""

from __future__ import annotations

from .lexicon import get_lexicon
from .lexicon.gazetteer import Gazetteer, GazetteerEntry, split_place
from .lexicon.normalise import fold_place

__all__ = ["GazetteerEntry", "Gazetteer", "gazetteer", "normalise_place", "split_place"]


def gazetteer() -> Gazetteer:
    """The project gazetteer: the default lexicon's (built once, cached on disk)."""
    return get_lexicon().gazetteer


def normalise_place(text: str) -> str:
    """Casefolded, accent-free, whitespace-collapsed form of a place name
    (:func:`extract.lexicon.normalise.fold_place`).

    Examples
    --------
    >>> normalise_place("  Khān   Shaykhūn ")
    'khan shaykhun'
    >>> normalise_place("Ma\u2018arrat al-Nu\u2019man")
    "ma'arrat al-nu'man"
    """
    return fold_place(text)
