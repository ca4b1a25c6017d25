"""Business rivalry in the words of war: a business's force against a business is competition or words.

Business news borrows the verbs of violence: "Apple crushed its rivals", "Samsung destroyed its
competitors", "Facebook attacked Apple over privacy changes", "Microsoft launched an attack on
Google's search business". CAMEO's violence (roots 18-20) is done by armed or political actors to
people and their property; a business's force against a business is neither.
:func:`business_rival_event` (asked by :func:`extract.events.senses.refine_event`, for verbs and
event nouns) reads such an event as criticism (111) for a verb that also criticises
(``data/criticism_verbs.txt``: attack, blast, slam) and as no event otherwise, when:

- the event is violence (roots 18-20);
- the subject's actor code has a business role (``BUS``, ``MNC``) and no armed one;
- the object's actor code has a business role, or its head is a noun of rivals
  (``data/rival_nouns.txt``: rival, competitor, competition);
- the predicate has no "with" phrase and its sentence counts no dead or wounded (as
  :mod:`extract.events.verbal_attacks`: "attacked the guards with dogs" stays force).

"Gunmen attacked a Shell pipeline" (an armed subject) and "Exxon attacked the protesters" (no
business object) keep their codes.
"""

from __future__ import annotations

from ..lexicon import Lexicon
from ..lexicon.cameo import EventMapError, event_for_code
from ..syntax import word_forms
from ..types import Argument, Event
from .roots import armed_code
from .things import argument_head
from .verbal_attacks import violence_near

__all__ = ["business_rival_event", "business_code"]

_CRITICISE = "111"
_VIOLENCE_ROOTS = frozenset({"18", "19", "20"})
_BUSINESS_ROLES = frozenset({"BUS", "MNC"})


def business_code(code: str | None) -> bool:
    """Is ``code`` a business's: a business role among its three-letter parts, no armed role?

    >>> business_code("USABUS"), business_code("MNCUSAMED"), business_code("USAGOV"), business_code(None)
    (True, True, False, False)
    """
    if not code or armed_code(code):
        return False
    return any(code[i : i + 3] in _BUSINESS_ROLES for i in range(0, len(code), 3))


def _rival(doc, obj: Argument, lexicon: Lexicon) -> bool:
    """Is the object a business, or headed by a noun of rivals ("its competitors")?"""
    if business_code(obj.actor_code):
        return True
    head = argument_head(doc, obj)
    return head is not None and bool(word_forms(head) & lexicon.word_sets["rival_nouns"])


def business_rival_event(event: Event | None, pred, subject: Argument | None, obj: Argument | None,
                         lexicon: Lexicon) -> Event | None:
    """111 or None for a business's violence against a business (module docstring); else ``event``.

    Parameters
    ----------
    event : Event or None
        The event the predicate's sense gave.
    pred : spacy.tokens.Token or None
        The predicate's head token (a verb or an event noun).
    subject, obj : Argument or None
        The relation's arguments, with their actor codes.
    lexicon : Lexicon
        The tables (word lists ``criticism_verbs``, ``rival_nouns``).

    Returns
    -------
    Event or None
    """
    if event is None or pred is None or subject is None or obj is None or event.root not in _VIOLENCE_ROOTS:
        return event
    if not business_code(subject.actor_code) or not _rival(pred.doc, obj, lexicon) or violence_near(pred):
        return event
    if pred.lemma_.lower() not in lexicon.word_sets["criticism_verbs"]:
        return None  # "Apple crushed its rivals": competition
    try:
        return event_for_code(_CRITICISE, lexicon.cameo.labels)  # "Facebook attacked Apple over privacy"
    except EventMapError:
        return event
