"""Statements and their speakers (issue 11): invented sentences, one construction each.

- a post on a social network is a public statement (010), as CAMEO's SAY, STATE and ANNOUNCE;
- "I" and "we" inside a direct quotation stand for its one named speaker: the subject of a
  verb of saying outside the quotation, in the sentence where it opens or closes; two
  speakers, an unnamed one, or a quotation with no verb of saying give none;
- a length of time ("three days of mourning") stands for what fills it;
- protesters who clash or storm riot (145), as CAMEO's source-keyed patterns code it.
"""

from __future__ import annotations

import pytest

from extract.facts import extract_document
from extract.types import Document

__all__: list[str] = []


def _relations(nlp, text):
    return extract_document(Document(id="t", text=text, date="2020-01-02"), nlp=nlp).relations


def _find(relations, lemma: str, *, subject: str | None = None, obj: str | None = None):
    return [r for r in relations if r.predicate.lemma == lemma
            and (subject is None or subject in r.subject.text or subject in r.subject.label)
            and (obj is None or obj in r.object.text)]


def _code(rel):
    return rel.event.code if rel.event is not None else None


# --------------------------------------------------------------------------
# a post on a social network is a statement


@pytest.mark.parametrize("text, subject", [
    ("The mayor of Nairobi, Johnson Sakaja, tweeted about the floods on Monday.", "mayor"),
    ('Chancellor Olaf Scholz tweeted, "The talks will continue in Berlin."', "Olaf Scholz"),
])
def test_a_tweet_is_a_statement(nlp, text, subject):
    found = _find(_relations(nlp, text), "tweet", subject=subject)
    assert found, [(r.subject.text, r.predicate.lemma) for r in _relations(nlp, text)]
    assert {_code(r) for r in found} == {"010"}


# --------------------------------------------------------------------------
# the first person of a quotation is its speaker


def test_we_in_a_quotation_is_its_speaker(nlp):
    text = ('Kenyan Foreign Minister Raychelle Omamo said on Tuesday: "We strongly urge Ethiopia to '
            'withdraw its troops from the border."')
    found = _find(_relations(nlp, text), "urge", obj="Ethiopia")
    assert found, [(r.subject.text, r.predicate.lemma, r.object.text) for r in _relations(nlp, text)]
    rel = found[0]
    assert rel.subject.label == "Raychelle Omamo"
    assert rel.subject.text == "We" and rel.subject.resolved_from == "We"
    assert rel.event is not None and rel.event.root == "02"


def test_i_after_the_quotation_names_its_speaker(nlp):
    text = '"I condemn the attack on the embassy in Kabul," Pakistani Prime Minister Imran Khan said.'
    found = _find(_relations(nlp, text), "condemn")
    assert found and found[0].subject.label == "Imran Khan"
    assert found[0].event is not None and found[0].event.root == "11"


def test_a_speaker_between_two_parts_of_a_quotation(nlp):
    text = ('"The talks were useful," Emmanuel Macron said, "and I will invite Vladimir Putin '
            'to Paris next month."')
    found = _find(_relations(nlp, text), "invite", obj="Vladimir Putin")
    assert found and found[0].subject.label == "Emmanuel Macron"


@pytest.mark.parametrize("text", [
    # two speakers of the verb the quotation hangs on: who "I" is is not sure
    'Angela Merkel and Boris Johnson said: "I will recognise the government of Kosovo."',
    # no verb of saying: a quotation on its own
    '"I will recognise the government of Kosovo." The statement came as a surprise to Serbia.',
    # a pronoun no one was resolved to beside a named speaker
    'Boris Johnson met Merkel, and someone said: "I will recognise the government of Kosovo."',
])
def test_no_speaker_no_first_person(nlp, text):
    for rel in _find(_relations(nlp, text), "recognise") + _find(_relations(nlp, text), "recognize"):
        assert rel.subject.text not in ("I", "we", "We"), (rel.subject.label, text)


def test_a_pronoun_speaker_is_not_the_addressee_it_names(nlp):
    # "he" is not Martin Smith, named in his own sentence as the one spoken to
    text = ("Crown Prince Mohammed bin Salman of Saudi Arabia accepted responsibility for the murder. Speaking "
            'to Martin Smith of PBS, he said, "I condemn the killing of Jamal Khashoggi."')
    for rel in _find(_relations(nlp, text), "condemn"):
        assert rel.subject.label != "Martin Smith"


def test_first_person_outside_a_quotation_stays_unnamed(nlp):
    text = "Boris Johnson spoke to reporters. I asked the minister about the treaty with France."
    for rel in _find(_relations(nlp, text), "ask"):
        assert rel.subject.label != "Boris Johnson"


# --------------------------------------------------------------------------
# a length of time stands for what fills it


def test_days_of_mourning_are_the_mourning(nlp):
    text = "The government of Burundi declared seven days of national mourning for the president."
    found = _find(_relations(nlp, text), "declare", subject="government")
    assert found and "mourning" in found[0].object.text
    assert _code(found[0]) == "017"  # DECLARE * MOURNING [017]


# --------------------------------------------------------------------------
# protesters who clash or storm riot


@pytest.mark.parametrize("text, lemma, code", [
    ("Protesters clashed with police outside the parliament in Belgrade.", "clash", "145"),
    ("Hundreds of demonstrators stormed the parliament building in Skopje.", "storm", "145"),
    # not protesters alone: the verb keeps its patterns and default
    ("Protesters and police clashed in Nairobi on Monday.", "clash", "190"),
    ("Rebels stormed the town of Goma on Monday.", "storm", "190"),
])
def test_protesters_who_clash_riot(nlp, text, lemma, code):
    found = _find(_relations(nlp, text), lemma)
    assert found, [(r.subject.text, r.predicate.lemma) for r in _relations(nlp, text)]
    assert _code(found[0]) == code
