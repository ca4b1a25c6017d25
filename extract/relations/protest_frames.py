"""Protests a frame around them names: a crowd that turns out to protest, a rally taken part in.

CAMEO codes a demonstration (14) by its demonstrators against whom they demonstrate. Two frames hide those
sides from the verb and noun rules:

- **turning out to protest**: "Thousands turned out to protest against the government", "took to the
  streets of Minsk to protest against Lukashenko", "gathered outside the parliament to protest the cuts".
  A verb of ``data/turnout_verbs.txt`` (a lemma and the words after it) with a "to" infinitive of protest
  (a verb whose event has root 14) is the protest of the turnout verb's subject. A quantity word is not the
  actor, what it counts is ("thousands of people" -> people); a bare one ("Thousands") stands as it is.
  The target is the protest's object or "against" phrase, else the turnout verb's "against" phrase, else
  the country of the place either verb names ("in Caracas", "the streets of Minsk": the protest is aimed at
  that country's state, :meth:`.partners.PartnerRules.protest_place`); with none of these, nothing.
- **taking part in a rally**: "Students took part in rallies against the new law", "joined the marches
  against X", "participated in a vigil against X": a noun of ``data/rally_nouns.txt`` that the event-noun
  table does not read ("protests" is read by :meth:`.noun_frames.NounFrameRules.joined_event`), after a verb
  of taking part (:meth:`.noun_frames.NounFrameRules.joining_verb`), is the subject's demonstration against
  the noun's "against" phrase, else against the country of its place. "A rally in support of X" is against
  no one: with no place, nothing.

A rally's subject must be an actor (a name, or a noun the actor tables code: "protesters", "students"); the
subject of a turnout verb with a protest infinitive is a demonstrator by the frame ("supporters turned out to
protest"), a noun, a name or a bare quantity word (the concept "protester").
"""

from __future__ import annotations

from ..entities import concept_key
from ..syntax import prepositional_objects
from ..types import Argument, Predicate
from .output import _BASE

__all__ = ["ProtestFrameRules", "rally_words"]

_PROTEST_ROOT = "14"
# The verb an event-less rally noun ("a vigil", "a picket") stands for: a demonstration (141).
_DEMONSTRATE = "demonstrate"
# Who a bare quantity word before a protest infinitive is: "Thousands turned out to protest".
_CROWD = "protester"
# Who may turn out to protest: a noun or a name; the frame makes it a demonstrator ("supporters", "farmers").
_CROWD_POS = frozenset({"NOUN", "PROPN"})
_INFINITIVE_DEPS = frozenset({"advcl", "xcomp"})
_OBJECT_DEPS = frozenset({"dobj", "obj"})
_PLACE_PREPS = ("in", "at", "outside", "across", "throughout")
_ACTIVE = frozenset({"active", "active+inherited"})


def rally_words(lexicon) -> frozenset[str]:
    """The rally nouns of ``data/rally_nouns.txt`` and their plurals ("rallies", "marches", "vigils")."""
    out = set()
    for noun in lexicon.word_sets["rally_nouns"]:
        out.add(noun)
        out.add(noun[:-1] + "ies" if noun.endswith("y") else noun + ("es" if noun.endswith(("ch", "sh", "s")) else "s"))
    return frozenset(out)


