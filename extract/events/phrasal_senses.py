"""A verb with its particle: the hand map's row beats a pattern of the particle alone.

The CAMEO verb patterns key many verbs on their particle and the
prepositions after it ("REACH * OUT TO + [020]"). A phrasal verb with a row
of its own in the hand map (``data/events.tsv``: "reach out" 040, making
contact) has been coded for its sense as a whole; a pattern that names no
more than that particle and the verb's prepositions says nothing the row does
not, and the row wins ("reached out to opposition leaders" 040). A pattern
that names more words, an object or its noun ("* OUT TO ALLIES [022]"), is
more specific than the row and stands; so does a verb whose particle has no
row ("pull back", a derived mapping only).
"""

from __future__ import annotations

from ..lexicon import Lexicon
from ..types import Event

__all__ = ["phrasal_event"]


def _particle(pred):
    """The verb's particle token ("reached out"), or None."""
    return next((c for c in pred.children if c.dep_ == "prt"), None)


def phrasal_event(lemma: str, pred, words: frozenset[str], heads: frozenset[str], lexicon: Lexicon) -> Event | None:
    """The hand map's event of verb ``lemma`` with its particle where no pattern names more than the
    particle and the verb's prepositions, or None (the patterns decide).

    ``words`` and ``heads`` are the verb's frame (:func:`extract.events.coding.frame_words`).
    """
    if pred is None or " " in lemma:
        return None
    particle = _particle(pred)
    if particle is None:
        return None
    row = lexicon.cameo.hand.get(f"{lemma} {particle.lower_}")
    if row is None:
        return None
    patterns = lexicon.cameo.patterns
    fitted = patterns.fitted(lemma, words, heads) if patterns is not None else None
    if fitted is None:
        return row
    own = {particle.lower_} | {c.lower_ for c in pred.children if c.dep_ in ("prep", "dative", "agent")}
    return row if all(set(alternatives) & own for alternatives in fitted.words) else None
