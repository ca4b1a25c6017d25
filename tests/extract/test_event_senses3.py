"""Research read as an inquiry, and a warning to take shelter read as a threat (``extract/events/senses.py``).

Invented sentences, one family each, with a sentence where the event stays.
Relations are built by hand on real parses (``annotate`` of ``test_events``),
so the tests do not depend on the relation rules.
"""

from __future__ import annotations

import pytest

from .test_events import annotate


def _code(nlp, text, subject, predicate, obj):
    (rel, *_) = annotate(nlp, text, [(subject, predicate, obj)])
    return rel.event.code if rel.event is not None else None


@pytest.mark.parametrize(
    "text, subject, predicate, obj",
    [
        ("The biologist began the study in 2015.", ("The biologist", "CONCEPT"), "began", ("the study", "CONCEPT")),
        ("The university released a new study of farmers on Monday.", ("The university", "CONCEPT"), "released",
         ("a new study", "CONCEPT")),
        # the noun a participle modifies is its object
        ("In a new study released by the museum on Monday, scientists report that frogs evolved.",
         ("the museum", "CONCEPT"), "released", ("a new study", "CONCEPT")),
    ],
)
def test_research_is_no_investigation(nlp, text, subject, predicate, obj):
    assert _code(nlp, text, subject, predicate, obj) is None


def test_a_study_into_a_shooting_stays_an_inquiry(nlp):
    code = _code(nlp, "The ministry began a study into the shooting.", ("The ministry", "CONCEPT"), "began",
                 ("a study", "CONCEPT"))
    assert code is not None and code[:2] == "09"


@pytest.mark.parametrize(
    "text, obj",
    [
        ("The police warned people to stay inside and close their windows.", ("people", "CONCEPT")),
        ("Officials warned residents to avoid the area.", ("residents", "CONCEPT")),
    ],
)
def test_a_warning_to_take_shelter_is_no_threat(nlp, text, obj):
    subject = (text.split(" warned")[0], "CONCEPT")
    assert _code(nlp, text, subject, "warned", obj) is None


def test_a_warning_to_a_state_stays_a_threat(nlp):
    code = _code(nlp, "Iran warned Israel to stay out of Syria.", ("Iran", "GPE"), "warned", ("Israel", "GPE"))
    assert code is not None and code[:2] == "13"
