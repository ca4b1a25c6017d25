"""Edges an analyst keeps, wave 18: a speaker's generic "we" in a condition, an object that points elsewhere.

Invented sentences, each class with a look-alike that must stay an edge:

- a quotation's "we" in a hypothetical clause ("If we can cut emissions, we can save lives," said X)
  is people in general, not X's act (``hypothetical we``, :mod:`extract.edge_voices`); the speaker's
  own asserted act ("We signed the agreement with Ghana," said X) stays;
- an object "similar X" / "such X" says nothing by itself (``anaphoric object``,
  :mod:`extract.edge_anaphors`); an object that names its content stays.
"""

from __future__ import annotations

from extract.edge_anaphors import ANAPHOR_DOUBTS
from extract.edge_voices import VOICE_DOUBTS
from extract.facts import extract_document
from extract.quality import DOUBTS, edge_doubts, edge_relations
from extract.types import Document


def _edges(nlp, text):
    relations = extract_document(Document(id="t", text=text, date="2020-01-02"), nlp=nlp).relations
    return relations, {(r.subject.label, r.predicate.lemma, r.object.label) for r in edge_relations(relations)}


def test_the_new_doubts_are_named():
    assert set(VOICE_DOUBTS) | set(ANAPHOR_DOUBTS) <= set(DOUBTS)


def test_a_hypothetical_we_is_no_edge_of_the_speaker(nlp):
    relations, edges = _edges(nlp, '"If we can cut emissions by half, we can save thousands of lives," '
                                   'said researcher Jane Roe.')
    cut = [r for r in relations if r.subject.label == "Jane Roe" and r.predicate.lemma == "cut"]
    assert cut and all("hypothetical we" in edge_doubts(r) for r in cut), relations
    assert not any(s == "Jane Roe" and p in ("cut", "save") for s, p, _ in edges), edges


def test_the_speakers_own_act_stays(nlp):
    _, edges = _edges(nlp, '"We signed the agreement with Ghana last week," said trade minister Peter Okoro.')
    assert ("Peter Okoro", "sign", "Ghana") in edges, edges


def test_similar_measures_are_no_edge(nlp):
    relations, edges = _edges(nlp, "Kenya announced a curfew on Monday, and Uganda imposed similar measures "
                                   "two days later.")
    assert any(r.object.label == "similar measure" for r in relations), relations
    assert not any(o.startswith("similar") for _, _, o in edges), edges
    assert ("Kenya", "announce", "curfew") in edges, edges
