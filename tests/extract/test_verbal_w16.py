"""Verbal events in varied frames (wave 16): the addressee of a conjoined verb's object pronoun, targets
in "to"/"from" on a commitment's or a recalled envoy's object, a phrasal verb of ties, appeal nouns
(extract.relations.appeal_nouns), the proposer of an answered proposal, a fronted passive participle and a
state's boycott (extract.events.state_boycotts).

Each sentence is news-style text written for the test; the expected triple is read off the text.
"""

from __future__ import annotations

import pytest

from extract.facts import extract_facts
from extract.types import Document


def _events(nlp, text: str) -> set[tuple[str, str, str]]:
    [found] = extract_facts([Document(id="d", text=text)], nlp=nlp)
    return {(r.subject.label, r.event.root, r.object.label) for r in found.relations
            if r.event is not None and r.modality == "asserted"}


def _has(events, source: str, root: str, target: str) -> bool:
    return any(source in s and r == root and target in o for s, r, o in events)


@pytest.mark.parametrize("text, source, root, target", [
    # a conjoined verb with no subject of its own: its object pronoun is not that shared subject
    ("Mike Pompeo met King Salman in Riyadh and urged him to end the war in Yemen.", "Pompeo", "02", "Salman"),
    ("Trump called Macron on Friday and thanked him for his support.", "Trump", "05", "Macron"),
    # a commitment's thing object: the actor in its "to" is the recipient
    ("Germany pledged support to Ukraine.", "Germany", "03", "Ukraine"),
    ("Japan offered help to Turkey after the earthquake.", "Japan", "03", "Turkey"),
    # a state's own envoy recalled: the actor in "from"/"to" is the target
    ("Morocco recalled its ambassador from Germany in March.", "Morocco", "16", "Germany"),
    ("Poland recalled its ambassador to Israel for consultations.", "Poland", "16", "Israel"),
    # a phrasal verb of ties names the other side after "with"
    ("Nicaragua broke off diplomatic relations with Taiwan on Thursday.", "Nicaragua", "16", "Taiwan"),
    # appeal nouns with maker, addressee and an infinitive
    ("Russia's call on Ukraine to surrender was rejected by Kyiv.", "Russia", "02", "Ukraine"),
    ("France's appeal to Iran to free the hostages went unheeded.", "France", "02", "Iran"),
    ("Kenya's demand for Somalia to withdraw troops was repeated.", "Kenya", "10", "Somalia"),
    # answering a proposal is done to its proposer (extract.relations.proposals)
    ("Serbia rejected the European Union's demands on Kosovo.", "Serbia", "12", "European Union"),
    ("Chile rejected an offer from Bolivia to hold talks.", "Chile", "12", "Bolivia"),
    ("The president welcomed Iran's proposal for a ceasefire.", "president", "05", "Iran"),
    ("Beijing criticised Washington's decision to sell arms to Taiwan.", "Beijing", "11", "Washington"),
    ("The opposition slammed the government's handling of the pandemic.", "opposition", "11", "government"),
    # a voiced stance is toward the actor in its "with"/"to"/"for" (extract.relations.stances)
    ("Canada expressed solidarity with Ukraine on Thursday.", "Canada", "05", "Ukraine"),
    ("India expressed gratitude to Russia for the vaccines.", "India", "05", "Russia"),
    # an appeal's addressee the parser made the infinitive's subject (extract.relations.clause_addressees)
    ("Lori Lightfoot implored the federal government to send more troops.", "Lightfoot", "02", "government"),
    # a fronted passive participle with an agent is said of its clause's subject (extract.relations.fronted_passives)
    ("After being condemned by the Security Council, North Korea fired another missile.", "Security Council",
     "11", "North Korea"),
    ("Criticised by the European Union, Poland defended the law.", "European Union", "11", "Poland"),
    # a state boycotting another actor imposes a sanction
    ("Saudi Arabia and Egypt boycotted Qatar for more than three years.", "Egypt", "16", "Qatar"),
])
def test_verbal_event_in_frame(nlp, text, source, root, target):
    assert _has(_events(nlp, text), source, root, target)


@pytest.mark.parametrize("text, source, target", [
    # another country's envoy is the one acted on, not a way to its country
    ("The US expelled Russia's ambassador from Washington.", "United States", "Washington"),
    # a noun "call" with no infinitive of what is asked is no appeal
    ("Biden's call with Putin lasted an hour.", "Biden", "Putin"),
    # a fronted participle not opening its clause is left alone
    ("On Monday, after being criticised by Spain, Morocco recalled its envoy.", "Spain", "Morocco"),
    # the owner of a deed must be an actor
    ("Critics praised the film's treatment of grief.", "Critics", "film"),
    # a verb of expecting is no appeal: its infinitive's subject stays no object
    ("The EU expects Turkey to honour the deal.", "European Union", "Turkey"),
    # a legal appeal to a court names no appeal to an actor without an infinitive
    ("The company's appeal to the Supreme Court was rejected.", "company", "Supreme Court"),
])
def test_no_event_between(nlp, text, source, target):
    events = _events(nlp, text)
    assert not any(source in s and target in o and r in ("02", "05", "10", "11", "16") for s, r, o in events)


@pytest.mark.parametrize("text, code", [
    ("Students boycotted classes at the university.", "143"),
    ("Opposition parties boycotted the election.", "143"),
])
def test_civilian_boycott_stays_a_protest(nlp, text, code):
    [found] = extract_facts([Document(id="d", text=text)], nlp=nlp)
    assert any(r.event is not None and r.event.code == code for r in found.relations)
