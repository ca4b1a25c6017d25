"""Appeals: a request or invitation the clause's subject acted on ("at the request of X") or that its
addressee answered ("Germany rejected Ukraine's request") (:class:`AppealRules`, mixed into
:class:`extract.relations.nominal.NounRules`)."""

from __future__ import annotations

from ..syntax import prepositional_objects
from ..types import Predicate
from .output import _BASE

__all__ = ["AppealRules"]

# Prepositions of an act done on someone's request: "at the request of X", "upon X's invitation".
_PROMPT_PREPS = frozenset({"at", "upon", "on"})
# CAMEO roots of the answers to an appeal: yield (08) and reject (12).
_ANSWER_ROOTS = frozenset({"08", "12"})


class AppealRules:
    """An appeal's maker and addressee, read off the clause around the appeal noun.

    Expects ``lexicon``, the argument, target (``is_actor``) and output rules
    on the reader.
    """

    def prompted(self, noun, lemma: str) -> bool:
        """An appeal the clause's subject acted on: "Y did so at the request of X" -> (X, request, Y).

        The noun's event must be verbal cooperation (a request, an invitation),
        its agent the "of" phrase or the possessive ("at X's invitation"), and
        the clause active with a subject: that subject is who was asked ("Y was
        freed at the request of X" does not say whom X asked). Returns whether
        the noun stands so, named agent or not.
        """
        prep = noun.head
        event = self.lexicon.cameo.event_of(lemma)
        if (noun.dep_ != "pobj" or prep.lower_ not in _PROMPT_PREPS or event is None
                or event.quad_class != "verbal cooperation"):
            return False
        agents = [m for c in noun.children if c.dep_ == "poss" for m in self.members(c)]
        agents += [m for p in prepositional_objects(noun, ("of",)) for m in self.members(p)]
        clause = prep.head
        if clause.pos_ not in ("VERB", "AUX") or not agents:
            return bool(agents)
        asked = [a for c in clause.children if c.dep_ == "nsubj" for a in self.arguments(c)]
        sources = [a for t in agents if (a := self.argument(t)) is not None and (not a.is_concept or self.is_actor(t))]
        predicate = Predicate(lemma=lemma, text=noun.text, start=noun.idx, end=noun.idx + len(noun.text))
        for source in sources:
            for target in asked:
                self.emit(source, predicate, target, noun, negated=False, confidence=_BASE["nominal"],
                          allow_concepts=True)
        return True

    def answered(self, noun, lemma: str) -> bool:
        """An appeal its addressee answered: "Germany rejected Ukraine's request" -> (Ukraine, request, Germany).

        The request was made, whatever the answer: the noun's event is verbal
        cooperation, it is the direct object of an active verb whose CAMEO root
        is yield or reject (``_ANSWER_ROOTS``), and its possessor or "by" phrase
        names who made it; the verb's subject is whom it was made to. Returns
        whether relations were emitted.
        """
        verb = noun.head
        event, answer = self.lexicon.cameo.event_of(lemma), self.lexicon.cameo.event_of(verb.lemma_.lower())
        if (noun.dep_ not in ("dobj", "obj") or verb.pos_ != "VERB" or event is None or answer is None
                or event.quad_class != "verbal cooperation" or answer.root not in _ANSWER_ROOTS):
            return False
        agents = [m for c in noun.children if c.dep_ == "poss" for m in self.members(c)]
        agents += [m for p in prepositional_objects(noun, ("by",)) for m in self.members(p)]
        sources = [a for t in agents if (a := self.argument(t)) is not None and (not a.is_concept or self.is_actor(t))]
        asked = [a for c in verb.children if c.dep_ == "nsubj" for a in self.arguments(c)]
        predicate = Predicate(lemma=lemma, text=noun.text, start=noun.idx, end=noun.idx + len(noun.text))
        emitted = False
        for source in sources:
            for target in asked:
                self.emit(source, predicate, target, noun, negated=False, confidence=_BASE["nominal"],
                          allow_concepts=True)
                emitted = True
        return emitted
