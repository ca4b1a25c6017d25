"""Corpus-wide audit of the material events of the coder's fallback (:mod:`extract.events.material`).

Reads every Wikinews article except the test half (``--skip``, one id per line), runs the relation reader
and the coder's fallback as :mod:`benchmarks.coder_misses` does, and for every fallback candidate whose
event is material counts the first condition it fails (:data:`extract.events.material.MATERIAL_CONDITIONS`,
then "not asserted" and "same root") and lists each one kept, with its sentence, for reading.

Usage::

    python benchmarks/material_audit.py --skip /work/notes/test_docs.txt [--out kept.tsv]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

__all__ = ["main"]

CORPUS = ROOT.parent / "shared" / "data" / "wikinews" / "wikinews_2019_2020.jsonl"


def _read(path: Path, skip: set[str]):
    from extract.types import Document

    with open(path, encoding="utf-8") as f:
        for line in f:
            row = json.loads(line)
            if row["id"] not in skip:
                yield Document(id=row["id"], text=row["text"], date=row.get("date"))


def _stage(tok, covered, reader, lexicon) -> str:
    """The first stage of :func:`extract.events.fallback.coder_candidates` a material verb stops at."""
    from extract.events import fallback

    if tok.i in covered:
        return "has a relation"
    if tok.dep_ in fallback._SKIPPED_DEPS or tok.lemma_.lower() in fallback._SKIPPED_LEMMAS:
        return "skipped dependency or lemma"
    if fallback._unfinished(tok):
        return "infinitive, base or present"
    source, target, _ = fallback._sides(tok, lexicon)
    if source is None:
        return "no source"
    if target is None:
        return "no target"
    if reader.argument(source) is None or reader.argument(target) is None:
        return "side not an argument"
    if fallback._candidate(reader, tok) is None:
        return "idiom, plain noun, clause or unattested"
    return "candidate"


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--skip", type=Path, required=True, help="ids of the articles to leave out (the test half)")
    p.add_argument("--corpus", type=Path, default=CORPUS)
    p.add_argument("--funnel", action="store_true", help="count the stages every material verb stops at")
    p.add_argument("--funnel-show", action="store_true", help="print each material verb with no relation")
    p.add_argument("--out", type=Path, default=None, help="write the kept events as TSV")
    a = p.parse_args(argv)

    from extract import events
    from extract.entities import entities_of
    from extract.events import fallback
    from extract.events.material import MATERIAL_CONDITIONS, is_material, material_faults, pattern_recipient
    from extract.facts import _tokenised
    from extract.lexicon import get_lexicon
    from extract.pipeline import load_pipeline
    from extract.relations import relations_of

    skip = {line.strip() for line in a.skip.read_text(encoding="utf-8").splitlines() if line.strip()}
    nlp, lexicon = load_pipeline(), get_lexicon()
    counts: Counter = Counter()
    funnel: Counter = Counter()
    alone: Counter = Counter()  # the candidates each condition admits on its own
    kept_rows = []
    for document in _read(a.corpus, skip):
        counts["articles"] += 1
        doc = nlp(_tokenised(nlp, document.text))
        index = entities_of(doc, lexicon=lexicon)
        context = events.EventContext(doc, document, lexicon=lexicon)
        entities = events.annotate_entities(doc, document, list(index.entities), context=context)
        index = index.with_entities(entities)
        relations = relations_of(doc, document, index, lexicon=lexicon)
        relations = events.annotate_relations(doc, document, relations, entities=entities, context=context)
        candidates = fallback.coder_candidates(doc, document, index, relations, lexicon=lexicon)
        annotated = events.annotate_relations(doc, document, candidates, entities=entities, context=context,
                                              places=False)
        kept = {(r.predicate.start, r.subject.key, r.object.key)
                for r in fallback.coder_fallback(doc, document, index, relations, entities=entities, context=context)}
        if a.funnel:
            from spacy.symbols import VERB
            from extract.events.coding import frame_words
            from extract.relations.reader import _Reader

            covered, reader = fallback._covered(relations, doc), _Reader(doc, document, index, lexicon)
            for tok in doc:
                if tok.pos != VERB or lexicon.cameo.patterns.entry(tok.lemma_.lower()) is None:
                    continue
                code = lexicon.cameo.patterns.code_for(tok.lemma_.lower(), *frame_words(tok))[1]
                if code is None or not is_material(code):
                    continue
                stage = _stage(tok, covered, reader, lexicon)
                funnel[stage] += 1
                if stage != "has a relation" and a.funnel_show:
                    print(f"FUNNEL {stage}\t{tok.text}\t{code}\t{tok.sent.text.strip()[:160]}")
        for rel in annotated:  # the candidates whose target a fitted pattern moved past the direct object
            span = doc.char_span(rel.predicate.start, rel.predicate.end, alignment_mode="expand")
            obj = next((c for c in span.root.children if c.dep_ in ("dobj", "obj")), None)
            if obj is not None and pattern_recipient(span.root, obj, lexicon) is not None:
                moved = (rel.predicate.start, rel.subject.key, rel.object.key) in kept
                print(f"RECIPIENT kept={moved}\t{rel.subject.text}\t{rel.predicate.text}\t{rel.object.text}\t"
                      f"{rel.event.code if rel.event else None}\t{rel.sentence.strip()[:160]}")
        for rel in annotated:
            if rel.basis != fallback.CODER_BASIS or rel.event is None or not is_material(rel.event.code):
                continue
            counts["material candidates"] += 1
            span = doc.char_span(rel.predicate.start, rel.predicate.end, alignment_mode="expand")
            verb = span.root
            _, target, prepositional = fallback._sides(verb, lexicon)
            prep = target.head if target is not None and prepositional else None
            keyed = prep is not None and fallback._keyed_on(verb, prep, lexicon)
            faults = material_faults(rel, verb, target, prep, keyed=keyed, lexicon=lexicon)
            for name in MATERIAL_CONDITIONS:
                alone[name] += name not in faults
            why = faults[0] if faults else None
            if why is not None:
                print(f"REFUSED {','.join(faults)}\t{rel.subject.text}|{rel.subject.actor_code}\t{rel.predicate.text}"
                      f"\t{rel.object.text}|{rel.object.actor_code}\t{rel.event.code}\t{rel.sentence.strip()[:160]}")
            if why is None and (rel.predicate.start, rel.subject.key, rel.object.key) not in kept:
                why = "not asserted, uncoded or same root"
            counts[why or "kept"] += 1
            if why is None:
                kept_rows.append((document.id, rel.subject.text, rel.subject.actor_code, rel.predicate.text,
                                  rel.object.text, rel.object.actor_code, rel.event.code, rel.sentence.strip()))
    print(f"{counts['articles']} articles, {counts['material candidates']} material candidates")
    print("  first condition failed:")
    for why in (*MATERIAL_CONDITIONS, "not asserted, uncoded or same root", "kept"):
        print(f"    {why:<36}{counts[why]:4d}")
    print("  admitted by each condition alone:")
    for name in MATERIAL_CONDITIONS:
        print(f"    {name:<36}{alone[name]:4d}")
    for stage, n in funnel.most_common():
        print(f"  funnel: {stage:<40}{n:5d}")
    for row in kept_rows:
        print("\t".join(str(c) for c in row))
    if a.out:
        with open(a.out, "w", encoding="utf-8") as f:
            f.write("doc\tsource\tsource_code\tpredicate\ttarget\ttarget_code\tcode\tsentence\n")
            for row in kept_rows:
                f.write("\t".join(str(c).replace("\t", " ").replace("\n", " ") for c in row) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
