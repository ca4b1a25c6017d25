"""Joins across documents: a lone surname is the one full name the corpus gives it, a group's adjective its plural.

Within one article :mod:`extract.entities` maps a lone surname to the
article's full name ("Merkel" after "Angela Merkel"). An article that only
says "Merkel" keeps a node ``merkel``; once the graph holds exactly one
person whose full name ends in that surname, the lone node is joined into
the full name's node: its documents' entries (relabelled, the surname kept
as an alias) and its edges move over, and the lone node goes.

Precision first:

- both nodes are people (type ``PERSON``), and the full name has two to
  four words (a generation mark such as "Jr." aside);
- with two or more people of that surname in the graph ("Franklin
  Roosevelt", "Theodore Roosevelt") nothing is joined;
- nor where the knowledge base (``Lexicon.knowledge``) knows another
  person of that surname ("Chan" may be Jackie Chan, "Wolf" Dick Wolf) or
  knows the word as a given name ("John");
- two different Wikidata links never join.

A group named in one article by its adjective or singular alone
("Kurdish", a NORP node ``kurdish``) joins the one plural of the same stem
the graph holds ("Kurds"; :func:`extract.second_names.group_stem`).

A join is made when the graph settles (:func:`graph.merge.settle`), over
every node the change touched, so adding documents in one batch gives the
same graph in any order. A join stays made: a second "X Merkel" added
later stops new joins of "Merkel", it does not split the earlier ones.
"""

from __future__ import annotations

import functools

from extract.lexicon.normalise import fold_key
from extract.second_names import GENERATIONS, group_stem, surname_forms

__all__ = ["surnames", "SurnameIndex", "join_surnames"]

_MAX_WORDS = 4


def surnames(key: str) -> tuple[str, ...]:
    """The keys a full name's surname takes alone ("bashar al-assad" -> "al-assad", "assad"); none for a
    name of one word or of more than four (:func:`extract.second_names.surname_forms`).

    Examples
    --------
    >>> surnames("angela merkel"), surnames("edward j. debartolo jr."), surnames("bashar al-assad")
    (('merkel',), ('debartolo',), ('al-assad', 'assad'))
    >>> surnames("merkel"), surnames("a b c d e")
    ((), ())
    """
    words = [w for w in key.split(" ") if w.rstrip(",") not in GENERATIONS]
    if not 2 <= len(words) <= _MAX_WORDS or not words[-1][:1].isalpha():
        return ()
    return tuple(surname_forms(key))


class SurnameIndex:
    """Surname -> the keys of the people whose full name ends in it, kept up to date as nodes change."""

    __slots__ = ("_people",)

    def __init__(self) -> None:
        self._people: dict[str, set[str]] = {}

    def update(self, key: str, attrs: dict | None) -> tuple[str, ...]:
        """Index or unindex one node (``attrs`` None: removed); return its surnames."""
        forms = surnames(key)
        person = attrs is not None and attrs.get("type") == "PERSON"
        for form in forms:
            found = self._people.setdefault(form, set())
            if person:
                found.add(key)
            else:
                found.discard(key)
                if not found:
                    del self._people[form]
        return forms

    def people(self, surname: str) -> set[str]:
        """The full names of that surname."""
        return self._people.get(surname, set())


def _index(kg) -> SurnameIndex:
    index = getattr(kg, "_surname_index", None)
    if index is None:
        index = kg._surname_index = SurnameIndex()
        for key, attrs in kg._graph.nodes(data=True):
            index.update(key, attrs)
    return index


def join_surnames(kg, touched) -> None:
    """Join the lone surnames among ``touched`` nodes, or whose full name is among them (in place).

    ``kg`` is a settled :class:`~graph.model.KnowledgeGraph` (merged values
    up to date); ``touched`` the node keys the change touched.
    """
    nodes = kg._graph._node
    index = _index(kg)
    lone = set()
    for key in touched:
        attrs = nodes.get(key)
        if " " not in key:
            lone.add(key)
        lone.update(index.update(key, attrs))
    for key in sorted(lone):
        attrs = nodes.get(key)
        if attrs is None or attrs.get("type") != "PERSON":
            continue
        people = index.people(key)
        if len(people) == 1 and not _known_namesake(key, next(iter(people))):
            _join(kg, key, next(iter(people)))
    groups = _group_index(kg)
    for key in sorted(touched):
        attrs = nodes.get(key)
        if attrs is not None and attrs.get("type") == "NORP" and " " not in key:
            groups.setdefault(group_stem(key), set()).add(key)
    for key in sorted(touched):
        attrs = nodes.get(key)
        if attrs is None or attrs.get("type") != "NORP" or key.endswith("s"):
            continue
        plurals = {k for k in groups.get(group_stem(key), ()) if k.endswith("s") and k in nodes
                   and nodes[k].get("type") == "NORP"}
        if len(plurals) == 1:
            _join(kg, key, next(iter(plurals)))


