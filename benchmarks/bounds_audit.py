"""Names cut at their bounds or run together, corpus-wide (audit round w15).

``build`` runs :func:`extract.entities.entities_of` over every article of the Wikinews corpus and caches the
named entities and their mentions (plain JSON); ``candidates`` reads the cache and lists the mentions whose
surroundings suggest a cut or fused name:

- ``head_after``: a capitalised body head word right after the mention ("Eastern Shoshone" + "Tribe");
- ``of_after``: "of (the) <Capitalised>" right after a mention ending in a body head word ("Court" + "of Appeals");
- ``of_before``: "<Capitalised> of (the)" or "<Capitalised> for the" right before the mention;
- ``hyphen``: a hyphen glued to the mention's first or last character;
- ``possessive``: an apostrophe-s inside the label;
- ``bracket``: an unbalanced bracket in the label;
- ``fused``: two capitalised parts joined by "and" or a comma in the label.

Usage::

    python benchmarks/bounds_audit.py build OUT.json
    python benchmarks/bounds_audit.py candidates OUT.json [--sample N --seed S]
    python benchmarks/bounds_audit.py diff BEFORE.json AFTER.json
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

CORPUS = ROOT / "benchmarks" / "data" / "wikinews_2019_2020.jsonl"
#: Body head words that continue a name when capitalised right after it.
HEADS = frozenset("""tribe tribes nation nations court courts council committee party agency university department
ministry commission authority company group airlines airline bank association institute foundation league union
federation organisation organization corporation board army navy force forces police service services office
bureau centre center club team society church hospital school college academy assembly parliament congress
senate government administration alliance coalition front movement network fund trust station airport
district county province state republic kingdom region island islands city town village""".split())
_FUSED = re.compile(r"^[A-Z][\w.'-]*(?: [A-Z][\w.'-]*)*(?:,| and| &) [A-Z]")


def build(out: Path) -> None:
    from extract.entities import entities_of
    from extract.facts import _tokenised
    from extract.lexicon import get_lexicon
    from extract.pipeline import load_pipeline

    nlp, lexicon = load_pipeline(), get_lexicon()
    rows = []
    with open(CORPUS, encoding="utf-8") as handle:
        articles = [json.loads(line) for line in handle]
    for n, art in enumerate(articles):
        doc = nlp(_tokenised(nlp, art["text"]))
        index = entities_of(doc, resolve=False, lexicon=lexicon)
        rows.append({
            "id": art["id"], "text": doc.text,
            "entities": [[e.key, e.label, e.type, list(e.aliases)] for e in index.entities],
            "mentions": [[m.key, m.start, m.end] for m in index.mentions],
        })
        if n % 25 == 0:
            print(n, file=sys.stderr, flush=True)
    out.write_text(json.dumps(rows), encoding="utf-8")


def _words(text: str) -> list[str]:
    return re.findall(r"[\w'’.-]+|[^\w\s]", text)


def candidates(rows) -> list[tuple[str, str, str, str, str]]:
    """(kind, doc id, label, mention text, context) of each suspect mention, one per node and kind."""
    found, seen = [], set()
    for row in rows:
        text = row["text"]
        ents = {key: (label, typ) for key, label, typ, _ in row["entities"]}
        for key, start, end in row["mentions"]:
            label, typ = ents[key]
            if typ == "CONCEPT":
                continue
            surface = text[start:end]
            after, before = _words(text[end:end + 40]), _words(text[max(0, start - 40):start])
            kinds = []
            if after and after[0][:1].isupper() and after[0].lower() in HEADS:
                kinds.append("head_after")
            if (len(after) >= 2 and after[0] == "of" and (after[1][:1].isupper() and after[1] != "The" or
                    after[1] == "the" and len(after) > 2 and after[2][:1].isupper())
                    and surface.split()[-1].lower() in HEADS):
                kinds.append("of_after")
            if (len(before) >= 2 and before[-1] in ("of", "for") and before[-2][:1].isupper()) or (
                    len(before) >= 3 and before[-1] == "the" and before[-2] in ("of", "for")
                    and before[-3][:1].isupper()):
                kinds.append("of_before")
            if text[end:end + 1] in "-\u2010\u2011" and text[end + 1:end + 2].isalpha() or (
                    start and text[start - 1:start] in "-\u2010\u2011" and text[start - 2:start - 1].isalpha()):
                kinds.append("hyphen")
            if re.search(r"['’]s\b.", label):
                kinds.append("possessive")
            if label.count("(") != label.count(")") or label.count("[") != label.count("]"):
                kinds.append("bracket")
            if _FUSED.match(label):
                kinds.append("fused")
            for kind in kinds:
                if (row["id"], key, kind) in seen:
                    continue
                seen.add((row["id"], key, kind))
                ctx = (text[max(0, start - 60):start] + "[[" + surface + "]]" + text[end:end + 60]).replace("\n", " ")
                found.append((kind, row["id"], label, surface, ctx))
    return found


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("cmd", choices=("build", "candidates", "diff"))
    ap.add_argument("files", nargs="+", type=Path)
    ap.add_argument("--sample", type=int, default=0)
    ap.add_argument("--seed", type=int, default=1515)
    args = ap.parse_args(argv)
    if args.cmd == "build":
        build(args.files[0])
        return 0
    rows = json.loads(args.files[0].read_text(encoding="utf-8"))
    if args.cmd == "diff":
        after = {r["id"]: r for r in json.loads(args.files[1].read_text(encoding="utf-8"))}
        for row in rows:
            old = Counter((label, typ) for _, label, typ, _ in row["entities"] if typ != "CONCEPT")
            new = Counter((label, typ) for _, label, typ, _ in after[row["id"]]["entities"] if typ != "CONCEPT")
            for (label, typ), n in sorted((old - new).items()):
                print(f"-\t{row['id']}\t{label}\t{typ}")
            for (label, typ), n in sorted((new - old).items()):
                print(f"+\t{row['id']}\t{label}\t{typ}")
        return 0
    found = candidates(rows)
    print(Counter(k for k, *_ in found).most_common(), file=sys.stderr)
    if args.sample:
        found = random.Random(args.seed).sample(found, args.sample)
    for item in found:
        print("\t".join(item))
    return 0


if __name__ == "__main__":
    sys.exit(main())
