"""Criminal charges as an event noun: "charges were filed against X", "X faces charges of fraud".

CAMEO's verb dictionary files CHARGE under ACCUSE ("+ BEEN * WITH MURDER
[1121]"), and the project's gold codes charges 1121, "Accuse of crime,
corruption" (``benchmarks/data/events_fresh.md``; the dev rows mostly 112
or 1121); the verb ("charged him with fraud") is read by the verb patterns.
The noun "charge" is an event only in two frames of the parse, with one
side unnamed, the accused an actor:

- the passive subject of a verb of bringing (``_BRINGING_VERBS``: file,
  bring, lodge, lay, level, press) with no "by" phrase, the accused after
  "against" on the noun or the verb: "Charges were filed against the
  mayor" -> (unspecified, charge, mayor);
- the object of "face": "The mayor faces charges of fraud" -> (unspecified,
  charge, mayor).

Never the other senses of the word: "in charge of", "took charge", a fee
("a charge of $5": an amount in the "of" phrase), "charging stations" or an
electric charge (no such frame). Charges "dropped" or "withdrawn" are no
charge laid.
"""

from __future__ import annotations

import dataclasses

from ..lexicon.cameo import EventMapError, event_for_code
from ..syntax import passive_agents, prepositional_objects
from .output import _BASE

__all__ = ["CHARGE_NOUNS", "ChargeRules"]

#: The word forms read as a criminal charge.
CHARGE_NOUNS = frozenset({"charge", "charges"})
_BRINGING_VERBS = frozenset({"file", "bring", "lodge", "lay", "level", "press"})
_FACING_VERBS = frozenset({"face"})
_CHARGE_CODE = "112"  # the table labels no 1121: its parent
# An amount in the "of" phrase makes a fee: "a charge of $5", "charges of 20 euros".
_AMOUNT_ENTITIES = frozenset({"MONEY", "CARDINAL", "PERCENT", "QUANTITY"})
_ONE_SIDED = _BASE["nominal"] - (_BASE["active"] - _BASE["implicit"])


def _a_fee(noun) -> bool:
    """Does ``noun``'s "of" phrase give an amount ("a charge of $5")?"""
    for obj in prepositional_objects(noun, ("of",)):
        if any(t.ent_type_ in _AMOUNT_ENTITIES or t.tag_ in ("$", "CD") or t.is_currency for t in obj.subtree):
            return True
    return False


class ChargeRules:
    """The criminal charge frames. Expects the event noun rules (``actor_arguments``, ``emit_noun``,
    ``unspecified``, ``negated``), ``lexicon`` and ``out`` on the reader."""

    def legal_charge(self, noun) -> bool:
        """(unspecified, charge, X) of "charges were filed against X", "X faces charges"; returns whether read."""
        if noun.lower_ not in CHARGE_NOUNS or noun.pos_ != "NOUN" or _a_fee(noun):
            return False
        verb = noun.head
        if verb.pos_ != "VERB" or verb.i == noun.i:
            return False
        lemma = verb.lemma_.lower()
        if noun.dep_ == "nsubjpass" and lemma in _BRINGING_VERBS and verb.tag_ == "VBN":
            if passive_agents(verb):
                return False  # "charges were filed by prosecutors against X": the verb's own relation
            accused = prepositional_objects(noun, ("against",)) + prepositional_objects(verb, ("against",))
        elif noun.dep_ in ("dobj", "obj") and lemma in _FACING_VERBS:
            accused = [c for c in verb.children if c.dep_ == "nsubj"]
        else:
            return False
        targets = self.actor_arguments(accused)
        if not targets:
            return False
        try:
            event = event_for_code(_CHARGE_CODE, self.lexicon.cameo.labels)
        except EventMapError:
            return False
        predicate = self.noun_predicate(noun, noun.lemma_.lower())
        negated = self.negated(verb)
        before = len(self.out)
        for target in targets:
            self.emit_noun(self.unspecified(noun), predicate, target, noun, negated=negated, confidence=_ONE_SIDED)
        self.out[before:] = [dataclasses.replace(r, event=event) for r in self.out[before:]]
        return True
