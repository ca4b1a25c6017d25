"""An official's statement of its own intent, offer or refusal (extract/stated_intents.py).

Invented wire sentences through the real pipeline: "X said it would / was ready to / plans to <act>"
with X an official or a body and the clause's subject X itself is coded by the act it announces, as
an event coder codes it: intent to negotiate (036), to give aid (033), to cooperate (03), a threat
(13) for an act of force or sanctions, a rejection (12) when the intent is negated. A private speaker,
another actor as the clause's subject, a clause of mere possibility ("could"), and an act that is
no event keep the plain statement or nothing.
"""

from __future__ import annotations

import pytest

from extract.lexicon import get_lexicon
from extract.stated_intents import intent_code
from tests.extract.helpers import text_relations

DATE = "2020-06-01"


def _coded(nlp, text: str) -> list:
    return [r for r in text_relations(nlp, text, date=DATE) if r.event is not None]


@pytest.mark.parametrize(("text", "code", "speaker", "target"), [
    ("Iran said it was ready to resume talks with the United States.", "036", "IRN", None),
    ("The rebels said they were willing to negotiate with the government.", "036", "REB", None),
    ("Russia said it would provide humanitarian aid to Syria.", "033", "RUS", "SYR"),
    ("NATO said it would send more troops to Poland.", "033", "IGOWSTNAT", "POL"),
    ("The Indian government said it plans to cooperate with Nepal on flood control.", "03", "IND", "NPL"),
    ("Chile's foreign minister said he would meet his Argentine counterpart on Friday.", "036", "CHL", "ARG"),
    ("The Japanese government said it would help the victims of the earthquake.", "033", "JPN", None),
    ("The European Union said it was ready to help Greece.", "033", "IGOEUREEC", None),
])
def test_a_stated_intent_to_cooperate_is_coded_by_its_act(nlp, text, code, speaker, target):
    found = [r for r in _coded(nlp, text) if r.event.root == "03"]
    assert found, _coded(nlp, text)
    intent = found[0]
    assert intent.event.code.startswith(code)
    assert (intent.subject.actor_code or "").startswith(speaker)
    assert intent.modality == "asserted"
    if target is not None:
        assert (intent.object.actor_code or "").startswith(target)
    # the plain statement gives way to the intent
    assert not any(r.event.code == "010" for r in _coded(nlp, text))


@pytest.mark.parametrize(("text", "code", "speaker"), [
    # a quotation is read as the indirect clause is: the speaker's "we"
    ('The Kenyan foreign ministry said: "We will send aid to the flood victims in Somalia."', "033", "KEN"),
    ('"We are ready to resume talks with Washington," the Iranian foreign minister said.', "036", "IRN"),
    ("Japan says it is willing to mediate between Iran and Saudi Arabia.", "039", "JPN"),
])
def test_a_quoted_or_present_intent(nlp, text, code, speaker):
    found = [r for r in _coded(nlp, text) if r.predicate.lemma == "say"]
    assert found and found[0].event.code.startswith(code), _coded(nlp, text)
    assert (found[0].subject.actor_code or "").startswith(speaker)


def test_the_speakers_own_troops_are_no_target(nlp):
    found = [r for r in _coded(nlp, "The army said it would withdraw its troops from the town by Friday.")
             if r.predicate.lemma == "say"]
    assert [r.event.root for r in found] == ["03"]
    assert found[0].object.key == "concept:unspecified"


def test_the_announced_act_stays_intended_without_an_event(nlp):
    relations = text_relations(nlp, "Russia said it would provide humanitarian aid to Syria.", date=DATE)
    provided = [r for r in relations if r.predicate.lemma == "provide"]
    assert provided and all(r.event is None and r.modality == "intended" for r in provided)


@pytest.mark.parametrize(("text", "root", "target"), [
    ("The Pentagon said it would strike back against the militants.", "13", None),
    ("Israel said it would retaliate against Hamas.", "13", "PSE"),
    ("Washington said it would impose sanctions on Iran if it resumed enrichment.", "13", None),
    ("Pakistan said it would not accept the proposal.", "12", None),
    ("The Thai government said it would not negotiate with the rebels.", "12", "REB"),
])
def test_a_threat_or_a_refusal(nlp, text, root, target):
    found = [r for r in _coded(nlp, text) if r.predicate.lemma == "say"]
    assert [r.event.root for r in found] == [root] * len(found) and found, _coded(nlp, text)
    if target is not None:
        assert any(target in (r.object.actor_code or "") for r in found)


@pytest.mark.parametrize("text", [
    # a private speaker: no statement, no intent
    "A resident said he would leave the town to join his family in Kenya.",
    "The company said it would send aid to the victims of the flood.",
    # the clause's subject is another actor, or no actor
    "Iranian officials said on Monday that the talks would resume next week.",
    "The Chinese foreign ministry said Beijing was prepared to hold talks with Seoul.",
    "The ministry said the country would receive more vaccines next week.",
    # possibility and counterfactuals are no intent
    "The government said it could send aid to the region.",
    "The government said it would have sent aid to the region if asked.",
    # an act that is no event of cooperation
    "The court said it would rule on the case next week.",
    "The Health Ministry said it would release the figures on Monday.",
    "The ministry said it would provide more details later.",
    # a pledge not to attack is no threat and no refusal
    "The army said it would not attack civilians in the valley.",
])
def test_no_intent(nlp, text):
    assert not any(r.event.root in ("03", "12", "13") for r in _coded(nlp, text)), _coded(nlp, text)


def test_a_pronoun_must_agree_with_the_speaker(nlp):
    """"he" is no ministry's, "it" no minister's own clause."""
    for text in ("The ministry said he would send aid to the flood victims in Somalia.",
                 "Kenyan Foreign Minister Amina Mohamed said it would send aid to Somalia."):
        assert not any(r.event.root == "03" and r.predicate.lemma == "say" for r in _coded(nlp, text)), text


@pytest.mark.parametrize(("act", "negated", "code"), [
    ("046", False, "036"),
    ("0731", False, "0333"),
    ("0874", False, "0356"),
    ("163", False, "1312"),
    ("190", False, "1384"),
    ("040", True, "125"),
    ("0841", True, "1243"),
    ("190", True, None),
    ("010", False, None),
    ("090", False, None),
])
def test_intent_codes(act, negated, code):
    assert intent_code(act, negated, get_lexicon()) == code
