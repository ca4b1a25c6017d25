"""An interview is a consultation: talks with a news medium are no negotiation.

CAMEO's verb patterns code "DISCUSS * WITH +" and "TALK * WITH +" as a
negotiation (046) between two actors. With a news medium on one side
("discussed his findings with Wikinews", "Wikinews discussed the findings
with Dr Seager", "talked with reporters about the bill") the talk is an
interview, which the events gold codes as a consultation (040), either way
(``events_gold.jsonl``: "With Wikinews, Jephcott discussed climate change"
040): a newspaper neither negotiates nor mediates. :func:`interview_event`
turns mediation or negotiation (045, 046) with a news medium as the
relation's source, its target or the verb's "with" partner into 040. A
medium is one of :func:`extract.events.observers.news_medium` (a code of the
media role, a known medium's name, a name shaped like one) or, in the
"with" phrase, a press noun (``data/edge_doubts.tsv`` ``press_noun``:
reporters, journalists, the press).
"""

from __future__ import annotations

from ..lexicon import Lexicon
from ..lexicon.cameo import event_for_code
from ..news_media import medium_name
from ..quality import edge_words
from ..types import Argument, Event
from .observers import news_medium

__all__ = ["interview_event"]

# Mediation and negotiation: talks about a settlement between parties.
_TALKS = frozenset({"045", "046"})
_CONSULT = "040"


def _medium_partner(pred, lexicon: Lexicon) -> bool:
    """Is a "with" phrase of the verb a news medium or the press ("with Wikinews", "with reporters")?"""
    for prep in pred.children:
        if prep.dep_ != "prep" or prep.lower_ != "with":
            continue
        for pobj in prep.children:
            if pobj.dep_ != "pobj":
                continue
            if pobj.lemma_.lower() in edge_words().press_nouns:
                return True
            name = pobj.doc[pobj.left_edge.i : pobj.i + 1].text
            if pobj.pos_ == "PROPN" and medium_name(name, lexicon):
                return True
    return False


def interview_event(event: Event | None, pred, subject: Argument | None, obj: Argument | None,
                    lexicon: Lexicon) -> Event | None:
    """``event``, or a consultation (040) where mediation or negotiation has a news medium for a party.

    Parameters
    ----------
    event : Event or None
        The event the verb's sense and the arguments gave.
    pred : spacy.tokens.Token or None
        The predicate's head token.
    subject, obj : Argument or None
        The relation's arguments, with their actor codes.
    lexicon : Lexicon
        The tables (CAMEO labels, the knowledge base for medium names).

    Returns
    -------
    Event or None
    """
    if event is None or pred is None or event.code not in _TALKS:
        return event
    if news_medium(subject, lexicon) or news_medium(obj, lexicon) or _medium_partner(pred, lexicon):
        return event_for_code(_CONSULT, lexicon.cameo.labels)
    return event
