"""Control verbs (issue 11, recall): the matrix verb's own event and its infinitive.

Invented sentences, the real spaCy pipeline.
"""

from __future__ import annotations

from extract.facts import extract_facts
from extract.relations.implicit import UNSPECIFIED_KEY
from extract.types import Document


def facts(nlp, text, date="2021-03-04"):
    [found] = extract_facts([Document(id="d", text=text, date=date)], nlp=nlp)
    return {(r.subject.key, r.predicate.lemma, r.object.key): r for r in found.relations}


def test_threat_targets_the_infinitives_object(nlp):
    found = facts(nlp, "Greece threatened to expel Ivan Petrov.")
    threat = found[("greece", "threaten", "ivan petrov")]
    assert threat.event is not None and threat.event.root == "13"
    assert threat.modality == "asserted"
    assert threat.complement == "to expel Ivan Petrov"
    # the expulsion is only threatened: a relation with its modality, no event
    expel = found[("greece", "expel", "ivan petrov")]
    assert expel.modality == "intended"
    assert expel.event is None


def test_agreement_to_do_something(nlp):
    found = facts(nlp, "Chile agreed to free Pedro Soto.")
    agree = found[("chile", "agree", "pedro soto")]
    assert agree.event is not None and agree.event.root in ("03", "05")
    assert found[("chile", "free", "pedro soto")].event is None


def test_intransitive_infinitive_has_an_unspecified_target(nlp):
    found = facts(nlp, "Norway vowed to retaliate.")
    assert ("norway", "vow", UNSPECIFIED_KEY) in found


def test_call_on_names_the_addressee(nlp):
    found = facts(nlp, "The African Union called on Mali to free Pedro Soto.")
    [rel] = [r for (s, p, o), r in found.items() if s == "african union" and o == "mali"]
    assert rel.complement is not None and "free Pedro Soto" in rel.complement
    assert rel.modality == "asserted"


def test_the_addressee_acts_in_the_infinitive_not_the_caller(nlp):
    found = facts(nlp, "The African Union called on Mali to free Pedro Soto.")
    assert ("african union", "free", "pedro soto") not in found


def test_a_verb_outside_the_list_is_no_event_of_its_own(nlp):
    found = facts(nlp, "Sweden tried to expel Ivan Petrov.")
    assert not any(p == "try" for _s, p, _o in found)
    assert found[("sweden", "expel", "ivan petrov")].event is None  # an attempt: intended
