"""Control verbs: "Turkey threatened to bomb Afrin", "called on Iran to release the tanker".

- A verb of ``data/control_events.txt`` with an infinitive of its own
  subject is an event of its own: (Turkey, threaten, Afrin), the target the
  infinitive's object (or the unspecified concept). The infinitive gives
  its own relation too, (Turkey, bomb, Afrin), with its subject inherited;
  the event annotation marks it intended ("threatened to"), so it is no event.
- "called on X to ...", "appealed to X to ...": an object-control verb of
  ``data/control_verbs.txt`` whose addressee stands in "on"/"to"/"upon"
  relates its subject to the addressee, keeping the complement.
"""

from __future__ import annotations

from ..syntax import DIRECT_OBJECT_DEPS

__all__ = ["ControlRules"]

# The preposition of an addressee of an appeal: "called on X to", "appealed to X to".
_ADDRESSEE_PREPS = frozenset({"on", "upon", "to"})


class ControlRules:
    """The event of a control verb and its infinitive.

    Expects ``doc``, ``lexicon``, ``controls``, the argument, clause, verbal,
    implicit and output rules on the reader.
    """

    def infinitive(self, verb):
        """The infinitive complement of ``verb`` ("to bomb"), or None."""
        return next((c for c in verb.children if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX")
                     and c.tag_ == "VB"), None)

    def control_event(self, verb, lemma: str, subjects, sub_tokens, *, how: str, negated, confidence) -> bool:
        """(subject, verb, target) of "threatened to bomb Afrin"; returns whether read."""
        if lemma not in self.lexicon.word_sets["control_events"] or how not in ("active", "active+inherited"):
            return False
        inner = self.infinitive(verb)
        if inner is None:
            return False
        targets = [c for c in inner.children if c.dep_ in DIRECT_OBJECT_DEPS] or self.prep_objects(inner)
        objects = [a for t in targets for a in self.arguments(t)]
        allow = self.concepts_may_relate(sub_tokens, lemma, actor=True)
        predicate = self.predicate(verb, lemma)
        complement = self.complement(verb)
        read = False
        for subject in subjects:
            if subject.is_concept and not allow:
                continue
            for obj in objects or [self.unspecified(verb)]:
                self.emit(subject, predicate, obj, verb, negated=negated, confidence=confidence,
                          complement=complement, allow_concepts=True)
                read = True
        return read

    def addressees(self, verb) -> list:
        """The addressee of "called on X to ...": the object of on/to/upon when an infinitive follows."""
        if verb.lemma_.lower() not in self.controls or self.infinitive(verb) is None:
            return []
        return [p for c in verb.children if c.dep_ == "prep" and c.lower_ in _ADDRESSEE_PREPS
                for p in c.children if p.dep_ == "pobj"]
