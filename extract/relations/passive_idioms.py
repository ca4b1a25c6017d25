"""Idioms of undergoing, whose source is a "from" phrase: "Boris Johnson came under fire from opposition
lawmakers" is the lawmakers' criticism of Johnson.

"come under <noun>" has a passive sense: its subject undergoes the noun's act, and the doer is the
object of "from" (CAMEO writes the target first: "+ CAME UNDER * IN REPORT [111]" (FIRE), "+ CAME
UNDER * [190]" (ATTACK)). :meth:`PassiveIdiomRules.passive_idiom` reads it where the phrase "come
under <noun>" is in the CAMEO map (``data/events.tsv``: fire and criticism 111, attack 190) and both
sides are actors: (the "from" actor, "come under <noun>", the subject). Fire from an armed force
(``data/force_nouns.txt``: "gunmen", "troops", "rebels") is gunfire, "open fire" (190), as CAMEO's
"+ CAME UNDER MORTAR AND ROCKET * [194]". "came under pressure", with no row, and a verb with no
"from" phrase ("the plan came under fire") give nothing.
"""

from __future__ import annotations

from ..types import Predicate
from .output import _BASE

__all__ = ["PassiveIdiomRules"]

#: Verbs of undergoing with "under".
_UNDERGOING = frozenset({"come"})
#: The armed doer's predicate for "fire".
_GUNFIRE = "open fire"


class PassiveIdiomRules:
    """(doer, "come under <noun>", subject) for "X came under fire from Y".

    Expects ``lexicon``, the subject, argument, target (``is_actor``), ``members`` and output rules on the reader.
    """

    def passive_idiom(self, verb) -> None:
        """Emit (Y, "come under <noun>", X) for "X came under <noun> from Y"."""
        lemma = verb.lemma_.lower()
        if lemma not in _UNDERGOING:
            return
        kids = list(verb.children)
        under = next((c for c in kids if c.dep_ == "prep" and c.lower_ == "under"), None)
        noun = None if under is None else next((c for c in under.children if c.dep_ == "pobj"), None)
        if noun is None:
            return
        phrase = f"{lemma} under {noun.lemma_.lower()}"
        if self.lexicon.cameo.event_of(phrase) is None:
            return
        doers = [p for head in (verb, noun) for c in head.children if c.dep_ == "prep" and c.lower_ == "from"
                 for p in c.children if p.dep_ == "pobj"]
        sub_tokens, how = self.subjects(verb)
        if not doers or how != "active":
            return
        targets = [arg for tok in sub_tokens for member in self.members(tok)
                   for arg in [self.argument(member)] if arg is not None and (not arg.is_concept or self.is_actor(member))]
        forces = self.lexicon.word_sets["force_nouns"]
        negated = self.negated(verb)
        for doer in doers:
            for member in self.members(doer):
                source = self.argument(member)
                if source is None or (source.is_concept and not self.is_actor(member)):
                    continue
                said = _GUNFIRE if noun.lemma_.lower() == "fire" and member.lemma_.lower() in forces else phrase
                predicate = Predicate(lemma=said, text=verb.text, start=verb.idx, end=noun.idx + len(noun.text))
                for target in targets:
                    if source.key != target.key:
                        self.emit(source, predicate, target, verb, negated=negated, confidence=_BASE["implicit"],
                                  allow_concepts=True)
