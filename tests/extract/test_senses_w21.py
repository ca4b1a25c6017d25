"""Four wrong CAMEO codes of a verb read alone, read again with the arguments (extract.events.verbal_attacks,
extract.events.business_partners, extract.events.granted_denials, extract.events.releases).

Expected values come from the text and the CAMEO codebook: a senator attacking a rival in a debate
criticises (111), where insurgents attacking a convoy use force; a company working with a government agency
cooperates economically (061), two states diplomatically; denying funding or a request refuses it (12), denying
allegations denies responsibility (016); a patient released from hospital, messages released publicly and a
product released are no return or release of persons or property (none), freed hostages are (084).
"""

from __future__ import annotations

import pytest

from extract.events.business_partners import business_code, business_partner_event
from extract.events.granted_denials import granted_denial_event
from extract.events.releases import release_event
from extract.events.verbal_attacks import political_code, verbal_attack_event
from extract.lexicon import get_lexicon
from extract.types import Argument, Document, Event

_FORCE = Event(code="190", root="19", label="Use conventional military force", quad_class="material conflict")
_DIPLOMATIC = Event(code="050", root="05", label="Engage in diplomatic cooperation", quad_class="verbal cooperation")
_DENY = Event(code="016", root="01", label="Deny responsibility", quad_class="verbal cooperation")
_RELEASE = Event(code="084", root="08", label="Return, release", quad_class="material cooperation")


def _arg(text, type_, code, sentence=""):
    start = sentence.find(text) if sentence else 0
    return Argument(key=text, label=text, type=type_, text=text, start=start, end=start + len(text), actor_code=code)


def _verb(nlp, text, lemma):
    return next(t for t in nlp(text) if t.lemma_.lower() == lemma)


def _codes(nlp, text, lemma):
    from extract.facts import extract_facts

    facts = next(iter(extract_facts([Document(id="t", text=text, date="2020-06-01")], nlp=nlp)))
    return {r.event.code if r.event else None for r in facts.relations if r.predicate.lemma.split()[0] == lemma}


def test_political_codes():
    lex = get_lexicon()
    assert political_code("USAGOV", lex) and political_code("PTY", lex) and political_code("GBRLEG", lex)
    assert not political_code("SYRMIL", lex) and not political_code("USA", lex) and not political_code("USACOP", lex)


def test_attack_between_politicians_is_criticism(nlp):
    verb = _verb(nlp, "Senator Warren attacked Michael Bloomberg during the debate.", "attack")
    found = verbal_attack_event(_FORCE, verb, _arg("Warren", "PERSON", "USALEG"), _arg("Michael Bloomberg", "PERSON", "USABUS"),
                                get_lexicon())
    assert found.code == "111"


@pytest.mark.parametrize("text, subject, obj", [
    ("The government attacked Syria on Monday.", ("The government", "ORG", "USAGOV"), ("Syria", "GPE", "SYR")),
    ("Russian forces attacked the mayor.", ("Russian forces", "NORP", "RUSMIL"), ("the mayor", "PERSON", "UKRGOV")),
    ("The minister attacked the rebel leader with a rifle.", ("The minister", "PERSON", "AFGGOV"), ("the rebel leader", "PERSON", "AFGGOV")),
])
def test_attack_with_arms_or_on_a_state_stays_force(nlp, text, subject, obj):
    verb = _verb(nlp, text, "attack")
    assert verbal_attack_event(_FORCE, verb, _arg(*subject), _arg(*obj), get_lexicon()).code == "190"


def test_attack_in_a_debate_end_to_end(nlp):
    assert _codes(nlp, "Prime Minister Boris Johnson assailed Labour leader Jeremy Corbyn in Parliament on Wednesday.",
                  "assail") == {"111"}


def test_business_codes():
    assert business_code("USABUS") and business_code("MNCJPN") and not business_code("USAGOV") and not business_code(None)


def test_company_collaborating_with_an_agency_cooperates_economically(nlp):
    verb = _verb(nlp, "Oracle is collaborating with the Pentagon on a contract.", "collaborate")
    found = business_partner_event(_DIPLOMATIC, verb, _arg("Oracle", "ORG", "USABUS"), _arg("Pentagon", "ORG", "USAMIL"),
                                   get_lexicon())
    assert found.code == "061"


