"""Pronouns inside a quotation that take a person the attribution gives (extract/relations/quote_referents.py).

The first person of a quotation whose one speaker is described, not named, is the speaker's noun phrase,
coded as the actor layer codes it; "he" or "she" after "said of X" or "asked about X" is X. Most sentences
are invented for the test; one comes from the Wikinews corpus (2019-09-26). The expected
referents are what a reader of each sentence takes; two speakers, a nested quotation, a quotation with
no attribution, a speaker no code describes and a person the text gives the other gender leave the
pronoun alone.
"""

from __future__ import annotations

import pytest

from extract.edge_speech import written_word
from extract.edge_voices import voice_doubts
from extract.lexicon import get_lexicon
from extract.types import Argument, Predicate, Relation

from .helpers import text_relations

DATE = "2020-06-01"


def _of(nlp, text: str, lemma: str, *, date: str = DATE) -> list:
    return [r for r in text_relations(nlp, text, date=date) if r.predicate.lemma == lemma]


def _subjects(nlp, text: str, lemma: str, *, date: str = DATE) -> list:
    return [(r.subject.label, r.subject.resolved_from) for r in _of(nlp, text, lemma, date=date)]


# --------------------------------------------------------------------------
# a described speaker's first person


def test_we_of_a_described_police_spokesman_is_the_spokesman_with_his_code(nlp):
    found = _of(nlp, '"We have arrested three suspects in connection with the attack," '
                     "a Ghanaian police spokesman said.", "arrest")
    assert len(found) == 1 and found[0].subject.resolved_from == "We"
    assert "spokesman" in found[0].subject.text and found[0].subject.actor_code == "GHACOP"


def test_each_first_person_of_a_quotation_keeps_its_own_pronoun(nlp):
    text = '"We arrested two suspects in Accra and we released the driver," a Ghanaian police spokesman said.'
    found = {r.predicate.lemma: r.subject for r in text_relations(nlp, text, date=DATE)}
    assert found["arrest"].resolved_from == "We" and found["release"].resolved_from == "we"
    assert found["arrest"].actor_code == found["release"].actor_code == "GHACOP"


def test_i_of_a_described_officer_before_the_quotation(nlp):
    found = _of(nlp, 'A senior Nigerian police officer said: "I ordered the arrest of the two suspects."', "order")
    assert [r.subject.resolved_from for r in found] == ["I"]
    assert "officer" in found[0].subject.text and found[0].subject.actor_code == "NGACOP"


def test_our_of_a_described_spokesman_gives_his_country(nlp):
    # "our soldiers" are the spokesman's army: Nigerian (the speaker's country for a first-person owner)
    found = _of(nlp, '"Our soldiers attacked the rebel positions," a Nigerian army spokesman said.', "attack")
    assert [r.subject.actor_code for r in found] == ["NGAMIL"]


def test_we_of_several_officers_is_the_officers(nlp):
    found = _of(nlp, '"We arrested 12 protesters in the capital," police officers said on Sunday.', "arrest")
    assert [(r.subject.text, r.subject.resolved_from) for r in found] == [("police officers", "We")]
    assert (found[0].subject.actor_code or "").endswith("COP")


def test_a_named_speaker_keeps_the_name(nlp):
    found = _of(nlp, '"We arrested three suspects," police spokesman Kofi Mensah said.', "arrest")
    assert [(r.subject.label, r.subject.resolved_from) for r in found] == [("Kofi Mensah", "We")]


@pytest.mark.parametrize("text, lemma", [
    # two speakers: whose "we" it is the text does not say
    ('"We condemn the attack," a Nigerian army spokesman and a police officer said.', "condemn"),
    ('"We arrested the suspects," the spokesman said, and the officer said "We released them."', "release"),
    # a quotation inside the quotation is the commander's, not the fighter's
    ("\"The commander told us: 'We will attack the town at dawn,'\" a Syrian rebel fighter said.", "attack"),
    # a quotation with no verb of saying in its sentence
    ('The ministry held a briefing on Monday. "We arrested 12 suspects in the north."', "arrest"),
])
def test_an_ambiguous_or_unattributed_speaker_is_no_subject(nlp, text, lemma):
    assert not any("fighter" in r.subject.text or "spokesman" in r.subject.text or "officer" in r.subject.text
                   or "ministry" in r.subject.text for r in _of(nlp, text, lemma))


