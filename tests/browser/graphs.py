"""Hand-built graphs in the networkx schema of ARCHITECTURE.md, for the page tests.

The seed graph is read off ``tests/data/seed.txt`` (AFP, June 2019) and one
Wikinews article of ``tests/data/wikinews_sample.jsonl``: every offset is
found in the text, so the evidence highlights what the article says.
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

import networkx as nx

__all__ = ["SEED_ID", "WIKINEWS_ID", "HOSTILE", "seed_graph", "hostile_graph", "large_graph", "actor_graph",
           "synthetic_graph", "wikinews_graph_json"]

DATA = Path(__file__).parent.parent / "data"
SEED_ID = "seed"
WIKINEWS_ID = "wikinews:5e946305f6ec"

_MATERIAL_CONFLICT = {"code": "190", "root": "19", "label": "use conventional military force",
                      "quad_class": "Material Conflict"}
_AIR = {"code": "195", "root": "19", "label": "employ aerial weapons", "quad_class": "Material Conflict"}
_APPEAL = {"code": "020", "root": "02", "label": "make an appeal or request", "quad_class": "Verbal Cooperation"}
_MEDIATE = {"code": "046", "root": "04", "label": "engage in negotiation", "quad_class": "Verbal Cooperation"}
_ACCUSE = {"code": "112", "root": "11", "label": "accuse", "quad_class": "Verbal Conflict"}
_PLEDGE = {"code": "070", "root": "07", "label": "provide aid", "quad_class": "Material Cooperation"}

# key: (label, type, aliases)
_ENTITIES = {
    "syrian regime": ("Syrian regime", "ORG", ["Syrian regime"]),
    "concept:six civilians": ("six civilians", "CONCEPT", ["six civilians"]),
    "donald trump": ("Donald Trump", "PERSON", ["Donald Trump", "Trump", "US President Donald Trump"]),
    "damascus": ("Damascus", "GPE", ["Damascus"]),
    "israel": ("Israel", "GPE", ["Israel", "Israeli"]),
    "syria": ("Syria", "GPE", ["Syria"]),
    "russia": ("Russia", "GPE", ["Russia"]),
    "idlib": ("Idlib", "GPE", ["Idlib", "Idlib Province", "Idlib province", "Idlib region"]),
    "moscow": ("Moscow", "GPE", ["Moscow"]),
    "ankara": ("Ankara", "GPE", ["Ankara"]),
    "concept:truce deal": ("truce deal", "CONCEPT", ["truce deal"]),
    "russian army": ("Russian army", "ORG", ["Russian army"]),
    "concept:terrorists": ("terrorists", "CONCEPT", ["terrorists"]),
    "hayat tahrir al sham": ("Hayat Tahrir Al Sham", "ORG", ["Hayat Tahrir Al Sham"]),
    "iran": ("Iran", "GPE", ["Iran"]),
    "concept:airbase": ("airbase", "CONCEPT", ["airbase"]),
    "syrian observatory for human rights": (
        "Syrian Observatory for Human Rights", "ORG", ["Syrian Observatory for Human Rights"]),
    "kremlin": ("Kremlin", "ORG", ["Kremlin"]),
    "china": ("China", "GPE", ["China"]),
    "concept:funds": ("funds", "CONCEPT", ["funds"]),
    "concept:operation": ("operation", "CONCEPT", ["operation"]),
    "aleppo": ("Aleppo", "GPE", ["Aleppo"]),
}

# (doc, sentence prefix, subject key, subject text, lemma, predicate text, object key, object text, extras)
_RELATIONS = [
    (SEED_ID, "Maarat Al Numan - Bombardments", "syrian regime", "Syrian regime", "kill", "killed",
     "concept:six civilians", "six civilians",
     {"event": _MATERIAL_CONFLICT, "casualties": {"killed": 6, "injured": None, "victims": "civilians",
                                                  "qualifier": None},
      "place": {"label": "Syria", "geonames_id": None, "lat": None, "lon": None},
      "time": {"text": "Monday", "start": "2019-06-03", "end": "2019-06-03"}}),
    (SEED_ID, "Maarat Al Numan - Bombardments", "donald trump", "Donald Trump", "urge", "urged",
     "damascus", "Damascus", {"event": _APPEAL, "complement": "stop bombing the hell"}),
    (SEED_ID, "Trump’s call came", "israel", "Israeli ally", "strike", "strikes", "syria", "Syria",
     {"event": _AIR}),
    (SEED_ID, "The bombardment by Damascus", "russia", "Russia", "bomb", "bombardment",
     "idlib", "Idlib province", {"event": _AIR}),
    (SEED_ID, "The bombardment by Damascus", "damascus", "Damascus", "bomb", "bombardment",
     "idlib", "Idlib province", {"event": _AIR}),
    (SEED_ID, "The violence, which comes", "moscow", "Moscow", "broker", "brokered",
     "concept:truce deal", "truce deal", {"event": _MEDIATE}),
    (SEED_ID, "The violence, which comes", "ankara", "Ankara", "broker", "brokered",
     "concept:truce deal", "truce deal", {"event": _MEDIATE}),
    (SEED_ID, "The Kremlin insisted", "russian army", "Russian army", "target", "targeting",
     "concept:terrorists", "terrorists", {"event": _MATERIAL_CONFLICT, "attributed_to": "Kremlin"}),
    (SEED_ID, "The Kremlin insisted", "hayat tahrir al sham", "Hayat Tahrir Al Sham", "control",
     "controlled", "idlib", "Idlib region", {}),
    (SEED_ID, "“Hearing word that", "russia", "Russia", "bomb", "bombing", "idlib", "Idlib Province",
     {"event": _AIR, "attributed_to": "Donald Trump"}),
    (SEED_ID, "“Hearing word that", "syria", "Syria", "bomb", "bombing", "idlib", "Idlib Province",
     {"event": _AIR, "attributed_to": "Donald Trump"}),
    (SEED_ID, "“Hearing word that", "iran", "Iran", "bomb", "bombing", "idlib", "Idlib Province",
     {"event": _AIR, "attributed_to": "Donald Trump"}),
    (SEED_ID, "Syria accused Israel", "syria", "Syria", "accuse", "accused", "israel", "Israel",
     {"event": _ACCUSE}),
    (SEED_ID, "Syria accused Israel", "israel", "Israel", "target", "targeting", "concept:airbase",
     "airbase", {"event": _AIR, "place": {"label": "Homs", "geonames_id": None, "lat": None, "lon": None}}),
    (WIKINEWS_ID, "China, Iran, and Russia", "china", "China", "pledge", "pledged", "concept:funds",
     "funds", {"event": _PLEDGE}),
    (WIKINEWS_ID, "China, Iran, and Russia", "iran", "Iran", "pledge", "pledged", "concept:funds",
     "funds", {"event": _PLEDGE}),
    (WIKINEWS_ID, "China, Iran, and Russia", "russia", "Russia", "pledge", "pledged", "concept:funds",
     "funds", {"event": _PLEDGE}),
    (WIKINEWS_ID, "The district was recaptured", "russia", "Russia", "support", "supported",
     "concept:operation", "operation", {}),
]


def _texts() -> dict:
    seed = (DATA / "seed.txt").read_text(encoding="utf-8")
    with open(DATA / "wikinews_sample.jsonl", encoding="utf-8") as fh:
        wikinews = next(r for r in map(json.loads, fh) if r["id"] == WIKINEWS_ID)
    return {
        SEED_ID: ({"title": "Bombardments kill six civilians in northwest Syria", "url": None,
                   "date": "2019-06-03", "source": "AFP"}, seed),
        WIKINEWS_ID: ({"title": wikinews["title"], "url": wikinews["url"], "date": wikinews["date"],
                       "source": "Wikinews"}, wikinews["text"]),
    }


def _sentence(text: str, prefix: str) -> tuple[str, int]:
    start = text.index(prefix)
    ends = [text.find(sep, start) for sep in (".\n", ". ", "\n")]
    end = min(e for e in ends if e >= 0) + 1 if any(e >= 0 for e in ends) else len(text)
    return text[start:end].rstrip("\n"), start


def _mentions(text: str, aliases) -> int:
    pattern = "|".join(re.escape(a) for a in sorted(aliases, key=len, reverse=True))
    return len(re.findall(rf"\b(?:{pattern})\b", text))


def add_relation(g, doc, sentence, start, subject, predicate, obj, *, lemma, negated=False,
                 confidence=0.8, **extra):
    """Add one evidence item (offsets found in ``sentence``) to the edge it belongs to."""
    (s_key, s_text), (o_key, o_text) = subject, obj
    s_at = sentence.index(s_text)
    p_at = sentence.index(predicate, s_at + len(s_text)) if predicate in sentence[s_at:] else sentence.index(predicate)
    o_at = sentence.index(o_text, p_at + len(predicate)) if o_text in sentence[p_at:] else sentence.index(o_text)
    evidence = {
        "doc": doc, "sentence": sentence, "sentence_start": start,
        "subject": [start + s_at, start + s_at + len(s_text)],
        "predicate": [start + p_at, start + p_at + len(predicate)],
        "object": [start + o_at, start + o_at + len(o_text)],
        "subject_text": s_text, "predicate_text": predicate, "object_text": o_text,
        "confidence": confidence, "negated": negated, "complement": None, "time": None, "place": None,
        "casualties": None, "attributed_to": None, "modality": None,
        "resolved_from_subject": None, "resolved_from_object": None,
    }
    event = extra.pop("event", None)
    evidence.update(extra)
    key = ("not " if negated else "") + lemma
    if g.has_edge(s_key, o_key, key):
        attrs = g.edges[s_key, o_key, key]
        attrs["evidence"].append(evidence)
        attrs["count"] += 1
        attrs["confidence"] = max(attrs["confidence"], confidence)
    else:
        g.add_edge(s_key, o_key, key=key, predicate=lemma, negated=negated, count=1,
                   confidence=confidence, event=event, evidence=[evidence])


def seed_graph() -> nx.MultiDiGraph:
    """22 entities and 17 relations (18 evidence items) from two articles."""
    texts = _texts()
    g = nx.MultiDiGraph(documents={doc: meta for doc, (meta, _) in texts.items()})
    for key, (label, type_, aliases) in _ENTITIES.items():
        doc_mentions = {doc: n for doc, (_, text) in texts.items() if (n := _mentions(text, aliases))}
        g.add_node(key, label=label, type=type_, aliases=sorted(aliases),
                   mentions=sum(doc_mentions.values()), documents=sorted(doc_mentions),
                   doc_mentions=doc_mentions)
    for doc, prefix, s_key, s_text, lemma, p_text, o_key, o_text, extra in _RELATIONS:
        sentence, start = _sentence(texts[doc][1], prefix)
        add_relation(g, doc, sentence, start, (s_key, s_text), p_text, (o_key, o_text),
                     lemma=lemma, **dict(extra))
    return g


#: Names an attacker could plant in an article.
HOSTILE = [
    '<img src=x onerror="window.__pwned=1">',
    "</script><script>window.__pwned=1</script>",
    "{{7*7}}",
    "\"double\" 'single' `back` \\ backslash \\u003c & &amp;",
    "line\u2028separator\u2029paragraph <!-- comment",
    "__proto__",
    "constructor",
]


def hostile_graph() -> nx.MultiDiGraph:
    """Entity names, predicates, titles and links that try to run script."""
    bad_title = "<svg onload=window.__pwned=1>Title</svg>"
    g = nx.MultiDiGraph(documents={
        "evil<doc>": {"title": bad_title, "url": "javascript:window.__pwned=1",
                      "date": "2020-01-01", "source": "<b onmouseover=window.__pwned=1>AFP</b>"},
        "__proto__": {"title": "{{7*7}}", "url": "https://example.org/?q=<script>", "date": None,
                      "source": None},
    })
    for i, name in enumerate(HOSTILE):
        g.add_node(name, label=name, type=["PERSON", "ORG", "GPE", "CONCEPT"][i % 4],
                   aliases=sorted({name, name.upper()}), mentions=i + 1,
                   documents=["evil<doc>"], doc_mentions={"evil<doc>": i + 1})
    predicate = "<i onmouseover=window.__pwned=1>hit</i>"
    for i, (a, b) in enumerate(zip(HOSTILE, HOSTILE[1:])):
        sentence = f"{a} {predicate} {b}."
        doc = "evil<doc>" if i % 2 else "__proto__"
        add_relation(g, doc, sentence, 100, (a, a), predicate, (b, b), lemma=predicate,
                     negated=bool(i % 2), attributed_to='<img src=x onerror="window.__pwned=1">',
                     event={"code": "<b>", "root": "1", "label": "</script>",
                            "quad_class": "<script>window.__pwned=1</script>"})
    return g


def large_graph(n: int, *, seed: int = 1) -> nx.MultiDiGraph:
    """A random graph of ``n`` entities, ~1.5 relations each, with a few hubs."""
    rng = random.Random(seed)
    types = ["PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT", "CONCEPT"]
    g = nx.MultiDiGraph(documents={f"d{i}": {"title": f"Article {i}", "url": f"https://example.org/{i}",
                                             "date": f"2020-01-{i % 28 + 1:02d}", "source": None}
                                   for i in range(50)})
    for i in range(n):
        doc = f"d{i % 50}"
        g.add_node(f"e{i}", label=f"Entity {i}", type=types[i % len(types)], aliases=[f"Entity {i}"],
                   mentions=1 + i % 7, documents=[doc], doc_mentions={doc: 1 + i % 7})
    for i in range(int(n * 1.5)):
        u = f"e{rng.randrange(n)}"
        v = f"e{min(rng.randrange(n), rng.randrange(n)) if rng.random() < 0.5 else rng.randrange(n)}"
        if u == v:
            continue
        sentence = f"Entity {u[1:]} met Entity {v[1:]}."
        add_relation(g, f"d{i % 50}", sentence, 0, (u, f"Entity {u[1:]}"), "met", (v, f"Entity {v[1:]}"),
                     lemma="meet", event=_APPEAL if i % 3 else None)
    return g


def actor_graph() -> nx.MultiDiGraph:
    """Generic actors, a mutual event, a hypothetical and a negated relation (tests/graph/conftest.py)."""
    from graph.model import KnowledgeGraph
    from tests.graph.conftest import build_actor_facts

    return KnowledgeGraph([build_actor_facts()]).to_networkx()


def synthetic_graph(n: int, *, seed: int = 3, days: int = 120) -> nx.MultiDiGraph:
    """A generated graph of ``n`` entities and about ``1.5 n`` relations, cheaply (no offsets searched).

    Relations prefer entities of small number (a few hubs, a long tail);
    each has one piece of evidence in one of ``n // 20`` dated articles.
    """
    rng = random.Random(seed)
    types = ["PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT", "CONCEPT"]
    n_docs = max(1, n // 20)
    g = nx.MultiDiGraph(documents={
        f"d{i}": {"title": f"Article {i}", "url": f"https://example.org/{i}",
                  "date": f"2020-{1 + (i % days) // 28:02d}-{1 + (i % days) % 28:02d}", "source": None}
        for i in range(n_docs)
    })
    for i in range(n):
        doc = f"d{i % n_docs}"
        g.add_node(f"e{i}", label=f"Entity {i}", type=types[i % len(types)], aliases=[f"Entity {i}"],
                   mentions=1 + i % 7, documents=[doc], doc_mentions={doc: 1 + i % 7})
    for i in range(int(n * 1.5)):
        a, b = rng.randrange(n), int(n * rng.random() ** 3)
        if a == b:
            continue
        u, v = f"e{a}", f"e{b}"
        doc = f"d{(a if rng.random() < 0.5 else b) % n_docs}"
        sentence = f"Entity {a} met Entity {b}."
        split = len(f"Entity {a} ")
        evidence = {"doc": doc, "sentence": sentence, "sentence_start": 0, "subject": [0, split - 1],
                    "predicate": [split, split + 3], "object": [split + 4, len(sentence) - 1],
                    "confidence": 0.8, "negated": False, "modality": "asserted"}
        if g.has_edge(u, v, "meet"):
            attrs = g.edges[u, v, "meet"]
            attrs["evidence"].append(evidence)
            attrs["count"] += 1
        else:
            g.add_edge(u, v, key="meet", predicate="meet", negated=False, count=1, confidence=0.8,
                       event=_APPEAL if i % 3 else None, evidence=[evidence])
    return g


def wikinews_graph_json(path: Path) -> Path:
    """Write the graph of the 293 Wikinews articles (``tests/data/wikinews_graph.json.xz``) to ``path``."""
    import lzma

    path.write_bytes(lzma.decompress((DATA / "wikinews_graph.json.xz").read_bytes()))
    return path
