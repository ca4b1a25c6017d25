"""What a law provides (extract.events.law_contents) is no act of its makers against those it names; a
passive participle's law is the object and the act stays.

Invented sentences.
"""

from __future__ import annotations

import pytest

from extract.events.law_contents import law_content_event
from extract.lexicon import get_lexicon
from extract.types import Event

_SANCTION = Event(code="172", root="17", label="Impose administrative sanctions", quad_class="material conflict")
_YIELD = Event(code="080", root="08", label="Yield", quad_class="material cooperation")


def _verb(doc, lemma):
    return next(t for t in doc if t.lemma_.lower() == lemma)


@pytest.mark.parametrize("text, lemma, event", [
    ("The assembly passed a law banning foreign charities from the border region.", "ban", _SANCTION),
    ("The senate adopted a bill that allows the governor to serve a third term.", "allow", _YIELD),
    ("The new statute prohibits the ministry from buying drones.", "prohibit", _SANCTION),
])
def test_the_content_of_a_law_is_no_event(nlp, text, lemma, event):
    assert law_content_event(event, _verb(nlp(text), lemma), None, None, get_lexicon()) is None


@pytest.mark.parametrize("text, lemma, event", [
    ("The border agency banned foreign charities from the region.", "ban", _SANCTION),
    ("Emergency rule imposed by the army sanctions no one.", "impose", _SANCTION),
])
def test_an_actor_acting_or_a_law_imposed_keeps_the_event(nlp, text, lemma, event):
    assert law_content_event(event, _verb(nlp(text), lemma), None, None, get_lexicon()) == event
