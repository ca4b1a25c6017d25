"""Wave 20: a state the sentence says has ended or denies is no asserted relation
(:mod:`extract.lapsed_negations`), and a speech as the object of a verb of giving it is no graph edge
(:mod:`extract.edge_performances`).

Invented sentences. "no longer" puts its "no" on the adverb, not on the verb; "is no friend of" puts it on the
copula's noun; "hardly" denies: the relation is read as negated (or the description dropped). Look-alikes keep
their reading: "no fewer than", "longer than", "no" on another noun. "Delivered a speech", "issued a statement",
"held a press conference" say only that someone spoke; the same verbs with a thing or an actor as their object
("delivered food aid", "released a journalist") stay edges, and so does a speech to an addressee.
"""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from extract.lapsed_negations import denied, lapsed
from extract.quality import edge_doubts

from .helpers import document_facts, relations_named, text_relations

_DATE = "2020-01-02"


def _relations(nlp, text):
    return text_relations(nlp, text, date=_DATE)


def _of_verb(nlp, text, verb):
    return relations_named(document_facts(nlp, text, date=_DATE), verb)


@pytest.mark.parametrize("text, verb", [
    ("Washington no longer recognizes the government in Caracas, the State Department said.", "recognize"),
    ("The Kenyan army no longer patrols the border with Somalia.", "patrol"),
    ("Ghana no longer imports rice from Vietnam.", "import"),
])
def test_no_longer_negates_the_verb_and_its_event(nlp, text, verb):
    for relation in _of_verb(nlp, text, verb):
        assert relation.negated, text
        assert relation.event is None or relation.modality == "negated", (text, relation.modality)


@pytest.mark.parametrize("text, subject", [
    ("Kenya is no longer a British colony.", "Kenya"),
    ("Nicolás Maduro is hardly a democrat, the opposition leader said.", "Maduro"),
    ("Viktor Orbán is no friend of Brussels, analysts say.", "Orbán"),
])
def test_a_denied_description_is_asserted_by_no_relation(nlp, text, subject):
    asserted = [r for r in _relations(nlp, text) if subject in r.subject.label and not r.negated]
    assert not asserted, [(r.subject.label, r.predicate.lemma, r.object.label) for r in asserted]


@pytest.mark.parametrize("text, verb", [
    ("Police arrested no fewer than 40 protesters in Minsk on Sunday.", "arrest"),
    ("Germany has supported Ukraine for longer than any other European country.", "support"),
    ("Turkey is a member of NATO.", "member of"),
    ("The Turkish army occupied the town no longer than a week.", "occupy"),
])
def test_look_alikes_stay_asserted(nlp, text, verb):
    assert not any(r.negated for r in _of_verb(nlp, text, verb)), text


def test_lapsed_and_denied_on_hand_built_parses():
    words = ["Mali", "no", "longer", "hosts", "French", "troops"]
    doc = Doc(_vocab(), words=words, heads=[3, 2, 3, 3, 5, 3], deps=["nsubj", "neg", "advmod", "ROOT", "amod", "dobj"])
    assert lapsed(doc[3])
    doc = Doc(_vocab(), words=["It", "lasted", "no", "longer", "than", "an", "hour"],
              heads=[1, 1, 3, 1, 3, 6, 4], deps=["nsubj", "ROOT", "neg", "advmod", "prep", "det", "pobj"])
    assert not lapsed(doc[1])  # a comparison: "lasted no longer than an hour"
    doc = Doc(_vocab(), words=["He", "is", "no", "ally"], heads=[1, 1, 3, 1], deps=["nsubj", "ROOT", "det", "attr"])
    assert denied(doc[3]) and not lapsed(doc[1])
    doc = Doc(_vocab(), words=["He", "is", "an", "ally"], heads=[1, 1, 3, 1], deps=["nsubj", "ROOT", "det", "attr"])
    assert not denied(doc[3])


def _vocab():
    from spacy.vocab import Vocab

    return Vocab()


@pytest.mark.parametrize("text, verb, expected", [
    ("Prime Minister Narendra Modi delivered a speech in Varanasi on Sunday.", "deliver", True),
    ("The Foreign Ministry of Peru issued a statement on Tuesday evening.", "issue", True),
    ("Jacinda Ardern held a press conference in Wellington on Thursday.", "hold", True),
    ("The United Nations delivered food aid to Yemen on Monday.", "deliver", False),
    ("Iran released a British-Australian academic on Wednesday.", "release", False),
])
def test_speech_given(nlp, text, verb, expected):
    found = ["speech given" in edge_doubts(r) for r in _of_verb(nlp, text, verb)]
    assert (all(found) if expected else not any(found)), (text, found)


@pytest.mark.parametrize("text, verb, doubt", [
    ("The Indian Meteorological Department issued an advisory for the coast of Odisha on Monday.", "issue",
     "speech given"),
    ("Mayor Anne Hidalgo drew comparisons between the fire and the floods of 1910.", "draw", "shell object"),
    ("Senator Ana Ruiz raised concerns about the new tax on fuel.", "raise", "shell object"),
])
def test_advisory_comparison_and_concern_point_elsewhere(nlp, text, verb, doubt):
    assert all(doubt in edge_doubts(r) for r in _of_verb(nlp, text, verb)), text


def test_an_inversion_with_hardly_asserts():
    words = ["Hardly", "had", "the", "truce", "begun", "when", "rebels", "attacked"]
    doc = Doc(_vocab(), words=words, heads=[4, 4, 3, 4, 4, 7, 7, 4],
              deps=["advmod", "aux", "det", "nsubj", "ROOT", "advmod", "nsubj", "advcl"])
    assert not lapsed(doc[4])
    doc = Doc(_vocab(), words=["The", "army", "hardly", "moved"], heads=[1, 3, 3, 3], deps=["det", "nsubj", "advmod", "ROOT"])
    assert lapsed(doc[3])
