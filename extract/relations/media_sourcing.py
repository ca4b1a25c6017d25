"""Statements made through the news media: the speaker's statement (CAMEO 010), not an event toward the outlet.

A news medium that carries someone's words is how the article knows them,
not a party to an event:

- **told the outlet**: "the minister told Reuters that ...", "Zapata told
  French news channel BFM TV", "informed the press". A verb whose event is
  a statement (root 01) with a news medium as its direct object is the
  speaker's one-place statement, (speaker, tell, unspecified):
  the outlet is no one the statement was made to, and no edge. Other objects
  stay ("told the parliament", "told Reuters and the prime minister" keeps
  the prime minister), and so does a partner in a preposition ("spoke with
  the BBC" is an interview, 040).
- **said, through the outlet**: "According to state media, President Xi
  said ...", "X said, according to Reuters, ...", "CNN Philippines reported
  the governor said ...". "say" is never a predicate of its own
  (:mod:`extract.relations.verbal`: its "object" is a parse error and most
  "said" sentences are coded by their content); attributed through a
  medium, it is the speaker's public statement, as "told the press" is. The
  speaker must be an actor (a named entity or an actor noun: "the
  governor") that is no medium itself; the medium's own verb of reporting
  is sourcing and stays no event (:mod:`extract.relations.reports`).

A news medium is :func:`extract.relations.reports.news_medium`'s: a press
noun ("reporters", "the press", "state television"), a known medium's name
or one of its editions ("CNN Philippines"). A spokesperson is none
(``data/spokesperson_nouns.txt``): "The spokesman reported an attack on the
convoy" stays the spokesman's statement, and "told the spokeswoman" an
event toward her.
"""

from __future__ import annotations

from ..quality import edge_words
from ..syntax import DIRECT_OBJECT_DEPS, prepositional_objects
from .output import _BASE, _PREP_OBJECT_PENALTY
from .reports import MEDIA_ROLE, news_medium

__all__ = ["MediaSourcingRules"]

# The CAMEO root of a statement.
_STATEMENT_ROOT = "01"
# The verb whose words a medium carries; other verbs of saying are predicates of their own.
_SAYING = "say"
# Verbs through which a medium carries someone's words: "CNN reported the governor said".
_CARRYING_VERBS = frozenset({"report", "say", "write", "quote"})
_SUBJECT_DEPS = frozenset({"nsubj"})
# The listener of a verb of telling: "told Reuters", "gave CNN an interview" is another frame.
_LISTENER_DEPS = DIRECT_OBJECT_DEPS | {"dative"}


class MediaSourcingRules:
    """The speaker's statement of words carried by a news medium.

    Expects ``doc``, ``lexicon``, the subject, implicit and output rules on the reader.
    """

    def outlet(self, tok) -> bool:
        """Is the listener at ``tok`` a news medium: a medium's name ("Reuters", "CNN Philippines"), a
        press noun ("the press", "state media") or a reporter? A common noun with a press word beside
        it is none ("journalist deaths")."""
        if not news_medium(tok, self.lexicon):
            return False
        lemma = tok.lemma_.casefold()
        return (tok.pos_ == "PROPN" or lemma in edge_words().press_nouns or tok.lower_ in edge_words().press_nouns
                or self.lexicon.dictionaries.agent_role(lemma) == MEDIA_ROLE)

    def without_outlets(self, phrase: str, obj_tokens: list) -> tuple[list, bool]:
        """The objects of a statement verb that are no news medium, and whether any was one.

        "told Reuters" -> ([], True); "told the parliament" -> ([parliament], False). Only direct
        objects are listeners here ("spoke with the BBC" is an interview, its partner stays); verbs
        whose event is no statement keep all their objects.
        """
        event = self.lexicon.cameo.event_of(phrase)
        if event is None or event.root != _STATEMENT_ROOT:
            return obj_tokens, False
        # "told Reuters and the prime minister": a listener beside the medium keeps the phrase
        kept = [t for t in obj_tokens if t.dep_ not in _LISTENER_DEPS
                or not all(self.outlet(m) for m in (t, *t.conjuncts))]
        return kept, len(kept) < len(obj_tokens)

    def told_outlet(self, verb, phrase: str, subjects, sub_tokens, *, how: str, negated: bool, base: float) -> bool:
        """(speaker, verb, unspecified) for a statement whose only listener was a news medium, the
        speaker a name or an actor noun ("One MP told the BBC"). Returns whether a speaker was one;
        if none was ("neighbors told CBS", an unresolved "he"), the verb rules read the verb as before.
        """
        if how not in ("active", "active+inherited"):
            return False
        actors = any(self.is_actor(t) for t in sub_tokens) or self.concepts_may_relate(sub_tokens, phrase, actor=True)
        speakers = [s for s in subjects if actors or not s.is_concept]
        predicate, target = self.predicate(verb, phrase), self.unspecified(verb)
        for subject in speakers:
            self.emit(subject, predicate, target, verb, negated=negated, confidence=base - _PREP_OBJECT_PENALTY,
                      allow_concepts=True)
        return bool(speakers)

    def carried_by_medium(self, verb) -> bool:
        """Are the words of ``verb`` carried by a news medium: "according to" a medium on it or on the
        clause it reports, or it is the clause a medium reports ("CNN reported the governor said")?"""
        # "X said ..., according to Reuters": the parser may hang the source on the reported clause
        clauses = [c for c in verb.children if c.dep_ == "ccomp"]
        for prep in (p for t in (verb, *clauses) for p in t.children):
            if prep.dep_ == "prep" and prep.lower_ == "according":
                if any(news_medium(t, self.lexicon) for t in prepositional_objects(prep, ("to",))):
                    return True
        head = verb.head
        if verb.dep_ != "ccomp" or head.lemma_.lower() not in _CARRYING_VERBS:
            return False
        return any(c.dep_ in _SUBJECT_DEPS and news_medium(c, self.lexicon) for c in head.children)

    def sourced_saying(self, verb) -> None:
        """(speaker, say, unspecified) of "according to state media, X said ..." and its kin."""
        if verb.lemma_.lower() != _SAYING or verb.pos_ != "VERB" or not self.carried_by_medium(verb):
            return
        sub_tokens, how = self.subjects(verb)
        if not sub_tokens or any(news_medium(t, self.lexicon) for t in sub_tokens):
            return
        subjects, _nominal = self.subject_arguments(sub_tokens)
        if not subjects:
            return
        self.one_place_event(verb, self.predicate(verb, _SAYING), subjects, sub_tokens, how=how,
                             negated=self.negated(verb), confidence=_BASE["active"] - _PREP_OBJECT_PENALTY)
