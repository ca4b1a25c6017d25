"""A state withdrawn from a treaty by its leader: "Trump withdrew the US from the treaty with Iran" is 161.

CAMEO's WITHDRAW codes "* FROM &TREATY [161]" (Reduce or break diplomatic relations): "The United States
withdrew from the treaty" fits it. When the leader withdraws his state ("withdrew the US from a nuclear
nonproliferation treaty with Iran") the state stands between the verb and "from", the pattern does not
fit, and the verb rules make (Trump, withdraw, US): the leader against his own state, with no event.
:meth:`TreatyExitRules.treaty_exit` adds the withdrawal itself when

- the verb is "withdraw" or "pull" (with "out of": "pulled Russia out of the treaty");
- its direct object is an actor (the state withdrawn);
- its "from" (or "out of") phrase names a noun of ``data/treaty_exit_nouns.txt`` (treaty, agreement,
  accord, pact, deal, convention, protocol).

The source is the verb's subject; the target the treaty's partner in "with" ("the treaty with Iran"),
else the unspecified concept (as for "withdrew from the treaty"). The relation carries 161. "Japan
withdrew its troops from Iraq" (no treaty) is left alone; so is the verb's own relation.

Examples
--------
>>> from extract.lexicon import get_lexicon
>>> treaty_noun("deal", get_lexicon()), treaty_noun("talks", get_lexicon())
(True, False)
"""

from __future__ import annotations

import dataclasses

from ..lexicon import Lexicon
from ..lexicon.cameo import EventMapError, event_for_code
from .output import _BASE

__all__ = ["TreatyExitRules", "treaty_noun"]

_WITHDRAWAL = "161"
#: Verbs of withdrawing a state: "withdrew X from", "pulled X out of".
_WITHDRAWING_VERBS = frozenset({"withdraw", "pull"})


def treaty_noun(lemma: str, lexicon: Lexicon) -> bool:
    """Is ``lemma`` a noun of an agreement a state may be withdrawn from?"""
    return lemma.casefold() in lexicon.word_sets["treaty_exit_nouns"]


def _left_treaty(verb, lexicon: Lexicon):
    """The treaty noun of ``verb``'s "from" or "out of" phrase (on the verb or its object), or None."""
    heads = [verb, *(c for c in verb.children if c.dep_ in ("dobj", "obj"))]
    for head in heads:
        for prep in head.children:
            if prep.dep_ != "prep":
                continue
            if prep.lower_ == "of" and not (prep.i > 0 and prep.doc[prep.i - 1].lower_ == "out"):
                continue
            if prep.lower_ not in ("from", "of"):
                continue
            for pobj in prep.children:
                if pobj.dep_ == "pobj" and pobj.pos_ == "NOUN" and treaty_noun(pobj.lemma_, lexicon):
                    return pobj
    return None


class TreatyExitRules:
    """(leader, withdraw, treaty partner or unspecified) 161 for a state withdrawn from a treaty. Expects the
    subject, argument, actor, clause and output rules on the reader."""

    def treaty_exit(self, verb) -> bool:
        """Emit the withdrawal from a treaty ``verb`` states with the state as its object; whether emitted."""
        if verb.lemma_.lower() not in _WITHDRAWING_VERBS:
            return False
        state = next((c for c in verb.children if c.dep_ in ("dobj", "obj")), None)
        if state is None or not self.is_actor(state):
            return False
        treaty = _left_treaty(verb, self.lexicon)
        if treaty is None:
            return False
        subjects, how = self.subjects(verb)
        if how.split("+")[0] != "active":
            return False
        sources = [a for s in subjects if self.is_actor(s) for a in self.arguments(s)]
        partners = [a for prep in treaty.children if prep.dep_ == "prep" and prep.lower_ == "with"
                    for p in prep.children if p.dep_ == "pobj" and self.is_actor(p) for a in self.arguments(p)]
        if not sources:
            return False
        try:
            event = event_for_code(_WITHDRAWAL, self.lexicon.cameo.labels)
        except EventMapError:
            return False
        targets = partners or [self.unspecified(verb)]
        predicate = self.predicate(verb, verb.lemma_.lower())
        negated = self.negated(verb)
        before = len(self.out)
        for source in sources:
            for target in targets:
                self.emit(source, predicate, target, verb, negated=negated, confidence=_BASE["active"],
                          allow_concepts=True)
        self.out[before:] = [dataclasses.replace(r, event=event) for r in self.out[before:]]
        return len(self.out) > before
