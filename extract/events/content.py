"""Statements coded by what they say of an actor: "X said Y was a hero" is X's praise of Y (051).

A plain "X said ..." is no event, but an event coder codes a statement by its
content when the content evaluates or accuses an actor: "Naik said D'Souza
had been an 'iconic' leader" is praise (051), "Smith said the minister was
corrupt" criticism (111), "dela Vega said the Abu Sayyaf Group are the
suspected perpetrators" an accusation (112). The content is read by
:func:`extract.relations.stated_content.stated_content`, which the reader
also uses to emit the relation (speaker, verb, the clause's subject);
:func:`content_event` gives that relation its code, and only that relation:
"told reporters the minister was corrupt" codes (X, tell, the minister), not
an edge to the reporters.
"""

from __future__ import annotations

from ..syntax import char_span
from ..lexicon import Lexicon
from ..lexicon.cameo import EventMapError, event_for_code
from ..relations.stated_content import spoken_of, stated_content
from ..types import Event, Relation

__all__ = ["CONTENT_CODES", "content_event"]

#: The CAMEO code of each value of :data:`extract.relations.stated_content.CONTENT_VALUES`.
CONTENT_CODES = {"praise": "051", "criticism": "111", "sorrow": "018", "accusation": "112"}


def content_event(relation: Relation, pred, lexicon: Lexicon) -> Event | None:
    """The event of a statement by its content, when ``relation`` joins the speaker to the actor it speaks of.

    Parameters
    ----------
    relation : Relation
        A relation whose predicate is ``pred``.
    pred : spacy.tokens.Token or None
        The verb of saying ("said").
    lexicon : Lexicon
        The content verbs, the evaluative and accusing words and the CAMEO labels.

    Returns
    -------
    Event or None
        Praise (051), criticism (111) or accusation (112); None if the verb says nothing of an actor,
        or the relation's object is not the actor it speaks of.
    """
    if pred is None:
        return None
    content = stated_content(pred, lexicon)
    if content is None:
        return None
    span = char_span(pred.doc, relation.object.start, relation.object.end)
    if span is None or not spoken_of(content, span.root):
        return None
    try:
        return event_for_code(CONTENT_CODES[content.value], lexicon.cameo.labels)
    except EventMapError:
        return None
