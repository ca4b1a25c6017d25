"""Candidate duplicate and junk nodes of a built corpus graph, for reading by hand.

Reads ``graph.json`` (``newsgraph build ... -o OUT``) and lists, for the named
(non-CONCEPT, non-ACTOR) nodes:

- candidate **duplicates**: pairs of nodes with the same folded name once case,
  diacritics, hyphens and a leading "the" are gone; a one-word PERSON and a
  longer PERSON ending in it; an acronym and a name whose initials it is; two
  names the knowledge base gives one QID; two nodes linked to one QID; a
  group's plural and its adjective (:func:`extract.second_names.group_stem`);
  "the X government" and "the government of X";
- candidate **junk**: labels with a bracket, a digit, a lower-case word, a
  one-letter word, a role word, a possessive, more than five words, a slash
  between two words, or one word with an adjective's ending ("-al", "-ic").

The verdicts are written by hand in ``benchmarks/data/nodes_audit6.tsv``.

Usage::

    python benchmarks/nodes_audit.py OUT/graph.json > candidates.tsv
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

_SKIP = frozenset({"CONCEPT", "ACTOR"})
_ROLE_WORDS = frozenset({
    "interior", "foreign", "defence", "defense", "health", "justice", "finance", "minister", "ministry",
    "secretary", "president", "prime", "chief", "general", "state", "department", "office", "affairs",
})


def plain(label: str) -> str:
    """Folded without diacritics, hyphens, dots, a leading "the" or a possessive."""
    text = unicodedata.normalize("NFKD", label)
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    text = text.replace("\u2019", "'")
    text = re.sub(r"'s?$", "", text)
    text = re.sub(r"^the ", "", text)
    return re.sub(r"[-.\s]+", " ", text).strip()


def initials(label: str) -> str:
    words = [w for w in re.split(r"[\s-]+", label) if w[:1].isupper()]
    return "".join(w[0] for w in words).upper()


def named_nodes(graph: dict) -> list[dict]:
    return [n for n in graph["nodes"] if n.get("type") not in _SKIP and n.get("label")]


def duplicate_candidates(nodes: list[dict], lexicon) -> list[tuple[str, str, str]]:
    from extract.lexicon.knowledge import is_acronym
    from extract.second_names import group_stem, surname_forms

    found: dict[tuple[str, str], str] = {}

    def add(a, b, why):
        if a["id"] != b["id"]:
            key = tuple(sorted((a["id"], b["id"])))
            found.setdefault(key, why)

    by_plain = defaultdict(list)
    for n in nodes:
        by_plain[plain(n["label"])].append(n)
    for group in by_plain.values():
        for other in group[1:]:
            add(group[0], other, "variant")
    persons = [n for n in nodes if n["type"] == "PERSON"]
    by_surname = defaultdict(list)
    for n in persons:
        if len(n["label"].split()) >= 2:
            for form in surname_forms(n["label"]):
                by_surname[form].append(n)
    for n in persons:
        if len(n["label"].split()) == 1:
            for m in by_surname.get(n["label"].casefold(), ()):
                add(n, m, "surname")
    by_initials = defaultdict(list)
    for n in nodes:
        if len(n["label"].split()) >= 2:
            by_initials[initials(n["label"])].append(n)
    for n in nodes:
        if is_acronym(n["label"]):
            for m in by_initials.get(n["label"].replace(".", "").upper(), ()):
                add(n, m, "acronym")
    by_qid = defaultdict(list)
    for n in nodes:
        qids = {e.qid for e, _ in lexicon.knowledge.lookup(n["label"]) if e.qid}
        if n.get("wikidata"):
            qids = {n["wikidata"]}
        if len(qids) == 1:
            by_qid[next(iter(qids))].append(n)
    for group in by_qid.values():
        for other in group[1:]:
            add(group[0], other, "qid")
    by_stem = defaultdict(list)
    for n in nodes:
        if n["type"] == "NORP":
            by_stem[group_stem(n["label"])].append(n)
    for group in by_stem.values():
        for other in group[1:]:
            add(group[0], other, "demonym")
    gov = defaultdict(list)
    for n in nodes:
        p = plain(n["label"])
        m = re.fullmatch(r"(?:government|govt) of (.+)", p) or re.fullmatch(r"(.+?) government", p)
        if m:
            gov[m.group(1)].append(n)
    for group in gov.values():
        for other in group[1:]:
            add(group[0], other, "government")
    label = {n["id"]: n for n in nodes}
    return [(label[a]["label"] + " [" + label[a]["type"] + "]", label[b]["label"] + " [" + label[b]["type"] + "]",
             why) for (a, b), why in sorted(found.items())]


def junk_reasons(label: str) -> list[str]:
    words = label.split()
    reasons = []
    if re.search(r"[()\[\]{}]", label):
        reasons.append("bracket")
    if re.search(r"\d", label):
        reasons.append("digit")
    if any(w[:1].islower() and w.casefold() not in {"of", "the", "and", "for", "de", "al", "van", "von", "der",
                                                     "la", "le", "du", "da", "del", "bin", "on", "in"}
           and not w.startswith(("al-", "el-", "bin-")) for w in words):
        reasons.append("lower")
    if any(len(w.strip(".")) == 1 and w not in {"&"} for w in words):
        reasons.append("one-letter")
    if label.casefold() in _ROLE_WORDS:
        reasons.append("role")
    if re.search(r"['\u2019]s?$", label):
        reasons.append("possessive")
    if re.search(r"(^-|-$)", label):
        reasons.append("hyphen-fragment")
    if len(words) > 5:
        reasons.append(">5 words")
    if re.search(r"\w/\w", label):
        reasons.append("slash")
    if len(words) == 1 and re.search(r"(al|ial|ic)$", label) and label[:1].isupper() and not label.isupper():
        reasons.append("adjective")
    return reasons


def main(argv=None) -> int:
    from extract.lexicon import get_lexicon

    path = Path((argv or sys.argv[1:])[0])
    nodes = named_nodes(json.loads(path.read_text()))
    print(f"# {len(nodes)} named nodes")
    for a, b, why in duplicate_candidates(nodes, get_lexicon()):
        print(f"dup\t{why}\t{a}\t{b}")
    for n in sorted(nodes, key=lambda n: n["label"]):
        reasons = junk_reasons(n["label"])
        if reasons:
            print(f"junk\t{','.join(reasons)}\t{n['label']} [{n['type']}]\t{len(n.get('documents', ()))} docs")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