@pytest.mark.parametrize("text, lemma, noun", [
    # "the man" and "a witness" have no actor code: no actor to give the act to
    ('"I have arrested three suspects," the man said.', "arrest", "man"),
    ('"I condemn the attack on the embassy," a witness said.', "condemn", "witness"),
    # "I" is one person: not several officers
    ('"I arrested 12 protesters in the capital," police officers said.', "arrest", "officer"),
])
def test_a_speaker_who_cannot_be_the_first_person_stays_apart(nlp, text, lemma, noun):
    assert not any(noun in r.subject.text for r in _of(nlp, text, lemma))


# --------------------------------------------------------------------------
# the person a speaker speaks of


def test_said_of_a_person_gives_he_that_person(nlp):
    found = _subjects(nlp, 'President Joe Biden said of Vladimir Putin: "He invaded Ukraine without provocation."',
                      "invade")
    assert found == [("Vladimir Putin", "He")]


def test_asked_about_a_person_gives_he_that_person(nlp):
    found = _subjects(nlp, 'Asked about Boris Johnson, Senator Elizabeth Warren said: "He has weakened the alliance."',
                      "weaken")
    assert found == [("Boris Johnson", "He")]


def test_corpus_said_of_chirac(nlp):
    text = ("Former president Nicolas Sarkozy said of Chirac, \"He incarnated a France that was true to its "
            "universal values and to its historic role\".")
    found = _subjects(nlp, text, "incarnate", date="2019-09-26")
    assert found == [("Chirac", "He")]


@pytest.mark.parametrize("text, lemma", [
    # the text made Johnson a man ("his party"): "she" is someone else
    ("Boris Johnson resigned on Thursday after his party revolted. "
     'Asked about Johnson, the senator said: "She has criticised the government."', "criticise"),
    # a person named in the quotation before the pronoun may be its referent
    ('President Joe Biden said of Vladimir Putin: "Xi Jinping met him and he praised China."', "praise"),
    # two persons spoken of
    ('President Joe Biden said of Vladimir Putin and Xi Jinping: "He will not win the war."', "win"),
])
def test_a_doubtful_person_spoken_of_is_no_referent(nlp, text, lemma):
    assert not any(r.subject.resolved_from and r.subject.label in ("Boris Johnson", "Johnson", "Vladimir Putin")
                   for r in _of(nlp, text, lemma))


def test_a_quotations_she_is_not_its_speaker(nlp):
    # the speaker says "I" of herself: "she" is neither the minister nor the speaker's noun
    found = _of(nlp, 'Asked about the economy, the minister said: "She has ruined the budget."', "ruin")
    assert not any("minister" in r.subject.text for r in found)


# --------------------------------------------------------------------------
# filters read the pronoun the text wrote; the table


def test_filters_read_the_written_pronoun():
    text = '"If we cut emissions, we can save lives," a government official said.'
    speaker = Argument("concept:official", "official", "CONCEPT", "a government official", 43, 64,
                       resolved_from="we")
    rel = Relation("d", speaker, Predicate("cut", "cut", 8, 11),
                   Argument("concept:emission", "emission", "CONCEPT", "emissions", 12, 21), text, 0,
                   modality="hypothetical")
    assert written_word(speaker) == "we"
    assert voice_doubts(rel) == ("hypothetical we",)
    plain = Argument("concept:official", "official", "CONCEPT", "a government official", 43, 64)
    assert written_word(plain) == "a government official"


def test_the_pronoun_table_gives_person_number_and_gender():
    table = get_lexicon().tables["quote_pronouns"]
    assert table["we"][:2] == ("1", "plural") and table["i"][:2] == ("1", "singular")
    assert table["she"] == ("3", "singular", "f") and table["him"] == ("3", "singular", "m")
