"""A company's branch named by the company and a country is an organisation: "Mazars USA", "Netflix Japan".

Rule of :mod:`extract.entities`, on the names of one article, the countries table and the knowledge base,
never on particular names. The tagger reads the country that ends such a name and calls the whole a place
("his tax preparer Mazars USA" LOC). A name of two words or more whose last words are a country's name or
abbreviation ("USA", "UK", "Japan"), whose front is an organisation, and which is itself no country or
place, is an organisation: the front is an organisation where the article tags it ORG alone ("Mazars": then the
two are one node, named "Mazars") or the knowledge base knows it only as one ("Netflix").

Not a place whose front is a direction or a region ("South Korea", "North America", "Central Europe": the
countries table or the gazetteer know the whole, or the front is no organisation), nor a front the
countries table knows ("New Mexico"), nor a name the tagger already typed ORG.

Examples
--------
>>> country_tail(["Mazars", "USA"], lambda name: name == "USA")
1
>>> country_tail(["Mazars"], lambda name: True) is None
True
"""

from __future__ import annotations

from collections.abc import Callable

from .lexicon import Lexicon
from .lexicon.normalise import fold_key

__all__ = ["country_tail", "map_brand_countries"]

#: The tagger's types that such a name gets from the country at its end.
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC", "NORP"})


def country_tail(words: list[str], is_country: Callable[[str], bool]) -> int | None:
    """Where the longest country's name that ends ``words`` starts, leaving at least one word before it."""
    for cut in range(1, len(words)):
        if is_country(" ".join(words[cut:])):
            return cut
    return None


def map_brand_countries(drafts, *, lexicon: Lexicon) -> None:
    """Give the type ORG (in place) to each draft mention that names an organisation and a country ("Mazars
    USA"), the organisation being another ORG mention of the article (then the mention is that organisation,
    named as the article names it alone: one referent, as "Mazars" and "Mazars USA" are in one story) or the
    knowledge base's."""
    countries = lexicon.countries
    orgs = {fold_key(d.canonical): d.canonical for d in drafts if d.label == "ORG" and not d.country}
    for d in drafts:
        if d.label not in _PLACE_LABELS or d.country or d.hint not in (None, "ORG"):
            continue
        words = d.canonical.split()
        cut = country_tail(words, lambda name: countries.country_of(name) is not None)
        if cut is None or _is_place(d.canonical, lexicon):
            continue
        front = " ".join(words[:cut])
        if countries.country_of(front) or _is_place(front, lexicon):
            continue
        if fold_key(front) in orgs:
            d.hint, d.canonical = "ORG", orgs[fold_key(front)]  # the article's own name of the organisation
        elif _known_organisation(front, lexicon):
            d.hint = "ORG"


def _is_place(name: str, lexicon: Lexicon) -> bool:
    """Whether the countries table or the gazetteer knows ``name`` as a place."""
    if lexicon.countries.country_of(name):
        return True
    folded = fold_key(name)
    return any(fold_key(c.name) == folded for c in lexicon.gazetteer.candidates(name))


def _known_organisation(name: str, lexicon: Lexicon) -> bool:
    """Whether the knowledge base knows ``name`` and only as an organisation."""
    types = {entry.type for entry, _alias in lexicon.knowledge.lookup(name)}
    return types == {"ORG"}
