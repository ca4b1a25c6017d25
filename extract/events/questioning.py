"""Questioning by police or investigators is an investigation: "X was interviewed by police" is 090.

CAMEO files INTERROGATE under Investigate (090), and the events gold codes a police interview of a
suspect 090 ("interviewed by police during the killings"). The verb rules give the other verbs of
questioning (``data/questioning_verbs.txt``: interview, question, quiz) no event at all: "interview"
and "question" have no code of their own, so "Detectives questioned Mark Jones about the robbery" made
an untyped relation. :func:`questioning_event` reads such a relation as an investigation when its
source investigates and its target can be questioned:

- the source investigates when its actor code holds a police, intelligence or judicial role (``COP``,
  ``SPY``, ``JUD``: "police", "the FBI", "prosecutors"), or when its head is an investigator noun
  (``data/investigator_nouns.txt``: "detectives", "FBI agents", "investigators");
- the target is one who can act (a person, a group, an organisation; not "the decision") and no news
  medium.

A journalist's or a news medium's questioning is an interview, which the events gold codes as a
consultation (040), as it codes "an interview with Forbes" (:mod:`.interviews`): "Wikinews interviewed
Siegel", "was interviewed by the BBC", "reporters questioned the minister". The questioner is a news
medium (:func:`extract.events.observers.news_medium`) or a press noun (``data/edge_doubts.tsv``
``press_noun``: reporters, journalists, the paper); the one questioned can act and is no medium. A
police officer interviewed by the press ("The police chief was interviewed by CNN") is the target, not
the questioner: the medium's interview of the officer (040), not an investigation.

Examples
--------
>>> from extract.lexicon import get_lexicon
>>> investigating_code("USACOP"), investigating_code("GBRSPY"), investigating_code("USAMED")
(True, True, False)
"""

from __future__ import annotations

from ..lexicon import Lexicon
from ..lexicon.cameo import event_for_code
from ..quality import edge_words
from ..types import Event, Relation
from .observers import news_medium

__all__ = ["investigating_code", "questioning_event"]

_INVESTIGATE = "090"
_CONSULT = "040"
#: Actor roles (CAMEO agent codes) that investigate: police, intelligence services, the judiciary.
_INVESTIGATING_ROLES = frozenset({"COP", "SPY", "JUD"})
#: Argument types of a named one who can be questioned.
_ACTING_TYPES = frozenset({"PERSON", "ORG", "NORP", "ACTOR"})


def investigating_code(code: str | None) -> bool:
    """Does actor ``code`` hold a police, intelligence or judicial role in one of its three-letter parts?"""
    return bool(code) and any(code[i:i + 3] in _INVESTIGATING_ROLES for i in range(0, len(code), 3))


def _investigates(argument, lexicon: Lexicon) -> bool:
    if investigating_code(argument.actor_code):
        return True
    words = argument.text.casefold().split()
    return bool(words) and words[-1] in lexicon.word_sets["investigator_nouns"]


def _questioned(argument, lexicon: Lexicon) -> bool:
    if news_medium(argument, lexicon):
        return False
    if argument.actor_code or argument.type in _ACTING_TYPES:
        return True
    words = argument.text.casefold().split()
    return bool(words) and words[-1] in lexicon.word_sets["person_nouns"]


def _interviews(argument, lexicon: Lexicon) -> bool:
    """Is ``argument`` a news medium or the press ("Wikinews", "the BBC", "reporters", "the paper")?"""
    if news_medium(argument, lexicon):
        return True
    words = argument.text.casefold().split()
    return bool(words) and argument.actor_code is None and argument.type == "CONCEPT" and (
        words[-1] in edge_words().press_nouns or argument.label.casefold() in edge_words().press_nouns)


def questioning_event(relation: Relation, pred, lexicon: Lexicon) -> Event | None:
    """An investigation (090) if ``relation`` is a verb of questioning from one who investigates to one who
    can be questioned ("police interviewed John Smith"), a consultation (040) if the questioner is a news
    medium or the press ("Wikinews interviewed Siegel"); else None."""
    lemma = pred.lemma_.lower() if pred is not None else relation.predicate.lemma.lower()
    if lemma not in lexicon.word_sets["questioning_verbs"] or relation.negated:
        return None
    if not _questioned(relation.object, lexicon):
        return None
    if _investigates(relation.subject, lexicon):
        return event_for_code(_INVESTIGATE, lexicon.cameo.labels)
    if _interviews(relation.subject, lexicon):
        return event_for_code(_CONSULT, lexicon.cameo.labels)
    return None
