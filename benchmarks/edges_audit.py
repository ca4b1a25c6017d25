"""Precision of the graph's edges on unseen news, as a careful reader judges them.

``benchmarks/data/edges_audit.tsv`` holds one row per piece of edge evidence
(an edge of ``graph.json`` and the sentence it was read from) of Wikinews
articles that are in no gold file, each judged by hand: correct (the
sentence says it) and useful (a who-did-what-to-whom fact an analyst would
keep), with a class for each wrong or useless one. ``benchmarks/data/edges_audit.md``
gives the method and the figures.

This script builds the graph of the audited articles with the current code
(``KnowledgeGraph.from_files`` over the corpus rows) and joins its edges to
the judged rows: it prints, for each article set, the share of the judged
edges the graph still holds that are correct and useful, the judged edges it
dropped (by class), the judged edges whose event code or modality changed,
and the edges no row judges yet (to be judged before the figures mean
anything).

Usage::

    python benchmarks/edges_audit.py                 # every set, figures
    python benchmarks/edges_audit.py --list a        # every edge of set a (to judge new ones)
    python benchmarks/edges_audit.py --new           # only the edges no row judges
    python benchmarks/edges_audit.py --draw e        # a fresh random sample of set e's edges (to judge)
    python benchmarks/edges_audit.py --draw f        # set f's sample (six articles: every one of their 40 edges)

Set ``e`` is not articles but sentences: CaRB dev sentences 321 to the end
(``benchmarks/data/carb-dev/dev.txt``), each run as a one-sentence
document, of which a random sample of edges (:data:`SAMPLES`) was judged
before the change that set measures. Its figures count the judged edges the
graph still holds, and its unjudged edges only those of the sampled
sentences. Set ``f`` (:data:`DRAWN`) is articles again, of which a random
sample of edges is judged; its six articles hold fewer edges than the sample's
size, so all are. Set ``h`` (three interview-heavy articles of the wave-15 pool, 46 edges, all judged)
has held articles too (:data:`HELD`).
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

__all__ = ["AUDIT", "AuditRow", "CODED_FIELDS", "DRAWN", "HELD", "SAMPLES", "SETS", "audit_key", "edge_rows", "read_audit", "set_figures"]

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

AUDIT = ROOT / "benchmarks" / "data" / "edges_audit.tsv"
CORPUS = ROOT / "benchmarks" / "data" / "wikinews_2019_2020.jsonl"

#: The audited articles: set ``a`` was read while fixing, set ``b`` only before and after; set ``c`` (six
#: articles, judged in full before the fourth round) names the classes that round fixes; set ``d`` (five articles,
#: judged in full before the usefulness round and not looked at while changing the rules) checks that round.
SETS = {
    "a": ("fd0515c42c78", "ce3b8cf25a80", "28108ad63c0e", "600250cf25bc", "f3c9f47d0e91", "b181a7ab00e3",
          "9afde4f76d0a", "687859ea9289", "c352228c48de", "69572b55cf22", "4982c1f7871d", "eb3feb5331a9"),
    "b": ("7484c413c225", "84b1b0a7d2f4", "0a99d465be97", "3cfb6f4fc0aa", "1943e1a30a06", "86d6ae57b179",
          "8682d613d3ee", "ed3e00884b6a"),
    "c": ("34cf2ddce8ee", "68baed789231", "6d09efb89451", "8687db3e0e4f", "e9c0ea8588cf", "80e164ae36c5"),
    "d": ("38b0bb90300f", "f3f02fb78979", "2dd1fc1ece6a", "2200080f9b45", "62f10a6e22d3"),
}

#: Sets of sentences rather than articles: the CaRB dev lines (1-based, inclusive) run as one-sentence documents
#: with ids ``carb:LINE``, the size of the random sample of their edges judged, and the sample's seed.
CARB_DEV = ROOT / "benchmarks" / "data" / "carb-dev" / "dev.txt"
SAMPLES = {"e": (321, 641, 60, 11)}

#: Sets of articles of which a random sample of graph edges was judged, not every edge: the article ids, the
#: sample's size and its seed. Set ``f``: six unaudited Wikinews articles in no gold file
#: (``random.Random(1304).sample`` of the list), judged before the seventh round; a sample of 60 edges was
#: meant, but the six articles hold 40, so every one of them is judged.
DRAWN = {
    "f": (("024923ad5af3", "5abb5d5d7d66", "7932f7d5cf29", "88f70cebeaef", "c5de60b85e16", "fa626d79c339"), 60, 1304),
    "g": (("28b66795ffc5", "2bfbc4f91baa", "40cea1fcf1e6", "514cc84a43c1", "54e598f67fdb", "58f530a032a4",
           "5793d7c79099", "694279c4f714", "b0b3b4f408e7", "d07e9690336b"), 60, 1414),
    "h": (("5b7de9034526", "9163282c03f1", "f3e299e4273b"), 60, 1515),
}

#: Articles of a drawn set that were judged but not read while changing the rules: the set's figures are
#: printed for them apart (``held``) and for the others (``tune``). Set ``g``: three of its articles have rows
#: in the test half of the events gold, so they are held, with one more drawn by ``random.Random(1414)``.
HELD = {"g": ("2bfbc4f91baa", "694279c4f714", "b0b3b4f408e7", "d07e9690336b"),
        "h": ("9163282c03f1", "f3e299e4273b")}

FIELDS = ("set", "doc", "subject", "predicate", "object", "event", "modality", "confidence", "correct", "useful",
          "error", "sentence")
#: The columns of samples that also judge the event type and the actor codes (wave 23 on): ``actors`` is the
#: subject's and the object's code as the evidence gives them (``SUBJ>OBJ``, empty sides blank); ``event_ok`` and
#: ``actor_ok`` are 1 or 0, or empty where the edge has no event type or no code.
CODED_FIELDS = FIELDS + ("actors", "event_ok", "actor_ok")


@dataclass(frozen=True)
class AuditRow:
    """One judged piece of edge evidence."""

    set: str
    doc: str
    subject: str
    predicate: str
    object: str
    event: str
    modality: str
    confidence: str
    correct: int
    useful: int
    error: str
    sentence: str
    actors: str = ""
    event_ok: str = ""
    actor_ok: str = ""


def audit_key(doc: str, subject: str, predicate: str, obj: str, sentence: str) -> tuple:
    """What identifies a judged edge across code changes: its words, not its offsets."""
    return doc, subject.casefold(), predicate, obj.casefold(), " ".join(sentence.split())[:120]


def read_audit(path: Path = AUDIT) -> dict[tuple, AuditRow]:
    """The judged rows by :func:`audit_key`."""
    rows = {}
    with open(path, encoding="utf-8", newline="") as handle:
        for line, row in enumerate(csv.DictReader(handle, delimiter="\t"), start=2):
            try:
                item = AuditRow(**{**row, "correct": int(row["correct"]), "useful": int(row["useful"])})
            except (TypeError, ValueError) as err:
                raise SystemExit(f"{path}:{line}: bad row: {err}") from None
            rows[audit_key(item.doc, item.subject, item.predicate, item.object, item.sentence)] = item
    return rows


def _documents(ids):
    from extract.types import Document

    wanted = {"wikinews:" + i for i in ids}
    found = {}
    with open(CORPUS, encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            if row["id"] in wanted:
                found[row["id"]] = Document(id=row["id"], text=row["text"], title=row.get("title"),
                                            date=row.get("date"), url=row.get("url"))
    return [found[i] for i in sorted(found)]


def _sentence_documents(first: int, last: int):
    from extract.types import Document

    with open(CARB_DEV, encoding="utf-8") as handle:
        lines = handle.read().splitlines()
    return [Document(id=f"carb:{n}", text=lines[n - 1]) for n in range(first, min(last, len(lines)) + 1)
            if lines[n - 1].strip()]


def set_documents(name: str) -> list:
    """The documents of set ``name``: Wikinews articles (:data:`SETS`) or CaRB sentences (:data:`SAMPLES`)."""
    if name in SAMPLES:
        first, last, _, _ = SAMPLES[name]
        return _sentence_documents(first, last)
    return _documents(DRAWN[name][0] if name in DRAWN else SETS[name])


def draw_sample(rows: list[dict], name: str) -> list[dict]:
    """The random sample of set ``name``'s edges to judge (:data:`SAMPLES` or :data:`DRAWN` gives its size and seed)."""
    import random

    size, seed = DRAWN[name][1:] if name in DRAWN else SAMPLES[name][2:]
    return sorted(random.Random(seed).sample(rows, min(size, len(rows))),
                  key=lambda r: (int(r["doc"][5:]) if name in SAMPLES else r["doc"], r["_start"]))


