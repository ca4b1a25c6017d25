"""Killing one person: unconventional violence (CAMEO 18), not military force (190).

CAMEO gives KILL, MURDER and SHOOT conventional military force (190) by default, the force of
organised armed groups. News uses the same words for the killing of one person: "the journalist was
murdered in the consulate", "Robert was killed in June 1968", "the murder of the activist". The
codebook files such violence under ASSAULT (18): assassination (186) when the victim holds a
political office, unconventional violence (180) otherwise. :func:`lone_victim_event` (asked by
:func:`extract.events.senses.refine_event`, for verbs and event nouns alike) recodes a 190 when:

- the predicate is a verb or noun of killing (``data/lone_victim_verbs.txt``: kill, murder, shoot,
  "the killing of", "the shooting of");
- the target is one named person (a ``PERSON`` name, no plural head);
- the source is absent (an agentless passive, a noun with no doer: "was murdered", "the killing of").

A named source is left to ``refine_event``: one private person is assault (182) there, and the police
or soldiers keep 190 ("the police killing of Rayshard Brooks"); so do many victims ("three terrorists
were killed").

Examples
--------
>>> sorted(_POLITICAL_ROLES)[:3]
['ELI', 'GOV', 'JUD']
"""

from __future__ import annotations

from ..lexicon import Lexicon
from ..lexicon.cameo import EventMapError, event_for_code
from ..types import Argument, Event
from .things import argument_head

__all__ = ["lone_victim_event"]

_GENERIC_FORCE = "190"
_UNCONVENTIONAL = "180"
_ASSASSINATE = "186"
# Roles of a victim who holds an office: the killing is an assassination.
_POLITICAL_ROLES = frozenset({"GOV", "LEG", "ELI", "JUD", "PTY", "OPP"})


def _roles(code: str | None, lexicon: Lexicon) -> frozenset[str]:
    """The role parts of an actor code, its country left out ("USACOP" -> {COP}; "USA" -> {})."""
    parts = frozenset((code or "")[i : i + 3] for i in range(0, len(code or ""), 3))
    return frozenset(p for p in parts if lexicon.countries.by_alpha3.get(p) is None)


def _no_doer(subject: Argument | None) -> bool:
    """Is the source absent (an agentless passive, an event noun with no doer)?"""
    return subject is None or not subject.text.strip()


def _one_named_person(pred, obj: Argument | None) -> bool:
    """Is the target one named person (a PERSON name whose head is no plural)?"""
    if obj is None or obj.type != "PERSON":
        return False
    head = argument_head(pred.doc, obj)
    return head is not None and head.tag_ not in ("NNS", "NNPS") and not head.conjuncts


def _predicate_lemma(pred) -> str:
    particles = [c.lower_ for c in pred.children if c.dep_ == "prt"]
    return " ".join([pred.lemma_.lower(), *particles[:1]])


def lone_victim_event(event: Event | None, pred, subject: Argument | None, obj: Argument | None,
                      lexicon: Lexicon) -> Event | None:
    """``event``, or assault (180, 186) where the use of force is the killing of one person.

    Parameters
    ----------
    event : Event or None
        The event the predicate's sense gave.
    pred : spacy.tokens.Token or None
        The predicate's head token (a verb or an event noun).
    subject, obj : Argument or None
        The relation's arguments, with their actor codes.
    lexicon : Lexicon
        The tables (word list ``lone_victim_verbs``).

    Returns
    -------
    Event or None
    """
    if event is None or pred is None or event.code != _GENERIC_FORCE:
        return event
    verbs = lexicon.word_sets["lone_victim_verbs"]
    if not ({_predicate_lemma(pred), pred.lemma_.lower(), pred.lower_} & verbs):
        return event
    if not _one_named_person(pred, obj) or not _no_doer(subject):
        return event
    code = _ASSASSINATE if _roles(obj.actor_code, lexicon) & _POLITICAL_ROLES else _UNCONVENTIONAL
    try:
        return event_for_code(code, lexicon.cameo.labels)
    except EventMapError:
        return event
