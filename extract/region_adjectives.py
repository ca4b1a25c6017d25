"""A region's adjective beside the region's name (audit round w15).

A rule of :mod:`extract.entities`, on a closed table of adjectives (``data/region_adjectives.tsv``), never on
particular names: a name of two words or more ending in a region's adjective ("Central European", "Middle
Eastern", "Latin American") is the region the article names by the same words with the adjective's place
word ("Central Europe", "Middle East", "Latin America"): one node, as a country's adjective joins the country.
Nothing is joined where the article does not name the region, nor a lone adjective ("European").
"""

from __future__ import annotations

from .lexicon import Lexicon
from .lexicon.normalise import fold_key

__all__ = ["map_region_adjectives"]

#: Labels of the region's own name.
_PLACE_LABELS = frozenset({"LOC", "GPE"})


def map_region_adjectives(drafts, *, lexicon: Lexicon) -> None:
    """Give each draft named by a region's adjective of two words or more the canonical name and label of the
    article's region of the same words (in place): "Central European" -> "Central Europe" (LOC)."""
    table = lexicon.tables["region_adjectives"]
    places = {fold_key(d.canonical): d for d in drafts if d.label in _PLACE_LABELS and not d.country}
    if not places:
        return
    for d in drafts:
        words = d.canonical.split()
        if d.label != "NORP" or d.country or len(words) < 2:
            continue
        row = table.get(words[-1].casefold())
        if not row:
            continue
        place = places.get(fold_key(" ".join([*words[:-1], row[0]])))
        if place is not None:
            d.canonical, d.label = place.canonical, place.label
