"""A preposition of the verb's frame that the parser hung low, on the noun of a phrase after its object:
"State prosecutors charged the suspect in the shooting with capital murder" ("with" on "shooting").

A verb pattern that puts a preposition after the object ("CHARGE * WITH" [173], "ACCUSE * OF") says whose
phrase it is: the verb's. The parser attaches the last phrase to the nearest noun, so a phrase that ends
a phrase of the verb after the object, hung on the object of that phrase's preposition, is read as the verb's
when a pattern of the verb opens with its preposition after the object. A phrase inside the object's own
phrase, a phrase of the inner one's own preposition, and a phrase of a preposition that completes its noun
(``data/noun_prepositions.txt``: "the proclamation ... by the President", "the killing of X") stay where they
are.
"""

from __future__ import annotations

__all__ = ["low_prepositions"]

_DIRECT_OBJECT_DEPS = frozenset({"dobj", "obj"})


def low_prepositions(pred, entry, lexicon) -> list:
    """The prepositions hung on the noun of a phrase of the verb ``pred`` after its direct object, ending that
    phrase, that a coded pattern of ``entry`` (the verb's
    :class:`~extract.lexicon.cameo_verbs.VerbEntry`) puts after the object."""
    if entry is None:
        return []
    openers = {word for p in entry.patterns if p.code is not None and not p.adjacent and p.words
               for word in p.words[0]} - lexicon.word_sets["noun_prepositions"]
    objects = [c for c in pred.children if c.dep_ in _DIRECT_OBJECT_DEPS]
    if not objects:
        return []
    # the verb's own phrases after the object; a phrase on the object is the noun's ("attacked the proclamation
    # of the Golan Heights as Israeli territory by the President": the proclamation's "by")
    inners = [c for c in pred.children if c.dep_ == "prep" and c.i > objects[0].i]
    found = []
    for inner in inners:
        for noun in inner.children:
            if noun.dep_ != "pobj":
                continue
            found.extend(p for p in noun.children if p.dep_ == "prep" and p.lower_ in openers
                         and p.lower_ != inner.lower_ and p.right_edge.i == inner.right_edge.i)
    return found
