"""Event recall (issue 11): verbs the reader used to leave without a subject, and the wrong events
that recall would otherwise bring.

Invented sentences, one class of construction each, run through ``extract_document``:

- a non-finite verb takes its subject from the clause it hangs on: the complement of an
  aspectual verb ("started supporting"), the infinitive of an implicative adjective ("was able to
  negotiate"), a leading participle set off by a comma ("Rejecting the proposal, Iran ..."), a
  gerund after a preposition of time or manner ("after meeting Putin"; on a passive verb its
  doer is the passive subject: "was arrested after stabbing X");
- and what must not follow: a gerund after "by" on a passive verb is the misparsed agent, a
  raised passive subject is not what a report is about, a harm verb's plain noun that names no
  people is no victim, a naming verb in the passive characterises its subject, and a verb of
  consultation with only a thing as its object consults no one.
"""

from __future__ import annotations

from functools import partial

import pytest

from .helpers import event_root as _root
from .helpers import find as _find
from .helpers import found_event
from .helpers import text_relations

__all__: list[str] = []


_relations = partial(text_relations, date="2020-01-02")


# --------------------------------------------------------------------------
# a non-finite verb's subject is its clause's


@pytest.mark.parametrize(
    "text, subject, lemma, obj, root",
    [
        # the complement of an aspectual verb
        ("Egypt started supporting the government of Libya.", "Egypt", "support", "government", "05"),
        ("Russia kept bombing Aleppo.", "Russia", "bomb", "Aleppo", "19"),
        # the infinitive of an implicative adjective
        ("Iran was able to negotiate a deal with France.", "Iran", "negotiate", "France", "04"),
        ("Brazil was glad to endorse Chile.", "Brazil", "endorse", "Chile", "05"),
        # a leading participle set off by a comma
        # the proposal's maker is the target (extract/relations/proposals.py)
        ("Rejecting the proposal from Washington, Iran expelled the British ambassador.", "Iran", "reject",
         "Washington", "12"),
        # a gerund after a preposition of time on an active verb
        ("After meeting Putin, Erdogan criticised the European Union.", "Erdogan", "meet", "Putin", "04"),
    ],
)
def test_non_finite_verb_takes_the_clause_subject(nlp, text, subject, lemma, obj, root):
    assert found_event(_relations(nlp, text), subject, lemma, obj, root=root, text=text).modality == "asserted"


def test_gerund_on_a_passive_verb_is_done_by_the_passive_subject(nlp):
    # the man was arrested; the man stabbed Adamowicz
    rels = _relations(nlp, "The man was arrested after stabbing Paul Adamowicz.")
    (stab,) = _find(rels, "man", "stab", "Adamowicz")
    assert _root(stab) == "18"


def test_a_gerund_after_by_on_a_passive_verb_inherits_no_subject(nlp):
    # "protesting legislators" are the ones who interrupted; Lam protested nothing
    rels = _relations(nlp, "Lam was interrupted by protesting legislators.")
    assert not _find(rels, "Lam", "protest")


def test_a_gerund_after_without_is_no_asserted_event(nlp):
    rels = _relations(nlp, "Trump withdrew the troops without consulting France.")
    assert not [r for r in _find(rels, "Trump", "consult") if r.event is not None]


# --------------------------------------------------------------------------
# the wrong events recall would bring


def test_raised_passive_subject_is_not_what_was_reported(nlp):
    # the archbishop visited the hospital; the media reported it, not him
    rels = _relations(nlp, "The archbishop was reported by local media to have visited the hospital.")
    assert not _find(rels, "media", "report")


def test_harm_verb_victims_are_people(nlp):
    assert not [r for r in _relations(nlp, "The ministers were killing animals.") if r.predicate.lemma == "kill"]
    (kill,) = _find(_relations(nlp, "Gunmen killed three villagers."), "Gunmen", "kill", "villagers")
    assert _root(kill) == "19"
    assert _find(_relations(nlp, "A second fire killed another person."), "fire", "kill", "person")


def test_passive_naming_verb_characterises_its_subject(nlp):
    # "described as knife-obsessed": a characterisation, no statement to Amman
    rels = _relations(nlp, "Amman, who was described as knife-obsessed by the police, sent videos.")
    assert not [r for r in rels if r.predicate.lemma == "describe" and r.event is not None]


@pytest.mark.parametrize(
    "text, subject, lemma",
    [
        ("The minister discussed her career.", "minister", "discuss"),
        ("Iran met the deadline.", "Iran", "meet"),
    ],
)
def test_consultation_with_a_thing_is_no_event(nlp, text, subject, lemma):
    assert all(r.event is None for r in _find(_relations(nlp, text), subject, lemma))


def test_consultation_with_a_partner_stays(nlp):
    rels = _relations(nlp, "Putin met Erdogan in Ankara.")
    (meet,) = _find(rels, "Putin", "meet", "Erdogan")
    assert _root(meet) == "04"


# --------------------------------------------------------------------------
# a mandative clause is what is demanded, as an infinitive is


def test_mandative_clause_keys_the_demand(nlp):
    # "ORDER * + REMAIN IN &DETENTION [173]" fits the subjunctive as it fits "ordered X to remain"
    (order,) = _find(_relations(nlp, "Judge Paul Kellar ordered the accused remain in custody."), "Kellar", "order")
    assert _root(order) == "17"


def test_a_clause_of_what_will_happen_is_no_demand(nlp):
    rels = _relations(nlp, "The minister warned that Smith would remain in custody.")
    assert not [r for r in rels if r.predicate.lemma == "warn" and _root(r) == "17"]


@pytest.mark.parametrize(
    "text, lemma",
    [
        ("The McCloskeys drew weapons on allegedly trespassing protesters.", "trespass"),
        ("The House investigated alleged misconduct by sitting President Donald Trump.", "sit"),
        ("The ministers challenged the virus by killing animals.", "kill"),
    ],
)
def test_a_participle_before_its_noun_is_no_gerund(nlp, text, lemma):
    # an adverb before it, a bare plural or a title after it: an adjective, with no subject of its own
    assert not [r for r in _relations(nlp, text) if r.predicate.lemma == lemma]
