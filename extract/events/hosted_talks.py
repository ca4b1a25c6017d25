"""Hosting talks between two parties is mediating between them (CAMEO 045).

"Norway hosted talks between the Colombian government and the ELN": the CAMEO verb patterns code the host of
talks between two parties as mediating, "HOSTED * BETWEEN + [045]" (the TALK patterns), not as hosting a visit
(043, the default of HOST). :mod:`extract.relations.noun_partners` makes each party of the "between" pair a
target of the host; :func:`hosted_talks` gives those relations 045. A host of talks "with" someone, of a
dinner or of a summit keeps its own event.
"""

from __future__ import annotations

from ..lexicon import Lexicon
from ..lexicon.cameo import event_for_code
from ..relations.partners import mutual_frames
from ..types import Argument, Event

__all__ = ["hosted_talks"]

_HOST = "043"
_MEDIATE = "045"
_OBJECT_DEPS = frozenset({"dobj", "obj"})


def _between_spans(pred, lexicon: Lexicon):
    """(start, end) character spans of the "between" phrases of the mutual event nouns ``pred`` takes as objects."""
    for obj in pred.children:
        if obj.dep_ not in _OBJECT_DEPS or "between" not in mutual_frames(obj.lower_, kind="noun", lexicon=lexicon):
            continue
        for prep in obj.children:
            if prep.dep_ == "prep" and prep.lower_ == "between":
                yield prep.idx, prep.right_edge.idx + len(prep.right_edge)


def hosted_talks(event: Event | None, pred, obj: Argument | None, lexicon: Lexicon) -> Event | None:
    """Mediation (045) when the host of talks relates to a party of their "between" pair, else None.

    Parameters
    ----------
    event : Event or None
        The event read so far (only hosting, 043, is changed).
    pred : spacy.tokens.Token or None
        The predicate's head token.
    obj : Argument or None
        The relation's object, with its character offsets.
    lexicon : Lexicon
        The tables (mutual event nouns, CAMEO labels).

    Examples
    --------
    >>> from extract.lexicon import get_lexicon
    >>> hosted_talks(None, None, None, get_lexicon()) is None
    True
    """
    if event is None or event.code != _HOST or pred is None or obj is None or pred.pos_ != "VERB":
        return None
    if any(start <= obj.start and obj.end <= end for start, end in _between_spans(pred, lexicon)):
        return event_for_code(_MEDIATE, lexicon.cameo.labels)
    return None
