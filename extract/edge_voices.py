"""Doubts about a speaker's "we" in a condition or a wish: people in general, not the speaker's act.

:mod:`extract.quality` names the doubts that make a relation a poor graph edge. A quotation's "we"
is resolved to its speaker, which is right for the speaker's own acts ("We have arrested three
suspects," said the police chief; "We signed the agreement," said the minister). In a condition or a
wish it is not: "If we can reduce the number of illnesses, we can reduce antibiotic resistance," said
the society's president; "We need to bring our troops home," said a candidate; "We should add those
planets to the menu," said a professor. There "we" is everyone, the country or the field, and the
sentence says nothing the speaker did: (speaker, reduce, antibiotic resistance) is no edge.

- ``hypothetical we``: the subject is the word "we" (or "us") resolved to a person or to a described
  speaker's noun ("a government official": :mod:`extract.relations.quote_referents`), the relation's
  modality is hypothetical (a condition, "should", "need to", "could": :mod:`extract.events`'s
  modality), and it has no event type (a typed event is kept as reported, as elsewhere).

Checked over the Wikinews articles outside the test half (``benchmarks/data/edges_audit.md``, wave 18).

Examples
--------
>>> from extract.types import Argument, Predicate, Relation
>>> text = '"If we can cut emissions, we can save lives," said Jane Roe.'
>>> rel = Relation("d", Argument("jane roe", "Jane Roe", "PERSON", "we", 5, 7), Predicate("cut", "cut", 12, 15),
...                Argument("concept:emission", "emission", "CONCEPT", "emissions", 16, 25), text, 0,
...                modality="hypothetical")
>>> voice_doubts(rel)
('hypothetical we',)
"""

from __future__ import annotations

from .edge_speech import written_word
from .types import Relation

__all__ = ["VOICE_DOUBTS", "voice_doubts"]

#: Every doubt :func:`voice_doubts` can name.
VOICE_DOUBTS = ("hypothetical we",)

_WE = frozenset({"we", "us"})
_SPEAKER_TYPES = frozenset({"PERSON", "CONCEPT"})


def voice_doubts(relation: Relation) -> tuple[str, ...]:
    """Why ``relation``'s subject is a generic "we": names of :data:`VOICE_DOUBTS`, or ``()``."""
    subject = relation.subject
    # a person, or a described speaker's noun put in the pronoun's place (relations/quote_referents.py)
    if (relation.modality == "hypothetical" and relation.event is None
            and subject.type in _SPEAKER_TYPES and written_word(subject) in _WE):
        return ("hypothetical we",)
    return ()
