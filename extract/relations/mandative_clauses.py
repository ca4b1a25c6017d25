"""Demands and appeals with a mandative "that" clause: "Protesters demanded that the prime minister resign".

CAMEO codes a demand (DEMAND [100]) or an appeal (URGE, ASK [020]) on whom it is made to, the one
asked to act. With a mandative subjunctive (:func:`extract.syntax.is_mandative`: the bare form,
no auxiliary, "that X resign", "that X release the results") the one asked is the clause's active
subject: the verb has no object, and no relation was read. :meth:`MandativeClauseRules.mandative_clause`
gives (subject, verb, clause subject) when the verb's own event is a demand or an appeal and that
subject is an actor (named, or a generic actor such as "the government"). "said that X should
respect" (a statement), "noted that Canada had signed" (a finite clause) and a passive clause
("demanded that the killers be punished": done to, not asked) give nothing. The clause's own
event is intended (the demanding verbs are in ``data/modality_intended.txt``).
"""

from __future__ import annotations

from ..syntax import is_mandative
from .output import _BASE

__all__ = ["MandativeClauseRules"]

#: CAMEO roots of appeals (02) and demands (10).
_ROOTS = frozenset({"02", "10"})


class MandativeClauseRules:
    """(subject, verb, clause subject) for a demand or appeal with a mandative clause.

    Expects ``lexicon``, the subject, argument, target (``is_actor``), ``members`` and output rules on the reader.
    """

    def mandative_clause(self, verb) -> None:
        """Emit the demand of "X demanded that Y resign": (X, demand, Y) when Y is an actor."""
        lemma = verb.lemma_.lower()
        event = self.lexicon.cameo.event_of(lemma)  # one look-up first: most verbs demand nothing
        if event is None or event.root not in _ROOTS:
            return
        if any(c.dep_ in ("dobj", "obj", "dative") for c in verb.children):
            return  # "demanded of X that ...", "asked the court that ...": the object rules read it
        clause = next((c for c in verb.children if c.i > verb.i and is_mandative(c)), None)
        if clause is None:
            return
        sub_tokens, how = self.subjects(verb)
        if how != "active":
            return
        sources = [arg for tok in sub_tokens for member in self.members(tok)
                   for arg in [self.argument(member)] if arg is not None and (not arg.is_concept or self.is_actor(tok))]
        targets = [arg for tok in clause.children if tok.dep_ == "nsubj" for member in self.members(tok)
                   for arg in [self.argument(member)] if arg is not None and (not arg.is_concept or self.is_actor(member))]
        if not sources or not targets:
            return
        predicate = self.predicate(verb, lemma)
        negated = self.negated(verb)
        for source in sources:
            for target in targets:
                if source.key != target.key:
                    self.emit(source, predicate, target, verb, negated=negated, confidence=_BASE["implicit"],
                              allow_concepts=True)
