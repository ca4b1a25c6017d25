"""(speaker, say, unspecified) for a "say" that may be an official's statement (CAMEO 010).

"Interior Minister X said the attackers had been arrested", "a Pentagon
spokesman said the strike ...", "the Foreign Ministry said in a statement
that ...": the reader emits the one-place statement of the speaker when
:func:`extract.said_sources.said_clause` finds a reported clause (in indirect
speech or holding a quotation: :mod:`extract.quoted_statements`), the subject may be an actor (a name, a resolved pronoun, an agent
noun) and no news medium is the speaker (a spokesperson of
``data/speaker_nouns.txt`` speaks for the body named with them, not for the
press). Whether the statement stands is decided once the speaker's code is
known: :func:`extract.said_sources.said_events`.

A verb of statement whose object is the "what" of a free relative ("in what
the police declared a 'terrorist-related' attack", "cases of what the World
Health Organization declared a pandemic") says what the speaker declared of
a thing the sentence names around it, with the name it is given ("a
pandemic", "as a major offensive"; "explain what Red Hat announced" gives
none): the one-place statement (speaker,
verb, unspecified) of a verb of ``data/one_place_events.txt`` whose CAMEO
event is a statement (:meth:`SaidStatementRules.free_relative_statement`).
"""

from __future__ import annotations

from ..said_sources import said_clause
from .output import _BASE, _PREP_OBJECT_PENALTY
from .reports import news_medium
from .speakers import quotation_runs

__all__ = ["SaidStatementRules"]

_STATEMENT_ROOT = "01"
_OBJECT_DEPS = frozenset({"dobj", "obj"})
# What the free relative is declared to be: "declared a pandemic", "declared a terrorist attack".
_NAMED_DEPS = frozenset({"oprd", "dobj", "obj", "attr", "acomp", "xcomp"})


class SaidStatementRules:
    """The reported statement of a "say". Expects the argument, subject, target and output rules on the reader."""

    def said_statement(self, verb) -> None:
        """Emit (speaker, say, unspecified) for "X said (that) ..." (:func:`extract.said_sources.said_clause`)."""
        if said_clause(verb, lexicon=self.lexicon, runs=quotation_runs(self.doc)) is None:
            return
        sub_tokens, how = self.subjects(verb)
        if how != "active" or len(sub_tokens) != 1:
            return
        speaker = sub_tokens[0]
        speaking = self.lexicon.word_sets["speaker_nouns"]
        if not self.is_actor(speaker) or (speaker.lower_ not in speaking and news_medium(speaker, self.lexicon)):
            return
        speakers, _nominal = self.subject_arguments(sub_tokens)
        predicate = self.predicate(verb, verb.lemma_.lower())
        target = self.unspecified(verb)
        for subject in speakers:
            self.emit(subject, predicate, target, verb, negated=False,
                      confidence=_BASE["active"] - _PREP_OBJECT_PENALTY, allow_concepts=True)

    def lone_actor_speakers(self, verb) -> list:
        """The arguments of ``verb``'s one active subject when it may be an actor and is no news medium, else []."""
        sub_tokens, how = self.subjects(verb)
        if how != "active" or len(sub_tokens) != 1:
            return []
        speaker = sub_tokens[0]
        if not self.is_actor(speaker) or news_medium(speaker, self.lexicon):
            return []
        speakers, _nominal = self.subject_arguments(sub_tokens)
        return speakers

    def free_relative_statement(self, verb) -> None:
        """Emit (speaker, verb, unspecified) for "in what the police declared a terrorist attack"."""
        lemma = verb.lemma_.lower()
        if verb.pos_ != "VERB" or lemma not in self.lexicon.word_sets["one_place_events"] or self.negated(verb):
            return
        event = self.lexicon.cameo.event_of(lemma)
        if event is None or event.root != _STATEMENT_ROOT:
            return
        kids = list(verb.children)
        if not any(c.dep_ in _OBJECT_DEPS and c.tag_ == "WP" and c.lower_ == "what" and c.i < verb.i for c in kids) \
                or any(r.predicate.start == verb.idx for r in self.out):
            return  # no free relative, or the verb's relation is read already
        if not any(c.i > verb.i and (c.dep_ in _NAMED_DEPS or (c.dep_ == "prep" and c.lower_ == "as")) for c in kids):
            return  # no name given to it: "explain what Red Hat announced" asks what was said
        speakers = self.lone_actor_speakers(verb)
        predicate = self.predicate(verb, lemma)
        for subject in speakers:
            self.emit(subject, predicate, self.unspecified(verb), verb, negated=False,
                      confidence=_BASE["active"] - _PREP_OBJECT_PENALTY, allow_concepts=True)
