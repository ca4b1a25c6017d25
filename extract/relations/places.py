"""Places of intransitive events: "al-Quaety died in Aden" -> (al-Quaety, die, Aden)."""

from __future__ import annotations

__all__ = ["PlaceRules"]

# Prepositions after which a place is where an intransitive event happened
# ("died in Aden"); the place then stands as the relation's object.
_PLACE_PREPS = frozenset({"in", "near", "outside", "inside", "across"})
_PLACE_TYPES = frozenset({"GPE", "LOC", "FAC"})


class PlaceRules:
    """An intransitive event and where it happened.

    Expects the argument, clause, partner and output rules on the reader.
    """

    def place_event(self, verb, phrase: str, subjects, *, negated, confidence) -> bool:
        """(subject, verb, place) for an intransitive event and where it happened.

        "al-Quaety died in the city of Aden" -> (al-Quaety, die, Aden); the
        predicate text runs to the preposition, as in "rallied at". Returns
        whether a place was read.
        """
        placed = False
        for prep in verb.children:
            if prep.dep_ != "prep" or prep.lower_ not in _PLACE_PREPS or prep.i < verb.i:
                continue
            predicate = self.predicate(verb, phrase, last=prep)
            for pobj in prep.children:
                if pobj.dep_ != "pobj":
                    continue
                for obj in self.arguments(pobj):
                    if obj.type in _PLACE_TYPES:
                        # "protesters rallied in Beijing": a protest's target is the place's country
                        obj = self.protest_place(phrase, obj)
                        placed = True
                        for subject in subjects:
                            self.emit(subject, predicate, obj, verb, negated=negated, confidence=confidence)
        return placed
