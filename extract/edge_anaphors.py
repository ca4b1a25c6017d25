"""Doubts about an object that only points at content given elsewhere: "similar measures", "such steps".

:mod:`extract.quality` names the doubts that make a relation a poor graph edge. An object noun
after "similar" or "such" says that its content is another one's, named in another clause or
sentence: "Uganda imposed similar measures", "Ghebreyesus expressed a similar view", "Similar
attributions were made by Saba", "X, a similar project between ...". As an edge it tells an analyst
nothing by itself (the measures, the view are not in it): the relation stays, the graph leaves it out.

- ``anaphoric object``: the object is a plain concept whose label starts with "similar" or "such".

Checked over the Wikinews articles outside the test half (``benchmarks/data/edges_audit.md``, wave 18).

Examples
--------
>>> from extract.types import Argument, Predicate, Relation
>>> text = "Uganda imposed similar measures."
>>> rel = Relation("d", Argument("uganda", "Uganda", "GPE", "Uganda", 0, 6), Predicate("impose", "imposed", 7, 14),
...                Argument("concept:similar measure", "similar measure", "CONCEPT", "similar measures", 15, 31), text, 0)
>>> anaphor_doubts(rel)
('anaphoric object',)
"""

from __future__ import annotations

from .types import Relation

__all__ = ["ANAPHOR_DOUBTS", "anaphor_doubts"]

#: Every doubt :func:`anaphor_doubts` can name.
ANAPHOR_DOUBTS = ("anaphoric object",)

_POINTING = frozenset({"similar", "such"})


def anaphor_doubts(relation: Relation) -> tuple[str, ...]:
    """Why ``relation``'s object says nothing by itself: names of :data:`ANAPHOR_DOUBTS`, or ``()``."""
    obj = relation.object
    if obj.type != "CONCEPT" or not isinstance(obj.label, str):
        return ()
    words = obj.label.casefold().split()
    return ("anaphoric object",) if len(words) > 1 and words[0] in _POINTING else ()
