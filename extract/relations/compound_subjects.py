"""Events of a compound subject: "A and B restored diplomatic ties" (issue 11, class 5).

The CAMEO verb pattern dictionary writes some patterns for a compound actor, ``%`` before
the verb: "% * DIPLOMATIC TIES [050:050]" (RESTORE), "% * JOINT EXERCISES [062:062]" (HOLD),
"% * PRISONERS [0841:0841]" and "% * FIRE IN ^ [193]" (EXCHANGE), "% * ACCUSATION [112:112]"
(TRADE), "% * TALKS [046:046]" (BEGIN). Such a pattern says what the two actors of the subject
did to each other: "Saudi Arabia and Iran restored diplomatic ties" is an event between Saudi
Arabia and Iran, in both directions, as a dictionary event coder codes it; the object (ties,
exercises, prisoners) names the act and is no actor.

When the verb's frame fits such a pattern (the pattern the coder would pick,
:meth:`extract.lexicon.cameo_verbs.VerbPatterns.fitted`, flagged ``compound``) and the subject
holds two to four named actors, each party is related to each other one, both ways, marked
mutual; the event code is the coder's as for any relation. The reading of the object as a
concept ("Iran restored diplomatic ties") stays.

Not when a third party is named: "restored diplomatic ties with Qatar" and "traded accusations
with Moscow" have their partner in the phrase (an actor in a "with", "against", "to", "on" ...
phrase of the verb or of its object), and "attacked the rebels" an actor object.
"""

from __future__ import annotations

from .mutual_acts import fought_both_ways

__all__ = ["CompoundRules"]

# Prepositions whose actor object is a third party to the act, not where it happened.
_PARTY_PREPS = frozenset({"with", "against", "to", "toward", "towards", "on", "upon", "into", "for", "at", "from"})


class CompoundRules:
    """Both directions of a compound subject's act: "A and B exchanged prisoners".

    Expects the partner rules (``parties``, ``mutual_pairs``), ``predicate``, ``is_actor`` and ``lexicon``
    on the reader.
    """

    def compound_pairs(self, verb, lemma: str, dobjs, subjects, *, phrase: str, base: float, negated: bool) -> bool:
        """Relate the parties of a compound subject when the verb's frame fits a compound pattern.

        Returns whether they were related.
        """
        if len(subjects) < 2:
            return False
        parties = self.parties(subjects)
        if not parties or self.third_party(verb, dobjs):
            return False
        patterns = self.lexicon.cameo.patterns
        if patterns is None or patterns.entry(lemma) is None:
            return False
        from ..events.coding import NO_SENSE, frame_words, verb_sense  # the coder's; late: events reads relations

        pattern = patterns.fitted(lemma, *frame_words(verb))
        if pattern is None or not (pattern.compound or fought_both_ways(pattern)) or pattern.code is None:
            return False
        sense = verb_sense(lemma, verb, None, self.lexicon)
        if sense is None or sense is NO_SENSE or sense.code != pattern.code:
            return False  # the coder reads another pattern of the frame: no edge it would leave uncoded
        self.mutual_pairs(parties, self.predicate(verb, phrase), verb, negated=negated, confidence=base)
        return True

    def third_party(self, verb, dobjs) -> bool:
        """Does the verb name an actor besides its subject: an actor object, or an actor in a phrase of a
        third party ("with Qatar", "against Iran") of the verb or of its object?"""
        if any(self.is_actor(d) for d in dobjs):
            return True
        for head in (verb, *dobjs):
            for prep in head.children:
                if prep.dep_ in ("prep", "dative") and prep.lower_ in _PARTY_PREPS and any(
                        self.is_actor(p) for p in prep.children if p.dep_ == "pobj"):
                    return True
        return False
