"""A labour group's strike is a strike, CAMEO 143, not a use of force (the default of STRIKE, 190).

"Teachers went on strike in Argentina", "Nurses are striking in Kenya", "Teachers struck across Chile": the
relation's predicate is "strike" (:mod:`extract.relations.labour_strikes`, or the verb itself), its subject a
group of labour (:func:`extract.relations.labour_strikes.striking_group`: workers, teachers, doctors, a union)
and its object no actor struck, only the place of the strike or the unspecified concept. CAMEO codes it 143
("WENT ON * [143]", "ON * [143]", "* STRIKE [143]  # STAGE"); the force reading needs a target ("$ * + [190]").
Such a group also takes the country of the strike's place, as police and protesters do
(:data:`STRIKING_ROLES`, read by :func:`extract.events.fields._local_country`: "Railway workers in France went on
strike" ``FRALAB``), and the country a protest's place gave its object (:func:`strikers_country`: "Teachers went
on strike in Argentina" ``ARGEDU``).
"""

from __future__ import annotations

from ..actors import ActorCode, with_country
from ..lexicon import Lexicon
from ..lexicon.cameo import event_for_code
from ..relations.implicit import UNSPECIFIED_KEY
from ..relations.labour_strikes import striking_group
from ..syntax import char_span
from ..types import Event, Relation

__all__ = ["STRIKING_ROLES", "labour_strike", "strikers_country"]

#: CAMEO agent roles of labour that take the country of their strike's place (``data/labour_strikes.tsv``).
STRIKING_ROLES = frozenset({"LAB", "EDU", "HLH", "AGR", "MED"})
_STRIKE = "143"
_FORCE_ROOT = "19"
_PLACE_TYPES = frozenset({"GPE", "LOC", "FAC"})


def labour_strike(event: Event | None, relation: Relation, pred, lexicon: Lexicon) -> Event | None:
    """143 for a strike of a labour group at a place or at no one, else ``event`` as it is.

    Examples
    --------
    >>> from extract.lexicon import get_lexicon
    >>> labour_strike(None, None, None, get_lexicon()) is None
    True
    """
    if event is None or event.root != _FORCE_ROOT or pred is None or relation.predicate.lemma.lower() != "strike":
        return event
    obj = relation.object
    if obj.key != UNSPECIFIED_KEY and obj.type not in _PLACE_TYPES:
        return event  # "workers struck a manager": someone struck
    span = char_span(pred.doc, relation.subject.start, relation.subject.end)
    if span is None or not striking_group([span.root], lexicon):
        return event
    return event_for_code(_STRIKE, lexicon.cameo.labels)


def strikers_country(found: ActorCode | None, obj: ActorCode | None, event: Event | None,
                     lexicon: Lexicon) -> ActorCode | None:
    """A labour role with no country, in a protest (root 14) whose object is a country alone (the place protested
    in: "went on strike in Argentina", ``ARG``), takes that country; else ``found`` as it is.

    Examples
    --------
    >>> from extract.lexicon import get_lexicon
    >>> teachers = ActorCode("EDU", 0.5, "role", None, "EDU")
    >>> strikers_country(teachers, ActorCode("ARG", 0.9, "place", "ARG", None), None, get_lexicon()) is teachers
    True
    """
    if (found is None or found.country is not None or found.code not in STRIKING_ROLES or obj is None
            or event is None or not event.code.startswith("14") or obj.code != obj.country):
        return found
    return with_country(obj.country + found.code, "place", lexicon)
