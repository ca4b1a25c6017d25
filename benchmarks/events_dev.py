"""CAMEO event coding on hand-annotated Wikinews articles: recall, precision, actor and modality accuracy.

Runs ``extract.facts.extract_facts`` on the articles of one split of
``benchmarks/data/events_gold.jsonl`` (format and split:
``benchmarks/data/events_gold.md``) and prints root recall, full recall
(root, source and target), typed precision, actor-code accuracy and modality
accuracy with its confusion table. The test half is scored only at the end.
``--fields`` adds the older per-field tables (event type, actor, actor code,
target, time, place, casualties, source), end to end and on the gold
predicates; ``--speed`` measures words per second against plain ``nlp.pipe``.

Usage::

    python benchmarks/events_dev.py                 # dev split
    python benchmarks/events_dev.py --split test    # the held-out half, at the end only
    python benchmarks/events_dev.py --split all --fields
    python benchmarks/events_dev.py --speed [--repeat 3]
    python benchmarks/events_dev.py --show    # each gold event and what matched it
"""

from __future__ import annotations

import argparse
import functools
import sys
import time
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

__all__ = [
    "EventScores", "MODALITIES", "actor_agrees", "actors_agree", "gold_root", "in_split", "is_asserted_event",
    "match", "modality_confusion", "read_gold", "relation_root", "score", "score_events", "sentence_relations",
    "system_modality",
]

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.gold import read_corpus_documents, read_gold_lines  # noqa: E402

GOLD = ROOT / "benchmarks" / "data" / "events_gold.jsonl"
CORPUS = ROOT / "benchmarks" / "data" / "wikinews_2019_2020.jsonl"
FIELDS = ("event_root", "actor", "actor_code", "target", "time", "place", "casualties", "attributed_to")


def fold(text) -> str:
    text = " ".join(str(text).replace("\u2019", "'").split()).casefold()
    for article in ("the ", "a ", "an "):
        if text.startswith(article):
            text = text[len(article):]
    return text


def read_gold(path: Path = GOLD) -> list[dict]:
    """The gold rows, each with its line number as ``_line``."""
    return read_gold_lines(path, required=("doc", "quote", "predicates"))


def read_documents(ids) -> list:
    """The corpus articles the gold names."""
    return read_corpus_documents(ids, corpus=CORPUS)


def _lemma_matches(lemma: str, wanted) -> bool:
    lemma = fold(lemma).removeprefix("not ")
    words = lemma.split()
    return any(lemma == w or w in words or (words and words[-1] == w) for w in map(fold, wanted))


def match(gold: dict, text: str, relations) -> object | None:
    """The relation whose predicate lies in the gold quote and has a gold lemma."""
    start = text.find(gold["quote"])
    end = start + len(gold["quote"])
    inside = [r for r in relations if start <= r.predicate.start < end and r.predicate.lemma != "located in"]
    good = [r for r in inside if _lemma_matches(r.predicate.lemma, gold["predicates"])]
    if not good:
        return None
    # Prefer the relation that carries most event fields.
    return max(good, key=lambda r: sum(x is not None for x in (r.event, r.time, r.place, r.casualties, r.attributed_to)))


def _contains(a, b) -> bool:
    a, b = fold(a), fold(b)
    return bool(a and b) and (a in b or b in a)


def predicted(field: str, rel):
    if rel is None:
        return None
    if field == "event_root":
        return rel.event.root if rel.event else None
    if field == "actor":
        return rel.subject
    if field == "actor_code":
        return rel.subject.actor_code
    if field == "target":
        return rel.object
    if field == "time":
        return (rel.time.start, rel.time.end) if rel.time and rel.time.start else None
    if field == "place":
        return rel.place.label if rel.place else None
    if field == "casualties":
        c = rel.casualties
        return (c.killed, c.injured) if c and (c.killed is not None or c.injured is not None) else None
    if field == "attributed_to":
        return rel.attributed_to
    raise KeyError(field)


