"""A seeded random sample of graph edges of unseen Wikinews articles, judged by hand (waves 17 and 18).

``benchmarks/data/edges_sample_w17.tsv`` holds 80 pieces of edge evidence (the columns of
``edges_audit.tsv``) drawn from the graph of sixteen Wikinews articles that are in no audit set and
not in the test half (:data:`TUNE`, :data:`HELD`; drawn with ``random.Random(1717)`` among the
1,200-4,000 character articles): 50 from the ten tune articles, 30 from the six held ones, each
judged from its sentence before any change of that round. This script rebuilds the articles with
the current code, joins their edges to the judged rows (``edges_audit.audit_key``) and prints the
share of held rows that are correct, and correct and useful, before and now, with the dropped rows
by class and the sampled sentences' edges no row judges. Waves 18 and 19 (``edges_sample_w18.tsv``,
``edges_sample_w19.tsv``) are two more such samples of sixteen articles each, eight tune and eight held
(:data:`WAVES`); the wave-19 tune articles hold only 35 edges, all judged. Wave 20 (``edges_sample_w20.tsv``)
draws sixteen more from the wave-20 pool, 40 edges of each part. Wave 23 (``edges_sample_w23.tsv``) draws eleven of
the least seen articles (:data:`TUNE_W23`, :data:`HELD_W23`): 60 edges of the eight tune ones, every edge of the three
held ones, and also judges each edge's event type and actor codes (``--wave w23`` prints typed precision too).

Usage::

    python benchmarks/edges_sample.py             # figures, tune and held (wave 20; --wave w17/w18/w19 for earlier waves)
    python benchmarks/edges_sample.py --draw      # the sample itself (to judge); --part tune|held for one part
    python benchmarks/edges_sample.py --new       # also list the unjudged edges of sampled sentences
"""

from __future__ import annotations

import argparse
import csv
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.edges_audit import CODED_FIELDS, FIELDS, _documents, audit_key, edge_rows, read_audit, set_figures  # noqa: E402

SAMPLE = ROOT / "benchmarks" / "data" / "edges_sample_w17.tsv"
TUNE = ("5d416c13e5bc", "7ea3e9e75358", "76c79991081f", "40d629f9d7b3", "131a010276fd", "7a4385ed4147",
        "4f20fe784e20", "92a47498fd1e", "e468f55cee5a", "de9d733f2f33")
HELD = ("c20ff19683fb", "64c459db567f", "b7e70c78ce8a", "e9baf98151b3", "d9ce1c43ed71", "0e56b5afa77e")
SIZES = {"tune": (TUNE, 50), "held": (HELD, 30)}
SEED = 1717

#: Wave 18: sixteen articles of the wave-18 pool (``random.Random(1808).sample`` of its 1,200-4,000 character
#: articles in no audit set, not in the test half and not in the wave-17 sample), the first eight tune, the last
#: eight held; 40 random edges of each part.
SAMPLE_W18 = ROOT / "benchmarks" / "data" / "edges_sample_w18.tsv"
TUNE_W18 = ("e8d671d30811", "19a517c16ebe", "5d145e3ca02e", "cd5cfec5a331", "4c0582005de7", "143f417d2b3e",
            "a2124cb9b5c3", "76728395217e")
HELD_W18 = ("870cfb26f1de", "b3fb9a979a28", "6547c31dedec", "a295c2a275d0", "69515c9b23b4", "bc948507a038",
            "9d318a118e9b", "f4f5d189b3eb")
#: Wave 19: sixteen more (``random.Random(1905).sample`` of the wave-18 pool's 1,200-4,000 character articles in
#: no audit set, not in the test half and in neither earlier sample), the first eight tune, the last eight held.
SAMPLE_W19 = ROOT / "benchmarks" / "data" / "edges_sample_w19.tsv"
TUNE_W19 = ("81ff8e1a8b1f", "9ec0be5dcc84", "26408d80a8cf", "a7cf29aa6eb9", "9d570ac9d23a", "c370b70f4bce",
            "0f262cdeb7e1", "0de0e6ecdee3")
HELD_W19 = ("da917dd551fa", "5146a5041fd9", "4da37205fad6", "204b41eafa8e", "eaa105171fc9", "f20f06ed2138",
            "d37000e8f38f", "dbbd7692e83e")
#: Wave 20: sixteen articles of the wave-20 pool (``/work/notes/pool20_edges.txt``): ``random.Random(2005).sample``
#: of its 1,200-4,000 character articles in no audit set, not in the test half and in no earlier sample (the pool
#: holds 35 audited articles, left out), the first eight tune, the last eight held; 40 random edges of each part.
SAMPLE_W20 = ROOT / "benchmarks" / "data" / "edges_sample_w20.tsv"
TUNE_W20 = ("8a9b9f579858", "0f0779876e0a", "ccdde1ed35f7", "f62602ddb8e4", "0b52b082abb2", "0ecd0b02d772",
            "e7c25818f999", "5eadaae9e358")
