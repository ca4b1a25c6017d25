"""Events whose sentence had no relation at all (w16).

Invented sentences: a verb with a hyphenated prefix ("co-founded", "re-arrested") is one token the
parser reads as a verb (extract/prefixed_verbs.py); resigning is a one-place event (083); an object
pronoun of a participle is not the participle's understood subject (extract/coref_bound.py); a
simple-past conjunct of a verb under a modal keeps its own modality (extract/events/own_tense.py).
"""

from __future__ import annotations

import pytest

from extract.facts import extract_document
from extract.prefixed_verbs import prefixed_stem
from extract.types import Document


def _relations(nlp, text):
    return extract_document(Document(id="t", text=text, date="2020-01-02"), nlp=nlp).relations


def _shown(relations):
    return [(r.subject.label, r.predicate.lemma, r.object.label, r.event and r.event.code, r.modality)
            for r in relations]


@pytest.mark.parametrize("text, word, lemma", [
    ("Bill Gates co-founded Microsoft with Paul Allen in 1975.", "co-founded", "co-found"),
    ("Police in Lagos re-arrested the activist on Friday.", "re-arrested", "arrest"),
    ("Kenya is co-hosting the summit in Nairobi.", "co-hosting", "co-host"),
])
def test_a_prefixed_verb_is_one_verb_token(nlp, text, word, lemma):
    doc = nlp(text)
    tok = next((t for t in doc if t.text == word), None)
    assert tok is not None, [t.text for t in doc]
    assert tok.pos_ == "VERB" and tok.lemma_ == lemma


@pytest.mark.parametrize("text, pieces", [
    ("Donald Trump is seeking re-election in November.", ["re", "-", "election"]),
    ("The co-founder of the group was arrested.", ["co", "-", "founder"]),
    ("Anti-government protesters clashed with police.", ["Anti", "-", "government"]),
])
def test_prefixed_nouns_and_adjectives_keep_their_tokens(nlp, text, pieces):
    words = [t.text for t in nlp(text)]
    assert any(words[i:i + 3] == pieces for i in range(len(words))), words


def test_prefixed_stem():
    assert prefixed_stem("re-arrest") == "arrest" and prefixed_stem("arrest") is None


def test_a_prefixed_verb_relates_its_subject_and_object(nlp):
    found = [r for r in _relations(nlp, "Police in Lagos re-arrested Omoyele Sowore on Friday.")
             if r.predicate.lemma == "arrest" and "Sowore" in r.object.label]
    assert found and found[0].event is not None and found[0].event.root == "17", _shown(found)


def test_a_re_verb_reads_its_stem_s_tables(nlp):
    # "opened the investigation into X" is an investigation of X (a light verb's event noun)
    rels = _relations(nlp, "Prosecutors in Seoul re-opened the investigation into Lee Jae-yong on Monday.")
    assert [r for r in rels if "Lee" in r.object.label and r.event is not None and r.event.root == "09"], _shown(rels)


def test_co_sponsoring_is_endorsing(nlp):
    rels = _relations(nlp, "The resolution was co-sponsored by France and Germany.")
    backers = {r.subject.label for r in rels if r.predicate.lemma == "co-sponsor" and r.event and r.event.code == "051"}
    assert backers == {"France", "Germany"}, _shown(rels)


def test_co_founding_a_body_is_no_event(nlp):
    rels = _relations(nlp, "Bill Gates co-founded Microsoft with Paul Allen in 1975.")
    founded = [r for r in rels if r.predicate.lemma == "co-found" and r.object.label == "Microsoft"]
    assert founded and all(r.event is None for r in founded), _shown(rels)


# A resignation is a one-place relation; it accedes to a demand (083) only where the text names pressure
# (extract/events/resignations.py): "after weeks of protests" does, a bare "resigned in March" does not.
@pytest.mark.parametrize("text, who, code", [
    ("Evo Morales resigned on Sunday after weeks of protests.", "Evo Morales", "083"),
    ("Peru's president Pedro Pablo Kuczynski resigned in March.", "Pedro Pablo Kuczynski", None),
])
def test_resigning_is_a_one_place_event(nlp, text, who, code):
    rels = _relations(nlp, text)
    found = [r for r in rels if r.predicate.lemma == "resign" and r.subject.label == who]
    assert found and (found[0].event.code if found[0].event else None) == code, _shown(rels)
    assert found[0].modality == "asserted"


@pytest.mark.parametrize("text", [
    "Fans resigned themselves to defeat as Liverpool trailed.",
    "Abdelaziz Bouteflika will resign before his term ends, his office said.",
])
def test_no_asserted_resignation(nlp, text):
    rels = _relations(nlp, text)
    assert not [r for r in rels if r.predicate.lemma == "resign" and r.event is not None
                and r.modality == "asserted"], _shown(rels)


def test_a_past_conjunct_under_a_modal_is_asserted(nlp):
    text = "Richard Nixon would have faced impeachment over the scandal but resigned before any impeachment vote."
    rels = _relations(nlp, text)
    resigned = [r for r in rels if r.predicate.lemma == "resign"]
    faced = [r for r in rels if r.predicate.lemma == "face"]
    assert resigned and resigned[0].modality == "asserted", _shown(rels)
    assert faced and faced[0].modality == "hypothetical", _shown(rels)


def test_a_base_conjunct_under_a_modal_stays_hypothetical(nlp):
    rels = _relations(nlp, "Putin would meet Erdogan and discuss the ceasefire.")
    discussed = [r for r in rels if r.predicate.lemma == "discuss"]
    assert discussed and discussed[0].modality == "hypothetical", _shown(rels)


@pytest.mark.parametrize("text, verb, target", [
    ("Erdogan criticised Emmanuel Macron on Saturday, calling him a disgrace.", "call", "Emmanuel Macron"),
    ("Nicaragua detained the journalist Carlos Chamorro, accusing him of treason.", "accuse",
     "Carlos Chamorro"),
])
def test_a_participle_object_pronoun_is_the_main_object(nlp, text, verb, target):
    rels = _relations(nlp, text)
    assert [r for r in rels if r.predicate.lemma == verb and r.object.label == target], _shown(rels)


def test_a_participle_object_pronoun_is_never_the_main_subject(nlp):
    text = "President Trump lashed out at Muriel Bowser on Twitter, accusing her of mismanaging the city."
    rels = _relations(nlp, text)
    assert not [r for r in rels if r.predicate.lemma in ("accuse", "mismanage") and "Trump" in (
        r.object.label if r.predicate.lemma == "accuse" else r.subject.label)], _shown(rels)


def test_an_infinitive_of_an_object_control_verb_is_its_object_s(nlp):
    # "asked Merkel to call him": Merkel calls; "him" may be Trump
    rels = _relations(nlp, "Trump asked Angela Merkel to call him after the summit.")
    assert not [r for r in rels if r.predicate.lemma == "call" and r.object.label == "Angela Merkel"], _shown(rels)
