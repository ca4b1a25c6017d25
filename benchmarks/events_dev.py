"""Event extraction on hand-annotated Wikinews articles: precision and recall per field.

Runs ``extract.facts.extract_facts`` on the articles that
``benchmarks/data/events_gold.jsonl`` annotates (format:
``benchmarks/data/events_gold.md``) and prints precision and recall for the event type, actor,
actor code, target, time, place, casualties and source. ``--speed`` also
measures words per second against plain ``nlp.pipe`` on the same text.

Usage::

    python benchmarks/events_dev.py
    python benchmarks/events_dev.py --speed [--repeat 3]
    python benchmarks/events_dev.py --show    # each gold event and what matched it
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

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
    rows = []
    for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as err:
            raise SystemExit(f"{path}:{lineno}: not JSON: {err}") from None
        for key in ("doc", "quote", "predicates"):
            if key not in row:
                raise SystemExit(f"{path}:{lineno}: missing {key!r}")
        row["_line"] = lineno
        rows.append(row)
    return rows


def read_documents(ids) -> list:
    from extract.types import Document

    wanted = set(ids)
    docs = []
    for line in CORPUS.open(encoding="utf-8"):
        row = json.loads(line)
        if row["id"] in wanted:
            docs.append(Document(id=row["id"], text=row["text"], title=row.get("title"),
                                 date=row.get("date"), url=row.get("url")))
    missing = wanted - {d.id for d in docs}
    if missing:
        raise SystemExit(f"gold names articles not in {CORPUS}: {sorted(missing)}")
    return docs


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
    if field not in gold:
        return False, None
    value = gold[field]
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


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--speed", action="store_true", help="also measure words/s against plain nlp.pipe")
    parser.add_argument("--repeat", type=int, default=3, help="corpus copies for --speed (default 3)")
    parser.add_argument("--show", action="store_true", help="print each gold event and its match")
    args = parser.parse_args(argv)

    from extract.facts import extract_facts
    from extract.pipeline import load_pipeline

    gold_rows = read_gold()
    docs = read_documents(g["doc"] for g in gold_rows)
    nlp = load_pipeline()
    facts_by_doc = {f.document.id: f for f in extract_facts(docs, nlp=nlp)}
    matched, counts, details = score(gold_rows, facts_by_doc)
    if args.show:
        for g, rel in details:
            print(f"line {g['_line']}: {g['quote']!r}")
            if rel is None:
                print("   no match")
                continue
            print(f"   ({rel.subject.text} [{rel.subject.actor_code}], {rel.predicate.lemma}, {rel.object.text}) "
                  f"event={rel.event.code if rel.event else None} time={rel.time} place={rel.place} "
                  f"cas={rel.casualties} src={rel.attributed_to} mod={rel.modality} neg={rel.negated}")
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
