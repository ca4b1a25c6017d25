"""A plural pronoun after a city that acts: "Liverpool beat Chelsea 2-0. They are now five points clear".

A city named as the subject of an action on another name is, in news, a team or a government by metonymy
("Liverpool beat Chelsea", "Beijing accused Washington"). The city's entity, typed as a place, does not agree
with "they", so the resolver would pass over it to the object, the other side, which is the wrong one of
the two. :func:`city_subject_over` tells when the antecedent found is the object of a clause whose subject is
such a city; the pronoun is then left unresolved (which of the two it is, the types cannot tell).
"""

from __future__ import annotations

__all__ = ["city_subject_over"]

_OBJECT_DEPS = frozenset({"dobj", "dative"})


def city_subject_over(res, start: int) -> bool:
    """Whether the named antecedent starting at token ``start`` is the object of a verb whose subject is
    a named place that is no country ("Liverpool beat Chelsea", "Beijing accused Washington").

    Parameters
    ----------
    res : extract.coref._Agreement
        The article's resolver (its ``doc``, ``token_mention``, ``mentions``, ``entities`` and ``lexicon``).
    start : int
        The first token of the antecedent found for the plural pronoun.
    """
    index = res.token_mention[start]
    if index < 0:
        return False  # a pronoun or description the antecedent was chained through
    mention = res.mentions[index]
    root = res.doc[mention.token_start : mention.token_end].root
    while root.dep_ == "conj" and root.head is not root:
        root = root.head
    if root.dep_ not in _OBJECT_DEPS or root.head.pos_ != "VERB":
        return False
    for child in root.head.children:
        if child.dep_ != "nsubj" or res.token_mention[child.i] < 0:
            continue
        entity = res.entities.get(res.mentions[res.token_mention[child.i]].key)
        return entity is not None and entity.type == "GPE" and res.lexicon.countries.country_of(entity.label) is None
    return False
