"""Modality cues that reach past the predicate's own words: a negation shared by a bare conjoined
verb, the verb after "rather than", and an event noun in the phrase of a noun of intention,
possibility, demand or allegation (extract/events/scopes.py; invented sentences)."""

from __future__ import annotations

import pytest

from extract.events.modality import modality_of
from extract.lexicon import get_lexicon

from .helpers import find, text_relations

_DATE = "2021-06-01"


def _modality(nlp, text, word):
    """(modality, cue) the rules read for the first token ``word`` of ``text``."""
    token = next(t for t in nlp(text) if t.text == word)
    return modality_of(token, get_lexicon())


@pytest.mark.parametrize(
    "text, word, modality",
    [
        # a bare conjunct in the negated verb's own form shares the negation
        ("Serbia never shelled Pristina or raided Mitrovica.", "raided", "negated"),
        ("The militia did not burn the farms or loot the shops.", "loot", "negated"),
        # a conjunct in a form of its own, with its own auxiliary or after "but" keeps its own modality
        ("The militia did not burn the farms and looted the shops.", "looted", "asserted"),
        ("The militia did not burn the farms but has looted the shops.", "looted", "asserted"),
        ("The militia never burned the farms but looted the shops.", "looted", "asserted"),
        # "rather than": the alternative not taken
        ("Chile decided to negotiate with Peru rather than sue Lima.", "sue", "intended"),
    ],
)
def test_scope_over_conjoined_verbs(nlp, text, word, modality):
    assert _modality(nlp, text, word)[0] == modality


@pytest.mark.parametrize(
    "text, word, modality",
    [
        ("The prospect of an Ethiopian offensive on Mekelle alarmed aid agencies.", "offensive", "hypothetical"),
        ("Calls for sanctions against Belarus grew louder in Vilnius.", "sanctions", "intended"),
        ("Fears of a crackdown on the students spread through Minsk.", "crackdown", "hypothetical"),
        ("The threat of an invasion of Guyana worried Georgetown.", "invasion", "intended"),
        ("There was no sign of an attack on the convoy near Goma.", "attack", "hypothetical"),
        # a noun of another kind, and a verb of talking, leave the event asserted
        ("The photographs of the attack on the convoy shocked Kinshasa.", "attack", "asserted"),
        ("The governor talked about the attack on the convoy.", "attack", "asserted"),
    ],
)
def test_event_noun_under_a_noun_of_intention_or_possibility(nlp, text, word, modality):
    assert _modality(nlp, text, word)[0] == modality


def test_shared_negation_leaves_the_conjunct_without_an_event(nlp):
    relations = text_relations(nlp, "Serbia never shelled Pristina or raided Mitrovica.", date=_DATE)
    raided = find(relations, "Serbia", "raid")
    assert raided and all(r.event is None and r.modality == "negated" for r in raided)


def test_an_asserted_conjunct_keeps_its_event(nlp):
    relations = text_relations(nlp, "Serbia did not shell Pristina and bombed Mitrovica.", date=_DATE)
    bombed = find(relations, "Serbia", "bomb", "Mitrovica")
    assert bombed and bombed[0].modality == "asserted" and bombed[0].event is not None


@pytest.mark.parametrize(
    "text, word, modality",
    [
        ("The militia shelled the villages so as to drive the farmers out.", "drive", "intended"),
        ("The militia shelled the villages so that the farmers leave.", "leave", "intended"),
        # a past form after "so that" says the result: it happened
        ("The militia shelled the villages so that the farmers fled.", "fled", "asserted"),
    ],
)
def test_clauses_of_purpose(nlp, text, word, modality):
    assert _modality(nlp, text, word)[0] == modality


def test_and_after_a_finite_negated_verb_keeps_its_own_act(nlp):
    # "never ... and ..." may join a second act of its own: no negation is shared over "and"
    assert _modality(nlp, "The mayor never apologised and resigned in March.", "resigned")[0] == "asserted"


def test_a_single_mark_is_no_purpose(nlp):
    # "like" is an entry of liking ("likes killing them"), not a clause of purpose
    assert _modality(nlp, "It seems like the rebels burned the depot.", "burned")[0] == "asserted"
