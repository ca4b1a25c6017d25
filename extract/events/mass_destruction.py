"""Force with weapons of mass destruction: CAMEO 204, not the verb's force or repression.

"Government forces used chemical weapons against civilians" fits USE's "* &WEAPON AGAINST + [175]",
and "attacked the town with sarin" ATTACK's default (190): CAMEO files any use of chemical,
biological, radiological or nuclear weapons under 204. :func:`mass_destruction_event` (asked by
:func:`extract.events.senses.refine_event`) recodes a material conflict (roots 17 to 20) whose
weapon is one of ``data/mass_destruction_weapons.txt``: the direct object of a verb of using
(use, deploy, drop, employ, unleash) or the object of "with" on the verb (or on its direct object, where
the parser often hangs it: "attacked the district with sarin"). "Destroyed its chemical
weapons" and "accused Syria of storing sarin" use none: the weapon is no instrument there.

>>> sorted(_USING)
['deploy', 'drop', 'employ', 'unleash', 'use']
"""

from __future__ import annotations

from ..lexicon import Lexicon
from ..lexicon.cameo import EventMapError, event_for_code
from ..types import Argument, Event

__all__ = ["mass_destruction_event"]

_MASS_DESTRUCTION = "204"
_CONFLICT_ROOTS = frozenset({"17", "18", "19"})
# Verbs whose direct object is the instrument used.
_USING = frozenset({"use", "deploy", "drop", "employ", "unleash"})
_PHRASE_DEPS = frozenset({"compound", "amod"})


def _instruments(pred):
    """The nouns ``pred`` uses: its direct objects if it is a verb of using, the objects of its "with"."""
    for child in pred.children:
        if child.dep_ in ("dobj", "obj"):
            if pred.lemma_.lower() in _USING:
                yield child
            yield from _with_objects(child)  # "attacked the district with sarin": "with" parsed on the object
        elif child.dep_ == "prep" and child.lower_ == "with":
            yield from (g for g in child.children if g.dep_ == "pobj")


def _with_objects(head):
    """The objects of the "with" phrases of ``head``."""
    for child in head.children:
        if child.dep_ == "prep" and child.lower_ == "with":
            yield from (g for g in child.children if g.dep_ == "pobj")


def _names_weapon(noun, weapons: frozenset[str]) -> bool:
    """Is ``noun`` with its compounds and adjectives a term of ``weapons`` ("chemical weapons")?"""
    words = [t for t in noun.lefts if t.dep_ in _PHRASE_DEPS] + [noun]
    for start in range(len(words)):
        phrase = " ".join(t.lower_ for t in words[start:])
        lemma = " ".join([*(t.lower_ for t in words[start:-1]), noun.lemma_.lower()])
        if phrase in weapons or lemma in weapons:
            return True
    return False


def mass_destruction_event(event: Event | None, pred, subject: Argument | None, obj: Argument | None,
                           lexicon: Lexicon) -> Event | None:
    """``event``, or the use of weapons of mass destruction (204) where such a weapon is the instrument."""
    if event is None or event.root not in _CONFLICT_ROOTS or pred is None or pred.pos_ != "VERB":
        return event
    weapons = lexicon.word_sets["mass_destruction_weapons"]
    if not any(_names_weapon(noun, weapons) for noun in _instruments(pred)):
        return event
    try:
        return event_for_code(_MASS_DESTRUCTION, lexicon.cameo.labels)
    except EventMapError:
        return event
