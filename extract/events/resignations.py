"""Leaving an office: a resignation accedes to a demand only where one is made; asking for one demands it.

The event map codes RESIGN as CAMEO 083 "Accede to requests or demands for
political reform" (0833: a change in leadership), read off the verb alone.
The codebook's event is one actor yielding to another's demand; a
resignation no one asked for ("resigned to become Secretary of State",
"resigned without public explanation", "announced his resignation in 1995"
to take another post, the events gold's "resignation ... for family
reasons") is no event between actors. :func:`resignation_event` reads both
sides of it:

- **Resigning unasked is no event**: a resignation (083 of a verb or noun
  of ``data/resignation_words.txt``; "step" and "stand" only with "down")
  is kept only where its sentence names pressure on the office holder
  (``data/resignation_pressures.txt``: "amid protests", "after sexual
  assault allegations", "would have faced impeachment ... but resigned",
  "in exchange for his resignation"), or another sentence of the article
  does for a resignation, or demands one (a word of leaving office under a
  verb of demanding or appealing), and names the one who resigns (his
  surname; any such sentence for a pronoun): "Protesters called for
  Rosselló's resignation" keeps "Rosselló announced his resignation" 083,
  "the resignation of Governor Rosselló due to a texting scandal" keeps
  "before resigning, Rosselló appointed ...". A resignation in protest is
  the CAMEO pattern's ("* IN PROTEST [140]") and no 083 either way.
- **Asking for a resignation demands a change in leadership**: an appeal
  or a demand (roots 02, 10) whose object, "for" phrase or complement is a
  resignation ("called for the minister's resignation", "urged the
  premier to step down", "demanded his resignation") is CAMEO 1041
  "Demand leadership change", as the events gold codes "asked for Bolton's
  resignation".

Examples
--------
"Kurt Volker resigned without public explanation" none; "the minister
resigned amid protests" 083; "Protesters demanded the resignation of the
governor" 1041.
"""

from __future__ import annotations

from ..lexicon import Lexicon
from ..lexicon.cameo import EventMapError, event_for_code
from ..syntax import prepositional_objects, word_forms
from ..types import Argument, Event
from .things import argument_head

__all__ = ["resignation_event", "leaves_office", "demanded_resignation"]

_ACCEDE = "083"
_DEMAND_LEADERSHIP = "1041"
# An appeal keeps its root, as CAMEO's own pattern codes it ("CALL * FOR RESIGNATION" 0241); "asked for"
# and "demanded" are demands, as the events gold codes "asked for Bolton's resignation".
_APPEAL_LEADERSHIP = "0241"
_APPEAL_LEMMAS = frozenset({"call", "urge", "appeal", "petition"})
_ASKING_ROOTS = frozenset({"02", "10"})
_DOWN_VERBS = frozenset({"step", "stand"})
# Verbs of demanding or appealing that a resignation hangs on ("called for", "demanded", "urged ... to").
_DEMAND_LEMMAS = frozenset({"demand", "call", "urge", "ask", "press", "pressure", "push", "seek", "petition",
                            "insist", "want"})
_ASKED_DEPS = frozenset({"dobj", "obj", "xcomp", "ccomp", "advcl", "nsubjpass"})
_CLIMB = 4
_OFFICE_STEMS = ("resign", "quit", "step", "stand", "abdicat")
_PRONOUNS = frozenset({"he", "she", "his", "her", "they", "their", "i", "my", "we", "our", "him", "them"})


def leaves_office(token, lexicon: Lexicon) -> bool:
    """Is the token a verb or noun of leaving an office ("resigned", "resignation", "stepped down")?"""
    if not word_forms(token) & lexicon.word_sets["resignation_words"]:
        return False
    if token.lemma_.lower() in _DOWN_VERBS:
        return any(c.dep_ in ("prt", "advmod") and c.lower_ == "down" for c in token.children)
    return True


def _asked(token) -> bool:
    """Does the word of leaving office hang (within a few steps) on a verb of demanding or appealing?"""
    head = token
    for _ in range(_CLIMB):
        if head.head.i == head.i:
            return False
        head = head.head
        if head.pos_ in ("VERB", "NOUN") and head.lemma_.lower() in _DEMAND_LEMMAS:
            return True
    return False


def _pressed(token, lexicon: Lexicon) -> bool:
    """Does the sentence of a word of leaving office name pressure on the office holder ("amid protests")?"""
    pressures = lexicon.word_sets["resignation_pressures"]
    return any(word_forms(t) & pressures for t in token.sent)


def demanded_resignation(doc, lexicon: Lexicon, *, name: str | None = None) -> bool:
    """Does the document demand a resignation, or name pressure in a sentence of one ("called for Rosselló's
    resignation", "the resignation of Governor Rosselló due to a texting scandal"), in a sentence that
    holds ``name`` if given?"""
    for t in doc:
        if not t.lower_.startswith(_OFFICE_STEMS) or not leaves_office(t, lexicon):
            continue
        if (_asked(t) or _pressed(t, lexicon)) and (name is None or name in t.sent.text):
            return True
    return False


def _surname(subject: Argument | None) -> str | None:
    """The last word of a named subject ("Rosselló"), or None for a pronoun or a common noun's whole text."""
    if subject is None or not subject.text:
        return None
    word = subject.text.split()[-1]
    word = (word[:-2] if word.endswith(("'s", "’s")) else word).strip(".,")
    return word if word[:1].isupper() and subject.type != "PRON" and subject.text.lower() not in _PRONOUNS else None


def _asks_resignation(pred, obj: Argument | None, lexicon: Lexicon) -> bool:
    """Is a resignation the object, "for" phrase or complement of the verb ("called for his resignation",
    "urged him to step down")?"""
    asked = [c for c in pred.children if c.dep_ in _ASKED_DEPS]
    asked += prepositional_objects(pred, {"for"})
    head = argument_head(pred.doc, obj) if obj is not None else None
    if head is not None:
        asked.append(head)
    return any(leaves_office(t, lexicon) for t in asked)


def _event(code: str, lexicon: Lexicon) -> Event | None:
    try:
        return event_for_code(code, lexicon.cameo.labels)
    except EventMapError:
        return None


def resignation_event(event: Event | None, pred, subject: Argument | None, obj: Argument | None,
                      lexicon: Lexicon) -> Event | None:
    """The event of a resignation, or of a demand for one (module docstring); else ``event``.

    Parameters
    ----------
    event : Event or None
        The event the verb's sense gave.
    pred : spacy.tokens.Token
        The predicate's head token (a verb, or an event noun).
    subject, obj : Argument or None
        The relation's arguments.
    lexicon : Lexicon
        The tables (word lists ``resignation_words``, ``resignation_pressures``).

    Returns
    -------
    Event or None
        ``event``, 1041 for a demanded resignation, or None (a resignation no one asked for).
    """
    if event is None or pred is None:
        return event
    if event.code.startswith(_ACCEDE) and leaves_office(pred, lexicon):
        if _pressed(pred, lexicon) or demanded_resignation(pred.doc, lexicon, name=_surname(subject)):
            return event
        return None
    if event.root in _ASKING_ROOTS and pred.pos_ == "VERB" and _asks_resignation(pred, obj, lexicon):
        appeal = event.root == "02" and pred.lemma_.lower() in _APPEAL_LEMMAS
        code = _APPEAL_LEADERSHIP if appeal else _DEMAND_LEADERSHIP
        return _event(code, lexicon) or event
    return event
