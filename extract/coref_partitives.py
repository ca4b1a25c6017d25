"""A plural noun counted out by a quantifier before "of": "both of its drivers", "two of the engineers",
"many of its staff". The quantifier holds the noun's place in the clause (subject, object), so a "they"
after "Ferrari fired both of its drivers" has the drivers as a rival to the team
(:func:`extract.coref_groups.plural_rival_between`). "One of its drivers", "each of them" count out a
single one and hold no plural place.
"""

from __future__ import annotations

__all__ = ["partitive_head"]

#: Quantifiers that count out more than one ("both of", "many of"); numbers above one count too.
_PLURAL_QUANTIFIERS = frozenset({"both", "all", "some", "many", "most", "several", "few", "dozens", "hundreds",
                                 "thousands", "scores", "half", "two", "three", "four", "five", "six", "seven",
                                 "eight", "nine", "ten", "twelve", "twenty"})


def partitive_head(noun):
    """The quantifier whose "of" phrase ``noun`` is ("both" of "both of its drivers"), or ``noun``."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "of" or prep.head is prep:
        return noun
    head = prep.head
    if head.i < prep.i and (head.lower_ in _PLURAL_QUANTIFIERS or (
        head.like_num and head.lower_ not in ("1", "one") and head.pos_ == "NUM"
    )):
        return head
    return noun
