"""Edges an analyst keeps, wave 17: words of a quotation read as the article's facts.

Invented sentences, each class with one of the same shape whose edge must stay:

- a sentence that is all quotation (its speaker named in the sentence before) is the
  speaker's words: its relations with no event type are no edges; an unquoted sentence,
  a ``located in`` fact, and the speaker's own "we" as subject stay;
- a quoted relation read as negated ('He said "I can't find the words"') is still quoted;
- a participle of saying ('writing, "Acme needs stability"') names the speaker as "wrote" does.
"""

from __future__ import annotations

import pytest

from extract.edge_speech import SPEECH_DOUBTS, _all_quoted, speech_doubts
from extract.facts import extract_document
from extract.quality import DOUBTS, edge_doubts, edge_words
from extract.types import Document


def _relations(nlp, text):
    return extract_document(Document(id="t", text=text, date="2020-01-02"), nlp=nlp).relations


def _find(nlp, text, predicate):
    relations = _relations(nlp, text)
    found = [r for r in relations if r.predicate.lemma == predicate]
    assert found, [(r.subject.label, r.predicate.lemma, r.object.label) for r in relations]
    return found


def test_every_speech_doubt_is_a_doubt():
    assert set(SPEECH_DOUBTS) <= set(DOUBTS)


@pytest.mark.parametrize("sentence, expected", [
    ('"The ministry ignored the warnings."', True),
    ('"The ministry ignored the warnings.', True),  # the quotation goes on in the next sentence
    ('the ministry ignored the warnings."', True),  # ... and ends here
    ('"The ministry," she said, "ignored the warnings."', False),
    ('The ministry ignored "the warnings".', False),
    ("The ministry ignored the warnings.", False),
])
def test_a_sentence_all_quotation(sentence, expected):
    assert _all_quoted(sentence) is expected


def test_a_quoted_sentence_after_its_speaker_gives_no_edge(nlp):
    text = ('The opposition leader Maria Santos spoke to supporters in Lima on Sunday. '
            '"The government needs new ideas."')
    needs = _find(nlp, text, "need")
    assert all("whole quotation" in edge_doubts(r) for r in needs)


def test_the_same_words_unquoted_stay(nlp):
    text = ('The opposition leader Maria Santos spoke to supporters in Lima on Sunday. '
            'The government needs new ideas, analysts wrote.')
    needs = _find(nlp, text, "need")
    assert not any("whole quotation" in edge_doubts(r) for r in needs)


def test_a_quoted_place_fact_stays(nlp):
    text = 'The mayor thanked the rescuers. "Our hospital in Kraków, Poland treated forty people."'
    located = [r for r in _relations(nlp, text) if r.predicate.lemma == "located in"]
    assert all(not speech_doubts(r) for r in located)


def test_a_negated_quoted_relation_is_quoted(nlp):
    text = 'Speaking to reporters, Novak said "we can\'t find the words for this act."'
    found = _find(nlp, text, "find")
    assert found[0].negated and found[0].modality == "negated"
    assert all("quoted" in edge_doubts(r) for r in found)


def test_a_participle_of_saying_names_the_speaker(nlp):
    assert {"writing", "adding", "noting", "stating"} <= edge_words().speech_forms
    text = 'The governor accepted the post, writing, "Puerto Rico needs certainty and stability."'
    needs = _find(nlp, text, "need")
    assert all("quoted" in edge_doubts(r) for r in needs)