class ProtestFrameRules:
    """Protests named by a turnout frame or a rally taken part in. Expects the subject, argument, target
    (``is_actor``), noun-frame (``joining_verb``, ``noun_predicate``), partner (``protest_place``), one-sided
    (``counted``) and output rules, ``doc``, ``lexicon`` and ``quantifiers`` on the reader."""

    def turnout_verb(self, verb) -> bool:
        """Is ``verb`` (with the words after it) a verb of ``data/turnout_verbs.txt``?"""
        lemma = verb.lemma_.lower()
        for entry in self.lexicon.word_sets["turnout_verbs"]:
            words = entry.split()
            if words[0] != lemma:
                continue
            tail = [t.lower_ for t in self.doc[verb.i + 1: verb.i + len(words)]]
            if tail == words[1:]:
                return True
        return False

    def protest_event(self, lemma: str) -> bool:
        event = self.lexicon.cameo.event_of(lemma)
        return event is not None and event.root == _PROTEST_ROOT

    def turnout_protest(self, verb) -> bool:
        """(crowd, protest, target) of "thousands turned out to protest against X"; whether read."""
        if verb.pos_ != "VERB" or not self.turnout_verb(verb):
            return False
        protest = next((c for c in verb.children if c.dep_ in _INFINITIVE_DEPS and c.pos_ == "VERB"
                        and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
                        and self.protest_event(c.lemma_.lower())), None)
        if protest is None:
            return False
        sub_tokens, how = self.subjects(verb)
        if how not in _ACTIVE or not sub_tokens:
            return False
        heads = [self.counted(t) for t in sub_tokens]
        bare = [t for t in heads if t.lower_ in self.quantifiers or t.lemma_.lower() in self.quantifiers]
        if not all(t.pos_ in _CROWD_POS or t in bare for t in heads):
            return False  # "it turned out to protest ...": no crowd named
        subjects = [a for t in heads for a in (self.crowd(t) if t in bare else self.arguments(t))]
        targets = [t for t in self.protest_targets(protest) or self.protest_targets(verb, objects=False)]
        lemma = protest.lemma_.lower()
        objects = [a for t in targets for a in self.arguments(t)]
        if not objects:
            objects = self.protest_countries(lemma, (protest, verb))
        if not subjects or not objects:
            return False
        predicate = self.predicate(protest, lemma)
        negated = self.negated(verb) or self.negated(protest)
        for subject in subjects:
            for obj in objects:
                self.emit(subject, predicate, obj, protest, negated=negated, confidence=_BASE["light"],
                          allow_concepts=True)
        return True

    @staticmethod
    def crowd(tok) -> list:
        """The protesters a bare quantity word stands for ("Thousands turned out to protest")."""
        return [Argument(key=concept_key(_CROWD), label=_CROWD, type="CONCEPT", text=tok.text, start=tok.idx,
                         end=tok.idx + len(tok.text))]

    @staticmethod
    def protest_targets(tok, *, objects: bool = True) -> list:
        """What ``tok`` protests: its direct object ("to protest the cuts") or its "against" phrase."""
        found = [c for c in tok.children if c.dep_ in _OBJECT_DEPS] if objects else []
        return found + prepositional_objects(tok, ("against",))

    def protest_countries(self, lemma: str, tokens) -> list:
        """The countries of the places the protest's words name ("in Caracas", "the streets of Minsk")."""
        lemma = lemma if self.protest_event(lemma) else _DEMONSTRATE
        out = []
        for tok in tokens:
            places = prepositional_objects(tok, _PLACE_PREPS)
            places += [p for s in prepositional_objects(tok, ("to", "into", "onto")) if s.lower_ in ("streets", "street")
                       for p in prepositional_objects(s, ("of",))]
            for place in places:
                for arg in self.arguments(place):
                    country = self.protest_place(lemma, arg, protest=True)
                    if country is not arg and all(c.key != country.key for c in out):
                        out.append(country)
        return out

    def rally_noun(self, noun) -> bool:
        """(subject, demonstration, target) of "took part in rallies against X"; whether read."""
        verb, passive = self.joining_verb(noun)
        if verb is None or passive:
            return False
        sub_tokens, how = self.subjects(verb)
        if how not in _ACTIVE or not sub_tokens:
            return False
        heads = [self.counted(t) for t in sub_tokens]
        if not all(self.is_actor(t) for t in heads):
            return False
        subjects = [a for t in heads for a in self.arguments(t)]
        lemma = noun.lemma_.lower()
        lemma = lemma if self.protest_event(lemma) else _DEMONSTRATE
        against = prepositional_objects(noun, ("against",)) or prepositional_objects(verb, ("against",))
        objects = [a for t in against for a in self.arguments(t)]  # "joined marches against X": on either
        if not objects:
            objects = self.protest_countries(lemma, (noun, verb))
        if not subjects or not objects:
            return False
        span = self.noun_predicate(noun, noun.lemma_.lower())
        predicate = Predicate(lemma=lemma, text=span.text, start=span.start, end=span.end)
        negated = self.negated(verb)
        for subject in subjects:
            for obj in objects:
                self.emit(subject, predicate, obj, noun, negated=negated, confidence=_BASE["light"],
                          allow_concepts=True)
        return True
