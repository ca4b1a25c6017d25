"""CAMEO event coding on single wire-style sentences: root recall, full recall, typed precision, negatives.

``benchmarks/data/wire_gold.jsonl`` holds invented news sentences, one gold
row per event a CAMEO coder reads in them (CAMEO root and code, source and
target actor codes, modality), and negative sentences that hold no asserted
event (format, annotation rules and halves: ``wire_gold.md``). Each sentence
is run alone through ``extract.facts.extract_facts`` as one
``extract.types.Document`` dated as its row says, and scored:

- **root recall**: an asserted gold event is found when a relation of its
  sentence has a CAMEO code with the same root;
- **full recall**: the root is found and the relation's subject and object
  codes agree with the gold source and target (``events_dev.actors_agree``:
  same country, or the roles of a country-less gold code; both directions
  for a mutual event);
- **typed precision**: the share of typed relations whose root is the root
  of an asserted gold event of their sentence;
- **negatives typed**: the share of negative sentences (no asserted event)
  given any event type.

The test half is scored once, at the end; its sentences are not run or
read while developing.

Usage::

    python benchmarks/wire_sentences.py                # dev half
    python benchmarks/wire_sentences.py --show         # each sentence, its gold events and typed relations
    python benchmarks/wire_sentences.py --split test   # the held-out half, at the end only
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

__all__ = [
    "GOLD", "ROLES", "SPLITS", "WireScores", "event_row", "gold_actor", "main", "read_wire_gold",
    "score_sentences", "sentence_id", "sentences_of",
]

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.events_dev import (  # noqa: E402
    EventScores,
    actors_agree,
    gold_root,
    in_split,
    is_asserted_event,
    relation_root,
)
from benchmarks.gold import read_gold_lines  # noqa: E402

GOLD = ROOT / "benchmarks" / "data" / "wire_gold.jsonl"
SPLITS = ("dev", "test", "all")
_FIELDS = ("id", "split", "text", "date", "root", "code", "source", "target", "modality")
#: CAMEO role codes (PETRARCH agents) a gold actor code may start with when it names no country ("CVL", "COP").
ROLES = frozenset({
    "AGR", "BUS", "CHR", "COP", "CRM", "CVL", "DEV", "EDU", "ELI", "ENV", "GOV", "HLH", "HRI", "INS", "JUD",
    "LAB", "LEG", "MED", "MIL", "MUS", "OPP", "PTY", "REB", "REF", "REL", "SPY", "UAF",
})


def read_wire_gold(path: Path = GOLD) -> list[dict]:
    """The gold rows, each with its line number as ``_line``."""
    return read_gold_lines(path, required=_FIELDS)


def sentence_id(row: dict) -> str:
    """The sentence a row belongs to: its id up to the dot (``dev-007.2`` -> ``dev-007``)."""
    return row["id"].split(".", 1)[0]


def sentences_of(rows) -> dict[str, list[dict]]:
    """Sentence id -> its gold rows, in file order."""
    out = defaultdict(list)
    for row in rows:
        out[sentence_id(row)].append(row)
    return dict(out)


def gold_actor(code: str | None) -> dict | None:
    """A gold actor code as ``events_dev`` reads it: ``{"text", "code"}``, a bare role as ``---ROLE``."""
    if code is None:
        return None
    return {"text": None, "code": "---" + code if code[:3] in ROLES else code}


def event_row(row: dict) -> dict:
    """A wire gold row in the form of an ``events_gold.jsonl`` row, for the ``events_dev`` functions."""
    return {"event_root": row["root"], "cameo": row["code"], "modality": row["modality"],
            "source": gold_actor(row["source"]), "target": gold_actor(row["target"]),
            "mutual": bool(row.get("mutual"))}


@dataclass(frozen=True)
class WireScores:
    """Counts behind the figures of one split."""

    sentences: int = 0
    asserted: int = 0
    root_found: int = 0
    full_found: int = 0
    typed: int = 0
    typed_right: int = 0
    negatives: int = 0  # sentences with no asserted gold event
    negatives_typed: int = 0  # ... of which some relation carries an event type
    by_root: tuple = ()  # (gold root, found) per asserted gold event


def score_sentences(rows, relations_by_sentence) -> WireScores:
    """Root recall, full recall, typed precision and negatives typed.

    Parameters
    ----------
    rows : list of dict
        Gold rows (already filtered to one split).
    relations_by_sentence : dict
        Sentence id (:func:`sentence_id`) -> the relations extracted from that
        sentence (``extract.types.Relation`` or objects with ``event``,
        ``subject.actor_code`` and ``object.actor_code``). A missing id counts
        as no relations.
    """
    asserted = root_found = full_found = typed = typed_right = negatives = negatives_typed = 0
    by_root = []
    groups = sentences_of(rows)
    for sid, gold in groups.items():
        events = [event_row(r) for r in gold]
        relations = list(relations_by_sentence.get(sid, ()))
        roots = [relation_root(r) for r in relations]
        wanted = {gold_root(e) for e in events if is_asserted_event(e)}
        for root in roots:
            if root is not None:
                typed += 1
                typed_right += root in wanted
        if not wanted:
            negatives += 1
            negatives_typed += any(root is not None for root in roots)
            continue
        for event in filter(is_asserted_event, events):
            asserted += 1
            root = gold_root(event)
            same_root = [r for r, got in zip(relations, roots) if got == root]
            by_root.append((root, bool(same_root)))
            if same_root:
                root_found += 1
                full_found += any(all(actors_agree(event, r)) for r in same_root)
    return WireScores(len(groups), asserted, root_found, full_found, typed, typed_right, negatives,
                      negatives_typed, tuple(by_root))


def print_scores(s: WireScores, split: str) -> None:
    r = EventScores.ratio
    print(f"== wire sentences, split {split}: {s.sentences} sentences, {s.asserted} asserted events, "
          f"{s.negatives} negative sentences ==")
    print(f"root recall        {r(s.root_found, s.asserted):6.3f}  ({s.root_found}/{s.asserted})")
    print(f"full recall        {r(s.full_found, s.asserted):6.3f}  ({s.full_found}/{s.asserted})")
    print(f"typed precision    {r(s.typed_right, s.typed):6.3f}  ({s.typed_right}/{s.typed} typed relations)")
    print(f"negatives typed    {r(s.negatives_typed, s.negatives):6.3f}  ({s.negatives_typed}/{s.negatives} "
          f"negative sentences given an event type)")
    found, total = defaultdict(int), defaultdict(int)
    for root, ok in s.by_root:
        total[root] += 1
        found[root] += ok
    print("root recall by root: " + "  ".join(f"{root} {found[root]}/{total[root]}" for root in sorted(total)))


def _show(gold: list[dict], relations) -> None:
    print(f"{sentence_id(gold[0])} {gold[0]['text']}")
    for g in gold:
        mutual = " mutual" if g.get("mutual") else ""
        print(f"   gold {g['code'] or '-'} {g['source'] or '-'} -> {g['target'] or '-'} {g['modality']}{mutual}")
    for r in relations:
        code = r.event.code if r.event else None
        print(f"   got  ({r.subject.text} [{r.subject.actor_code}], {r.predicate.lemma}, {r.object.text} "
              f"[{r.object.actor_code}]) event={code} mod={r.modality} neg={r.negated}")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--split", choices=SPLITS, default="dev", help="gold half to score (default dev)")
    parser.add_argument("--show", action="store_true", help="print each sentence, its gold events and relations")
    args = parser.parse_args(argv)

    from extract.facts import extract_facts
    from extract.pipeline import load_pipeline
    from extract.types import Document

    rows = [r for r in read_wire_gold() if in_split(r, args.split)]
    if not rows:
        raise SystemExit(f"no gold rows in split {args.split!r}")
    groups = sentences_of(rows)
    docs = [Document(id=sid, text=gold[0]["text"], date=gold[0]["date"]) for sid, gold in groups.items()]
    relations = {f.document.id: f.relations for f in extract_facts(docs, nlp=load_pipeline())}
    if args.show:
        for sid, gold in groups.items():
            _show(gold, relations.get(sid, ()))
    print_scores(score_sentences(rows, relations), args.split)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
