"""Parts of a verb's reading: its passive objects, idioms that take in its object, "against" in its predicate."""

from __future__ import annotations

from ..syntax import PASSIVE_SUBJECT_DEPS
from .clauses import _REL_PRONOUNS

__all__ = ["VerbPartRules"]


class VerbPartRules:
    """What a verb's predicate and objects are made of, before its relations are read.

    Expects the clause (``predicate``), undergoer (``agent_gerund_patients``), implicit
    (``swallowed_clause``) rules and the word sets ``raising`` and ``idioms`` on the reader.
    """

    def passive_objects(self, verb, kids, lemma: str, *, kind: str) -> list:
        """A passive verb's grammatical subjects, its objects; a relative pronoun stands for its head."""
        passive_objs = [c for c in kids if c.dep_ in PASSIVE_SUBJECT_DEPS]
        if passive_objs and lemma in self.raising and any(c.dep_ == "xcomp" for c in kids):
            return []  # "X was reported by the media to have visited": X is the infinitive's subject
        if passive_objs and verb.dep_ == "relcl" and passive_objs[0].lower_ in _REL_PRONOUNS:
            return [verb.head]
        # "groups claiming the election was stolen by X": the parser's subject is no patient
        return [p for p in passive_objs if not self.swallowed_clause(p, verb)]

    def participle_patients(self, verb, *, kind: str) -> list:
        """The patient of a passive with an agent and no subject of its own: the noun a participle
        modifies ("a truce brokered by Moscow"), the clause's subject of a gerund ("died after being
        shot by X")."""
        if kind != "passive":
            return []
        if verb.dep_ == "acl" and verb.tag_ == "VBN":
            return [verb.head]
        return self.agent_gerund_patients(verb)

    def idiom_phrase(self, verb, phrase: str, dobjs):
        """(phrase, direct objects, idiom token or None): an idiom's object joins the predicate.

        "opened fire at a mosque", "took place in Belgrade": the object is part
        of the predicate; "held two officers in contempt", "took the report
        into account": the words after the object are.
        """
        if len(dobjs) == 1 and f"{phrase} {dobjs[0].lower_}" in self.idioms:
            idiom = dobjs[0]
            return f"{phrase} {idiom.lower_}", [], idiom
        if len(dobjs) == 1:
            idiom = self.idiom_after_object(verb, phrase)
            if idiom is not None:
                return f"{phrase} {idiom.head.lower_} {idiom.lower_}", dobjs, idiom
        return phrase, dobjs, None

    def idiom_after_object(self, verb, phrase: str):
        """The noun of "<verb> X <preposition> <noun>" that ``data/verb_idioms.txt`` lists with the verb
        ("hold in contempt", "take into account"), or None."""
        for child in verb.children:
            if child.dep_ == "prep" and child.i > verb.i:
                for noun in child.children:
                    if noun.dep_ == "pobj" and f"{phrase} {child.lower_} {noun.lower_}" in self.idioms:
                        return noun
        return None

    def against_predicate(self, verb, phrase: str):
        """(the verb's "against", the predicate "<phrase> against") or None: "ruled against the plan",
        "voted against X" (the preposition turns the verb's sense)."""
        against = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "against"), None)
        return None if against is None else (against, self.predicate(verb, f"{phrase} against", last=against))