def edge_rows(kg, set_name: str) -> list[dict]:
    """One dict per piece of evidence of every edge of ``kg`` (the audit's columns, unjudged)."""
    graph = kg.graph
    rows = []
    for u, v, attrs in graph.edges(data=True):
        for ev in attrs["evidence"]:
            event = ev.get("event") or {}
            rows.append({
                "set": set_name, "doc": ev["doc"], "subject": graph.nodes[u].get("label", u),
                "predicate": attrs["predicate"] if not attrs["negated"] else "not " + attrs["predicate"],
                "object": graph.nodes[v].get("label", v), "event": event.get("code") or "",
                "modality": ev.get("modality") or "", "confidence": f"{ev['confidence']:.2f}",
                "sentence": " ".join(ev["sentence"].split()), "_start": ev["sentence_start"],
                "actors": f"{ev.get('subject_actor_code') or ''}>{ev.get('object_actor_code') or ''}"
                if ev.get("subject_actor_code") or ev.get("object_actor_code") else "",
            })
    rows.sort(key=lambda r: (r["doc"], r["_start"], r["subject"], r["predicate"], r["object"]))
    return rows


def set_figures(judged: dict[tuple, AuditRow], rows: list[dict], set_name: str) -> dict:
    """Figures of one set: judged rows before, the ones the graph still holds, dropped and unjudged."""
    before = [r for r in judged.values() if r.set == set_name]
    held, new, recoded = [], [], []
    for row in rows:
        item = judged.get(audit_key(row["doc"], row["subject"], row["predicate"], row["object"], row["sentence"]))
        (held if item is not None else new).append(item or row)
        if item is not None and (item.event, item.modality) != (row.get("event", item.event),
                                                                row.get("modality", item.modality)):
            recoded.append((item, row))
    held_keys = {audit_key(r.doc, r.subject, r.predicate, r.object, r.sentence) for r in held}
    dropped = [r for r in before if audit_key(r.doc, r.subject, r.predicate, r.object, r.sentence) not in held_keys]

    def shares(items):
        n = len(items)
        good = sum(r.correct for r in items)
        both = sum(r.correct and r.useful for r in items)
        typed = [r for r in items if r.event]
        typed_ok = sum(r.correct and r.event_ok == "1" for r in typed)
        coded = [r for r in items if r.actor_ok]
        return {"edges": n, "correct": good / n if n else 0.0, "correct_useful": both / n if n else 0.0,
                "n_correct": good, "n_correct_useful": both, "n_typed": len(typed), "n_typed_ok": typed_ok,
                "n_coded": len(coded), "n_coded_ok": sum(r.actor_ok == "1" for r in coded)}

    return {"before": shares(before), "after": shares(held), "unjudged": new,
            "dropped": Counter(r.error or ("ok" if r.correct and r.useful else "?") for r in dropped),
            "dropped_good": sum(r.correct and r.useful for r in dropped), "recoded": recoded}


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--list", metavar="SET", choices=sorted(SETS) + sorted(DRAWN),
                        help="print every edge of one set")
    parser.add_argument("--new", action="store_true", help="print the edges no row judges")
    parser.add_argument("--draw", metavar="SET", choices=sorted(SAMPLES) + sorted(DRAWN),
                        help="print a sampled set's random draw")
    args = parser.parse_args(argv)
    from graph.model import KnowledgeGraph
    from extract.facts import extract_facts

    judged = read_audit() if AUDIT.exists() else {}
    names = [args.list or args.draw] if args.list or args.draw else sorted(SETS) + sorted(SAMPLES) + sorted(DRAWN)
    for name in names:
        kg = KnowledgeGraph(extract_facts(set_documents(name)))
        rows = edge_rows(kg, name)
        if args.draw:
            rows = draw_sample(rows, name)
        if name in SAMPLES and not args.draw and not args.list:
            sampled = {r.doc for r in judged.values() if r.set.rstrip("+") == name}
            rows = [r for r in rows if r["doc"] in sampled]
        if args.list or args.draw:
            writer = csv.writer(sys.stdout, delimiter="\t", lineterminator="\n")
            for row in rows:
                writer.writerow([row.get(f, "") for f in FIELDS])
            continue
        figures = set_figures(judged, rows, name)
        _print_figures(name, figures, args.new)
        for part, keep in _parts(name):
            part_rows = [r for r in rows if keep(r["doc"])]
            part_judged = {k: r for k, r in judged.items() if r.set.rstrip("+") != name or keep(r.doc)}
            b, a = (set_figures(part_judged, part_rows, name)[k] for k in ("before", "after"))
            print(f"  {name} {part}: judged {b['edges']}: correct {b['correct']:.1%}, correct and useful "
                  f"{b['correct_useful']:.1%}; now {a['edges']} held: correct {a['correct']:.1%}, correct and "
                  f"useful {a['correct_useful']:.1%}")
    return 0


