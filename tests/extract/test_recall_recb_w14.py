"""Event recall for CAMEO roots 06-13 (issue 11): an event noun a verb of going on takes in "with", and the
investigation nouns "inquiry" and "checks".

Invented sentences, one class of construction each, run through ``extract_document``:

- a verb of going on (``data/proceeding_verbs.txt``: "moved forward", "pressed ahead", "proceeded")
  does what its "with" noun names, when that noun is an event noun ("moved forward with an inquiry"
  is an investigation, 09); a noun that names no event ("went ahead with the concert", "proceeded
  with caution") gives no event;
- "inquiry" is an investigation noun as "investigation" and "probe" are ("opened an inquiry into X");
- "checks on X" after a light verb is an investigation ("carried out checks on trucks"), and checks
  that are sent or paid are no event.
"""

from __future__ import annotations

from functools import partial

import pytest

from .helpers import event_root
from .helpers import find
from .helpers import found_event
from .helpers import text_relations

__all__: list[str] = []


_relations = partial(text_relations, date="2021-03-04")


def _roots(relations) -> set:
    """The CAMEO roots of the typed relations."""
    return {event_root(r) for r in relations if r.event is not None}


# --------------------------------------------------------------------------
# a verb of going on with an event noun


@pytest.mark.parametrize(
    "text, subject, lemma, obj, root",
    [
        # the target hangs on the noun: the noun's verb is the predicate
        ("The Senate pressed ahead with an inquiry into the Federal Reserve.", "Senate", "investigate",
         "Federal Reserve", "09"),
        ("Germany moved forward with its investigation into Volkswagen.", "Germany", "investigate",
         "Volkswagen", "09"),
        # a counting noun: the counted noun is the event
        ("Turkey pushed ahead with a series of strikes against the PKK.", "Turkey", "strike", "PKK", "19"),
    ],
)
def test_going_on_with_an_event_noun_is_that_event(nlp, text, subject, lemma, obj, root):
    rel = found_event(_relations(nlp, text), subject, lemma, obj, root=root, text=text)
    assert rel.modality == "asserted"


def test_going_on_with_an_event_noun_and_no_target_keeps_the_verb_typed(nlp):
    # no target is named: the verb's relation takes the inquiry's event
    text = "The Knesset is moving forward with an official inquiry, Netanyahu said."
    rels = _relations(nlp, text)
    moves = [r for r in rels if r.predicate.lemma in ("move", "move forward") and "inquiry" in r.object.text]
    assert moves, [(r.subject.text, r.predicate.lemma, r.object.text) for r in rels]
    assert event_root(moves[0]) == "09"


@pytest.mark.parametrize(
    "text",
    [
        "The Australian band went ahead with the concert in Sydney despite the storm.",
        "Microsoft proceeded with caution in China.",
        "The French government moved on with its pension reform.",
    ],
)
def test_going_on_with_a_noun_that_names_no_event_is_no_event(nlp, text):
    # a concert, caution and a reform are not CAMEO events: no relation of the sentence is typed
    assert not _roots(_relations(nlp, text)), text


def test_a_verb_of_going_on_needs_its_adverb(nlp):
    # "moved with" is not "moved forward with": the troops' movement is no investigation
    rels = _relations(nlp, "Russian troops moved with an investigation team into Ukraine.")
    assert "09" not in _roots(rels)


# --------------------------------------------------------------------------
# investigation nouns


def test_an_inquiry_is_an_investigation(nlp):
    text = "The European Commission launched an inquiry into Google."
    found_event(_relations(nlp, text), "European Commission", "investigate", "Google", root="09", text=text)


def test_checks_on_something_after_a_light_verb_are_an_investigation(nlp):
    text = "Italian police carried out checks on trucks at the Austrian border."
    rel = found_event(_relations(nlp, text), "police", "check", "trucks", root="09", text=text)
    assert rel.modality == "asserted"


def test_checks_sent_to_people_are_no_investigation(nlp):
    rels = _relations(nlp, "The US Treasury sent stimulus checks to millions of Americans.")
    assert "09" not in _roots(rels)
    assert not find(rels, "Treasury", "check")


# --------------------------------------------------------------------------
# a possessive is the agent of a demand, an accusation, a refusal or a threat


@pytest.mark.parametrize(
    "text, subject, lemma, root",
    [
        ("The rebels' demands included an amnesty for their fighters.", "rebels", "demand", "10"),
        ("Despite Moscow's accusations, Kyiv continued the talks.", "Moscow", "accuse", "11"),
        ("The Senate criticized Chile's refusal to extradite the general.", "Chile", "refuse", "12"),
    ],
)
def test_a_possessive_is_the_agent_of_a_speech_act_noun(nlp, text, subject, lemma, root):
    rels = [r for r in find(_relations(nlp, text), subject, lemma) if event_root(r) == root]
    assert rels, text
    assert rels[0].object.text == ""  # no target is named: the one unspecified concept


def test_a_possessed_threat_against_someone_keeps_its_target(nlp):
    text = "Pakistan's threats against India alarmed the region."
    found_event(_relations(nlp, text), "Pakistan", "threaten", "India", root="13", text=text)


def test_a_possessed_demand_as_the_object_of_a_rejection_is_not_read(nlp):
    # only a subject, a statement's object or a noun after "despite", "after" ... is taken as made;
    # the rejection is read, and no one-place demand is added from its object
    rels = _relations(nlp, "Lebanon rejected the rebels' demands.")
    assert not [r for r in find(rels, "rebels", "demand") if r.object.text == ""]
    assert "12" in _roots(rels)


def test_the_of_of_what_a_possessed_allegation_is_of_is_no_target(nlp):
    # "of widespread fraud" says what is alleged; the possessive still alleges it
    text = "Despite Navalny's allegations of widespread fraud, Putin kept the presidency."
    rels = [r for r in find(_relations(nlp, text), "Navalny", "allege") if event_root(r) == "11"]
    assert rels, text


def test_the_of_of_a_possessed_condemnation_stays_its_target(nlp):
    text = "Turkey's condemnation of the raid was swift."
    found_event(_relations(nlp, text), "Turkey", "condemn", "raid", root="11", text=text)
