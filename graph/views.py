"""Reading a knowledge graph: sizes, look-ups by name, neighbourhoods, tables.

:class:`GraphViews` holds the read-only side of :class:`graph.model.KnowledgeGraph`
(which derives from it); the work is done by :mod:`graph.frames`.
"""

from __future__ import annotations

import copy
from typing import TYPE_CHECKING

import networkx as nx

from . import frames as _frames

if TYPE_CHECKING:
    from .model import KnowledgeGraph

__all__ = ["GraphViews"]


class GraphViews:
    """Read-only methods of a knowledge graph (a mixin of :class:`~graph.model.KnowledgeGraph`).

    The class deriving from it provides ``graph`` (the settled
    :class:`networkx.MultiDiGraph`).
    """

    __slots__ = ()

    # -- looking up ---------------------------------------------------

    def __len__(self) -> int:
        return self.graph.number_of_nodes()

    def __contains__(self, key: object) -> bool:
        return key in self.graph

    def number_of_entities(self) -> int:
        return self.graph.number_of_nodes()

    def number_of_relations(self) -> int:
        """Distinct (subject, predicate, object) edges."""
        return self.graph.number_of_edges()

    def find(self, name: str) -> str | None:
        """The key of the entity called ``name`` (key, label or alias; any case).

        When several entities share a name, a key beats a label, a label an
        alias, and then the most mentioned entity wins.
        """
        return _frames.find(self, name)

    def _resolve(self, key_or_alias: str) -> str:
        return _frames.resolve(self, key_or_alias)

    def entity(self, key_or_alias: str) -> dict:
        """A copy of the attributes of an entity, with its ``key``."""
        key = self._resolve(key_or_alias)
        return {"key": key, **copy.deepcopy(self.graph.nodes[key])}

    def neighbours(self, key_or_alias: str, *, direction: str = "both") -> list[str]:
        """Sorted keys of the entities linked to an entity: objects of its relations
        (``direction="out"``), subjects (``"in"``) or both; see :func:`graph.frames.neighbours`."""
        return _frames.neighbours(self, key_or_alias, direction=direction)

    def ego(self, key_or_alias: str, radius: int = 1) -> KnowledgeGraph:
        """The subgraph within ``radius`` hops of an entity (either direction), as a copy."""
        return _frames.ego(self, key_or_alias, radius)

    def to_networkx(self) -> nx.MultiDiGraph:
        """A deep copy of the underlying graph."""
        return copy.deepcopy(self.graph)

    def top_entities(self, n: int = 10, *, type: str | None = None) -> list[tuple[str, int]]:
        """The ``n`` most mentioned entities as ``(key, mentions)``, optionally of one type.

        Ties go to the entity with more relations, then to the smaller key.
        """
        return _frames.top_entities(self, n, type=type)

    def summary(self) -> dict:
        """Counts: documents, entities, relations, evidence, predicates, entity types."""
        return _frames.summary(self)

    # -- tables -------------------------------------------------------

    def relations_frame(self):
        """The relations as a :class:`pandas.DataFrame`, one row per edge, sorted (see :func:`graph.frames.relations_frame`)."""
        return _frames.relations_frame(self)

    to_dataframe = relations_frame

    def entities_frame(self):
        """The entities as a :class:`pandas.DataFrame`, one row per node, sorted by key."""
        return _frames.entities_frame(self)
