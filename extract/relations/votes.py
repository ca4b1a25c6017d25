"""A vote's side: "X voted for Y", "voted in favour of Y", "voted for Y but against Z".

CAMEO's verb patterns code a vote by the side it takes: VOTE "* AGAINST
[110]" (Disapprove), "* TO SUPPORT [051]", and FAVOR [051] ("IN_* OF +
DEMANDS [051]"): a vote for X, or in favour of X, endorses X (051). The
verb rules read "voted against X" when "against" hangs on the verb
(``VerbPartRules.against_predicate``); the parse gives no object in the
other frames, read here:

- "for" on the verb: "Collins voted for the bill" -> (Collins, vote for, bill);
- "in favor/favour of": "voted in favour of the motion" -> (X, vote in favor of, motion);
- a preposition coordinated with one of these ("voted for the first article
  but against the second"): each keeps its own side.

The voter is the verb's subject (inherited as the subject rules inherit it)
and must be an actor; the object is what the phrase names, a concept or an
entity. "for" naming a time, an amount or an office with no name ("voted for
the first time", "for two hours", "voted for president") gives nothing, nor a verb in the simple
present with no auxiliary ("the people vote for their members of Parliament": a habit). A relative
clause's voter is the noun it hangs on ("senior citizens, who voted for X"). The
event comes from ``data/events.tsv`` (vote for, vote in favor of, vote
against). The reader calls :meth:`VoteRules.vote` on each verb.
"""

from __future__ import annotations

import dataclasses

from .output import _BASE, _INHERITED_PENALTY

__all__ = ["VoteRules", "vote_sides"]

_VOTE_VERBS = frozenset({"vote"})
_FAVOUR_NOUNS = frozenset({"favor", "favour"})
# "for" with one of these is no side: "voted for the first time", "for hours", "for the second day"
_TIME_NOUNS = frozenset({"time", "times", "day", "days", "week", "weeks", "year", "years", "hour", "hours",
                         "month", "months", "moment", "while", "reason", "reasons", "change"})
_PLACE_TYPES = frozenset({"GPE", "LOC", "FAC"})
_PRESENT_TAGS = frozenset({"VBP", "VBZ"})
_RELATIVE_WORDS = frozenset({"who", "which", "that"})
_NOT_SIDE_ENTITIES = frozenset({"DATE", "TIME", "CARDINAL", "MONEY", "PERCENT", "QUANTITY"})


def _side_of(prep) -> tuple[str, object] | None:
    """(predicate lemma, the phrase's noun) of a preposition that takes a side, or None."""
    word = prep.lower_
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    if word == "in":
        # "in favour of X": "favour" is the object of "in", X of "of"
        for noun in objects:
            if noun.lower_ in _FAVOUR_NOUNS:
                of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
                inner = [] if of is None else [c for c in of.children if c.dep_ in ("pobj", "pcomp")]
                if inner:
                    return "vote in favor of", inner[0]
        return None
    if word not in ("for", "against") or not objects:
        return None
    return f"vote {word}", objects[0]


def vote_sides(verb) -> list[tuple[str, object, object]]:
    """(predicate lemma, preposition, noun) of each side a verb of voting takes, in order.

    Only prepositions after the verb; a preposition coordinated with one ("for X but against Y")
    counts too.
    """
    if verb.lemma_.lower() not in _VOTE_VERBS or verb.pos_ != "VERB":
        return []
    preps = []
    for child in verb.children:
        if child.i < verb.i:
            continue
        if child.dep_ == "prep" or child.dep_ == "conj" and child.pos_ == "ADP":
            # "for X but against Y": the second preposition hangs on the first or, as a conjunct, on the verb
            preps.append(child)
            preps.extend(c for c in child.children if c.dep_ == "conj" and c.pos_ == "ADP")
    sides = []
    for prep in preps:
        side = _side_of(prep)
        if side is None:
            continue
        lemma, noun = side
        if noun.lower_ in _TIME_NOUNS or noun.ent_type_ in _NOT_SIDE_ENTITIES or noun.like_num:
            continue
        sides.append((lemma, prep, noun))
    return sides


class VoteRules:
    """Votes for and against. Expects the subject, argument, event noun and output rules (``subjects``,
    ``actor_arguments``, ``arguments``, ``predicate``, ``negated``, ``emit``), ``titles``, ``index``,
    ``lexicon`` and ``out`` on the reader."""

    def vote(self, verb) -> None:
        """Emit (voter, vote for/against/in favor of, object) for each side ``verb`` takes."""
        sides = vote_sides(verb)
        if not sides:
            return
        if verb.tag_ in _PRESENT_TAGS and not any(c.dep_ == "aux" for c in verb.children):
            return  # "the people vote for their members of Parliament": a habit, no event
        sub_tokens, how = self.subjects(verb)
        if not sub_tokens or how.split("+")[0] != "active":
            return
        if verb.dep_ == "relcl" and any(c.dep_ == "nsubj" and c.lower_ in _RELATIVE_WORDS for c in verb.children):
            sub_tokens = [verb.head]  # "senior citizens, who voted for X": the noun the clause hangs on
        # a place votes only by its name ("Florida voted for X"), not through a noun in apposition the
        # parser hung on it ("a bloc in Florida, senior citizens, who voted")
        named = {tok.idx for tok in sub_tokens if self.index.mention_at(tok.i) is not None}
        voters = [v for v in self.actor_arguments(sub_tokens)
                  if v.type not in _PLACE_TYPES or any(v.start <= i < v.end for i in named)]
        if not voters:
            return
        negated = self.negated(verb)
        base = _BASE["active"] - (_INHERITED_PENALTY if how.endswith("+inherited") else 0.0)
        for lemma, prep, noun in sides:
            if lemma == "vote against" and prep.head.i == verb.i and prep.dep_ == "prep":
                continue  # the verb rules read it ("voted against X")
            if self.index.mention_at(noun.i) is None and noun.lemma_.lower() in self.titles:
                continue  # "voted for president": an office, no side
            event = self.lexicon.cameo.event_of(lemma)
            if event is None:
                continue
            predicate = self.predicate(verb, lemma)
            before = len(self.out)
            for obj in self.arguments(noun):
                for voter in voters:
                    self.emit(voter, predicate, obj, verb, negated=negated, confidence=base, allow_concepts=True)
            self.out[before:] = [dataclasses.replace(r, event=event) for r in self.out[before:]]
