"""Doubts about a relation that names only what someone talked about: "Kokesh details his background".

:mod:`extract.quality` names the doubts that make a relation a poor graph edge; this module adds one read off
the predicate, the object and the event type (no parse):

- ``talk topic``: a verb of telling about a topic (``data/topic_verbs.txt``: describe, detail, outline,
  discuss, explain ...) with a plain noun as its object and no event type, or only a statement's (01) or a
  consultation's (04): "Kokesh details his background and activism", "Jephcott discussed climate change,
  water security and foreign ownership", "the eyewitness described extensive tire marks", "West outlined his
  campaign", "Bash described the event as ...". The edge joins a person to the subject matter of an interview
  or an account, which an analyst of who did what to whom does not keep (and the evaluation of a "described X
  as Y" is :mod:`extract.relations.evaluations`' to keep). With an actor as the object ("described Taylor as
  ...") or a code of another root ("described the attacks as dastardly" 111) the relation stays.

Checked over the Wikinews articles outside the test half (``benchmarks/data/edges_audit.md``, wave 19).

Examples
--------
>>> from extract.types import Argument, Predicate, Relation
>>> text = "Kokesh details his background."
>>> rel = Relation("d", Argument("kokesh", "Adam Kokesh", "PERSON", "Kokesh", 0, 6), Predicate("detail", "details",
...                7, 14), Argument("concept:background", "background", "CONCEPT", "his background", 15, 29), text, 0)
>>> topic_doubts(rel)
('talk topic',)
"""

from __future__ import annotations

import functools

from .edge_shapes import plain_concept
from .lexicon.core import DATA_DIR
from .lexicon.readers import read_words
from .types import Relation

__all__ = ["TOPIC_DOUBTS", "topic_doubts"]

#: Every doubt :func:`topic_doubts` can name.
TOPIC_DOUBTS = ("talk topic",)

# The roots of talk itself: a statement (01) and a consultation (04) with a topic for object are no act on it.
_TALK_ROOTS = frozenset({"01", "04"})


@functools.cache
def topic_verbs() -> frozenset[str]:
    """The lemmas of ``data/topic_verbs.txt``."""
    return frozenset(row.cells[0].casefold() for row in read_words(DATA_DIR / "topic_verbs.txt"))


def topic_doubts(relation: Relation) -> tuple[str, ...]:
    """Why ``relation`` names only a topic of talk: names of :data:`TOPIC_DOUBTS`, or ``()``."""
    event = relation.event
    if relation.predicate.lemma not in topic_verbs() or not plain_concept(relation.object):
        return ()
    if event is not None and event.root not in _TALK_ROOTS:
        return ()
    return ("talk topic",)