@functools.lru_cache(maxsize=4)
def _known_people(lexicon) -> tuple[frozenset[str], dict[str, frozenset[str]]]:
    """(the given names of the knowledge base's people, surname -> the keys of its people of that surname)."""
    given, by_surname = set(), {}
    for entry in lexicon.knowledge.entries:
        if entry.type != "PERSON":
            continue
        key = fold_key(entry.label)
        given.add(key.split(" ", 1)[0])
        for form in surnames(key):
            by_surname.setdefault(form, set()).add(key)
    return frozenset(given), {k: frozenset(v) for k, v in by_surname.items()}


def _known_namesake(surname: str, full: str) -> bool:
    """Whether the knowledge base knows a person of that surname other than ``full`` ("Chan" is also
    Jackie Chan), or knows the word as a given name ("John"): then a lone surname is not sure to be ``full``."""
    from extract.lexicon import get_lexicon

    given, by_surname = _known_people(get_lexicon())
    return surname in given or bool(by_surname.get(surname, frozenset()) - {full})


def _group_index(kg) -> dict[str, set[str]]:
    """Group stem -> the one-word NORP nodes of that stem (made once, then kept up to date)."""
    groups = getattr(kg, "_group_index", None)
    if groups is None:
        groups = kg._group_index = {}
        for key, node_type in kg._graph.nodes(data="type"):
            if node_type == "NORP" and " " not in key:
                groups.setdefault(group_stem(key), set()).add(key)
    return groups


def _join(kg, source: str, target: str) -> None:
    """Join ``source`` into ``target`` unless they link to two different Wikidata entities."""
    nodes = kg._graph._node
    found, wanted = nodes[source].get("wikidata"), nodes[target].get("wikidata")
    if found and wanted and found != wanted:
        return
    _move(kg, source, target)
    kg._names = None


def _move(kg, source: str, target: str) -> None:
    """Move node ``source``'s entries and edges into node ``target``, then drop ``source``."""
    from .model import _merge_edge, _merge_node

    graph = kg._graph
    into = graph._node[target]
    for doc_id, entry in graph._node[source]["doc_entities"].items():
        moved = dict(entry, label=into["label"],
                     aliases=sorted((set(entry["aliases"]) | {entry["label"]}) - {into["label"]}))
        known = into["doc_entities"].get(doc_id)
        if known is None:
            into["doc_entities"][doc_id] = moved
        else:
            known["mentions"] += moved["mentions"]
            known["aliases"] = sorted((set(known["aliases"]) | set(moved["aliases"])) - {known["label"]})
            for name, value in moved.items():
                known.setdefault(name, value)
        held = kg._doc_nodes.setdefault(doc_id, set())
        held.discard(source)
        held.add(target)
    edges = {(u, v, k) for u, v, k in graph.out_edges(source, keys=True)}
    edges |= {(u, v, k) for u, v, k in graph.in_edges(source, keys=True)}
    for u, v, k in sorted(edges):
        attrs = graph[u][v][k]
        new = (target if u == source else u, target if v == source else v, k)
        if graph.has_edge(*new):
            merged = graph[new[0]][new[1]][k]
            merged["evidence"] = merged["evidence"] + attrs["evidence"]
        else:
            graph.add_edge(*new, **attrs)
            merged = graph[new[0]][new[1]][k]
        for ev in attrs["evidence"]:
            held = kg._doc_edges.setdefault(ev["doc"], set())
            held.discard((u, v, k))
            held.add(new)
        graph.remove_edge(u, v, k)
        _merge_edge(merged)
    graph.remove_node(source)
    _merge_node(into)