def _parts(name: str) -> list:
    """The tune and held parts of a set with held articles (:data:`HELD`), as (name, test of a doc id)."""
    if name not in HELD:
        return []
    held = {"wikinews:" + i for i in HELD[name]}
    return [("tune", lambda doc: doc not in held), ("held", lambda doc: doc in held)]


def _print_figures(name: str, figures: dict, show_new: bool) -> None:
    """Print one set's figures (:func:`set_figures`), and its unjudged edges if ``show_new``."""
    b, a = figures["before"], figures["after"]
    print(f"set {name}: judged {b['edges']} edges: correct {b['correct']:.1%}, correct and useful "
          f"{b['correct_useful']:.1%}")
    print(f"  now {a['edges']} judged edges held: correct {a['correct']:.1%}, correct and useful "
          f"{a['correct_useful']:.1%}; {len(figures['unjudged'])} edges not judged yet")
    print(f"  dropped: {dict(figures['dropped'].most_common())} ({figures['dropped_good']} correct and useful)")
    recoded = figures["recoded"]
    print(f"  event code or modality changed on {len(recoded)} held edges: "
          f"{sum(not item.correct for item, _ in recoded)} judged wrong, "
          f"{sum(item.correct for item, _ in recoded)} judged correct")
    for item, row in recoded:
        print(f"    {'wrong  ' if not item.correct else 'correct'} {item.error or '-':16} {item.subject} | "
              f"{item.predicate} | {item.object}: {item.event or '-'}/{item.modality} -> "
              f"{row['event'] or '-'}/{row['modality']}")
    if show_new:
        for row in figures["unjudged"]:
            print("   NEW", row["doc"], row["subject"], row["predicate"], row["object"], row["event"],
                  row["sentence"][:160], sep=" | ")


if __name__ == "__main__":
    raise SystemExit(main())
