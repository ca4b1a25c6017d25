"""Appeals with a "for ... to" clause: "X called for NATO members to increase spending" is X's appeal (020).

CAMEO keys an appeal on its verb ("CALL FOR", "APPEAL", "ASK FOR", "PLEAD"
[020]) and its target on whom it is made to. With the noun phrase between
"for" and an infinitive the parser makes the phrase the infinitive's subject
and "for" its marker, so the appealing verb has no object and no
prepositional phrase, and no relation was read: "Trump has called for NATO
members to increase military spending", "Amnesty appealed for the
authorities to release the activists", "the company asked for the price to
be kept secret".

:meth:`AppealClauseRules.appeal_clause` reads that frame: a verb whose
phrase with "for" is an appeal in the CAMEO map ("call for", "ask for"), or
whose own event is one ("appeal", "plead", "urge"), with an infinitive
clause marked by "for" gives (subject, verb + "for", whom the clause names
as its active subject). That subject is the target when it is an actor ("NATO
members", "the authorities"), else the appeal's target is the one
unspecified concept ("the price to be kept secret", "for the killers to be
brought to justice": a passive's subject is done to, not asked). The
appeal is only asserted where the verb is; the infinitive's own event is
intended (``data/modality_intended.txt`` holds these verbs).
"""

from __future__ import annotations

from ..types import Predicate
from .output import _BASE

__all__ = ["AppealClauseRules"]

#: CAMEO's root of appeals and requests.
APPEAL_ROOT = "02"
_CLAUSE_DEPS = frozenset({"advcl", "ccomp", "xcomp"})
# The infinitive's active subject is whom the appeal is made to; a passive one ("for the killers to be
# brought to justice") is what should be done to, and the appeal's addressee stays unnamed.
_CLAUSE_SUBJECTS = frozenset({"nsubj"})


class AppealClauseRules:
    """(subject, "call for", clause subject) for an appeal with a "for ... to" infinitive.

    Expects ``lexicon``, the subject, argument, target (``is_actor``), implicit (``unspecified``) and
    output rules on the reader.
    """

    def appeal_phrase(self, verb) -> str | None:
        """The predicate of an appealing verb: "call for" where the map has it, else the verb, else None."""
        event_of = self.lexicon.cameo.event_of
        lemma = verb.lemma_.lower()
        for phrase in (f"{lemma} for", lemma):
            event = event_of(phrase)
            if event is not None and event.root == APPEAL_ROOT:
                return phrase
        return None

    @staticmethod
    def for_clause(verb):
        """The infinitive clause marked by "for" under ``verb`` ("for NATO members to increase ..."), or None."""
        for child in verb.children:
            if child.dep_ not in _CLAUSE_DEPS or child.i < verb.i:
                continue
            kids = list(child.children)
            if (any(k.dep_ == "mark" and k.lower_ == "for" for k in kids)
                    and any(k.dep_ == "aux" and k.lower_ == "to" for k in kids)):
                return child
        return None

    def appeal_clause(self, verb) -> None:
        """Emit the appeal of "X called for Y to ...": (X, call for, Y), Y unspecified when no actor."""
        phrase = self.appeal_phrase(verb)  # two look-ups of the verb's lemma first: most verbs appeal to no one
        if phrase is None:
            return
        if any(c.dep_ in ("dobj", "obj", "dative") for c in verb.children):
            return  # "asked the court for X to ...": the object rules read it
        clause = self.for_clause(verb)
        if clause is None:
            return
        sub_tokens, how = self.subjects(verb)
        if not how.startswith("active"):
            return
        sources = [(tok, arg) for tok in sub_tokens for member in self.members(tok)
                   for arg in [self.argument(member)] if arg is not None]
        sources = [arg for tok, arg in sources if not arg.is_concept or self.is_actor(tok)]
        if not sources:
            return
        targets = []
        for tok in (c for c in clause.children if c.dep_ in _CLAUSE_SUBJECTS):
            for member in self.members(tok):
                arg = self.argument(member)
                if arg is not None and (not arg.is_concept or self.is_actor(member)):
                    targets.append(arg)
        if not targets:
            targets = [self.unspecified(verb)]
        predicate = Predicate(lemma=phrase, text=verb.text, start=verb.idx, end=verb.idx + len(verb.text))
        negated = any(c.dep_ == "neg" for c in verb.children)
        for source in sources:
            for target in targets:
                self.emit(source, predicate, target, verb, negated=negated, confidence=_BASE["implicit"],
                          allow_concepts=True)
