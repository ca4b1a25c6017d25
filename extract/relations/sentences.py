"""A detention sentence received or given: "X received seven-year prison terms", "was handed a jail term".

CAMEO's verb patterns code the receipt of a detention sentence as Arrest,
detain (173): RECEIVE "+ *_&DETENTION_SENTENCES $ [173]" (the receiver is the
target, the giver the source), GIVE "* &DETENTION TERM [173]" and "+ WERE *
SENTENCE [173]". The verb rules give these nothing: "receive" has no event
and the noun "term" none. Read here, on the verb:

- "receive"/"get" with a detention sentence as object: (unspecified, term,
  subject) -- "Both officers received seven-year prison terms";
- "give"/"hand" with one as object: the passive subject is the target
  ("was handed a life sentence"), the "by" agent or the unspecified concept
  the source; in the active, the dative ("the court gave him a prison term")
  is the target and the subject the source.

A sentence or term is one of detention when a word of
``data/detention_words.txt`` modifies it ("prison sentence", "jail term",
"custodial sentence", "life sentence") or its "of" phrase ends in prison
("a sentence of five years in prison"). A fine, a ban, a suspended sentence
or a term of office is none. The target must be an actor. The reader calls
:meth:`DetentionSentenceRules.detention_sentence` on each verb.
"""

from __future__ import annotations

import dataclasses

from ..lexicon.cameo import EventMapError, event_for_code
from ..syntax import passive_agents
from .output import _BASE, _INHERITED_PENALTY

__all__ = ["DetentionSentenceRules", "detention_noun"]

_SENTENCE_NOUNS = frozenset({"sentence", "term"})
_RECEIVING_VERBS = frozenset({"receive", "get"})
_GIVING_VERBS = frozenset({"give", "hand"})
_DETENTION_CODE = "173"
# "a suspended sentence" is served in freedom; "a term of office" is no penalty
_NOT_DETENTION = frozenset({"suspended", "office"})


def detention_noun(noun, words) -> bool:
    """Is ``noun`` a sentence or term of detention ("a seven-year prison term", "a life sentence")?"""
    if noun.lemma_.lower() not in _SENTENCE_NOUNS or noun.pos_ != "NOUN":
        return False
    if any(t.lower_ in _NOT_DETENTION for t in noun.subtree):
        return False
    if any(t.dep_ in ("compound", "amod", "nmod") and t.lower_ in words for t in noun.lefts):
        return True
    # "a sentence of five years in prison": the "of" phrase's place
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            if any(t.lower_ in words and t.dep_ == "pobj" and t.head.lower_ in ("in", "to") for t in prep.subtree):
                return True
    return False


class DetentionSentenceRules:
    """Sentences of detention received or given. Expects the subject, argument, event noun and output rules
    (``subjects``, ``actor_arguments``, ``noun_predicate``, ``unspecified``, ``negated``, ``emit_noun``),
    ``lexicon`` and ``out`` on the reader."""

    def detention_sentence(self, verb) -> bool:
        """Emit (giver or unspecified, sentence, receiver) for a detention sentence object; whether read."""
        lemma = verb.lemma_.lower()
        if verb.pos_ != "VERB" or lemma not in _RECEIVING_VERBS | _GIVING_VERBS:
            return False
        words = self.lexicon.word_sets["detention_words"]
        noun = next((c for c in verb.children if c.dep_ in ("dobj", "obj") and detention_noun(c, words)), None)
        if noun is None:
            return False
        passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)
        penalty = 0.0
        if lemma in _RECEIVING_VERBS and not passive:
            receivers, how = self.subjects(verb)
            if how.split("+")[0] != "active":
                return False
            penalty = _INHERITED_PENALTY if how.endswith("+inherited") else 0.0
            givers = []
        elif lemma in _GIVING_VERBS and passive:
            receivers = [c for c in verb.children if c.dep_ == "nsubjpass"]
            givers = passive_agents(verb)
        elif lemma in _GIVING_VERBS:
            receivers = [c for c in verb.children if c.dep_ == "dative"]
            givers = [c for c in verb.children if c.dep_ == "nsubj"]
        else:
            return False
        targets = self.actor_arguments(receivers)
        sources = self.actor_arguments(givers) if givers else [self.unspecified(noun)]
        if not targets or not sources:
            return False
        try:
            event = event_for_code(_DETENTION_CODE, self.lexicon.cameo.labels)
        except EventMapError:
            return False
        predicate = self.noun_predicate(noun, noun.lemma_.lower())
        negated = self.negated(verb)
        confidence = _BASE["nominal"] - penalty
        before = len(self.out)
        for source in sources:
            for target in targets:
                self.emit_noun(source, predicate, target, noun, negated=negated, confidence=confidence)
        self.out[before:] = [dataclasses.replace(r, event=event) for r in self.out[before:]]
        return len(self.out) > before
