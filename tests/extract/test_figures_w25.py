"""Figures of speech and private lives read as events (typed precision on untuned news).

Invented sentences. Expected values come from the CAMEO codebook: its events are done by political
actors to political actors; winning seats, competing in a market or attacking in a game is no seizure
or force, two private persons meeting is no consultation, a private person moving house no yielding,
and a standing reason ("because they attack people") reports no attack.
"""

from __future__ import annotations

import pytest


def _typed(nlp, text: str, lemma: str) -> list[str]:
    """The event codes of the asserted relations of ``lemma`` in ``text``."""
    from extract.facts import extract_facts
    from extract.types import Document

    facts = next(iter(extract_facts([Document(id="t", text=text, date="2021-03-01")], nlp=nlp)))
    return [r.event.code for r in facts.relations
            if r.predicate.lemma == lemma and r.event is not None and r.modality == "asserted"]


@pytest.mark.parametrize(("text", "lemma"), [
    ("The Greens grabbed five seats in the regional parliament.", "grab"),
    ("The Conservative Party captured sixty seats in the election.", "capture"),
    ("The Labour Party captured the state of Ohio in the election.", "capture"),
    ("Amazon invaded the grocery market in 2017.", "invade"),
    ("Liverpool attacked Chelsea's defence in the second half.", "attack"),
    ("England bombarded the Australian goal in the first half.", "bombard"),
    ("Germany crushed the hopes of the Dutch team.", "crush"),
    ("Firefighters battled the blaze for six hours.", "battle"),
])
def test_figures_of_speech_give_no_force(nlp, text, lemma):
    assert not [c for c in _typed(nlp, text, lemma) if c[:2] in ("17", "18", "19", "20")]


@pytest.mark.parametrize(("text", "lemma"), [
    ("A suicide bomber attacked a crowded market in Kabul.", "attack"),
    ("Militants bombed a market in Baghdad.", "bomb"),
    ("Israel attacked the air defence of Syria.", "attack"),
    ("Rebels seized the town during the election.", "seize"),
    ("Gunmen attacked a polling station during the election.", "attack"),
])
def test_force_on_places_and_arms_stays(nlp, text, lemma):
    assert [c for c in _typed(nlp, text, lemma) if c[:2] in ("17", "18", "19", "20")]


def _person(name: str, code: str | None = None, kind: str = "PERSON"):
    from extract.types import Argument

    return Argument(f"person:{name.lower()}", name, kind, name, 0, len(name), actor_code=code)


def test_private_persons_meeting_is_no_consultation():
    from extract.events.everyday_senses import _private_persons
    from extract.lexicon import get_lexicon

    lexicon = get_lexicon()
    assert _private_persons(_person("Tom Hale"), _person("Bill Kreutzmann", "USA"), lexicon)
    assert not _private_persons(_person("Tom Hale"), _person("Angela Merkel", "DEUGOV"), lexicon)
    assert not _private_persons(_person("Wikinews", None, "ORG"), _person("Tom Hale"), lexicon)


def _verb(nlp, text: str, lemma: str):
    return next(t for t in nlp(text) if t.lemma_ == lemma)


def test_a_private_person_moving_is_no_yielding(nlp):
    from extract.events.everyday_senses import _moved_home
    from extract.lexicon import get_lexicon

    verb = _verb(nlp, "Hale retreated to New Mexico in 1970.", "retreat")
    assert _moved_home(verb, _person("Hale"), get_lexicon())
    assert not _moved_home(verb, _person("the brigade", "RUSMIL", "ORG"), get_lexicon())
    assert not _moved_home(_verb(nlp, "Hale surrendered to the police.", "surrender"), _person("Hale"), get_lexicon())


def test_troops_retreating_yield(nlp):
    assert any(c[:2] == "08" for c in _typed(nlp, "Russian troops retreated to the border.", "retreat"))


def test_a_reason_clause_is_a_standing_state(nlp):
    from extract.events.generic_present import habitual as _habitual

    assert _habitual(_verb(nlp, "Villagers fear the gang because its members attack people.", "attack"))
    assert not _habitual(_verb(nlp, "Villagers fled after the gang attacked the market.", "attack"))
    assert not _habitual(_verb(nlp, "Villagers fled because the gang attacked the market.", "attack"))


def test_an_attack_that_happened_stays(nlp):
    assert any(c[:2] in ("18", "19") for c in _typed(nlp, "Gunmen attacked a police patrol in Kandahar on Monday.", "attack"))


def test_a_reason_clause_reports_no_attack(nlp):
    codes = _typed(nlp, "Villagers fear the gang because its members attack people.", "attack")
    assert not [c for c in codes if c[:2] in ("18", "19")]


def test_a_private_person_retreating_home_is_no_event(nlp):
    assert _typed(nlp, "After the tour, Martha Quinn retreated to Vermont.", "retreat") == []
