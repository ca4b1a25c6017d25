"""Senses that no event coder codes: perception, research, plans, denials, questions, habits, power.

Invented sentences, one family each, with a sentence where the event stays
(``extract/events/observers.py``, ``things.py``, ``senses.py``,
``modality.py``). Relations are built by hand on real parses (``annotate``
of ``test_events``), so the tests do not depend on the relation rules.
"""

from __future__ import annotations

import pytest

from extract.events.modality import modality_of
from extract.events.observers import news_medium
from extract.lexicon import get_lexicon
from extract.types import Argument

from .test_events import annotate


def _relation(nlp, text, subject, predicate, obj):
    (rel, *_) = annotate(nlp, text, [(subject, predicate, obj)])
    return rel


def _code(nlp, text, subject, predicate, obj):
    rel = _relation(nlp, text, subject, predicate, obj)
    return rel.event.code if rel.event is not None else None


def _root(nlp, text, subject, predicate, obj):
    code = _code(nlp, text, subject, predicate, obj)
    return code[:2] if code is not None else None


# --- perception and research (extract/events/observers.py)


@pytest.mark.parametrize(
    "text, subject, predicate, obj",
    [
        ("Travis Hood, who witnessed the collision, said he was shocked.", ("Travis Hood", "PERSON"), "witnessed",
         ("the collision", "CONCEPT")),
        ("Republicans have watched out-of-control spending for years.", ("Republicans", "NORP"), "watched",
         ("out-of-control spending", "CONCEPT")),
        ("Boccaletti and his team started observing the system in 2019.", ("his team", "CONCEPT"), "observing",
         ("the system", "CONCEPT")),
    ],
)
def test_seeing_is_no_statement(nlp, text, subject, predicate, obj):
    assert _code(nlp, text, subject, predicate, obj) is None


def test_viewing_as_is_a_statement(nlp):
    # CAMEO codes "view X as Y" as a statement: the "as" phrase keeps it
    assert _root(nlp, "Senator Jones viewed the debt as an issue.", ("Senator Jones", "PERSON"), "viewed",
                 ("the debt", "CONCEPT")) == "01"


def test_research_is_no_investigation(nlp):
    assert _code(nlp, 'Stamenkovic said, "We are now exploring the kinetics part."', ("We", "CONCEPT"),
                 "exploring", ("the kinetics part", "CONCEPT")) is None


def test_the_police_investigate(nlp):
    assert _root(nlp, "Police were investigating the conditions leading up to his death.", ("Police", "CONCEPT"),
                 "investigating", ("the conditions", "CONCEPT")) == "09"


def test_a_news_medium_catching_up_with_someone_interviews(nlp):
    # the events gold codes an interview with a news medium as a consultation (040), not a seizure
    assert _root(nlp, "Wikinews caught up with Dr Christian Keysers.", ("Wikinews", "ORG"), "caught up",
                 ("Dr Christian Keysers", "PERSON")) == "04"


def test_news_medium():
    lexicon = get_lexicon()
    assert news_medium(Argument("org:bbc_sport", "BBC Sport", "ORG", "BBC Sport", 0, 9), lexicon)
    assert news_medium(Argument("actor:gbrmed", "UK: media", "ACTOR", "British media", 0, 13,
                                actor_code="GBRMED"), lexicon)
    assert not news_medium(Argument("org:red_hat", "Red Hat", "ORG", "Red Hat", 0, 7), lexicon)


# --- things sought, planned, denied and asked (extract/events/things.py)


@pytest.mark.parametrize(
    "text, subject, predicate, obj",
    [
        ("Planned Parenthood have announced their plans to oppose the bill by lawsuit.",
         ("Planned Parenthood", "ORG"), "announced", ("their plans", "CONCEPT")),
        ("Phil Collins unsuccessfully sought the nomination of the Reform Party.", ("Phil Collins", "PERSON"),
         "sought", ("the nomination", "CONCEPT")),
        ("The IRS is seeking back taxes from Mr. Hunt.", ("The IRS", "ORG"), "seeking", ("Mr. Hunt", "PERSON")),
    ],
)
def test_no_intent_to_cooperate(nlp, text, subject, predicate, obj):
    assert _code(nlp, text, subject, predicate, obj) is None


@pytest.mark.parametrize(
    "text, subject, predicate, obj",
    [
        ("China announced plans to cooperate with Russia.", ("China", "GPE"), "announced", ("plans", "CONCEPT")),
        ("Iran sought talks with the United States.", ("Iran", "GPE"), "sought", ("talks", "CONCEPT")),
    ],
)
def test_intent_to_cooperate_stays(nlp, text, subject, predicate, obj):
    assert _root(nlp, text, subject, predicate, obj) in ("02", "03")


def test_withholding_is_no_denial_of_responsibility(nlp):
    assert _code(nlp, "The party's nominees were denying ballot access for the ticket in Florida.",
                 ("The party's nominees", "CONCEPT"), "denying", ("ballot access", "CONCEPT")) is None


def test_denying_an_allegation_stays(nlp):
    assert _code(nlp, "Seidenberg denied any allegation of quid pro quo.", ("Seidenberg", "PERSON"), "denied",
                 ("any allegation", "CONCEPT")) == "016"


