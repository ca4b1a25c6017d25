"""A seeded sample of linked named nodes of a built graph, laid out for checking each link by hand.

Reads ``graph.json`` (``newsgraph build ... -o OUT``), keeps the named nodes
(not CONCEPT nor ACTOR) that carry a ``wikidata`` QID, draws ``--n`` of them
with ``random.Random(--seed)`` and writes one TSV row each: the QID, what the
knowledge base says of it (label, type and description; for a place linked by
GeoNames id, Natural Earth's name, country and kind from ``--places``), the
node's label, type and first document, and the sentence around its first
mention. The ``verdict`` and ``note`` columns are left for the reader; the
judged file is ``benchmarks/data/links_checked.tsv``. With ``--score FILE``
the judged file's precision is printed instead.

Usage::

    python benchmarks/links_sample.py OUT/graph.json --corpus benchmarks/data/wikinews_2019_2020.jsonl -o sample.tsv
    python benchmarks/links_sample.py --score benchmarks/data/links_checked.tsv
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import sys
from pathlib import Path

__all__ = ["COLUMNS", "linked_nodes", "sample_rows", "precision"]

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

#: The columns of the sample and of the judged file.
COLUMNS = ("qid", "label", "node label", "doc", "verdict", "note", "kb type", "kb description", "context")
_SHARED_PLACES = ROOT.parent / "shared" / "data" / "wikidata" / "places_naturalearth.tsv"
_CONTEXT = 110


def linked_nodes(graph_json: Path) -> list[tuple[str, dict]]:
    """(key, attributes) of every named node with a QID, sorted by key."""
    from graph.formats import read_graph

    kg = read_graph(graph_json)
    return sorted((key, data) for key, data in kg.graph.nodes(data=True)
                  if data.get("wikidata") and data.get("type") not in ("CONCEPT", "ACTOR"))


def _places(path: Path) -> dict[str, tuple[str, str]]:
    if not path.exists():
        return {}
    with open(path, encoding="utf-8", newline="") as f:
        return {r["qid"]: (r["name_en"], f"{r['feature_class']} in {r['adm1_name']}, {r['iso_a2']}")
                for r in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE)}


def _context(text: str, names) -> str:
    for name in names:
        at = text.find(name)
        if at >= 0:
            return " ".join(text[max(0, at - _CONTEXT): at + len(name) + _CONTEXT].split())
    return ""


def sample_rows(graph_json: Path, corpus: Path, *, n: int, seed: int, places: Path = _SHARED_PLACES) -> list[dict]:
    """The sample's rows (see the module's docstring)."""
    from extract.lexicon import get_lexicon

    knowledge = get_lexicon().knowledge
    by_qid = {}
    for entry in knowledge.entries:  # the first entry of a QID (a source may reuse one by mistake)
        by_qid.setdefault(entry.qid, entry)
    place_names = _places(places)
    texts = {}
    with open(corpus, encoding="utf-8") as f:
        for line in f:
            record = json.loads(line)
            texts[record["id"]] = record["text"]
    nodes = linked_nodes(graph_json)
    chosen = random.Random(seed).sample(nodes, min(n, len(nodes)))
    rows = []
    for key, data in chosen:
        qid = data["wikidata"]
        entry = by_qid.get(qid)
        label, kind, description = ((entry.label, entry.type, entry.description) if entry else
                                    (*place_names.get(qid, ("?", "?")), ""))
        doc = data["documents"][0]
        rows.append({"qid": qid, "label": label, "node label": data["label"], "doc": doc, "verdict": "",
                     "note": "", "kb type": kind, "kb description": description,
                     "context": _context(texts.get(doc, ""), (data["label"], *data.get("aliases", ())))})
    return rows


def precision(judged: Path) -> tuple[int, int]:
    """(right, judged) of a judged file: verdict ``right`` or ``wrong``."""
    with open(judged, encoding="utf-8", newline="") as f:
        lines = [line for line in f if not line.startswith("#")]  # the file's own notes
        verdicts = [r["verdict"] for r in csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)]
    return sum(v == "right" for v in verdicts), sum(v in ("right", "wrong") for v in verdicts)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("graph", type=Path, nargs="?", help="graph.json of a build")
    parser.add_argument("--corpus", type=Path, default=ROOT / "benchmarks" / "data" / "wikinews_2019_2020.jsonl")
    parser.add_argument("-o", "--out", type=Path, help="sample TSV to write (default stdout)")
    parser.add_argument("--n", type=int, default=200, help="links to draw (default 200)")
    parser.add_argument("--seed", type=int, default=12, help="random seed (default 12)")
    parser.add_argument("--score", type=Path, help="print the precision of this judged file")
    args = parser.parse_args(argv)
    if args.score:
        right, judged = precision(args.score)
        print(f"links checked by hand: {right}/{judged} right ({right / max(judged, 1):.1%})")
        return 0
    if args.graph is None:
        parser.error("give a graph.json or --score FILE")
    nodes = linked_nodes(args.graph)
    print(f"linked named nodes: {len(nodes)}", file=sys.stderr)
    rows = sample_rows(args.graph, args.corpus, n=args.n, seed=args.seed)
    out = open(args.out, "w", encoding="utf-8", newline="") if args.out else sys.stdout
    try:
        writer = csv.DictWriter(out, COLUMNS, delimiter="\t", quoting=csv.QUOTE_NONE, escapechar="\\",
                                lineterminator="\n")
        writer.writeheader()
        writer.writerows({k: str(v).replace("\t", " ") for k, v in row.items()} for row in rows)
    finally:
        if out is not sys.stdout:
            out.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
