"""Useful edges: correct relations no analyst of who did what to whom keeps stay relations, not edges.

Each class has invented sentences read by the real pipeline (``extract_document`` on the session
``nlp``), and a sentence of the same shape whose edge must stay. An edge is a relation
:func:`extract.quality.is_edge` keeps; a doubtful relation stays in the extraction output with a
confidence of at most :data:`extract.quality.DOUBTFUL_CONFIDENCE`. The classes:

- a verb of having, holding or containing with a plain noun on either side ("carried 40
  passengers", "other members include Chile", "owed fines");
- data and information as a plain object ("reported a value", "did not release any information");
- a noun whose infinitive was lost ("filed his intent to appeal");
- a news medium naming or listing ("the Daily Courier did not name the official");
- attention, drawn or paid ("drew attention to").
"""

from __future__ import annotations

import pytest

from extract.facts import extract_document
from extract.quality import DOUBTFUL_CONFIDENCE, DOUBTS, edge_doubts, is_edge, read_edge_words
from extract.types import Argument, Document, Event, Predicate, Relation


def _relations(nlp, text):
    return extract_document(Document(id="t", text=text, date="2020-01-02"), nlp=nlp).relations


def _triple(relation) -> tuple[str, str, str]:
    lemma = ("not " if relation.negated else "") + relation.predicate.lemma
    return relation.subject.label, lemma, relation.object.label


def _edges(nlp, text) -> set[tuple[str, str, str]]:
    return {_triple(r) for r in _relations(nlp, text) if is_edge(r)}


@pytest.mark.parametrize("text, triple", [
    # a property, not an act: having, holding, containing, amounting to
    ("The ferry company Baltic Star Lines carried 40 passengers and six crew members.",
     ("Baltic Star Lines", "carry", "passenger")),
    ("Other members of the pact include Chile, which joined in 2012.", ("member", "include", "Chile")),
    ("According to the court, Martin Keller owed penalties and interest to the tax office.",
     ("Martin Keller", "owe", "penalty")),
    # data and information, reported or withheld
    ("The Malaysian Rubber Board reports a value of 500 ringgit per tonne.",
     ("Malaysian Rubber Board", "report", "value")),
    ("Siemens did not release any specific information about the contract.",
     ("Siemens", "not release", "specific information")),
    # a noun whose infinitive was lost
    ("Jonas Berg also filed his intent to appeal in court.", ("Jonas Berg", "file", "intent")),
    # the press naming its source
    ("Reuters did not name the official.", ("Reuters", "not name", "official")),
    # attention only points at what it is drawn to
    ("Maria Lopez drew attention to the missing data.", ("Maria Lopez", "draw", "attention")),
])
def test_a_useless_relation_is_kept_but_no_edge(nlp, text, triple):
    relations = [r for r in _relations(nlp, text) if _triple(r) == triple]
    assert relations, (triple, [_triple(r) for r in _relations(nlp, text)])  # read: the relation stays
    for relation in relations:
        assert not is_edge(relation)
        assert relation.confidence <= DOUBTFUL_CONFIDENCE


@pytest.mark.parametrize("text, triple", [
    # an act between actors with the same verbs or nouns
    ("Turkish police arrested Ahmet Yilmaz on Monday.", ("police", "arrest", "Ahmet Yilmaz")),
    # (the owner before the noun: a plain object before a lost "of" phrase is no edge, extract/edge_complements.py)
    ("Germany's Federal Aviation Office suspended Mahan Air's permit.",
     ("Federal Aviation Office", "suspend", "permit")),
    ("Raila Odinga rejected the results of the election.", ("Raila Odinga", "reject", "result")),
    ("Ukrainian President Volodymyr Zelensky declined the offer.", ("Volodymyr Zelensky", "decline", "offer")),
    ("Niger foiled a coup attempt on Tuesday.", ("Niger", "foil", "coup attempt")),
    # drawing a weapon is an act; only attention is empty
    ("Mark Jones drew a gun on the protesters.", ("Mark Jones", "draw", "gun")),
])
def test_an_act_stays_an_edge(nlp, text, triple):
    relations = {_triple(r): r for r in _relations(nlp, text)}
    hits = [t for t in relations if t[1] == triple[1] and t[2] == triple[2] and triple[0] in t[0]]
    assert hits, (triple, sorted(relations))
    assert all(is_edge(relations[t]) for t in hits), [edge_doubts(relations[t]) for t in hits]


def _relation(sentence, subject, lemma, obj, *, subject_type="ORG", obj_type="CONCEPT", event=None):
    s, o, p = sentence.index(subject), sentence.index(obj), sentence.index(lemma[:3])
    key = ("concept:" if obj_type == "CONCEPT" else "") + obj.casefold()
    return Relation("d", Argument(subject.casefold(), subject, subject_type, subject, s, s + len(subject)),
                    Predicate(lemma, lemma, p, p + len(lemma)),
                    Argument(key, obj, obj_type, obj, o, o + len(obj)), sentence, 0, event=event)


_STATEMENT = Event("010", "01", "Make statement", "verbal cooperation")
_INVESTIGATE = Event("090", "09", "Investigate", "verbal conflict")


def test_the_doubts_read_off_a_relation():
    assert {"stative verb", "information object", "unfinished object"} <= set(DOUBTS)
    # a plain noun on either side of a stative verb; an event type or a named part keeps the edge
    assert "stative verb" in edge_doubts(_relation("The ship carried cargo.", "ship", "carry", "cargo"))
    named = _relation("The ship carried cargo of Acme Corp.", "ship", "carry", "cargo of Acme Corp")
    assert "stative verb" not in edge_doubts(named)
    assert "stative verb" not in edge_doubts(_relation("The ship carried cargo.", "ship", "carry", "cargo",
                                                       event=_INVESTIGATE))
    # information: with a statement's code too, not with another event
    assert "information object" in edge_doubts(_relation("Acme reported data.", "Acme", "report", "data",
                                                         event=_STATEMENT))
    assert edge_doubts(_relation("Acme seized data.", "Acme", "seize", "data", event=_INVESTIGATE)) == ()
    # an "is a" is judged by the description doubts alone
    assert edge_doubts(_relation("Acme is a data.", "Acme", "is a", "data")) == ()
    # a noun of an infinitive: bare, or before "to"; with a modifier and no "to" it keeps its edge
    assert "unfinished object" in edge_doubts(_relation("Ann filed an intent.", "Ann", "file", "intent"))
    assert "unfinished object" in edge_doubts(_relation("Ann leads a failed attempt to flee.", "Ann", "lead",
                                                        "failed attempt"))
    assert "unfinished object" not in edge_doubts(_relation("Police foiled a coup attempt.", "Police", "foil",
                                                            "coup attempt"))


def test_the_new_kinds_are_read(tmp_path):
    table = tmp_path / "doubts.tsv"
    table.write_text("word\tkind\ncarry\tstative_verb\ndata\tinformation_noun\nintent\tcomplement_noun\n",
                     encoding="utf-8")
    words = read_edge_words(table)
    assert words.stative_verbs == {"carry"} and words.information_nouns == {"data"}
    assert words.complement_nouns == {"intent"}
    # a table without the new kinds reads no new doubt
    old = tmp_path / "old.tsv"
    old.write_text("word\tkind\nhave\tlight_verb\n", encoding="utf-8")
    assert edge_doubts(_relation("The ship carried cargo.", "ship", "carry", "cargo"),
                       words=read_edge_words(old)) == ()
