"""Taking an office (extract.events.swearing_in): a swearing-in or an oath is no event between actors.

Invented sentences. CAMEO's dictionary files SWEAR under ALLEGE (110, "swore that he was innocent"); a
swearing-in is no event (the events gold: "sworn in as governor", non-event sense).
"""

from __future__ import annotations

import pytest

from extract.events.swearing_in import sworn_in_event
from extract.lexicon import get_lexicon
from extract.types import Event

_DISAPPROVE = Event(code="110", root="11", label="Disapprove", quad_class="verbal conflict")


def _swear(doc):
    return next(t for t in doc if t.lemma_.lower() == "swear")


@pytest.mark.parametrize("text", [
    "The new mayor was sworn into office by the chief judge on Monday.",
    "Ana Duarte was sworn in as interior minister.",
    "The president swore an oath before parliament.",
    "The recruits swore allegiance to the republic.",
])
def test_a_swearing_in_or_an_oath_is_no_event(nlp, text):
    assert sworn_in_event(_DISAPPROVE, _swear(nlp(text)), None, None, get_lexicon()) is None


def test_swearing_that_something_is_so_keeps_its_code(nlp):
    doc = nlp("The driver swore that the police officer had hit him.")
    assert sworn_in_event(_DISAPPROVE, _swear(doc), None, None, get_lexicon()) == _DISAPPROVE
