"""(speaker, verb, the one a quoted formula is done to): 'X tweeted: "Thank you to all emergency services"'.

:func:`extract.quoted_acts.quoted_act` reads the formula; the reader emits
one relation per one it is done to, with the verb of saying as predicate,
when the speaker (the verb's one active subject) may be an actor and is no
news medium and the one it is done to is an actor ("Let us pray for peace"
gives nothing); a plural noun that is no actor ("all emergency services") or a
pronoun for people ("those who lost their loved ones") stands as the
unspecified concept. :func:`extract.quoted_acts.quoted_act_event` codes it and
:func:`extract.quoted_acts.quoted_act_events` keeps it only for an official
or a body.
"""

from __future__ import annotations

from ..quoted_acts import quoted_act
from .output import _BASE, _PREP_OBJECT_PENALTY
from .speakers import quotation_runs

__all__ = ["QuotedActRules"]

# Pronouns for people the formula names by what befell them: "My thoughts are with those who lost ...".
_PEOPLE_PRONOUNS = frozenset({"those", "everyone", "everybody", "all"})


class QuotedActRules:
    """Relations of quoted formulas. Expects the argument, subject, target, output and said-statement rules on the reader."""

    def acted_on(self, tok):
        """The actor of a formula's target phrase: the phrase itself, or the actor its "of" phrase
        names ("the families of the victims", "the people of New Zealand"); None if neither is one."""
        while tok is not None:
            if self.is_actor(tok):
                return tok
            tok = next((o for p in tok.children if p.dep_ == "prep" and p.lower_ == "of"
                        for o in p.children if o.dep_ == "pobj"), None)
        return None

    def quoted_act_relation(self, verb) -> None:
        """Emit (speaker, verb, target) for each actor a quoted formula of ``verb`` is done to."""
        act = quoted_act(verb, self.lexicon, quotation_runs(self.doc))
        if act is None:
            return
        speakers = self.lone_actor_speakers(verb)  # SaidStatementRules
        if not speakers:
            return
        predicate = self.predicate(verb, verb.lemma_.lower())
        actors = [found for found in map(self.acted_on, act.targets) if found is not None]
        targets = [a for tok in actors for a in self.arguments(tok)]
        if not targets and any(tok.tag_ == "NNS" or tok.lower_ in _PEOPLE_PRONOUNS for tok in act.targets):
            targets = [self.unspecified(verb)]  # "Thank you to all emergency services", "... with those who lost"
        for target in targets:
            for subject in speakers:
                self.emit(subject, predicate, target, verb, negated=False,
                          confidence=_BASE["active"] - _PREP_OBJECT_PENALTY, allow_concepts=True)
