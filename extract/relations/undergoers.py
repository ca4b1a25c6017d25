"""Events whose doer is unnamed, read off a reduced passive or a possessive.

- A **reduced passive participle** with no agent and no auxiliary names whom
  an event was done to: "prisoners arrested during the campaign" (the
  participle modifies its patient), "the officers, although suspended from
  duty, returned" (an adverbial participle with no subject of its own: the
  clause's subject is its patient). As for a full agentless passive
  (:mod:`extract.relations.implicit`), the relation is (unspecified, verb,
  patient), only for material conflict and for criticism, rejection and
  threats (CAMEO roots 11-13), and only for a patient that may be one
  (:meth:`ImplicitRules.patient_like`).
- An **event noun with a possessive** and no "of" or "by" argument
  (``data/possessed_events.tsv``): "his arrest", "the opposition leader's
  arrest" -> (unspecified, arrest, X): the possessor underwent it; "the
  minister's resignation" -> (minister, resign, unspecified): the
  possessor did it. Only a named or resolved possessor, or a noun naming
  people ("the journalist's release"), counts.

The unnamed side is the one concept ``concept:unspecified``: such relations
keep their event type in the extraction and are no graph edges
(:mod:`extract.quality`).
"""

from __future__ import annotations

import functools

from ..lexicon import Lexicon
from ..syntax import NOMINAL_SUBJECT_DEPS
from ..types import Predicate
from .implicit import _EXPLETIVES, _NAMED_TYPES, _VERBAL_CONFLICT_ROOTS
from .output import _BASE

__all__ = ["UndergoerRules", "possessed_events"]

# Children that give a participle a doer, a subject or a clause of its own: then it is no reduced passive.
_OWN_CLAUSE_DEPS = frozenset({"agent", "auxpass", "aux", "nsubj", "nsubjpass", "csubj", "csubjpass", "expl",
                              "dobj", "obj", "dative", "xcomp", "ccomp", "oprd"})
# Arguments that give an event noun its target or agent (then the noun rules read it).
_NOUN_ARGUMENT_PREPS = frozenset({"of", "by"})
_PATIENT = "patient"  # the other side a possessive may name is "agent"


@functools.lru_cache(maxsize=8)
def possessed_events(lexicon: Lexicon) -> dict[str, tuple[str, str]]:
    """Event noun -> (verb lemma, side its possessive names) from ``data/possessed_events.tsv``."""
    return {noun: (cells[0], cells[1]) for noun, cells in lexicon.tables["possessed_events"].items()}


class UndergoerRules:
    """Reduced passives and possessed event nouns.

    Expects ``doc``, ``index``, ``lexicon``, the argument, implicit
    (``unspecified``, ``patient_like``) and output rules on the reader.
    """

    def reduced_participle(self, verb) -> bool:
        """Is ``verb`` a past participle modifying a noun or a clause, with no clause of its own?"""
        return (verb.tag_ == "VBN" and verb.dep_ in ("acl", "advcl")
                and not any(c.dep_ in _OWN_CLAUSE_DEPS for c in verb.children))

    def reduced_patients(self, verb) -> list:
        """The patients of a reduced passive participle with no agent, or [].

        "political prisoners arrested during the campaign" -> [prisoners];
        "The officers, although suspended from duty, returned" -> [officers]
        (the clause's subject, when the participle comes before its verb).
        """
        if not self.reduced_participle(verb):
            return []
        event = self.lexicon.cameo.event_of(verb.lemma_.lower())
        if event is None or not (event.quad_class == "material conflict" or event.root in _VERBAL_CONFLICT_ROOTS):
            return []
        head = verb.head
        if verb.dep_ == "acl":
            patients = [head] if head.pos_ in ("NOUN", "PROPN", "NUM") and head.i < verb.i else []
        elif head.pos_ in ("VERB", "AUX") and verb.i < head.i:
            patients = [c for c in head.children if c.dep_ in NOMINAL_SUBJECT_DEPS and c.i < verb.i]
        else:
            patients = []
        return [p for p in patients if p.lower_ not in _EXPLETIVES and self.patient_like(p)]

    def possessed_event(self, noun) -> bool:
        """Relations of an event noun whose possessive names one side ("his arrest"); whether it did.

        The verb comes from the table. A noun with an "of" or "by" argument is
        left to the event-noun rules.
        """
        entry = possessed_events(self.lexicon).get(noun.lower_) or possessed_events(self.lexicon).get(
            noun.lemma_.lower())
        if entry is None or noun.pos_ != "NOUN":
            return False
        verb, side = entry
        event = self.lexicon.cameo.event_of(verb)
        kids = list(noun.children)
        owners = [c for c in kids if c.dep_ == "poss"]
        if (event is None or not owners
                or any(c.dep_ == "prep" and c.lower_ in _NOUN_ARGUMENT_PREPS for c in kids)):
            return False
        named = [a for o in owners for a in self.arguments(o)
                 if a.type in _NAMED_TYPES or self.patient_like(o)]  # "the journalist's release"
        if not named:
            return False
        predicate = Predicate(lemma=verb, text=noun.text, start=noun.idx, end=noun.idx + len(noun.text))
        confidence = _BASE["nominal"] - (_BASE["active"] - _BASE["implicit"])
        other = self.unspecified(noun)
        for arg in named:
            subject, obj = (other, arg) if side == _PATIENT else (arg, other)
            self.emit(subject, predicate, obj, noun, negated=False, confidence=confidence, allow_concepts=True)
        return True

