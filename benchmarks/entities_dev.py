"""Entities a reader can trust: duplicates, false merges, wrong types, junk and it/they on hand-read Wikinews.

Runs ``extract.facts`` on the articles of one split of
``benchmarks/data/entities_gold.jsonl`` (format and split:
``benchmarks/data/entities_gold.md``) and judges every named (non-CONCEPT)
node against the referents the gold lists:

- a node *maps* to the referents one of whose names (folded) equals its
  label or one of its aliases;
- **duplicate**: a second (third ...) node of one article mapping to one
  referent; across the corpus, a second graph node mapping to one gold id;
- **false merge**: a node mapping to two or more referents that no single
  referent explains;
- **wrong type**: the node's type is not among its referent's types
  (ACTOR nodes are judged by their codes elsewhere and skipped);
- **junk**: the label is one of the article's ``not_entities``;
- **unmatched** (printed for inspection, counted apart): a label that
  matches no referent name and is no plausible part of one.

Each kind is printed as a share of the named nodes. ``it``/``they``
accuracy compares each gold pronoun case with the system's reference
(``EntityIndex.references``): a null antecedent must stay unresolved.

Usage::

    python benchmarks/entities_dev.py               # dev split (default)
    python benchmarks/entities_dev.py --show        # every problem, node by node
    python benchmarks/entities_dev.py --split test  # the held-out half: the lead, at the end only
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

__all__ = [
    "KINDS", "Node", "ArticleScore", "fold", "read_gold", "in_split", "name_index", "map_node",
    "score_article", "score_corpus", "pronoun_outcome", "score_pronouns",
]

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.gold import read_corpus_documents, read_gold_lines  # noqa: E402

GOLD = ROOT / "benchmarks" / "data" / "entities_gold.jsonl"
CORPUS = ROOT / "benchmarks" / "data" / "wikinews_2019_2020.jsonl"
SPLITS = ("dev", "test", "all")
#: The problem kinds, in the order printed; their sum is the problem share.
KINDS = ("duplicate", "false_merge", "wrong_type", "junk")
_QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"'})


def fold(text) -> str:
    """Casefold, collapse spaces, drop a leading article and a possessive ending.

    Examples
    --------
    >>> fold("The  Washington Post"), fold("Trump\u2019s")
    ('washington post', 'trump')
    """
    text = " ".join(str(text).translate(_QUOTES).split()).casefold()
    for article in ("the ", "a ", "an "):
        if text.startswith(article):
            text = text[len(article):]
    for ending in ("'s", "'"):
        if text.endswith(ending) and len(text) > len(ending):
            text = text[: -len(ending)]
    return text


@dataclass(frozen=True)
class Node:
    """A named node as the scorer sees it: key, label, type, aliases."""

    key: str
    label: str
    type: str
    aliases: tuple[str, ...] = ()

    def names(self) -> set[str]:
        return {fold(self.label)} | {fold(a) for a in self.aliases}


@dataclass
class ArticleScore:
    """Counts over the named nodes of one article (or several, added up)."""

    nodes: int = 0
    counts: Counter = field(default_factory=Counter)
    #: (kind, node label, detail) for --show
    problems: list = field(default_factory=list)
    #: node key -> the gold id it maps to (one referent) or None
    assigned: dict = field(default_factory=dict)

    def add(self, other: ArticleScore) -> None:
        self.nodes += other.nodes
        self.counts.update(other.counts)
        self.problems.extend(other.problems)

    def share(self, kind: str) -> float:
        return self.counts[kind] / self.nodes if self.nodes else 0.0

    @property
    def problem_share(self) -> float:
        return sum(self.counts[k] for k in KINDS) / self.nodes if self.nodes else 0.0


def read_gold(path: Path = GOLD) -> list[dict]:
    """The gold rows, each with its line number as ``_line``."""
    return read_gold_lines(path, required=("doc", "split", "entities"))


def in_split(row: dict, split: str) -> bool:
    """True when a gold row belongs to ``split`` ("dev", "test" or "all")."""
    if split not in SPLITS:
        raise ValueError(f"split={split!r}: expected one of {SPLITS}")
    return split == "all" or row.get("split") == split


def name_index(gold: dict) -> dict[str, set[str]]:
    """Folded name -> the ids of the article's referents that carry it."""
    index: dict[str, set[str]] = defaultdict(set)
    for entity in gold["entities"]:
        for name in entity.get("names", ()):
            index[fold(name)].add(entity["id"])
    return index


