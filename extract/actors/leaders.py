"""The leader country of an "X-led" word: "the Saudi-led coalition", "a US-led force" (a coalition led by
Saudi Arabia, a force led by the United States).

A coalition or force is coded by the country that leads it, as "X-based" names where a group is
(:func:`extract.actors.codes._country_word`). Only a nationality or a country's own name leads: "a
Hamas-led government", "a woman-led team", "a Georgia-led bloc" (the US state or the country) name none.
"""

from __future__ import annotations

from ..lexicon import Lexicon
from .localities import is_state_namesake

__all__ = ["LED", "led_country"]

#: The suffix of a word naming who leads: "Saudi-led".
LED = "-led"


def led_country(word: str, lexicon: Lexicon) -> str | None:
    """The ISO3 country that leads in a folded word ``"<country>-led"``, or None.

    Examples
    --------
    >>> from extract.lexicon import get_lexicon
    >>> led_country("saudi-led", get_lexicon())
    'SAU'
    >>> led_country("us-led", get_lexicon())
    'USA'
    >>> led_country("hamas-led", get_lexicon()) is None
    True
    """
    if not word.endswith(LED) or len(word) <= len(LED):
        return None
    stem = word[: -len(LED)]
    if is_state_namesake(stem, lexicon=lexicon):
        return None  # "a Georgia-led bloc": the US state or the country
    found = lexicon.actors.demonyms.get(stem)
    if found is not None:
        return found
    countries = lexicon.countries
    named = countries.by_label.get(countries.country_of(stem) or "")
    return named.alpha3 if named is not None and named.alpha3 else None
