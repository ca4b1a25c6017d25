"""Doubts about a relation's subject: a plain noun whose own phrase named whose it is, and the label lost the name.

:mod:`extract.quality` names the doubts that make a relation a poor graph edge; this module adds one read off
the subject's label against its surface text (no parse):

- ``lost subject name``: the subject is a plain noun whose own phrase holds a capitalised word that its label
  lacks: "The Boeing airframe company is collaborating with NASA" -> (airframe company, collaborate, NASA), "The
  Trump campaign accused Biden" -> (campaign, accuse, Joe Biden), "the EastMed project involves Greece",
  "De La Fuente's ... political action committee gave Seidenberg". The name said whose company, campaign or
  project it is; without it the subject is a node every company or campaign of every article shares, and the
  edge says nothing of who acted. :mod:`extract.edge_shapes` reads the same loss for an ``is a`` description;
  here it is the subject of any relation but ``located in``. A nationality or a country's name is the actor
  code's, not a lost name ("a U.S.-led coalition", "Russian-backed forces" too), and so are a religious
  group's adjective ("Catholic bishops", "the Muslim majority nations"), a date ("Wednesday's quake") and a
  capital that only opens the sentence or a quotation ('"Terrorists seek to divide us"').

Checked over the Wikinews articles outside the test half (``benchmarks/data/edges_audit.md``, wave 19).

Examples
--------
>>> from extract.types import Argument, Predicate, Relation
>>> text = "The Boeing airframe company is collaborating with NASA."
>>> company = Argument("concept:airframe company", "airframe company", "CONCEPT", "The Boeing airframe company", 0, 27)
>>> rel = Relation("d", company, Predicate("collaborate", "is collaborating", 28, 44),
...                Argument("nasa", "NASA", "ORG", "NASA", 50, 54), text, 0)
>>> subject_doubts(rel)
('lost subject name',)
"""

from __future__ import annotations

import calendar
import functools
import re

from .edge_shapes import country_words, lost_name_words
from .lexicon.core import DATA_DIR
from .lexicon.readers import read_words
from .types import Relation

__all__ = ["SUBJECT_DOUBTS", "subject_doubts"]

#: Every doubt :func:`subject_doubts` can name.
SUBJECT_DOUBTS = ("lost subject name",)

_LOCATED = "located in"
_POSSESSIVE = re.compile(r"['\u2019]s?$")
_OPENING = re.compile(r"^[\W_]*$")


@functools.cache
def _not_names() -> frozenset[str]:
    """Capitalised words that name no owner: days, months and religious groups' words (casefolded)."""
    dates = {d.casefold() for d in calendar.day_name} | {m.casefold() for m in calendar.month_name if m}
    groups = {row.cells[0].casefold() for row in read_words(DATA_DIR / "religious_groups.txt")}
    return frozenset(dates | groups | {g[:-1] for g in groups if g.endswith("s")})


def _owner(word: str, sentence: str, subject_text: str) -> bool:
    """Does ``word`` of the subject's phrase name whose it is?"""
    bare = _POSSESSIVE.sub("", word).casefold()
    if bare in _not_names():
        return False
    people, names = country_words()
    if "-" in bare and any(part.rstrip(".") in people or part in names for part in bare.split("-")[:1]):
        return False  # "U.S.-led", "Russian-backed": the actor code's
    at = sentence.find(subject_text)
    before = sentence[:at + subject_text.find(word)] if at >= 0 else "x"
    return not _OPENING.match(before)  # '"Terrorists seek ...': the quotation's first capital


def subject_doubts(relation: Relation) -> tuple[str, ...]:
    """Why ``relation``'s subject says nothing of who acted: names of :data:`SUBJECT_DOUBTS`, or ``()``."""
    if relation.predicate.lemma == _LOCATED:
        return ()
    subject = relation.subject
    words = lost_name_words(subject, relation)
    if any(_owner(word, relation.sentence, subject.text) for word in words):
        return ("lost subject name",)
    return ()
