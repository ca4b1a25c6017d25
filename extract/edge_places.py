"""Doubts about a thing at a place: "a helicopter crashed in Calabasas", "the pollution that reaches Ohio".

:mod:`extract.quality` names the doubts that make a relation a poor graph
edge; :mod:`extract.edge_shapes`' ``thing as actor`` takes a thing as the
subject of a relation with no event type, and leaves a place as the object
alone. This module reads that case (no parse):

- ``thing at a place``: the subject is a thing (:func:`extract.edge_shapes.thing_argument`:
  a plain noun for no person, body or incident, with no actor code), the
  object a place (a country, a city, a region, a building), and the
  relation has no event type: "a helicopter with ... on board crashed in
  Calabasas" -> "helicopter crash Calabasas", "the 2000 km long pipeline
  would end in Otranto", "the power plant pollution that reaches Ohio",
  "reported cases also appeared in Thailand", "the large statues that dot
  the island". The node of a plain noun is one concept over every
  article ("pipeline"), so the edge ties a place to whatever the graph's
  other pipelines did: no who-did-what-to-whom fact. The place of an
  incident, a disaster or an occasion stays ("the stampede occurred in
  Kerman", "the virus first appeared in Wuhan", "the protest began outside
  the Complex": the incidents :func:`thing_argument` counts as actors and
  :func:`occurrence_nouns`), so does a thing that happened or met with an
  accident (:func:`occurrence_verbs`: "the procession took place in Tehran",
  "an apartment building collapsed in Magnitogorsk"), a thing that harms the place (a verb
  of ``data/harm_verbs.tsv``: "a hurricane hit Bermuda"), an event type,
  ``is a`` and ``located in``. A noun with an agent's ending is read as
  people by :func:`thing_argument` ("a helicopter" stays: precision first).

Checked over the Wikinews articles outside the test half
(``benchmarks/data/edges_audit.md``, wave 23).

Examples
--------
>>> from extract.types import Argument, Predicate, Relation
>>> text = "The pipeline would end in Otranto."
>>> rel = Relation("d", Argument("concept:pipeline", "pipeline", "CONCEPT", "The pipeline", 0, 12),
...                Predicate("end", "end", 19, 22),
...                Argument("otranto", "Otranto", "GPE", "Otranto", 26, 33), text, 0)
>>> place_doubts(rel)
('thing at a place',)
"""

from __future__ import annotations

import functools

from .edge_shapes import harm_verbs, thing_argument
from .lexicon.core import DATA_DIR, TABLES
from .lexicon.readers import read_rows, read_words
from .types import Relation

__all__ = ["PLACE_DOUBTS", "occurrence_nouns", "occurrence_verbs", "place_doubts"]

#: Every doubt :func:`place_doubts` can name.
PLACE_DOUBTS = ("thing at a place",)

_PLACE_TYPES = frozenset({"GPE", "LOC", "FAC"})
_LEFT_ALONE = frozenset({"is a", "located in"})


_OCCURRENCE_LISTS = ("non_event_causes.txt", "natural_forces.txt", "event_nouns.txt", "occasion_nouns.txt")
_OCCURRENCE_VERB_LISTS = ("occurrence_verbs.txt", "accident_verbs.txt")
_NOMINALISATIONS = TABLES["nominalisations.tsv"]


@functools.cache
def occurrence_nouns() -> frozenset[str]:
    """Nouns of what happens, whose place is news: accidents and disasters (``data/non_event_causes.txt``,
    ``data/natural_forces.txt``), occasions (``data/event_nouns.txt``, ``data/occasion_nouns.txt``) and the event
    nouns of ``data/nominalisations.tsv`` ("protest", "attack")."""
    words = {row.cells[0].casefold() for name in _OCCURRENCE_LISTS for row in read_words(DATA_DIR / name)}
    words.update(row.cells[0].casefold() for row in read_rows(DATA_DIR / _NOMINALISATIONS.file, _NOMINALISATIONS))
    return frozenset(words)


@functools.cache
def occurrence_verbs() -> frozenset[str]:
    """Verbs that say their subject happened (``data/occurrence_verbs.txt``: "take place", "occur") or met with
    an accident (``data/accident_verbs.txt``: "collapse", "crash"): the subject is an incident, its place news."""
    return frozenset(row.cells[0].casefold() for name in _OCCURRENCE_VERB_LISTS for row in read_words(DATA_DIR / name))


def place_doubts(relation: Relation) -> tuple[str, ...]:
    """Why ``relation`` ties a thing to a place: names of :data:`PLACE_DOUBTS`, or ``()``."""
    lemma = relation.predicate.lemma
    if relation.event is not None or lemma in _LEFT_ALONE or relation.object.type not in _PLACE_TYPES:
        return ()
    if lemma in harm_verbs() or lemma in occurrence_verbs() or not thing_argument(relation.subject):
        return ()
    if relation.subject.label.casefold().split()[-1] in occurrence_nouns():
        return ()
    return ("thing at a place",)
