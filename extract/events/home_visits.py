"""A return home is no visit: a visit whose place is in the visitor's own country.

CAMEO codes a visit (042 make a visit, 043 host a visit) between two actors: one
travels to, or receives, another. A leader who returns to his own capital ("the
French president returned to Paris", "flew back to Ottawa") meets no one; the
capital's code (``FRAGOV`` for Paris, by metonymy) names his own government. Such
a return has no event type; the relation itself stays. A trip within one's own
country that is no return ("the prime minister visited flood-hit Kerala") stays a
visit, as event coders code domestic visits. A visit to an actor of the same
country ("Trump hosted Pelosi") keeps its code: its target is no place.

Two codes are of the same country when both begin with the same ISO alpha-3
country code of :class:`extract.lexicon.countries.CountryTable` (``IGO``,
``GOV``, ``NGO``... are no country).
"""

from __future__ import annotations

from ..lexicon import Lexicon

__all__ = ["home_visit", "is_return"]

_VISIT_CODES = frozenset({"042", "043"})
_PLACE_TYPES = frozenset({"GPE", "LOC", "FAC"})


def _country(code: str | None, lexicon: Lexicon) -> str | None:
    """The ISO alpha-3 country ``code`` begins with, or None ("IGOUNO", "GOV", no code)."""
    if not code or len(code) < 3:
        return None
    head = code[:3]
    return head if lexicon.countries.alpha2(head) is not None else None


def is_return(pred) -> bool:
    """Is the verb ``pred`` a way home: "return", or a verb with "back" or "home" ("flew back", "headed home")?"""
    if pred.lemma_ == "return":
        return True
    return any(c.dep_ in ("prt", "advmod") and c.lower_ in ("back", "home") for c in pred.children)


def home_visit(event, subject, obj, lexicon: Lexicon, pred=None) -> bool:
    """Is ``event`` a visit (042, 043) of ``subject`` to a place ``obj`` of its own country?

    Parameters
    ----------
    event : Event or None
        The relation's event.
    subject, obj : Argument or None
        The relation's arguments, with their actor codes filled.
    lexicon : Lexicon
        The country table.
    pred : Token, optional
        The relation's verb: when given, only a return (:func:`is_return`) is a way home.
    """
    if event is None or event.code[:3] not in _VISIT_CODES or subject is None or obj is None:
        return False
    if obj.type not in _PLACE_TYPES or (pred is not None and not is_return(pred)):
        return False
    country = _country(subject.actor_code, lexicon)
    return country is not None and country == _country(obj.actor_code, lexicon)
