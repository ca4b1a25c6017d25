"""A verbal objection: "protest" with a clause, or one person's protest of a ruling, is no demonstration.

The hand map reads "protest" as political dissent (140, ``data/events.tsv``), the demonstrations news
reports ("Serbians protested for a fourth night"). CAMEO's verb dictionary files PROTEST under
VERBAL_CONFLICT, 110 "Disapprove", and one person's objection is that: "Biden protested that he had
never met the man", "the lawyer protested the judge's ruling". :func:`objection_event` (asked by
:func:`extract.events.senses.refine_event`) reads the event of the verb "protest" as 110 when:

- the event is the verb's plain political dissent (140), a verb, not the noun "protest";
- the verb has a clausal complement ("protested that ..."), or its subject is one person (a named
  person, or a singular noun of ``data/person_nouns.txt``: lawyer, coach, minister) and its direct
  object a word or ruling (``data/objection_objects.txt``: ruling, verdict, decision, remark).

"Thousands protested the ruling" (a crowd), "the union protested the new law" (no one person, a law)
and "she protested alone" (no object) keep 140.
"""

from __future__ import annotations

from ..lexicon import Lexicon
from ..lexicon.cameo import EventMapError, event_for_code
from ..syntax import word_forms
from ..types import Argument, Event
from .things import argument_head

__all__ = ["objection_event"]

_DISSENT = "140"
_DISAPPROVE = "110"
_PROTEST = "protest"


def _one_person(doc, subject: Argument | None, lexicon: Lexicon) -> bool:
    """Is the subject one person: a named person, or a singular person noun ("the lawyer")?"""
    if subject is None:
        return False
    head = argument_head(doc, subject)
    if head is None or head.tag_ in ("NNS", "NNPS"):
        return False
    return subject.type == "PERSON" or head.lower_ in lexicon.word_sets["person_nouns"]


def _objected_word(pred, lexicon: Lexicon) -> bool:
    """Is the verb's direct object a word or a ruling ("protested the judge's ruling")?"""
    words = lexicon.word_sets["objection_objects"]
    return any(c.dep_ in ("dobj", "obj") and word_forms(c) & words for c in pred.children)


def objection_event(event: Event | None, pred, subject: Argument | None, lexicon: Lexicon) -> Event | None:
    """110 for "protest" as a verbal objection (module docstring); else ``event``.

    ``pred`` is the predicate's head token and ``subject`` the relation's subject with its type; the
    lexicon gives the word lists ``objection_objects`` and ``person_nouns``.
    """
    if event is None or pred is None or event.code != _DISSENT or pred.pos_ != "VERB":
        return event
    if pred.lemma_.lower() != _PROTEST:
        return event
    clause = any(c.dep_ == "ccomp" for c in pred.children)
    if not clause and not (_objected_word(pred, lexicon) and _one_person(pred.doc, subject, lexicon)):
        return event
    try:
        return event_for_code(_DISAPPROVE, lexicon.cameo.labels)
    except EventMapError:
        return event