def expected(field: str, gold: dict):
    """(annotated?, value): the gold value of a field, if the row annotates it."""
    if field == "casualties":
        if "killed" not in gold and "injured" not in gold:
            return False, None
        k, i = gold.get("killed"), gold.get("injured")
        return True, (k, i) if (k is not None or i is not None) else None
    if field == "target" and "object" in gold:  # the grammatical object, kept from the first gold
        field = "object"
    if field not in gold:
        return False, None
    value = gold[field]
    if field == "target" and isinstance(value, dict):  # the CAMEO fields give {"text", "code"} or null
        value = value.get("text")
    return True, (tuple(value) if field == "time" and value else value)


def correct(field: str, want, got) -> bool:
    if field in ("actor", "target"):
        return _contains(want, got.label) or _contains(want, got.text)
    if field == "place":
        from extract.places import split_place

        return any(_contains(w, got) or fold(w) == fold(split_place(got)[0]) for w in want)
    if field == "attributed_to":
        return _contains(want, got)
    return want == got


def score(gold_rows, facts_by_doc):
    counts = {f: defaultdict(int) for f in FIELDS}
    matched = 0
    details = []
    for g in gold_rows:
        facts = facts_by_doc[g["doc"]]
        rel = match(g, facts.document.text, facts.relations)
        matched += rel is not None
        details.append((g, rel))
        for field in FIELDS:
            annotated, want = expected(field, g)
            if not annotated:
                continue
            got = predicted(field, rel)
            if field in ("actor", "target") and want is None:
                continue  # every relation has arguments; a missing actor is not scored
            c = counts[field]
            if want is not None and got is not None and correct(field, want, got):
                c["tp"] += 1
            else:
                if got is not None:
                    c["fp"] += 1
                if want is not None:
                    c["fn"] += 1
    return matched, counts, details


def print_scores(gold_rows, matched, counts) -> None:
    print(f"gold events: {len(gold_rows)} in {len({g['doc'] for g in gold_rows})} articles; "
          f"matched by a relation: {matched} ({matched / len(gold_rows):.0%})")
    print(f"{'field':<14}{'P':>7}{'R':>7}{'F1':>7}{'tp':>5}{'fp':>5}{'fn':>5}")
    for field in FIELDS:
        c = counts[field]
        p = c["tp"] / (c["tp"] + c["fp"]) if c["tp"] + c["fp"] else 0.0
        r = c["tp"] / (c["tp"] + c["fn"]) if c["tp"] + c["fn"] else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        print(f"{field:<14}{p:7.2f}{r:7.2f}{f:7.2f}{c['tp']:5d}{c['fp']:5d}{c['fn']:5d}")


