"""Accusations by clause: "Police alleged the accused performed two attacks" -> (police, allege, the accused).

A verb whose CAMEO event is an accusation (112: allege, accuse, blame) with
no object of its own and a complement clause names whom it accuses as that
clause's active subject, when the subject is an actor; what the accused is
said to have done is the complement. "alleged the car was stolen" (no actor)
and "alleged he was beaten" (a passive subject is no doer) give nothing.
"""

from __future__ import annotations

from ..syntax import DIRECT_OBJECT_DEPS
from .output import _BASE, _PREP_OBJECT_PENALTY

__all__ = ["AccusationRules"]

# The CAMEO code of an accusation.
_ACCUSE = "112"
# Children that give a verb an object the verb rules read ("accused X of", "was accused by").
_OWN_OBJECT_DEPS = DIRECT_OBJECT_DEPS | {"nsubjpass", "agent", "dative"}


class AccusationRules:
    """Whom a verb of accusation names in its complement clause.

    Expects ``doc``, ``lexicon``, the argument, clause, target, verbal and output rules on the reader.
    """

    def accused_clause(self, verb) -> None:
        """(accuser, verb, accused) of "X alleged (that) Y did Z", Y an actor, Z the complement."""
        lemma = verb.lemma_.lower()
        event = self.lexicon.cameo.event_of(lemma)
        if event is None or event.code != _ACCUSE or verb.pos_ != "VERB":
            return
        kids = list(verb.children)
        if any(c.dep_ in _OWN_OBJECT_DEPS for c in kids):
            return
        clauses = [c for c in kids if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX")]
        if len(clauses) != 1:
            return
        clause = clauses[0]
        accused = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass", "csubj")]
        if len(accused) != 1 or accused[0].dep_ != "nsubj" or not (
                self.is_actor(accused[0]) or self.nominal_participle(accused[0])):  # "the accused"
            return
        sub_tokens, how = self.subjects(verb)
        if how != "active":
            return
        subjects, _nominal = self.subject_arguments(sub_tokens)
        allow = self.concepts_may_relate(sub_tokens, lemma)
        predicate = self.predicate(verb, lemma)
        negated = self.negated(verb)
        complement = self.doc[clause.i : clause.right_edge.i + 1].text
        for obj in self.arguments(accused[0]):
            for subject in subjects:
                self.emit(subject, predicate, obj, verb, negated=negated, complement=complement,
                          confidence=_BASE["active"] - _PREP_OBJECT_PENALTY, allow_concepts=allow)
