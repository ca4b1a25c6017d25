"""Cross-document joins of one referent's nodes that differ in spelling, form or name (nodes audit 6).

:mod:`graph.joins` joins a short name into its full name. Three more classes of split node
show in the 293 Wikinews articles built as one graph (``benchmarks/data/nodes_audit6.md``):

- **one Wikidata QID**: nodes that the linker gave one QID ("Second World War", "World War Two"
  and "World War II"; "DC" and "Washington, D.C."; "State of Virginia" and "Virginia") and one
  type are one referent; they join the node named by the knowledge base's label, else the one
  named in most articles. A city and its government, two people of one surname, carry two QIDs
  and are never joined here, nor two people named with one surname and two given names ("Mark
  Kelly", "Scott Kelly": :func:`extract.person_qids.relatives_by_name`);
- **one spelling**: nodes of one type whose labels are the same once case, diacritics, hyphens,
  dots and a leading "the" are gone ("African-American" and "African American", "Sebastián
  Piñera" and "Sebastian Pinera") join the one named in most articles; not where the two nodes
  carry two QIDs;
- **one group**: a group's plural and its singular or adjective ("Kurds" and "Kurdish",
  "Muslims" and "Muslim"), both typed NORP, are one group
  (:func:`extract.second_names.group_stem`), named by its plural as within one article; only
  where the graph holds exactly one plural of the stem.

Each rule yields :class:`graph.joins.Join`\\ s; :func:`graph.joins.entity_joins` applies them
after its own.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator, Mapping

from extract.lexicon.normalise import fold_key
from extract.person_qids import relatives_by_name
from extract.second_names import group_stem

__all__ = ["spelling_form", "qid_joins", "spelling_joins", "group_joins", "node_joins", "more_joins"]

_SKIP = frozenset({"CONCEPT", "ACTOR"})
_GROUP = "NORP"
# Hyphens, dashes, dots (also the one-dot leader "\u2024" and the middle dot) and spaces.
_SEPARATORS = re.compile(r"[\s\-\u2010-\u2015.\u2024\u00b7]+")


def spelling_form(label: str) -> str:
    """The form two spellings of one name share: casefolded, no diacritics, hyphens, dots or leading "the".

    Examples
    --------
    >>> spelling_form("African-American"), spelling_form("Sebastián Piñera"), spelling_form("the U.S.")
    ('african american', 'sebastian pinera', 'u s')
    """
    text = unicodedata.normalize("NFKD", fold_key(label))
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = _SEPARATORS.sub(" ", text).strip()
    return text.removeprefix("the ")


def _named(nodes: Mapping[str, dict]) -> dict[str, dict]:
    return {k: a for k, a in nodes.items() if a.get("type") not in _SKIP and a.get("label")}


def _documents(attrs: dict) -> int:
    return len(attrs.get("documents", ()))


def _most_named(keys, nodes: Mapping[str, dict]) -> str:
    """The key named in most articles, then the longest name ("Wharton School of the University of
    Pennsylvania" over "Wharton"), then the smallest key (no order of input counts)."""
    return min(keys, key=lambda k: (-_documents(nodes[k]), -len(nodes[k]["label"].split()), k))


def _joins_into(target: str, keys, nodes: Mapping[str, dict], basis: str) -> Iterator:
    from .joins import Join

    for key in sorted(keys):
        if key != target and nodes[key].get("documents"):
            yield Join(key, target, basis, tuple(sorted(nodes[key]["documents"])))


def _entry_qids(attrs: dict) -> set[str]:
    return {e["wikidata"] for e in attrs.get("doc_entities", {}).values() if e.get("wikidata")}


def _linked_documents(attrs: dict, qid: str) -> tuple[str, ...]:
    """The articles whose own entry of the node the linker gave ``qid`` (an article may link another)."""
    return tuple(sorted(d for d, entry in attrs.get("doc_entities", {}).items() if entry.get("wikidata") == qid))


def qid_joins(nodes: Mapping[str, dict], knowledge) -> Iterator:
    """Nodes of one type linked to one QID join the one the knowledge base's label names (a group's: its
    plural); only the articles whose own entry carries the QID move ("Congress" linked to the Indian
    National Congress in one article stays there)."""
    from .joins import Join

    named = _named(nodes)
    groups: dict[tuple[str, str], set[str]] = {}
    for key, attrs in named.items():
        for entry in attrs.get("doc_entities", {}).values():
            if entry.get("wikidata"):
                groups.setdefault((entry["wikidata"], attrs["type"]), set()).add(key)
    for (qid, node_type), keys in sorted(groups.items()):
        # A target is linked to this QID alone ("Congress" linked to two is none).
        owners = sorted(k for k in keys if nodes[k].get("wikidata") == qid and _entry_qids(nodes[k]) == {qid})
        if len(keys) < 2 or not owners:
            continue
        preferred = [k for k in owners if node_type == _GROUP and _is_plural(nodes[k]["label"])] or [
            k for k in owners
            if any(entry.qid == qid and alias is None for entry, alias in knowledge.lookup(nodes[k]["label"]))]
        target = _most_named(preferred or owners, nodes)
        for key in sorted(keys - {target}):
            if node_type == "PERSON" and relatives_by_name(nodes[target]["label"], nodes[key]["label"]):
                continue  # "Mark Kelly" and "Scott Kelly": two people, whatever one link says
            documents = _linked_documents(nodes[key], qid)
            if documents:
                yield Join(key, target, "wikidata", documents)


def _is_plural(label: str) -> bool:
    folded = fold_key(label)
    return folded.endswith("s") and group_stem(label) != folded


def _qids(keys, nodes: Mapping[str, dict]) -> set[str]:
    return {nodes[k]["wikidata"] for k in keys if nodes[k].get("wikidata")}


def spelling_joins(nodes: Mapping[str, dict]) -> Iterator:
    """Nodes of one type and one :func:`spelling_form` join the one named in most articles."""
    groups: dict[tuple[str, str], list[str]] = {}
    for key, attrs in _named(nodes).items():
        form = spelling_form(attrs["label"])
        if len(form) >= 2:
            groups.setdefault((form, attrs["type"]), []).append(key)
    for _form, keys in sorted(groups.items()):
        if len(keys) < 2 or len(_qids(keys, nodes)) > 1:
            continue
        yield from _joins_into(_most_named(keys, nodes), keys, nodes, "spelling")


def group_joins(nodes: Mapping[str, dict]) -> Iterator:
    """A group's singular or adjective joins the graph's one plural of its stem ("Kurdish" -> "Kurds")."""
    groups: dict[str, list[str]] = {}
    for key, attrs in _named(nodes).items():
        if attrs["type"] == _GROUP and attrs["label"][:1].isupper():
            groups.setdefault(group_stem(attrs["label"]), []).append(key)
    for stem, keys in sorted(groups.items()):
        plurals = [k for k in keys if _is_plural(nodes[k]["label"])]
        if len(keys) < 2 or len(plurals) != 1 or len(_qids(keys, nodes)) > 1:
            continue
        yield from _joins_into(plurals[0], keys, nodes, "group")


def node_joins(nodes: Mapping[str, dict], lexicon) -> Iterator:
    """Every join of this module, QIDs first."""
    yield from qid_joins(nodes, lexicon.knowledge)
    yield from spelling_joins(nodes)
    yield from group_joins(nodes)


def more_joins(first: Mapping[str, object], joins) -> list:
    """``joins`` less those of a source ``first`` joins already, one per source and article (a node
    may join two targets in two articles: "Congress" linked to two QIDs); the first join of an article wins."""
    from .joins import Join

    taken: set[tuple[str, str]] = set()
    kept: dict[tuple[str, str], list[str]] = {}
    bases: dict[tuple[str, str], str] = {}
    for join in joins:
        if join.source in first or join.target in first:
            continue  # the rules of graph.joins come first, and make no chain with these
        documents = [d for d in join.documents if (join.source, d) not in taken]
        taken.update((join.source, d) for d in documents)
        if documents:
            kept.setdefault((join.source, join.target), []).extend(documents)
            bases.setdefault((join.source, join.target), join.basis)
    return [Join(s, t, bases[(s, t)], tuple(sorted(ds))) for (s, t), ds in sorted(kept.items())]
