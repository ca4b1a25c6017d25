"""Modality of a clause reported by a parenthetical verb of claiming, of testimony, and of a
yes/no question (invented sentences)."""

from __future__ import annotations

import pytest

from extract.events.modality import modality_of
from extract.lexicon import get_lexicon


def _modality(nlp, text, word):
    """(modality, cue) the rules read for the first token ``word`` of ``text``."""
    token = next(t for t in nlp(text) if t.text == word)
    return modality_of(token, get_lexicon())


@pytest.mark.parametrize(
    "text, verb, modality",
    [
        # a claiming verb between commas reports the clause around it
        ("The militia, the governor alleged, burned the village.", "burned", "claimed"),
        ("The guards beat the prisoners, the charity claimed, before the inspectors arrived.", "beat", "claimed"),
        # a plain "said" in the same place stays asserted
        ("The militia, the governor said, burned the village.", "burned", "asserted"),
        # testimony is the witness's account
        ("The nurse testified that two soldiers assaulted her in the barracks.", "assaulted", "claimed"),
        ("The nurse testified before the committee on Tuesday.", "testified", "asserted"),
        # a yes/no question asks whether the act happened
        ("Did the navy seize the tanker?", "seize", "hypothetical"),
        ("Has the government arrested the organisers?", "arrested", "hypothetical"),
        # a wh-question takes the act as done
        ("Why did the navy seize the tanker?", "seize", "asserted"),
        # a statement is no question
        ("The navy seized the tanker.", "seized", "asserted"),
    ],
)
def test_parentheticals_and_questions(nlp, text, verb, modality):
    assert _modality(nlp, text, verb)[0] == modality
