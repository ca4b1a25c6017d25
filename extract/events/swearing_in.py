"""Taking an office: "was sworn in as president" is no event between actors.

The verb dictionary lists SWEAR among the verbs of alleging (ALLEGE [110]),
the sense of "swore that he was innocent". Read off the verb alone, the
swearing-in of an office holder ("Biden was sworn into office by Chief
Justice John Roberts", "Vázquez was sworn in as governor") or an oath
("swore an oath before the Bundestag", "swore allegiance to the
constitution") gets that disapproval, though no one disapproves of anyone:
taking an office is no CAMEO event (the events gold: "sworn in as Puerto
Rico's governor", non-event sense). :func:`sworn_in_event` gives no event
for a verb "swear" (or the particle verb "swear in") with the particle
"in", an "into" or "as" phrase, or an oath for its object or "to" phrase
(``data/oath_words.txt``), where no CAMEO pattern of the verb fits.

Examples
--------
"Biden was sworn into office by Chief Justice John Roberts" none; "Merkel
swore an oath before the Bundestag" none.
"""

from __future__ import annotations

from ..lexicon import Lexicon
from ..syntax import prepositional_objects, word_forms
from ..types import Argument, Event
from .things import _default_only

__all__ = ["sworn_in_event"]

_SWEAR_VERBS = frozenset({"swear", "swear in"})
_OFFICE_PREPS = frozenset({"into", "as"})


def _takes_office(pred, lexicon: Lexicon) -> bool:
    """Has the verb the particle "in", an "into" or "as" phrase, or an oath object ("swore an oath")?"""
    if any(c.dep_ == "prt" and c.lower_ == "in" for c in pred.children):
        return True
    if prepositional_objects(pred, _OFFICE_PREPS):
        return True
    oaths = lexicon.word_sets["oath_words"]
    objects = [c for c in pred.children if c.dep_ in ("dobj", "obj")] + prepositional_objects(pred, {"to"})
    return any(word_forms(o) & oaths for o in objects)


def sworn_in_event(event: Event | None, pred, subject: Argument | None, obj: Argument | None,
                   lexicon: Lexicon) -> Event | None:
    """None for a swearing-in or an oath read off the verb "swear" alone (module docstring); else ``event``.

    Parameters
    ----------
    event : Event or None
        The event the verb's sense gave.
    pred : spacy.tokens.Token
        The predicate's head token.
    subject, obj : Argument or None
        The relation's arguments.
    lexicon : Lexicon
        The tables (word list ``oath_words``).

    Returns
    -------
    Event or None
    """
    if event is None or pred is None or pred.pos_ != "VERB" or pred.lemma_.lower() not in _SWEAR_VERBS:
        return event
    if _takes_office(pred, lexicon) and _default_only(pred, lexicon):
        return None
    return event
