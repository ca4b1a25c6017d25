"""Cross-document entity joins: one node per person or organisation named short in some articles.

Within an article, :mod:`extract.entities` makes "Biden" after "Joe Biden"
one entity. An article that only ever says "Biden" gives a node of its own,
``biden``, beside ``joe biden`` from the others. :func:`entity_joins` finds
such pairs from the whole graph, so the result does not depend on the order
the documents came in:

- a one-word PERSON node joins the PERSON node of two words or more whose
  surname it is (:func:`extract.second_names.surname_forms`: "Assad" of
  "Bashar al-Assad") when the graph holds exactly one such node and names
  it in two articles or more; where several people share the surname, only
  a dominant one is joined (named in 5 articles or more and 4 times as many
  as all the others together: "Trump" is Donald Trump beside Melania and
  Mary Trump), and only in the articles that name no other bearer of it;
  two comparable bearers ("Theodore Roosevelt", "Franklin Delano
  Roosevelt") join none; a full name of one article is enough where the
  actor dictionaries give the surname alone to that person
  (:mod:`graph.surname_entries`: "Bolsonaro" of "Jair Bolsonaro"); nor does a given name or a noun of the lexicon's
  word lists ("John", "Girl"), nor a word for a faith or a people
  (:func:`extract.entity_context.is_people_word`: "Muslim" of "Salih Muslim");
- an ORG node joins the ORG node of its full name when the knowledge base
  gives the short name as an unbounded alias (or label) of exactly one entry,
  and the graph holds exactly one node named by that entry's full names
  ("Ford" and "Ford Motor Company");
- never across two Wikidata QIDs;
- nodes of one QID, one spelling or one group's forms (:mod:`graph.node_joins`);
- a node named by another node's one known alias, or a person's name less one other person's middle
  initials ("George Bush" of "George W. Bush", :mod:`graph.alias_joins`), last, and never from a node
  the other rules join or join into, nor into a node they join.

:func:`apply_joins` moves each joined node's per-document entries and edge
evidence onto the node it joins: the document's entry takes the joined
node's label, its own label becomes an alias, so graph.json, the RDF, the
page and (through :func:`document_graph_quads`) the store say the same.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass

from extract.lexicon.knowledge import is_acronym
from extract.lexicon.normalise import fold_key
from extract.second_names import surname_forms

from .alias_joins import alias_joins, initial_joins
from .node_joins import more_joins, node_joins
from .surname_entries import dictionary_surname

__all__ = ["Join", "entity_joins", "apply_joins", "join_entities", "document_graph_quads"]

_PERSON = "PERSON"
_ORG = "ORG"
# Lexicon tables and word sets of nouns and titles: a one-word "person" among them is a cut name.
_NOUN_TABLES = ("context_nouns", "class_nouns", "name_heads")
_NOUN_SETS = ("actor_nouns", "agent_nouns", "titles", "relational_nouns", "speaker_nouns")
# Among several people of one surname, the one a surname alone names: in this many articles or more,
# and this many times as many as all the others together.
_DOMINANT_DOCS = 5
_DOMINANCE = 4


@dataclass(frozen=True, slots=True)
class Join:
    """The entries of node ``source`` (a short name) in ``documents`` joined into node ``target`` (the
    full name), and why (``basis``: "surname", "knowledge base", "alias", "initials" ...)."""

    source: str
    target: str
    basis: str
    documents: tuple[str, ...]


def _words(label: str) -> list[str]:
    return label.split()


def _surname_index(nodes: Mapping[str, dict]) -> dict[str, set[str]]:
    """Folded surname -> the keys of the PERSON nodes of two words or more that end in it."""
    index: dict[str, set[str]] = {}
    for key, attrs in nodes.items():
        if attrs.get("type") != _PERSON or len(_words(attrs.get("label", ""))) < 2:
            continue
        for form in surname_forms(attrs["label"]):
            index.setdefault(form, set()).add(key)
    return index


def _qids_differ(a: dict, b: dict) -> bool:
    qa, qb = a.get("wikidata"), b.get("wikidata")
    return qa is not None and qb is not None and qa != qb


def _is_known_word(word: str, lexicon) -> bool:
    """A given name ("John") or a noun of the lexicon's word lists ("Girl" cut from "Squirrel Girl")."""
    from extract.entity_context import is_given_name

    folded = fold_key(word)
    if is_given_name(word, lexicon=lexicon):
        return True
    if any(folded in lexicon.tables[name] for name in _NOUN_TABLES):
        return True
    return any(folded in lexicon.word_sets[name] for name in _NOUN_SETS)


