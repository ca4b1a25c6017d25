"""A thing that cannot speak is no rival of a name for the subject of a verb of saying.

"Nissan recalled 40,000 cars after a fault was found. It said no injuries had been reported": a nearer
common noun in as salient a place leaves "it" unresolved (:meth:`extract.coref_rivals.RivalRules._nearest_common`),
but when "it" or "they" is the subject of a verb of saying ("said", "added", "urged"), a fault, a crash, a
storm, a ship or a phone is not who speaks. Such nouns are read off the word lists of incidents, natural
forces, faults, problems, weapons, vessels, craft and products (:data:`_MUTE_LISTS`); a noun that is also
an actor noun ("aircraft" for an air force) or a body ("mission") still competes, and so does every noun
no list names ("the regulator", "the operator"), so the rule only lets a name win over a thing.
"""

from __future__ import annotations

import functools

from .coref_event_it import _actor_nouns

__all__ = ["mute_noun"]

#: Word lists of things that say nothing.
_MUTE_LISTS = (
    "incident_nouns", "natural_forces", "fault_nouns", "problem_nouns", "weapon_nouns", "vessel_nouns",
    "craft_kinds", "model_nouns",
)
#: Words of those lists that also name a body ("the UN mission said").
_BODIES = frozenset({"mission", "operation"})


@functools.lru_cache(maxsize=8)
def _mute_words(lexicon) -> frozenset[str]:
    words = set().union(*(lexicon.word_sets.get(name, frozenset()) for name in _MUTE_LISTS))
    return frozenset(words - _actor_nouns(lexicon) - _BODIES)


def mute_noun(noun, lexicon) -> bool:
    """Whether the common noun ``noun`` names a thing that cannot speak (a fault, a storm, a ship): its lemma
    or form is in a list of :data:`_MUTE_LISTS` of the ``lexicon`` and is no actor or body noun."""
    words = _mute_words(lexicon)
    return noun.lemma_.casefold() in words or noun.lower_ in words
