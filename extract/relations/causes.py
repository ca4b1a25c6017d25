"""Causes and statements: the incident or weapon of a passive harm ("killed in an airstrike", "stabbed
with a knife") and the statement a participle hangs on ("issued a statement condemning X")
(:class:`CauseRules`, mixed into :class:`extract.relations.clauses.ClauseRules`)."""

from __future__ import annotations

from ..syntax import DIRECT_OBJECT_DEPS

__all__ = ["CauseRules"]

# Assault, fight, mass violence: the CAMEO roots whose passive "with X" names a weapon.
_VIOLENT_ROOTS = frozenset({"18", "19", "20"})


class CauseRules:
    """The statement a participle belongs to, and the cause of a passive verb's event.

    Expects ``index``, ``lexicon``, the argument and nominal rules and the
    word sets ``incidents`` and ``agent_nouns`` on the reader.
    """

    def participle_statement(self, verb):
        """The verb of the statement a participle hangs on ("issued a statement condemning X"), also where
        the parser hung it on the statement's medium ("posted a message on Twitter blaming Iran"), or None."""
        head = verb.head
        speaker = self.statement_verb(head)
        if speaker is None and head.dep_ == "pobj" and head.head.lower_ in ("on", "in", "via") \
                and head.head.head.pos_ == "NOUN" and not any(c.dep_ in ("prep", "acl") for c in head.children
                                                              if c.i != verb.i):
            speaker = self.statement_verb(head.head.head)
        return speaker

    def statement_verb(self, noun):
        """The verb whose subject made the statement ``noun`` names ("issued a statement",
        "said in a statement"), or None."""
        if noun.lower_ not in self.lexicon.word_sets["statement_nouns"]:
            return None
        if noun.dep_ in DIRECT_OBJECT_DEPS and noun.head.pos_ == "VERB":
            return noun.head
        prep = noun.head
        if noun.dep_ == "pobj" and prep.lower_ in ("in", "through", "via") and prep.head.pos_ == "VERB":
            return prep.head
        return None

    def _harms(self, verb) -> bool:
        """Is the verb one of harm: a verb of the harm table, or of a violent CAMEO root?"""
        lemma = verb.lemma_.lower()
        if lemma in self.lexicon.keys_where("harm_verbs", "counts", "killed", "injured") or \
                lemma in self.lexicon.keys_where("harm_verbs", "outcome", "yes"):
            return True
        event = self.lexicon.cameo.event_of(lemma)
        return event is not None and event.root in _VIOLENT_ROOTS

    def cause(self, verb):
        """The incident in which a passive verb's event happened ("killed in an airstrike"), or None."""
        violent = None
        for child in verb.children:
            if child.dep_ != "prep":
                continue
            if child.lower_ in ("in", "during"):
                # "killed in an airstrike", but not "considered during the meeting": only harm has a cause
                if violent is None:
                    violent = self._harms(verb)
                if not violent:
                    continue
                for pobj in child.children:
                    if (pobj.dep_ == "pobj" and self.index.mention_at(pobj.i) is None
                            and (pobj.lemma_.lower() in self.incidents or self.event_noun(pobj.lower_))):
                        return pobj
            elif child.lower_ == "with":
                # "stabbed with a knife", "poisoned with Novichok": the weapon, for
                # violent verbs only ("arrested with his brother" names no cause)
                if violent is None:
                    violent = self._harms(verb)
                if not violent:
                    continue
                for pobj in child.children:
                    if pobj.dep_ != "pobj" or pobj.lemma_.lower() in self.agent_nouns:
                        continue
                    arg = self.argument(pobj)
                    if arg is not None and arg.type not in ("PERSON", "NORP", "GPE", "LOC", "FAC"):
                        return pobj
        return None