def _words(text: str) -> list[str]:
    return [w.strip("-") for w in text.replace("-", " - ").split() if w.strip("-")]


def _is_part(label: str, names) -> bool:
    """True when ``label``'s words run inside a gold name, or a gold name's inside it."""
    words = _words(label)
    if not words:
        return False
    for name in names:
        other = _words(name)
        small, big = (words, other) if len(words) <= len(other) else (other, words)
        if any(big[i : i + len(small)] == small for i in range(len(big) - len(small) + 1)):
            return True
    return False


def map_node(node: Node, index: dict[str, set[str]]) -> tuple[str | None, set[str]]:
    """(the one referent the node names, or None; every referent any of its names maps to).

    A node maps to one referent when one referent carries all its matched
    names (the label's referent first); to none when no name matches; a node
    whose names no single referent explains is a false merge (None and two
    or more referents).
    """
    matched = [index[n] for n in node.names() if n in index]
    if not matched:
        return None, set()
    every = set().union(*matched)
    common = set.intersection(*matched)
    if common:
        label_refs = index.get(fold(node.label), set())
        best = sorted(common & label_refs) or sorted(common)
        return best[0], every
    return None, every


def score_article(nodes, gold: dict) -> ArticleScore:
    """Judge the named nodes of one article against its gold row."""
    index = name_index(gold)
    junk = {fold(x) for x in gold.get("not_entities", ())}
    types = {e["id"]: set(e.get("types", ())) for e in gold["entities"]}
    score = ArticleScore()
    by_referent: dict[str, list[Node]] = defaultdict(list)
    for node in nodes:
        if node.type == "CONCEPT":
            continue
        score.nodes += 1
        referent, every = map_node(node, index)
        score.assigned[node.key] = referent
        if referent is None and len(every) >= 2:
            score.counts["false_merge"] += 1
            score.problems.append(("false_merge", node.label, " + ".join(sorted(every))))
            continue
        if referent is None:
            if fold(node.label) in junk or node.names() & junk:
                score.counts["junk"] += 1
                score.problems.append(("junk", node.label, node.type))
            elif any(_is_part(name, index) for name in node.names()):
                score.counts["partial"] += 1
                score.problems.append(("partial", node.label, node.type))
            else:
                score.counts["unmatched"] += 1
                score.problems.append(("unmatched", node.label, node.type))
            continue
        by_referent[referent].append(node)
        if node.type != "ACTOR" and node.type not in types[referent]:
            score.counts["wrong_type"] += 1
            score.problems.append(("wrong_type", node.label, f"{node.type}, gold {'/'.join(sorted(types[referent]))}"))
    for referent, group in by_referent.items():
        if len(group) > 1:
            score.counts["duplicate"] += len(group) - 1
            score.problems.append(("duplicate", " | ".join(n.label for n in group), referent))
    return score


def score_corpus(graph_nodes, assigned_by_doc: dict[str, dict]) -> ArticleScore:
    """Cross-document duplicates and false merges of a merged graph.

    A gold id split over n graph nodes counts n - 1 duplicates, less the
    splits one article already makes (those are the article's duplicates).

    ``graph_nodes`` gives (node key, label, type, the documents naming it);
    ``assigned_by_doc`` each document's node key -> gold id (from
    :func:`score_article`). Only nodes of scored documents count.
    """
    score = ArticleScore()
    by_id: dict[str, list[tuple[str, set]]] = defaultdict(list)
    for key, label, node_type, docs in graph_nodes:
        scored = {d for d in docs if d in assigned_by_doc}
        if node_type == "CONCEPT" or not scored:
            continue
        score.nodes += 1
        ids = {assigned_by_doc[d].get(key) for d in scored} - {None}
        if len(ids) >= 2:
            score.counts["false_merge"] += 1
            score.problems.append(("false_merge", label, " + ".join(sorted(ids))))
        for gold_id in ids:
            by_id[gold_id].append((label, {d for d in scored if assigned_by_doc[d].get(key) == gold_id}))
    for gold_id, group in by_id.items():
        # a split inside one article is that article's duplicate: count only what the corpus adds
        within = max(Counter(d for _, docs in group for d in docs).values())
        extra = len(group) - within
        if extra > 0:
            score.counts["duplicate"] += extra
            score.problems.append(("duplicate", " | ".join(sorted(label for label, _ in group)), gold_id))
    return score


