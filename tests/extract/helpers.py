"""Helpers the extraction tests share: hand-built parses, the relations of a text, finding one.

Import them from the test modules (``from .helpers import ...``); the
session's spaCy pipeline comes from the ``nlp`` fixture of ``tests/conftest.py``.
"""

from __future__ import annotations

from spacy.tokens import Doc

from extract.facts import extract_document
from extract.types import Document

__all__ = ["hand_parse", "document_facts", "named_types", "relations_named", "text_relations", "relation_of", "find", "event_root", "found_event",
           "fresh_round_problems"]

# The columns of a hand-built parse row, with and without the lemma.
_WITH_LEMMA = ("words", "heads", "deps", "pos", "tags", "lemmas", "ents")
_WITHOUT_LEMMA = ("words", "heads", "deps", "pos", "tags", "ents")


def hand_parse(nlp, rows) -> Doc:
    """A Doc from rows of (word, head index, dep, POS, tag, [lemma,] entity IOB).

    Rows of seven columns give the lemmas; rows of six leave them to spaCy's default.
    """
    columns = [list(column) for column in zip(*rows)]
    names = _WITH_LEMMA if len(columns) == len(_WITH_LEMMA) else _WITHOUT_LEMMA
    return Doc(nlp.vocab, **dict(zip(names, columns, strict=True)))


def document_facts(nlp, text: str, *, date: str):
    """The facts :func:`extract.facts.extract_document` reads in ``text`` (document ``t`` of ``date``)."""
    return extract_document(Document(id="t", text=text, date=date), nlp=nlp)


def named_types(nlp, text: str, *, date: str = "2020-05-01") -> dict[str, str]:
    """The type of each named node of ``text`` (not CONCEPT or ACTOR), under its label and every alias."""
    types = {}
    for e in document_facts(nlp, text, date=date).entities:
        if e.type not in ("CONCEPT", "ACTOR"):
            for form in (e.label, *e.aliases):
                types[form] = e.type
    return types


def relations_named(facts, lemma: str) -> list:
    """The relations of ``facts`` whose predicate lemma is ``lemma``; fails naming the lemmas found when none."""
    found = [r for r in facts.relations if r.predicate.lemma == lemma]
    assert found, [r.predicate.lemma for r in facts.relations]
    return found


def text_relations(nlp, text: str, *, date: str) -> tuple:
    """The relations :func:`extract.facts.extract_document` reads in ``text`` (document ``t`` of ``date``)."""
    return extract_document(Document(id="t", text=text, date=date), nlp=nlp).relations


def relation_of(nlp, text: str, lemma: str, *, date: str):
    """The first relation of predicate ``lemma`` in ``text``; fails naming the lemmas found when there is none."""
    relations = text_relations(nlp, text, date=date)
    found = [r for r in relations if r.predicate.lemma == lemma]
    assert found, [r.predicate.lemma for r in relations]
    return found[0]


def find(relations, subject: str, lemma: str, obj: str | None = None) -> list:
    """The relations with ``subject`` in the subject's text, predicate ``lemma`` and ``obj`` in the object's."""
    return [r for r in relations if subject in r.subject.text and r.predicate.lemma == lemma
            and (obj is None or obj in r.object.text)]


def event_root(rel) -> str | None:
    """The CAMEO root of the relation's event (None without one)."""
    return rel.event.root if rel.event is not None else None


def found_event(relations, subject: str, lemma: str, obj: str | None, *, root: str, text: str):
    """The first relation :func:`find` gives; fails unless there is one and its event has ``root``."""
    found = find(relations, subject, lemma, obj)
    assert found, f"no ({subject}, {lemma}, {obj}) in {text!r}"
    assert event_root(found[0]) == root
    return found[0]


def tagged_entities(nlp, text: str, tagged) -> list:
    """The entities of ``text``, the tagger's names set to ``tagged`` (text, label; in text order, each found
    after the one before), as the tagger gives them on other sentences of that kind."""
    from extract.entities import entities_of

    doc = nlp(text)
    spans, after = [], 0
    for name, label in tagged:
        start = text.index(name, after)
        after = start + len(name)
        spans.append(doc.char_span(start, after, label=label))
    doc.ents = spans
    return list(entities_of(doc))


def by_label(found) -> dict:
    """Entities by their label."""
    return {e.label: e for e in found}


def fresh_round_problems(tune: str, held: str, *, tune_docs: int, held_docs: int) -> list[str]:
    """What is wrong with the rows of one round of ``benchmarks/data/events_fresh.jsonl`` (its halves
    ``tune`` and ``held``): article counts per half, quotes not in their article, unknown modalities and
    roots that are not their code's first two digits. An empty list when the round is well formed."""
    from benchmarks.events_dev import read_documents, read_gold
    from benchmarks.events_fresh import FRESH

    rows = [r for r in read_gold(FRESH) if r["split"] in (tune, held)]
    docs = {d.id: d.text for d in read_documents(r["doc"] for r in rows)}
    problems = []
    for half, wanted in ((tune, tune_docs), (held, held_docs)):
        found = len({r["doc"] for r in rows if r["split"] == half})
        if found != wanted:
            problems.append(f"{half}: {found} articles, not {wanted}")
    for row in rows:
        if row["quote"] not in docs[row["doc"]]:
            problems.append(f"line {row['_line']}: quote not in its article")
        if row["modality"] not in ("asserted", "negated", "hypothetical", "intended", "claimed"):
            problems.append(f"line {row['_line']}: modality {row['modality']!r}")
        if row["event_root"] != (row["cameo"][:2] if row["cameo"] else None):
            problems.append(f"line {row['_line']}: root {row['event_root']!r} of code {row['cameo']!r}")
    return problems


def asserted_codes(nlp, text: str, *, date: str) -> set:
    """(subject text, lemma, object text, CAMEO code or None) of the asserted relations of ``text``."""
    return {(r.subject.text, r.predicate.lemma, r.object.text, r.event.code if r.event else None)
            for r in text_relations(nlp, text, date=date) if r.modality == "asserted"}


def has_code(found, subject: str, obj: str, code) -> bool:
    """Does ``found`` (of :func:`asserted_codes`) hold a relation of ``subject`` on ``obj`` coded ``code``?"""
    return any(subject in s and obj in o and c == code for s, _lemma, o, c in found)