def _prominent(attrs: dict) -> bool:
    """Named in two articles or more: someone another article may name by surname alone (one
    article's Wikidata link is not enough: "Jackson" of "Judge Amy Berman Jackson" is no Andrew Jackson)."""
    return len(attrs.get("documents", ())) >= 2


def _dominant(candidates: set[str], nodes: Mapping[str, dict]) -> str | None:
    """The candidate named in ``_DOMINANT_DOCS`` articles or more and ``_DOMINANCE`` times as many
    as all the others together, or None."""
    counts = {key: len(nodes[key].get("documents", ())) for key in candidates}
    top = max(sorted(candidates), key=lambda key: counts[key])
    rest = sum(counts[key] for key in candidates if key != top)
    return top if counts[top] >= _DOMINANT_DOCS and counts[top] >= _DOMINANCE * rest else None


def _surname_joins(nodes: Mapping[str, dict], lexicon) -> Iterator[Join]:
    from extract.entity_context import is_people_word  # "Muslim", "Kurds": never a surname

    index = _surname_index(nodes)
    for key, attrs in nodes.items():
        label = attrs.get("label", "")
        if attrs.get("type") != _PERSON or len(_words(label)) != 1 or is_acronym(label):
            continue
        candidates = index.get(fold_key(label), set()) - {key}
        if not candidates or _is_known_word(label, lexicon) or is_people_word(label, lexicon=lexicon):
            continue
        documents = attrs.get("documents", ())
        if len(candidates) == 1:
            target = next(iter(candidates))
            if not (_prominent(nodes[target]) or dictionary_surname(label, nodes[target]["label"], lexicon)):
                continue  # one article's full name: only a surname the actor dictionaries give that person
        else:
            target = _dominant(candidates, nodes)
            if target is None:
                continue  # two people share the surname
            # An article naming another bearer of the surname keeps its own "X".
            named = set().union(*(nodes[c].get("documents", ()) for c in candidates if c != target))
            documents = [d for d in documents if d not in named]
        if documents and not _qids_differ(attrs, nodes[target]):
            yield Join(key, target, "surname", tuple(sorted(documents)))


def _full_name_nodes(entries, nodes: Mapping[str, dict], by_name: Mapping[str, str]) -> set[str]:
    found = set()
    for entry in entries:
        for name in entry.full_names():
            key = by_name.get(fold_key(name))
            if key is not None and nodes[key].get("type") == _ORG:
                found.add(key)
    return found


def _knowledge_joins(nodes: Mapping[str, dict], knowledge) -> Iterator[Join]:
    by_name = {fold_key(attrs.get("label", "")): key for key, attrs in nodes.items()}
    for key, attrs in nodes.items():
        if attrs.get("type") != _ORG:
            continue
        found = knowledge.lookup(attrs.get("label", ""))
        if any(alias is not None and (alias.start or alias.end) for _, alias in found):
            continue  # a name that holds only for a time
        # One referent: one QID (the shipped tables may list it twice), or one label without a QID.
        referents = {entry.qid or fold_key(entry.label) for entry, _ in found}
        if len(referents) != 1 or any(entry.type != _ORG for entry, _ in found):
            continue
        targets = _full_name_nodes([entry for entry, _ in found], nodes, by_name) - {key}
        if len(targets) != 1:
            continue
        target = next(iter(targets))
        if len(_words(nodes[target]["label"])) > len(_words(attrs["label"])) \
                and not _qids_differ(attrs, nodes[target]):
            yield Join(key, target, "knowledge base", tuple(attrs.get("documents", ())))


def entity_joins(kg, *, lexicon=None) -> tuple[Join, ...]:
    """The joins of ``kg``'s nodes, sorted by source key (a function of the node set alone).

    Parameters
    ----------
    kg : graph.model.KnowledgeGraph
    lexicon : extract.lexicon.Lexicon, optional
        Its knowledge base gives the organisations' short names, its word lists the words that are
        no surnames; the shipped one by default.
    """
    if lexicon is None:
        from extract.lexicon import get_lexicon

        lexicon = get_lexicon()
    from extract.institution_scopes import is_article_key

    # sorted: no look-up depends on the input order; an article's own bare "Senate" joins nothing
    nodes = {key: attrs for key, attrs in sorted(kg.graph.nodes(data=True))
             if not is_article_key(key, attrs.get("documents", ()))}
    joins: dict[str, Join] = {}
    for join in (*_surname_joins(nodes, lexicon), *_knowledge_joins(nodes, lexicon.knowledge)):
        joins.setdefault(join.source, join)
    found = [*joins.values(), *more_joins(joins, node_joins(nodes, lexicon))]
    # An alias join comes last: never from a node another rule joins or joins into, nor into a joined one.
    sources, taken = {j.source for j in found}, {j.target for j in found}
    late: dict[str, Join] = {}
    for j in (*alias_joins(nodes, lexicon), *initial_joins(nodes)):  # "George Bush" of "George W. Bush"
        if j.source not in sources and j.source not in taken and j.target not in sources:
            late.setdefault(j.source, j)
    found += late.values()
    targets = {j.target for j in found}
    # A node both joined and joined into (no chains): keep it where it is.
    return tuple(sorted((j for j in found if j.source not in targets), key=lambda j: (j.source, j.target)))


