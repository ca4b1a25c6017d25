"""Hedged and agentless events: performative hedges, claimed event nouns, taking part, and
agentless passives of praise (invented sentences)."""

from __future__ import annotations

import pytest

from extract.events.modality import modality_of
from extract.lexicon import get_lexicon

from .helpers import find, text_relations

_DATE = "2021-06-01"


def _modality(nlp, text, word):
    """The modality the rules read for the first token ``word`` of ``text``."""
    token = next(t for t in nlp(text) if t.text == word)
    return modality_of(token, get_lexicon())[0]


# --------------------------------------------------------------------------
# a first-person speaker who "wants to" thank, congratulate or condemn performs the act in saying it


@pytest.mark.parametrize(
    "text, verb, modality",
    [
        ('"I want to express my sympathy to the families," the minister said.', "express", "asserted"),
        ('"I would like to thank the people of Kenya for their support," the president said.', "thank", "asserted"),
        ('"We wish to congratulate the new mayor on his victory," the party said.', "congratulate", "asserted"),
        ('"Let me thank the Iraqi government," the ambassador said.', "thank", "asserted"),
        ('"We would like to apologize to the families," the company said.', "apologize", "asserted"),
        ('"I want to extend my condolences to the people of France," the senator said.', "extend", "asserted"),
        # not first person, not an act of expression, negated, or a conveying verb with no expressive object
        ("The president wants to thank Germany for its help.", "thank", "intended"),
        ('"I want to meet the Russian president next year," the senator said.', "meet", "intended"),
        ('"We want to offer Iran a new deal," the envoy said.', "offer", "intended"),
        ('"I do not want to thank anyone," the minister said.', "thank", "intended"),  # the wanting is denied, not performed
        ('"I will want to thank them later," the minister said.', "thank", "intended"),
    ],
)
def test_performative_hedge_is_asserted_only_for_first_person_expression(nlp, text, verb, modality):
    assert _modality(nlp, text, verb) == modality


def test_performative_thanks_is_an_event_between_actors(nlp):
    text = '"I would like to thank the people of Kenya for their support," Obama said.'
    rel = find(text_relations(nlp, text, date=_DATE), "I", "thank")[0]
    assert rel.modality == "asserted"
    assert rel.event is not None and rel.event.root == "05"
    assert rel.object.actor_code.startswith("KEN")


# --------------------------------------------------------------------------
# an event noun hedged by "reported", "alleged", "suspected" or "purported" is a claim


@pytest.mark.parametrize(
    "text, word, modality",
    [
        ("Reported airstrikes killed twenty civilians in Syria.", "killed", "claimed"),
        ("The suspected bombing of the consulate killed three guards.", "killed", "claimed"),
        ("The alleged attack on the embassy was carried out by Hamas.", "carried", "claimed"),
        ("Hamas carried out the purported attack on the embassy.", "carried", "claimed"),
        ("The reported airstrikes on the rebels were condemned by Iran.", "airstrikes", "claimed"),
        # a verb that is not the noun's event, and "reported by X" after the noun, stay asserted
        ("Police investigated the alleged attack on the embassy.", "investigated", "asserted"),
        ("The attack reported by Reuters killed five soldiers.", "killed", "asserted"),
        ("Reuters reported that the army attacked the rebels.", "attacked", "asserted"),
    ],
)
def test_claimed_event_noun_makes_its_event_claimed(nlp, text, word, modality):
    assert _modality(nlp, text, word) == modality


def test_claimed_event_noun_gives_no_event(nlp):
    relations = text_relations(nlp, "Hamas carried out the alleged attack on the Israeli embassy.", date=_DATE)
    rels = [r for r in relations if r.predicate.lemma in ("attack", "carry out")]
    assert rels
    assert all(r.modality == "claimed" and r.event is None for r in rels)


# --------------------------------------------------------------------------
# taking part is coded by what is taken part in


@pytest.mark.parametrize(
    "text, root",
    [
        ("Thousands of Kenyan teachers took part in the protest against the government.", "14"),
        ("Iran and the United States took part in talks in Vienna.", "04"),
        ("Russian troops took part in the attack on the village.", "19"),
        ("Israeli jets took part in the strikes on Gaza.", "19"),
        ("Nigerian doctors took part in a strike over pay.", None),  # a labour strike: no force
        ("Kenya took part in the race.", None),  # no event noun
        ("The protests that Kenyan students took part in were peaceful.", "14"),  # a stranded "in"
    ],
)
def test_take_part_is_coded_by_the_event_taken_part_in(nlp, text, root):
    rels = [r for r in text_relations(nlp, text, date=_DATE) if r.predicate.lemma == "take"]
    assert rels
    assert {r.event.root if r.event else None for r in rels} == {root}


def test_taken_into_custody_stays_a_placement(nlp):
    rel = find(text_relations(nlp, "Police took the suspects into custody.", date=_DATE), "Police", "take")[0]
    assert rel.event is not None and rel.event.code == "173"


# --------------------------------------------------------------------------
# an agentless passive of praise gives (unspecified, praise, X), as one of criticism does


@pytest.mark.parametrize(
    "text, lemma, patient",
    [
        ("Mandela was hailed a national hero.", "hail", "Mandela"),
        ("Gorbachev was also praised in the West.", "praise", "Gorbachev"),
        ("The Kenyan police were widely praised for their response.", "praise", "police"),
        ("Obama was widely condemned.", "condemn", "Obama"),
    ],
)
def test_agentless_passive_of_praise_or_criticism(nlp, text, lemma, patient):
    rels = [r for r in text_relations(nlp, text, date=_DATE) if r.predicate.lemma == lemma]
    assert [r.subject.text for r in rels] == [""]
    assert patient in rels[0].object.text
    assert rels[0].event is not None and rels[0].event.root == ("05" if lemma != "condemn" else "11")


@pytest.mark.parametrize("text", ["The plan was widely praised.", "The refugees were welcomed in Germany."])
def test_agentless_praise_of_a_thing_or_a_welcome_gives_nothing(nlp, text):
    assert not [r for r in text_relations(nlp, text, date=_DATE) if r.subject.text == ""]