HELD_W20 = ("acc7b169b5f2", "2bb91a4a08eb", "0d9ca7a75ff8", "e5d2b13aedd1", "adb763de2cca", "eddf69bf7243",
            "86fe7b27a9db", "f6c0cfba0224")
#: Wave 23: no article of the corpus is in no gold or audit file any more, so the pool is the least seen one: the
#: 18 articles of at most 8,000 characters in no ``edges_*``, ``events_*`` or ``*gold*`` file of
#: ``benchmarks/data`` (no edge of theirs was ever judged, no event of theirs is gold);
#: ``random.Random(2323).sample(sorted(pool), 11)``: the first eight tune (60 random edges, judged before the
#: change), the last three held (every edge, judged only after it). Its rows also judge the event type and the
#: actor codes (``edges_audit.CODED_FIELDS``).
SAMPLE_W23 = ROOT / "benchmarks" / "data" / "edges_sample_w23.tsv"
TUNE_W23 = ("cfe9bf525bb7", "2f3a553afdf5", "f1eda300c74a", "d4c395914b7f", "6c7267c22400", "b99b9a0fee68",
            "d2688f005a05", "211fbbadbdf0")
HELD_W23 = ("62000ef79866", "78fbf4d481fd", "bab1bd962c95")
WAVES = {"w17": (SAMPLE, {"tune": (TUNE, 50), "held": (HELD, 30)}, SEED),
         "w18": (SAMPLE_W18, {"tune": (TUNE_W18, 40), "held": (HELD_W18, 40)}, 1808),
         "w19": (SAMPLE_W19, {"tune": (TUNE_W19, 40), "held": (HELD_W19, 40)}, 1905),
         "w20": (SAMPLE_W20, {"tune": (TUNE_W20, 40), "held": (HELD_W20, 40)}, 2005),
         "w23": (SAMPLE_W23, {"tune": (TUNE_W23, 60), "held": (HELD_W23, 1000)}, 2323)}


def build(ids) -> list[dict]:
    from extract.facts import extract_facts
    from graph.model import KnowledgeGraph

    return edge_rows(KnowledgeGraph(extract_facts(_documents(ids))), "")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--draw", action="store_true", help="print the random sample (to judge)")
    parser.add_argument("--new", action="store_true", help="list the unjudged edges of sampled sentences")
    parser.add_argument("--wave", choices=sorted(WAVES), default="w20", help="which sample (default w20)")
    parser.add_argument("--part", help="draw only this part (tune or held)")
    args = parser.parse_args(argv)
    sample, sizes, seed = WAVES[args.wave]
    fields = CODED_FIELDS if args.wave >= "w23" else FIELDS
    judged = read_audit(sample) if sample.exists() and not args.draw else {}
    writer = csv.writer(sys.stdout, delimiter="\t", lineterminator="\n")
    if args.draw:
        writer.writerow(fields)
    for part, (ids, size) in sizes.items():
        if args.part and part != args.part:
            continue
        rows = build(ids)
        for row in rows:
            row["set"] = part
        if args.draw:
            drawn = sorted(random.Random(seed).sample(rows, min(size, len(rows))),
                           key=lambda r: (r["doc"], r["_start"]))
            for row in drawn:
                writer.writerow([row.get(f, "") for f in fields])
            continue
        sentences = {(r.doc, " ".join(r.sentence.split())) for r in judged.values() if r.set.rstrip("+") == part}
        rows = [r for r in rows if (r["doc"], r["sentence"]) in sentences]
        figures = set_figures(judged, rows, part)
        b, a = figures["before"], figures["after"]
        print(f"{part}: judged {b['edges']}: correct {b['correct']:.1%} ({b['n_correct']}), correct and useful "
              f"{b['correct_useful']:.1%} ({b['n_correct_useful']}); now {a['edges']} held: correct "
              f"{a['correct']:.1%} ({a['n_correct']}), correct and useful {a['correct_useful']:.1%} "
              f"({a['n_correct_useful']}); {len(figures['unjudged'])} not judged")
        print(f"  dropped: {dict(figures['dropped'].most_common())} ({figures['dropped_good']} correct and useful)")
        if fields is CODED_FIELDS:
            print(f"  typed precision (correct, with the right event type) {b['n_typed_ok']}/{b['n_typed']} -> "
                  f"{a['n_typed_ok']}/{a['n_typed']}; actor codes right {b['n_coded_ok']}/{b['n_coded']} -> "
                  f"{a['n_coded_ok']}/{a['n_coded']}")
        if args.new:
            for row in figures["unjudged"]:
                print("   NEW", row["doc"], row["subject"], row["predicate"], row["object"], row["event"],
                      row["sentence"][:160], sep=" | ")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
