"""Doubts about a relation that says only that someone gave a speech: "Biden delivered a speech".

:mod:`extract.quality` names the doubts that make a relation a poor graph edge; this module adds one read off
the predicate, the object and the event type (no parse):

- ``speech given``: a verb of performing a speech (``data/speech_acts.tsv``, ``performing_verb``: deliver,
  give, make, issue, release, hold ...) whose object is a plain noun for a speech given (``speech_noun``:
  speech, address, statement, remark, press conference ...), with no event type or only a statement's (01):
  "Trump delivered a speech", "Lam later delivered the speech via video", "the Department issued a
  statement", "Biden held his first press conference", "Trump made several controversial statements". The
  edge joins an actor to the fact that it spoke; to whom and about what are other relations' to read (an
  addressee, "addressed the parliament", is an object of its own and stays), and the statement event itself
  stays in the extraction. A thing or an actor as the object ("delivered aid", "released a prisoner") is
  none of this.

Checked over the Wikinews articles outside the test half (``benchmarks/data/edges_audit.md``, wave 20).

Examples
--------
>>> from extract.types import Argument, Predicate, Relation
>>> text = "Biden delivered a speech."
>>> rel = Relation("d", Argument("joe_biden", "Joe Biden", "PERSON", "Biden", 0, 5), Predicate("deliver",
...                "delivered", 6, 15), Argument("concept:speech", "speech", "CONCEPT", "a speech", 16, 24), text, 0)
>>> performance_doubts(rel)
('speech given',)
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from .edge_shapes import plain_concept
from .lexicon.core import DATA_DIR
from .lexicon.readers import Schema, read_rows
from .types import Relation

__all__ = ["PERFORMANCE_DOUBTS", "SpeechActs", "performance_doubts", "speech_acts"]

#: Every doubt :func:`performance_doubts` can name.
PERFORMANCE_DOUBTS = ("speech given",)

_SCHEMA = Schema("speech_acts.tsv", ("word", "kind"))
_KINDS = ("performing_verb", "speech_noun")
# The root of CAMEO's "make public statement": giving a speech is one, and names no one it was given to.
_STATEMENT_ROOT = "01"


@dataclass(frozen=True, slots=True)
class SpeechActs:
    """The verbs of performing a speech and the nouns of a speech given (``data/speech_acts.tsv``)."""

    verbs: frozenset[str]
    nouns: frozenset[str]


@functools.cache
def speech_acts() -> SpeechActs:
    """The word classes of ``data/speech_acts.tsv``, read once.

    Raises
    ------
    LexiconError
        On a row of an unknown kind, naming the file and line.
    """
    found: dict[str, set[str]] = {kind: set() for kind in _KINDS}
    for row in read_rows(DATA_DIR / _SCHEMA.file, _SCHEMA):
        word, kind = row.cells
        if kind not in found:
            raise row.error(f"unknown kind {kind!r}; one of {', '.join(_KINDS)}")
        found[kind].add(word.casefold())
    return SpeechActs(frozenset(found["performing_verb"]), frozenset(found["speech_noun"]))


def _speech(label: str, nouns: frozenset[str]) -> bool:
    """Does the object's label end in a speech noun ("acceptance speech", "press conference")?"""
    words = label.casefold().split()
    return bool(words) and (words[-1] in nouns or " ".join(words[-2:]) in nouns)


def performance_doubts(relation: Relation) -> tuple[str, ...]:
    """Why ``relation`` says only that its subject gave a speech: names of :data:`PERFORMANCE_DOUBTS`, or ``()``."""
    acts = speech_acts()
    if relation.predicate.lemma not in acts.verbs or not plain_concept(relation.object):
        return ()
    event = relation.event
    if event is not None and event.root != _STATEMENT_ROOT:
        return ()
    return ("speech given",) if _speech(relation.object.label, acts.nouns) else ()
