"""Events credited to the accusing side: "according to prosecutors" makes a claim.

:mod:`extract.events.modality` keeps "according to X" asserted: police,
officials or a report stating a fact. The prosecution is no such source: in
court news it is one side of the case, and what it says the accused did is
its allegation until a court rules, as the events gold codes allegations by a
party to the dispute ("Trump has admitted to ordering the payments,
according to prosecutors": claimed). :func:`accuser_claim` gives
``("claimed", "according to")`` for a predicate with an "according to" phrase
whose object is a source of ``data/accusing_sources.txt`` (prosecutor,
prosecution, indictment).
"""

from __future__ import annotations

from ..lexicon import Lexicon

__all__ = ["ACCORDING_CUE", "accuser_claim"]

#: The cue word of the claimed modality this module gives.
ACCORDING_CUE = "according to"


def _sources(pred):
    """The objects of "according to" phrases on ``pred`` ("according to prosecutors")."""
    for prep in pred.children:
        if prep.dep_ == "prep" and prep.lower_ == "according":
            for to in prep.children:
                if to.dep_ == "prep" and to.lower_ == "to":
                    yield from (g for g in to.children if g.dep_ == "pobj")


def accuser_claim(pred, lexicon: Lexicon) -> tuple[str, str] | None:
    """``("claimed", "according to")`` when ``pred`` is credited to the accusing side, else None.

    Examples
    --------
    >>> import spacy
    >>> from extract.lexicon import get_lexicon
    >>> doc = spacy.blank("en")("x")
    >>> accuser_claim(doc[0], get_lexicon()) is None
    True
    """
    accusers = lexicon.word_sets["accusing_sources"]
    for source in _sources(pred):
        if source.lemma_.lower() in accusers or source.lower_ in accusers:
            return "claimed", ACCORDING_CUE
    return None
