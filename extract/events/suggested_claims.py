"""Suggesting that something is so is a claim, not a proposal.

The verb dictionary files SUGGEST under the appeals ([020]); its patterns
("* SHOULD [020]", "* MEETING [026]") are proposals made to someone. Read
off the verb alone, a "suggest" with a clause that says what is or will be
the case ("Trump suggested that mail-in voting could result in fraud", "the
senator suggested that Russia was behind the attack") proposes nothing:
it says something, CAMEO 010 "Make statement"; a thing that suggests
("the report suggested that the virus spread from bats", "the data
suggest") indicates, no event (the events gold: "Sharpe suggested he would
not run" is no appeal). :func:`suggested_claim_event` reads:

- the event is an appeal (02) of "suggest" read off the verb alone;
- the verb has no direct object ("suggested a broader probe" stays 020) and
  a clausal complement whose verb is in the past or the third-person
  present or has a modal of possibility or a tense ("was", "could",
  "would", "had"); a bare verb, which may be the mandative subjunctive
  ("suggested people think about it"), or "should" proposes, and stays an
  appeal;
- the subject is an actor (010) or a thing (none).

Examples
--------
"The senator suggested that the economy would recover" 010; "The minister
suggested a ceasefire to the rebels" keeps 020.
"""

from __future__ import annotations

from ..lexicon import Lexicon
from ..lexicon.cameo import EventMapError, event_for_code
from ..types import Argument, Event
from .things import _default_only, _thing

__all__ = ["suggested_claim_event"]

_APPEAL_ROOT = "02"
_STATEMENT = "010"
_SUGGEST_VERBS = frozenset({"suggest"})
# A past or a third-person present says what is so; a plain present may be the mandative subjunctive.
_CLAIMED_TAGS = frozenset({"VBD", "VBZ"})
# Auxiliaries of a proposal: what someone ought to do.
_PROPOSING_AUXES = frozenset({"should", "must", "ought", "shall"})


def _claimed_clause(pred) -> bool:
    """Has the verb no direct object and a clause that says what is so ("that it could result in fraud")?"""
    if any(c.dep_ in ("dobj", "obj", "dative") for c in pred.children):
        return False
    for clause in (c for c in pred.children if c.dep_ == "ccomp"):
        auxes = {a.lower_ for a in clause.children if a.dep_ in ("aux", "auxpass")}
        if auxes & _PROPOSING_AUXES:
            continue
        if clause.tag_ in _CLAIMED_TAGS or auxes:
            return True  # a plain present "suggested people think": a subjunctive or a claim, left as it is
    return False


def suggested_claim_event(event: Event | None, pred, subject: Argument | None, obj: Argument | None,
                          lexicon: Lexicon) -> Event | None:
    """A statement (010), or None for a thing, where "suggest" claims something (module docstring); else ``event``.

    Parameters
    ----------
    event : Event or None
        The event the verb's sense gave.
    pred : spacy.tokens.Token
        The predicate's head token.
    subject, obj : Argument or None
        The relation's arguments.
    lexicon : Lexicon
        The tables.

    Returns
    -------
    Event or None
    """
    if event is None or pred is None or event.root != _APPEAL_ROOT or pred.pos_ != "VERB":
        return event
    if pred.lemma_.lower() not in _SUGGEST_VERBS or not _claimed_clause(pred) or not _default_only(pred, lexicon):
        return event
    if subject is not None and _thing(pred.doc, subject, lexicon):
        return None  # "the report suggested that ...": a thing indicates
    try:
        return event_for_code(_STATEMENT, lexicon.cameo.labels)
    except EventMapError:
        return event