@pytest.mark.parametrize(
    "text, subject, predicate, obj",
    [
        ("Senators asked questions about the deal.", ("Senators", "CONCEPT"), "asked", ("questions", "CONCEPT")),
        ("Scientists proposed several explanations for the decline.", ("Scientists", "CONCEPT"), "proposed",
         ("several explanations", "CONCEPT")),
    ],
)
def test_asking_questions_is_no_appeal(nlp, text, subject, predicate, obj):
    assert _code(nlp, text, subject, predicate, obj) is None


def test_requesting_documents_is_an_appeal(nlp):
    assert _root(nlp, "The committee requested documents from the ministry.", ("The committee", "CONCEPT"),
                 "requested", ("documents", "CONCEPT")) == "02"


# --- habits, standing power and aims (extract/events/senses.py)


@pytest.mark.parametrize(
    "text, subject, predicate, obj",
    [
        ('"They harm people, and they end up in prison," she said.', ("They", "CONCEPT"), "harm",
         ("people", "CONCEPT")),
        ("And they're abused even more by all of the sides.", ("all of the sides", "CONCEPT"), "abused",
         ("they", "CONCEPT")),
        ("Abdullah Kurdi now resides in Iraq.", ("Abdullah Kurdi", "PERSON"), "resides in", ("Iraq", "GPE")),
    ],
)
def test_a_habit_or_state_is_no_violence(nlp, text, subject, predicate, obj):
    assert _code(nlp, text, subject, predicate, obj) is None


@pytest.mark.parametrize("text, verb", [
    ("Russian forces shelled the town on Monday.", "shelled"),
    ("Russian forces have shelled the town.", "shelled"),
    ("Russian forces are shelling the town.", "shelling"),
])
def test_violence_that_happened_stays(nlp, text, verb):
    assert _root(nlp, text, ("Russian forces", "CONCEPT"), verb, ("the town", "CONCEPT")) == "19"


def test_dominating_a_group_is_no_force(nlp):
    assert _code(nlp, "A former member of al-Qaeda dominated Hayat Tahrir al-Sham.", ("A former member", "CONCEPT"),
                 "dominated", ("Hayat Tahrir al-Sham", "ORG")) is None


def test_retreat_from_an_aim_is_no_deescalation(nlp):
    assert _code(nlp, "The United States retreated from a previous goal of ousting Assad.",
                 ("The United States", "GPE"), "retreated", ("a previous goal", "CONCEPT")) is None
    assert _root(nlp, "Russian troops retreated from the city.", ("Russian troops", "CONCEPT"), "retreated",
                 ("the city", "CONCEPT")) == "08"


# --- modality: what is asked for and the purpose of a future act (extract/events/modality.py)


def _modality(nlp, text, verb):
    doc = nlp(text)
    return modality_of(next(t for t in doc if t.text == verb), get_lexicon())[0]


@pytest.mark.parametrize("text, verb", [
    ("He has requested U.S. President Donald Trump declare a state of emergency in Louisiana.", "declare"),
    ("The group demanded that the government release the prisoners.", "release"),
    ("We will work with the police department to ensure they monitor the parts of the city.", "monitor"),
    ("The army will send troops to protect the town.", "protect"),
])
def test_asked_for_or_purposed_is_intended(nlp, text, verb):
    assert _modality(nlp, text, verb) == "intended"


@pytest.mark.parametrize("text, verb", [
    ("Police fired tear gas to disperse the protesters.", "disperse"),
    ('Chakrapani proposed: "I request all the presidents to take cow urine."', "request"),
    ("He said that the army attacked the town.", "attacked"),
])
def test_done_or_quoted_stays_asserted(nlp, text, verb):
    assert _modality(nlp, text, verb) == "asserted"


def test_an_intended_act_is_no_event(nlp):
    rel = _relation(nlp, "We will work with the police to ensure they monitor the parts of the city.",
                    ("they", "CONCEPT"), "monitor", ("the parts", "CONCEPT"))
    assert rel.modality == "intended" and rel.event is None


# --- a natural force as the target (extract/events/senses.py)


@pytest.mark.parametrize(
    "text, subject, predicate, obj",
    [
        ("These ministers have challenged the coronavirus by killing animals.", ("These ministers", "CONCEPT"),
         "challenged", ("the coronavirus", "CONCEPT")),
        ("The president threatened the virus with a lockdown.", ("The president", "CONCEPT"), "threatened",
         ("the virus", "CONCEPT")),
    ],
)
def test_a_natural_force_is_no_target(nlp, text, subject, predicate, obj):
    assert _code(nlp, text, subject, predicate, obj) is None


def test_challenging_a_rival_stays(nlp):
    assert _root(nlp, "The minister challenged the opposition leader.", ("The minister", "CONCEPT"), "challenged",
                 ("the opposition leader", "CONCEPT")) == "11"


def test_observers_doctests():
    import doctest

    import extract.events.observers

    result = doctest.testmod(extract.events.observers)
    assert result.attempted > 0 and result.failed == 0
