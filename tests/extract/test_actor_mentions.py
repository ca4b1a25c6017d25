"""Actor codes from the mention (issue 11, point 3): speakers for an actor, and what gives no country.

Invented sentences; the codes come from the words of each mention.
"""

from __future__ import annotations

import pytest

from extract.actors import generic_actor_codes
from extract.lexicon import get_lexicon


@pytest.fixture(scope="module")
def lexicon():
    return get_lexicon()


def _codes(nlp, lexicon, text, phrase):
    doc = nlp(text)
    start = text.index(phrase)
    span = doc.char_span(start, start + len(phrase))
    return [(f.code, f.source) for f in generic_actor_codes(span, date="2019-06-01", lexicon=lexicon)]


@pytest.mark.parametrize(
    "text, phrase, codes",
    [
        # a speaker for an actor is that actor
        ("The spokesperson for the Dutch government denied the report.", "The spokesperson", [("NLDGOV", "of")]),
        ("A spokeswoman for the Chilean navy said the ship was safe.", "A spokeswoman", [("CHLMIL", "of")]),
        ("A spokesman of Peru's foreign ministry declined to comment.", "A spokesman", [("PERGOV", "of")]),
        # a speaker for no actor keeps the agents file's role, and no country is guessed
        ("The spokesman for the festival declined to comment.", "The spokesman", [("MED", "role")]),
        ("The spokesman declined to comment.", "The spokesman", [("MED", "role")]),
    ],
)
def test_speaker_for_an_actor_takes_its_code(nlp, lexicon, text, phrase, codes):
    assert _codes(nlp, lexicon, text, phrase) == codes
