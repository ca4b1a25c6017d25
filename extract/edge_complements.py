"""Doubts about an object whose own complement the reading lost: "announced the death [of Leonov]".

:mod:`extract.quality` names the doubts that make a relation a poor graph
edge; this module adds one read off the object's label and the words right
after its span (no parse):

- ``lost of-phrase``: a plain object (common nouns only) right before "of"
  and a word, or right before "for" and a word when its head takes its
  complement with "for" (kind ``for_noun`` of ``data/edge_complements.tsv``:
  support, need, nominee ...), with no event type, a statement's (01) or a
  praise's (051): "Roscosmos announced the death of cosmonaut Alexei Leonov"
  -> "announce death", "reasserted the openness of the EastMed project",
  "sent a letter of support", "reported 21 confirmed cases of the virus",
  "emphasized the need for boundaries", "voiced support for the inquiry".
  The noun's sense is whose or of what, which is in the phrase the label
  lost: the edge joins the subject to an empty noun. A denial (016) keeps
  its object, the charge denied ("denied the allegations of fraud"); any
  other event type keeps its object too ("destroyed the homes of
  civilians" is an attack whatever was hit). A name in the object
  ("the Hero of the Soviet Union"), ``is a`` (the rank and vacuous-noun
  doubts of :mod:`extract.quality` read descriptions) and ``located in``
  are left alone.

Checked over the Wikinews articles outside the test half
(``benchmarks/data/edges_audit.md``, wave 23).

Examples
--------
>>> from extract.types import Argument, Predicate, Relation
>>> text = "Roscosmos announced the death of cosmonaut Alexei Leonov."
>>> rel = Relation("d", Argument("roscosmos", "Roscosmos", "ORG", "Roscosmos", 0, 9),
...                Predicate("announce", "announced", 10, 19),
...                Argument("concept:death", "death", "CONCEPT", "the death", 20, 29), text, 0)
>>> complement_doubts(rel)
('lost of-phrase',)
>>> text = "Roscosmos announced the death."
>>> complement_doubts(Relation("d", rel.subject, rel.predicate, rel.object, text, 0))
()
"""

from __future__ import annotations

import functools
import re

from .edge_objects import after_object
from .edge_shapes import plain_concept
from .lexicon.core import DATA_DIR
from .lexicon.readers import Schema, read_word_kinds
from .types import Relation

__all__ = ["COMPLEMENT_DOUBTS", "complement_doubts", "for_nouns"]

#: Every doubt :func:`complement_doubts` can name.
COMPLEMENT_DOUBTS = ("lost of-phrase",)

_SCHEMA = Schema("edge_complements.tsv", ("word", "kind"))
_KINDS = ("for_noun",)
_LEFT_ALONE = frozenset({"is a", "located in"})
# The root of CAMEO's "make public statement" and the praise code: what is announced, reported or praised is
# the lost phrase's. A denial of responsibility (016) names the charge it denies, which says enough.
_STATEMENT_ROOT = "01"
_KEPT_STATEMENTS = frozenset({"016"})
_PRAISE = "051"
_OF = re.compile(r"\s+of\s+[^\W_]")
_FOR = re.compile(r"\s+for\s+[^\W_]")


@functools.cache
def for_nouns() -> frozenset[str]:
    """The nouns that take their complement with "for" (kind ``for_noun`` of ``data/edge_complements.tsv``)."""
    return read_word_kinds(DATA_DIR / _SCHEMA.file, _SCHEMA, _KINDS)["for_noun"]


def _empty_event(relation: Relation) -> bool:
    """No event type, a statement's (but a denial's) or a praise's."""
    event = relation.event
    if event is None:
        return True
    return (event.root == _STATEMENT_ROOT and event.code[:3] not in _KEPT_STATEMENTS) or event.code[:3] == _PRAISE


def complement_doubts(relation: Relation) -> tuple[str, ...]:
    """Why ``relation``'s object lost its complement: names of :data:`COMPLEMENT_DOUBTS`, or ``()``."""
    obj = relation.object
    if relation.predicate.lemma in _LEFT_ALONE or not plain_concept(obj) or not obj.label.strip():
        return ()
    if not _empty_event(relation):
        return ()
    after = after_object(relation)
    if _OF.match(after):
        return ("lost of-phrase",)
    if _FOR.match(after) and obj.label.casefold().split()[-1] in for_nouns():
        return ("lost of-phrase",)
    return ()