def test_a_company_noun_phrase_is_a_business(nlp):
    text = "The Boeing airframe company is also collaborating with NASA on spacecraft."
    verb = _verb(nlp, text, "collaborate")
    found = business_partner_event(_DIPLOMATIC, verb, _arg("The Boeing airframe company", "CONCEPT", "MNCUSA", text),
                                   _arg("NASA", "ORG", "USAGOV", text), get_lexicon())
    assert found.code == "061"


def test_states_collaborating_stay_diplomatic(nlp):
    verb = _verb(nlp, "France is collaborating with Germany on the programme.", "collaborate")
    found = business_partner_event(_DIPLOMATIC, verb, _arg("France", "GPE", "FRA"), _arg("Germany", "GPE", "DEU"), get_lexicon())
    assert found.code == "050"


def test_a_policy_coded_as_business_is_no_partner(nlp):
    text = "La Riva agreed with the nationalization of the Federal Reserve."
    verb = _verb(nlp, text, "agree")
    found = business_partner_event(_DIPLOMATIC, verb, _arg("La Riva", "PERSON", "PTY", text),
                                   _arg("the nationalization", "CONCEPT", "USAGOVBUS", text), get_lexicon())
    assert found.code == "050"


@pytest.mark.parametrize("text, want", [
    ("Congress has repeatedly denied funding for such a wall.", "120"),
    ("The council denied the request on Monday.", "120"),
    ("The minister denied the allegations.", "016"),
    ("The company denied any wrongdoing.", "016"),
])
def test_denying_a_granted_thing_is_a_refusal(nlp, text, want):
    verb = _verb(nlp, text, "deny")
    assert granted_denial_event(_DENY, verb, _arg("x", "ORG", "USALEG"), None, get_lexicon()).code == want


@pytest.mark.parametrize("text, released", [
    ("Trump was released from the hospital and returned to the White House.", False),
    ("The newspaper obtained the messages and released them publicly on Monday.", False),
    ("Microsoft released Windows 11 in October.", False),
    ("Red Hat released Red Hat Enterprise Linux instead.", False),
    ("The rebels released two aid workers on Sunday.", True),
    ("The prisoner was released from prison on Friday.", True),
])
def test_release_of_persons_or_property_only(nlp, text, released):
    verb = _verb(nlp, text, "release")
    subject = _arg("Red Hat", "ORG", None) if text.startswith("Red Hat") else _arg("x", "ORG", None)
    found = release_event(_RELEASE, verb, subject, None, get_lexicon())
    assert (found is not None) == released


def test_discharge_end_to_end(nlp):
    assert "084" not in _codes(nlp, "The singer was released from hospital on Tuesday after a fall.", "release")


_SANCTION = Event(code="172", root="17", label="Impose administrative sanctions", quad_class="material conflict")


@pytest.mark.parametrize("text, lemma, obj, kept", [
    ("California outlawed the death penalty.", "outlaw", ("the death penalty", "CONCEPT", None), False),
    ("Fishing was prohibited in the marine reserve.", "prohibit", ("Fishing", "CONCEPT", None), False),
    ("Syria is taxing certain goods.", "tax", ("certain goods", "CONCEPT", None), False),
    ("Iran has banned a number of female chess players.", "ban", ("female chess players", "CONCEPT", None), True),
    ("Germany banned Mahan Air from flying.", "ban", ("Mahan Air", "ORG", "IRNBUS"), True),
    ("The government prohibited travel for those under 19.", "prohibit", ("travel", "CONCEPT", None), True),
])
def test_a_ban_on_a_thing_sanctions_no_one(nlp, text, lemma, obj, kept):
    from extract.events.banned_things import banned_thing_event

    verb = _verb(nlp, text, lemma)
    start = text.index(obj[0])
    banned = Argument(key=obj[0], label=obj[0], type=obj[1], text=obj[0], start=start, end=start + len(obj[0]),
                      actor_code=obj[2])
    found = banned_thing_event(_SANCTION, verb, _arg("x", "GPE", "USA"), banned, get_lexicon())
    assert (found is not None) == kept


def test_a_declared_emergency_is_no_ban(nlp):
    from extract.events.banned_things import banned_thing_event

    verb = _verb(nlp, "Trump declared a national emergency.", "declare")
    assert banned_thing_event(_SANCTION, verb, _arg("Trump", "PERSON", "USAGOV"),
                              _arg("a national emergency", "CONCEPT", None), get_lexicon()).code == "172"