def _merge_entry(entries: dict, doc_id: str, entry: dict, label: str, node_type: str) -> None:
    """Put a joined node's entry of ``doc_id`` into the target's ``entries``, named as the target."""
    moved = dict(entry)
    aliases = set(moved["aliases"]) | {moved["label"]}
    moved["label"], moved["type"] = label, node_type
    known = entries.get(doc_id)
    if known is not None:  # the document names both: one entity all the same
        aliases |= set(known["aliases"]) | {known["label"]}
        moved = {**moved, **known, "mentions": known["mentions"] + moved["mentions"]}
    aliases.discard(moved["label"])
    moved["aliases"] = sorted(aliases)
    entries[doc_id] = moved


def apply_joins(kg, joins: Iterable[Join]) -> set[str]:
    """Join the nodes in place; the documents whose named graphs changed.

    Each source node's entries of the join's documents move to its target
    (named as the target, the source's label kept as an alias), and the
    evidence those documents give for the source's edges moves to the
    target's edges; a source left with no document goes.
    """
    from .merge import settle

    graph = kg.graph  # settled
    nodes, adjacency = graph._node, graph._succ
    moves = {(j.source, d): j.target for j in joins for d in j.documents}
    touched: set[str] = set()
    for (source, doc_id), target in sorted(moves.items()):
        goal = nodes[target]
        entry = nodes[source]["doc_entities"].pop(doc_id)
        _merge_entry(goal["doc_entities"], doc_id, entry, goal["label"], goal["type"])
        kg._doc_nodes[doc_id].discard(source)
        kg._doc_nodes[doc_id].add(target)
        kg._pending_nodes.update((source, target))
        touched.add(doc_id)
    for u, v, key, attrs in list(graph.edges(keys=True, data=True)):
        moved = [ev for ev in attrs["evidence"] if (u, ev["doc"]) in moves or (v, ev["doc"]) in moves]
        if not moved:
            continue
        for ev in moved:
            d = ev["doc"]
            nu, nv = moves.get((u, d), u), moves.get((v, d), v)
            if key not in adjacency[nu].get(nv, ()):
                graph.add_edge(nu, nv, key=key, predicate=attrs["predicate"], negated=attrs["negated"],
                               count=0, confidence=0.0, event=None, evidence=[])
            kg._added.setdefault((nu, nv, key), []).append(ev)
            kg._pending_edges.add((nu, nv, key))
            kg._doc_edges[d].add((nu, nv, key))
            # A moved entry takes all its document's evidence on the edge with it.
            kg._removed.setdefault((u, v, key), set()).add(d)
            kg._doc_edges[d].discard((u, v, key))
            touched.add(d)
        kg._pending_edges.add((u, v, key))
    kg._names = None
    settle(kg)
    return touched


def join_entities(kg, *, lexicon=None) -> tuple[tuple[Join, ...], set[str]]:
    """Find and apply the joins of ``kg``: (the joins, the documents changed)."""
    joins = entity_joins(kg, lexicon=lexicon)
    return joins, (apply_joins(kg, joins) if joins else set())


def document_graph_quads(kg, doc_ids: Iterable[str]) -> Iterator[tuple]:
    """The neutral quads of these documents' named graphs in ``kg``, one graph after another.

    What :func:`graph.formats.rdf.to_rdf` gives for each of them: the store
    reloads the documents a join changed with these.
    """
    from .formats.rdf import _walk

    graph = kg.graph
    for doc_id in sorted(doc_ids):
        edges = []
        for u, v, key in sorted(kg._doc_edges.get(doc_id, ())):
            attrs = graph.edges[u, v, key]
            edges.append((u, v, key, attrs["predicate"], attrs["negated"],
                          [ev for ev in attrs["evidence"] if ev["doc"] == doc_id]))
        yield from _walk(
            [(doc_id, kg.documents[doc_id])],
            ((key, {doc_id: graph.nodes[key]["doc_entities"][doc_id]}) for key in sorted(kg._doc_nodes[doc_id])),
            edges,
            named=True,
        )