def pronoun_outcome(case: dict, references, entity_ids: dict[str, str | None]) -> tuple[bool, str]:
    """(right?, what the system did) for one gold pronoun case.

    ``references`` are (start, end, keys) of the system's resolved pronouns
    and descriptions; ``entity_ids`` maps an entity key to its gold id.
    A null antecedent is right when nothing resolves the pronoun.
    """
    start = case["start"]
    hit = next((keys for s, e, keys in references if s <= start < e), None)
    want = case.get("antecedent")
    if hit is None:
        return want is None, "unresolved"
    got = {entity_ids.get(k) for k in hit}
    shown = "+".join(sorted(str(g) if g else k for g, k in zip([entity_ids.get(k) for k in hit], hit)))
    if want is None:
        return False, shown
    return got == {want}, shown


def score_pronouns(cases, references, entity_ids) -> tuple[int, int, list]:
    """(right, total, wrong cases as (case, what the system did))."""
    right, wrong = 0, []
    for case in cases:
        ok, got = pronoun_outcome(case, references, entity_ids)
        if ok:
            right += 1
        else:
            wrong.append((case, got))
    return right, len(cases), wrong


# --------------------------------------------------------------------------
# running the system


def read_documents(ids) -> list:
    """The corpus articles the gold names."""
    return read_corpus_documents(ids, corpus=CORPUS)


def run_system(docs):
    """(facts by doc id, references by doc id as (start, end, keys))."""
    from extract.entities import entities_of
    from extract.facts import _facts, _tokenised
    from extract.lexicon import get_lexicon
    from extract.linking import link_facts
    from extract.pipeline import load_pipeline

    nlp = load_pipeline()
    lexicon = get_lexicon()
    facts, references = {}, {}
    for document in docs:
        doc = nlp(_tokenised(nlp, document.text))
        # as extract.facts gives them: linked, a knowledge base's type fixing the tagger's
        facts[document.id] = link_facts(_facts(doc, document, lexicon), lexicon=lexicon)
        index = entities_of(doc, lexicon=lexicon)
        references[document.id] = [(r.start, r.end, r.keys) for r in index.references]
    return facts, references


def _print_score(title: str, score: ArticleScore) -> None:
    print(f"{title}: {score.nodes} named nodes, problems {score.problem_share:.1%}")
    for kind in (*KINDS, "unmatched", "partial"):
        print(f"  {kind:<12} {score.counts[kind]:4d}  {score.share(kind):6.1%}")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--split", choices=SPLITS, default="dev", help="gold half to score (default dev)")
    parser.add_argument("--show", action="store_true", help="print every problem and wrong pronoun")
    args = parser.parse_args(argv)

    from graph.joins import join_entities
    from graph.model import KnowledgeGraph

    gold_rows = [g for g in read_gold() if in_split(g, args.split)]
    if not gold_rows:
        raise SystemExit(f"no gold lines in split {args.split!r}")
    docs = read_documents(g["doc"] for g in gold_rows)
    facts, references = run_system(docs)

    total, assigned = ArticleScore(), {}
    right = cases = 0
    for g in gold_rows:
        f = facts[g["doc"]]
        nodes = [Node(e.key, e.label, e.type, tuple(e.aliases)) for e in f.entities]
        s = score_article(nodes, g)
        assigned[g["doc"]] = s.assigned
        total.add(s)
        if args.show:
            for kind, label, detail in s.problems:
                print(f"{g['doc']} {kind:<12} {label!r} {detail}")
        r, n, wrong = score_pronouns(g.get("pronouns", ()), references[g["doc"]], s.assigned)
        right, cases = right + r, cases + n
        if args.show:
            for case, got in wrong:
                print(f"{g['doc']} pronoun      {case['pronoun']!r}@{case['start']} gold={case.get('antecedent')} "
                      f"got={got}  {case['quote'][:70]!r}")
    kg = KnowledgeGraph(facts[g["doc"]] for g in gold_rows)
    join_entities(kg)  # as `newsgraph build` does: short names joined to the graph's one full name
    graph = kg.graph
    corpus = score_corpus(
        ((k, a.get("label"), a.get("type"), list(a.get("doc_entities", {}))) for k, a in graph.nodes(data=True)),
        assigned,
    )
    if args.show:
        for kind, label, detail in corpus.problems:
            print(f"corpus {kind:<12} {label!r} {detail}")
    print(f"entities_dev --split {args.split}: {len(gold_rows)} articles")
    _print_score("per article", total)
    _print_score("across the corpus (merged graph)", corpus)
    accuracy = right / cases if cases else 0.0
    print(f"it/they: {right}/{cases} right ({accuracy:.1%})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