def oracle_facts(nlp, docs, gold_rows):
    """Facts whose relations are built from the gold predicates, then annotated.

    This measures the event annotation alone: the predicate is the gold one
    (the first token in the quote with a gold lemma), its subject (or passive
    agent) and object come from the parse, and ``annotate_relations`` fills
    the rest, as in ``extract_facts``.
    """
    from extract import events
    from extract.entities import entities_of
    from extract.types import Argument, DocumentFacts, Predicate, Relation

    by_doc = defaultdict(list)
    for g in gold_rows:
        by_doc[g["doc"]].append(g)
    out = {}
    for document, doc in zip(docs, nlp.pipe(d.text for d in docs)):
        index = entities_of(doc)
        context = events.EventContext(doc, document)
        entities = events.annotate_entities(doc, document, list(index.entities), context=context)
        index = index.with_entities(entities)

        def argument(tok):
            span = doc[tok.left_edge.i : tok.right_edge.i + 1]
            entity = index.entity_of(tok)
            if entity is not None:
                return Argument(entity.key, entity.label, entity.type, span.text, span.start_char, span.end_char,
                                actor_code=entity.actor_code)
            return Argument("concept:" + fold(span.text), span.text, "CONCEPT", span.text, span.start_char, span.end_char)

        relations = []
        for g in by_doc[document.id]:
            start = document.text.find(g["quote"])
            span = doc.char_span(start, start + len(g["quote"]), alignment_mode="expand")
            wanted = {fold(w).split()[0] for w in g["predicates"]}
            pred = next((t for t in span if t.lemma_.lower() in wanted or t.lower_ in wanted), None)
            if pred is None:
                continue
            subj = next((c for c in pred.children if c.dep_ in ("nsubj", "csubj", "poss")), None)
            if subj is None and pred.dep_ in ("conj", "xcomp"):  # "arrived and detained the man"
                subj = next((c for c in pred.head.children if c.dep_ in ("nsubj", "csubj")), None)
            agent = next((p for c in pred.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"), None)
            obj = next((c for c in pred.children if c.dep_ in ("dobj", "nsubjpass", "attr")), None)
            if obj is None and pred.pos_ == "NOUN":  # "the killing of Qasem Soleimani"
                obj = next((p for c in pred.children if c.dep_ == "prep" and c.lower_ == "of"
                            for p in c.children if p.dep_ == "pobj"), None)
            subj = agent or subj or obj
            obj = obj if obj is not None and obj is not subj else subj
            if subj is None:
                continue
            relations.append(Relation(
                doc_id=document.id, subject=argument(subj),
                predicate=Predicate(pred.lemma_.lower(), pred.text, pred.idx, pred.idx + len(pred)),
                object=argument(obj), sentence=pred.sent.text, sentence_start=pred.sent.start_char,
            ))
        relations = events.annotate_relations(doc, document, relations, entities=entities, context=context)
        out[document.id] = DocumentFacts(document, tuple(entities), tuple(relations))
    return out


def speed(nlp, docs, repeat: int) -> None:
    """Words/s of plain nlp.pipe, of the extractor, and the event step's share."""
    from extract import events
    from extract.entities import entities_of
    from extract.facts import extract_facts
    from extract.places import gazetteer
    from extract.relations import relations_of

    docs = docs * repeat
    words = sum(len(d.text.split()) for d in docs)
    t0 = time.perf_counter()
    gazetteer()
    load = time.perf_counter() - t0
    t0 = time.perf_counter()
    parsed = list(nlp.pipe((d.text for d in docs), batch_size=32))
    plain = time.perf_counter() - t0
    t0 = time.perf_counter()
    for _ in extract_facts(docs, nlp=nlp):
        pass
    full = time.perf_counter() - t0
    t_events = 0.0
    for doc, document in zip(parsed, docs):
        index = entities_of(doc)
        t0 = time.perf_counter()
        context = events.EventContext(doc, document)
        ents = events.annotate_entities(doc, document, list(index.entities), context=context)
        t_events += time.perf_counter() - t0
        rels = relations_of(doc, document, index.with_entities(ents))
        t0 = time.perf_counter()
        events.annotate_relations(doc, document, rels, entities=ents, context=context)
        t_events += time.perf_counter() - t0
    print(f"speed on {len(docs)} articles, {words} words:")
    print(f"  plain nlp.pipe        {words / plain:8.0f} words/s")
    print(f"  extract_facts         {words / full:8.0f} words/s  ratio {plain / full:.3f}")
    print(f"  event annotation      {t_events:.2f} s: nlp.pipe + events alone would run at "
          f"{plain / (plain + t_events):.3f} x plain")
    print(f"  one-off gazetteer load {load:.2f} s (once per process, before the runs above)")


# --- CAMEO event metrics (issue 11): root recall, full recall, typed precision,
# actor-code and modality accuracy. They need only the gold rows and relation
# objects (``extract.types.Relation`` or anything with the same attributes).

MODALITIES = ("asserted", "negated", "hypothetical", "intended", "claimed")
SPLITS = ("dev", "test", "all")
_HYPOTHETICAL = frozenset({"may", "might", "could", "would", "should", "can", "must",
                           "possibly", "probably", "if", "unless"})
_INTENDED = frozenset({"will", "shall", "threaten", "plan", "vow", "promise", "intend", "want", "wish", "seek",
                       "try", "attempt", "pledge", "aim", "hope", "expect", "propose", "prepare", "consider",
                       "offer", "agree", "decide"})
_CLAIMED = frozenset({"reportedly", "allegedly", "apparently", "claim", "allege"})
_ORG_PREFIXES = ("IGO", "NGO", "IMG", "MNC")


def in_split(row: dict, split: str) -> bool:
    """True when a gold row belongs to ``split`` ("dev", "test" or "all")."""
    if split not in SPLITS:
        raise ValueError(f"split={split!r}: expected one of {SPLITS}")
    return split == "all" or row.get("split") == split


def gold_root(row: dict) -> str | None:
    """The gold CAMEO root: ``event_root``, else the first two digits of ``cameo``."""
    root = row.get("event_root")
    if root is None and row.get("cameo"):
        root = str(row["cameo"])[:2]
    return str(root) if root is not None else None


def is_asserted_event(row: dict) -> bool:
    """A gold line the scorer counts as an event: it has a root and is asserted."""
    return gold_root(row) is not None and row.get("modality", "asserted") == "asserted"


def relation_root(rel) -> str | None:
    """The first two digits of a relation's CAMEO code, or None when untyped."""
    event = getattr(rel, "event", None)
    if event is None:
        return None
    code = getattr(event, "code", None) or getattr(event, "root", None)
    return str(code)[:2] if code else None


def system_modality(rel) -> str:
    """A relation's modality mapped onto the five gold values.

    ``negated`` wins; a value already in :data:`MODALITIES` is kept; modal
    auxiliaries and adverbs map to hypothetical ("could", "possibly"), future and
    intent verbs to intended ("will", "plan", "threaten"), hearsay adverbs to
    claimed ("allegedly"); "refuse" to negated; None (or anything else) to asserted.
    """
    if getattr(rel, "negated", False):
        return "negated"
    value = (getattr(rel, "modality", None) or "asserted").casefold()
    if value in MODALITIES:
        return value
    if value == "refuse":
        return "negated"
    if value in _HYPOTHETICAL:
        return "hypothetical"
    if value in _INTENDED:
        return "intended"
    if value in _CLAIMED:
        return "claimed"
    return "asserted"


def _actor_key(code: str) -> tuple[str, tuple[str, ...]]:
    """(country or organisation, role letters) of an actor code."""
    code = code.upper()
    if code.startswith(_ORG_PREFIXES):  # IGOUNO: the organisation is the "country"
        head, rest = code[:6], code[6:]
    else:
        head, rest = code[:3], code[3:]
    return head, tuple(rest[i : i + 3] for i in range(0, len(rest), 3))


@functools.lru_cache(maxsize=1)
def _country_codes() -> frozenset[str]:
    from extract.lexicon import get_lexicon

    return frozenset(get_lexicon().countries.by_alpha3)


def _as_gold_code(code: str) -> str:
    """The system writes a role with no country as the role alone (``OPP``); gold writes ``---OPP``."""
    code = code.upper()
    if code.startswith(_ORG_PREFIXES) or code.startswith("---") or code[:3] in _country_codes():
        return code
    return "---" + code


def actor_agrees(gold_actor, code: str | None) -> bool:
    """Whether a predicted actor code agrees with a gold actor (``{"text", "code"}`` or None).

    A null gold actor, or one with a null code, is satisfied by anything. Otherwise
    the countries (first three letters; six for IGO/NGO/IMG/MNC organisations)
    must be equal; a gold actor with no country (``---COP``) agrees when all its
    role letters appear in the predicted code.
    """
    want = gold_actor.get("code") if isinstance(gold_actor, dict) else None
    if not want:
        return True
    if not code:
        return False
    country, roles = _actor_key(want)
    code = _as_gold_code(code)
    if country.strip("-"):
        return _actor_key(code)[0] == country
    return bool(roles) and all(role in code.upper()[3:] for role in roles)


def _relation_codes(rel) -> tuple[str | None, str | None]:
    return getattr(rel.subject, "actor_code", None), getattr(rel.object, "actor_code", None)


def actors_agree(row: dict, rel) -> tuple[bool, bool]:
    """(source agrees, target agrees) for a relation, trying both directions for mutual events."""
    subj, obj = _relation_codes(rel)
    forward = (actor_agrees(row.get("source"), subj), actor_agrees(row.get("target"), obj))
    if row.get("mutual") and not all(forward):
        backward = (actor_agrees(row.get("source"), obj), actor_agrees(row.get("target"), subj))
        if sum(backward) > sum(forward):
            return backward
    return forward


def quote_span(row: dict, text: str) -> tuple[int, int]:
    """Character offsets of a gold quote in its article (ValueError if absent)."""
    start = text.find(row["quote"])
    if start < 0:
        raise ValueError(f"gold line {row.get('_line', '?')}: quote not in {row['doc']}: {row['quote']!r}")
    return start, start + len(row["quote"])


def sentence_relations(row: dict, text: str, relations) -> list:
    """Relations whose sentence contains the start of the gold quote."""
    start, _ = quote_span(row, text)
    return [r for r in relations if r.sentence_start <= start < r.sentence_start + len(r.sentence)]


def _sentence_key(rel) -> tuple[str, int]:
    return rel.doc_id, rel.sentence_start


@dataclass(frozen=True)
class EventScores:
    """Counts behind the CAMEO event figures of one split."""

    gold_lines: int = 0
    asserted: int = 0
    root_found: int = 0
    full_found: int = 0
    typed: int = 0
    typed_right: int = 0
    actor_slots: int = 0
    actor_right: int = 0
    modality_pairs: tuple = ()  # (gold modality, system modality) per gold line matched by predicate
    negatives_typed: int = 0  # negative gold lines whose matched relation carries an event type
    negatives_matched: int = 0

    @staticmethod
    def ratio(a: int, b: int) -> float:
        return a / b if b else 0.0


def score_events(gold_rows, facts_by_doc) -> EventScores:
    """Root recall, full recall, typed precision, actor-code and modality accuracy.

    Parameters
    ----------
    gold_rows : list of dict
        Gold lines (already filtered to one split).
    facts_by_doc : dict
        Article id -> object with ``document.text`` and ``relations``.
    """
    asserted = root_found = full_found = slots = slots_right = 0
    neg_typed = neg_matched = 0
    pairs = []
    gold_sentences = defaultdict(list)  # (doc, sentence_start) -> gold rows
    for row in gold_rows:
        facts = facts_by_doc[row["doc"]]
        text = facts.document.text
        in_sentence = sentence_relations(row, text, facts.relations)
        start, _ = quote_span(row, text)
        sentence_key = next((_sentence_key(r) for r in in_sentence), (row["doc"], -1 - start))
        gold_sentences[sentence_key].append(row)
        rel = match(row, text, facts.relations)
        if rel is not None:
            pairs.append((row.get("modality", "asserted"), system_modality(rel)))
            if not is_asserted_event(row):
                neg_matched += 1
                neg_typed += relation_root(rel) is not None
        if not is_asserted_event(row):
            continue
        asserted += 1
        root = gold_root(row)
        same_root = [r for r in in_sentence if relation_root(r) == root]
        if not same_root:
            continue
        root_found += 1
        best = max((actors_agree(row, r) for r in same_root), key=sum)
        full_found += all(best)
        for key, ok in zip(("source", "target"), best):
            if isinstance(row.get(key), dict) and row[key].get("code"):
                slots += 1
                slots_right += ok
    typed = typed_right = 0
    for facts in facts_by_doc.values():
        for rel in facts.relations:
            root = relation_root(rel)
            rows = gold_sentences.get(_sentence_key(rel))
            if root is None or not rows:
                continue
            typed += 1
            typed_right += any(is_asserted_event(g) and gold_root(g) == root for g in rows)
    return EventScores(len(gold_rows), asserted, root_found, full_found, typed, typed_right, slots, slots_right,
                       tuple(pairs), neg_typed, neg_matched)


def modality_confusion(pairs) -> dict:
    """(gold, system) -> count."""
    table = defaultdict(int)
    for pair in pairs:
        table[pair] += 1
    return dict(table)


def print_event_scores(s: EventScores, split: str) -> None:
    r = EventScores.ratio
    print(f"== CAMEO events, split {split}: {s.gold_lines} gold lines, {s.asserted} asserted events ==")
    print(f"root recall        {r(s.root_found, s.asserted):6.3f}  ({s.root_found}/{s.asserted})")
    print(f"full recall        {r(s.full_found, s.asserted):6.3f}  ({s.full_found}/{s.asserted})")
    print(f"typed precision    {r(s.typed_right, s.typed):6.3f}  ({s.typed_right}/{s.typed} typed relations "
          f"in gold sentences)")
    print(f"actor-code acc.    {r(s.actor_right, s.actor_slots):6.3f}  ({s.actor_right}/{s.actor_slots} "
          f"coded source/target slots of root-matched events)")
    right = sum(1 for g, p in s.modality_pairs if g == p)
    print(f"modality acc.      {r(right, len(s.modality_pairs)):6.3f}  ({right}/{len(s.modality_pairs)} gold lines "
          f"matched by predicate)")
    print(f"negatives typed    {r(s.negatives_typed, s.negatives_matched):6.3f}  ({s.negatives_typed}/"
          f"{s.negatives_matched} matched non-event/non-asserted lines given an event type)")
    table = modality_confusion(s.modality_pairs)
    print("modality confusion (rows gold, columns system):")
    print(f"{'':<14}" + "".join(f"{m[:8]:>9}" for m in MODALITIES))
    for g in MODALITIES:
        print(f"{g:<14}" + "".join(f"{table.get((g, p), 0):9d}" for p in MODALITIES))


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--split", choices=SPLITS, default="dev", help="gold half to score (default dev)")
    parser.add_argument("--fields", action="store_true", help="also print the per-field tables")
    parser.add_argument("--speed", action="store_true", help="also measure words/s against plain nlp.pipe")
    parser.add_argument("--repeat", type=int, default=3, help="corpus copies for --speed (default 3)")
    parser.add_argument("--show", action="store_true", help="print each gold event and its match")
    args = parser.parse_args(argv)

    from extract.facts import extract_facts
    from extract.pipeline import load_pipeline

    gold_rows = [g for g in read_gold() if in_split(g, args.split)]
    if not gold_rows:
        raise SystemExit(f"no gold lines in split {args.split!r}")
    docs = read_documents(g["doc"] for g in gold_rows)
    nlp = load_pipeline()
    facts_by_doc = {f.document.id: f for f in extract_facts(docs, nlp=nlp)}
    if args.show:
        for g in gold_rows:
            facts = facts_by_doc[g["doc"]]
            rel = match(g, facts.document.text, facts.relations)
            print(f"line {g['_line']}: {g['quote']!r} gold={g.get('cameo')} {g.get('modality', 'asserted')}")
            if rel is None:
                print("   no match")
                continue
            print(f"   ({rel.subject.text} [{rel.subject.actor_code}], {rel.predicate.lemma}, {rel.object.text} "
                  f"[{rel.object.actor_code}]) event={rel.event.code if rel.event else None} time={rel.time} "
                  f"place={rel.place} cas={rel.casualties} src={rel.attributed_to} mod={rel.modality} "
                  f"neg={rel.negated}")
    print_event_scores(score_events(gold_rows, facts_by_doc), args.split)
    if args.fields:
        matched, counts, _ = score(gold_rows, facts_by_doc)
        print("== end to end: extract_facts ==")
        print_scores(gold_rows, matched, counts)
        matched, counts, _ = score(gold_rows, oracle_facts(nlp, docs, gold_rows))
        print("== event annotation on the gold predicates (relations built from the parse) ==")
        print_scores(gold_rows, matched, counts)
    if args.speed:
        speed(nlp, docs, args.repeat)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
