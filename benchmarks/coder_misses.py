"""Why gold events are missed: the classes of missed events, read against the CAMEO verb dictionary.

For each asserted gold event of a split whose CAMEO root no relation of its
sentence carries, the sentence's verbs and event nouns are coded as a
dictionary event coder codes them (the verb pattern dictionary fitted on the
verb's frame, :func:`extract.events.coding.verb_sense`, else the verb's or
noun's default in the CAMEO map), and the miss is put in one class:

- ``verb, no relation``: a word of the sentence codes the gold root and no
  relation has it as its predicate;
- ``relation, no event``: a relation has that word as predicate but no event type;
- ``relation, other root``: a relation has that word, typed with another root;
- ``no word``: no word of the sentence codes the gold root.

For the first class it also counts how many such words have a coded actor
(a named entity with an actor code, or a country plus an agent noun) in the
subtree of their subject, object or prepositional object.

Usage::

    python benchmarks/coder_misses.py                      # events_gold dev
    python benchmarks/coder_misses.py --fresh --split tune # events_fresh tune rows
    python benchmarks/coder_misses.py --fresh --split tune5 --show  # a later round's tune half
    python benchmarks/coder_misses.py --show               # each miss and its class
    python benchmarks/coder_misses.py --no-fallback        # the reader alone, without the coder's fallback
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

__all__ = ["CLASSES", "classify", "main"]

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.events_dev import (  # noqa: E402
    GOLD, gold_root, is_asserted_event, quote_span, read_documents, read_gold, relation_root, sentence_relations,
)

FRESH = ROOT / "benchmarks" / "data" / "events_fresh.jsonl"
CLASSES = ("verb, no relation", "relation, no event", "relation, other root", "no word")
_ARG_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "obj", "dative"})


def _word_root(tok, lexicon) -> str | None:
    """The CAMEO root a dictionary coder gives a verb or event noun, or None."""
    from extract.events.coding import NO_SENSE, verb_sense

    lemma = tok.lemma_.lower()
    default = lexicon.cameo.event_of(lemma)
    if tok.pos_ == "VERB":
        sense = verb_sense(lemma, tok, default, lexicon)
        event = default if sense is NO_SENSE else sense
    elif tok.pos_ == "NOUN":
        event = default
    else:
        return None
    return event.root if event is not None else None


def _has_actor(tok, index, date, lexicon) -> bool:
    """Does a subject, object or prepositional object of ``tok`` hold a coded actor?"""
    from extract.actors.mentions import generic_actor_codes

    heads = [c for c in tok.children if c.dep_ in _ARG_DEPS]
    heads += [g for c in tok.children if c.dep_ in ("prep", "agent") for g in c.children if g.dep_ == "pobj"]
    for head in heads:
        if any((e := index.entity_at(t.i)) is not None and e.actor_code for t in head.subtree):
            return True
        span = head.doc[head.left_edge.i : head.right_edge.i + 1]
        if generic_actor_codes(span, date=date, lexicon=lexicon):
            return True
    return False


def classify(row, doc, relations, index, lexicon, date=None) -> tuple[str, bool, str]:
    """(class, whether a dictionary word has a coded actor, the words) of one missed gold event."""
    start, _ = quote_span(row, doc.text)
    sent = doc.char_span(start, start + 1, alignment_mode="expand").sent
    root = gold_root(row)
    words = [t for t in sent if t.pos_ in ("VERB", "NOUN") and _word_root(t, lexicon) == root]
    if not words:
        return CLASSES[3], False, ""
    own = [[r for r in relations if r.predicate.start <= t.idx < max(r.predicate.end, r.predicate.start + 1)]
           for t in words]
    names = " ".join(t.text for t in words)
    if any(not rels for rels in own):
        free = [t for t, rels in zip(words, own) if not rels]
        return CLASSES[0], any(_has_actor(t, index, date, lexicon) for t in free), names
    if any(relation_root(r) is None for rels in own for r in rels):
        return CLASSES[1], False, names
    return CLASSES[2], False, names


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--fresh", action="store_true", help="read benchmarks/data/events_fresh.jsonl")
    parser.add_argument("--split", default=None, help="dev (default) for events_gold, a tune half (tune, tune2, ...) for events_fresh")
    parser.add_argument("--show", action="store_true", help="print each miss with its class")
    parser.add_argument("--no-fallback", action="store_true", help="leave out extract/events/fallback.py")
    args = parser.parse_args(argv)
    split = args.split or ("tune" if args.fresh else "dev")
    if not (split.startswith("tune") if args.fresh else split == "dev"):
        raise SystemExit(f"--split {split}: only the dev and tune halves (tune, tune2, ... tune5) may be read")

    from extract import events
    from extract.entities import entities_of
    from extract.events.fallback import coder_fallback
    from extract.facts import _tokenised
    from extract.lexicon import get_lexicon
    from extract.pipeline import load_pipeline
    from extract.relations import relations_of

    rows = [r for r in read_gold(FRESH if args.fresh else GOLD) if r.get("split") == split]
    docs = read_documents(r["doc"] for r in rows)
    nlp, lexicon = load_pipeline(), get_lexicon()
    counts, coded = Counter(), Counter()
    for document in docs:
        doc = nlp(_tokenised(nlp, document.text))
        index = entities_of(doc, lexicon=lexicon)
        context = events.EventContext(doc, document, lexicon=lexicon)
        entities = events.annotate_entities(doc, document, list(index.entities), context=context)
        index = index.with_entities(entities)
        relations = relations_of(doc, document, index, lexicon=lexicon)
        relations = events.annotate_relations(doc, document, relations, entities=entities, context=context)
        if not args.no_fallback:
            relations += coder_fallback(doc, document, index, relations, entities=entities, context=context)
        for row in (r for r in rows if r["doc"] == document.id and is_asserted_event(r)):
            found = sentence_relations(row, document.text, relations)
            if any(relation_root(r) == gold_root(row) for r in found):
                counts["found"] += 1
                continue
            kind, actor, names = classify(row, doc, relations, index, lexicon, document.date)
            counts[kind] += 1
            coded[kind] += actor
            if args.show:
                print(f"line {row['_line']} [{kind}{', actor' if actor else ''}] gold={row.get('cameo')} "
                      f"words={names!r}: {row['quote']!r}")
    total = sum(counts.values())
    print(f"{total} asserted gold events, {counts['found']} found by root")
    for kind in CLASSES:
        extra = f"  ({coded[kind]} with a coded actor around the word)" if kind == CLASSES[0] else ""
        print(f"  {kind:<22}{counts[kind]:4d}{extra}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
