"""Targets in prepositional phrases: "demanded an explanation from Russia", "apologized to South Korea".

The CAMEO verb patterns key many verbs on the preposition that introduces
their target (``data/target_prepositions.tsv``, from the patterns that write
the target after a preposition). When such a preposition of the verb has an
actor as its object, that actor is the target:

- "France demanded an explanation from Russia" -> (France, demand, Russia),
  the thing demanded kept as the relation's complement;
- "The EU imposed sanctions on Iran" -> (EU, impose, Iran);
- "Japan apologized to South Korea" -> (Japan, apologize, South Korea);
- "Police used tear gas against protesters" -> (police, use, protester);
- "Turkey offered Syria a ceasefire" -> (Turkey, offer, Syria): the indirect
  object is the recipient or addressee of any verb;
- "Chinese police cracked down on protesters" -> (police, crack down,
  protester): a phrasal verb with a CAMEO event (``crack down``, ``lash out``)
  or a CAMEO pattern on its particle and preposition (``clamp`` + ``down``,
  ``reach`` + ``out to``) takes the object of the preposition right after its
  particle as its target.

An actor is a named person, organisation, country or people, a pronoun
resolved to one, or a generic actor ("protesters", "Kenyan police"). A
place, a date or a plain thing in the same phrase is no target ("wrote to
the ministry's address", "sent to the hospital" read nothing).
"""

from __future__ import annotations

import functools

from ..actors.counterparts import names_counterpart
from ..actors.mentions import generic_actor_codes
from ..lexicon import Lexicon
from .aid_amounts import amount_recipients
from .noun_partners import noun_partners
from .object_targets import object_targets
from .proposals import proposal_owners
from .recipients import envoy_targets, object_recipients, own_envoy
from .stances import stance_targets
from .tie_partners import tie_partners
from ..doccache import doc_span

__all__ = ["TargetRules", "target_prepositions"]

# Target prepositions the parser may hang on the direct object instead of the verb ("demanded an
# explanation from Russia", "fired rockets at Israel", "filed a lawsuit against X").
_OBJECT_PREPS = frozenset({"from", "at", "against", "on", "upon"})
# Entity types that can be the target of an event: places other than countries are where it happened.
_ACTOR_TYPES = frozenset({"PERSON", "ORG", "NORP", "GPE"})
# Prepositions that may introduce the target right after a phrasal verb's particle: "cracked down on",
# "lashed out at", "reached out to", "came out against". A closed class: "in", "for", "with" set scenes.
_PARTICLE_PREPS = frozenset({"on", "upon", "at", "against", "to"})


@functools.lru_cache(maxsize=8)
def _table(lexicon: Lexicon) -> dict[str, frozenset[str]]:
    return {verb: frozenset(cells[0].split()) for verb, cells in lexicon.tables["target_prepositions"].items()}


def target_prepositions(lemma: str, *, lexicon: Lexicon) -> frozenset[str]:
    """The prepositions that introduce the target of verb ``lemma`` (empty if none).

    Examples
    --------
    >>> from extract.lexicon import get_lexicon
    >>> sorted(target_prepositions("impose", lexicon=get_lexicon()))
    ['on']
    >>> sorted(target_prepositions("hand over", lexicon=get_lexicon()))
    ['to']
    >>> target_prepositions("write", lexicon=get_lexicon())
    frozenset()
    """
    table = _table(lexicon)
    folded = " ".join(lemma.casefold().split())
    found = table.get(folded)
    if found is None and " " in folded:
        found = table.get(folded.split()[0])  # "hand over": hand's
    return found or frozenset()


class TargetRules:
    """The actor a verb's target preposition introduces.

    Expects ``index``, ``lexicon``, the argument rules and the word set
    ``agent_nouns`` on the reader.
    """

    def prep_targets(self, verb, lemma: str, objects=()) -> list:
        """The objects of ``verb``'s target prepositions that are actors, in order.

        The preposition may hang on the verb or on its direct object ("demanded
        an explanation from Russia" is parsed either way).
        """
        # the indirect object is the recipient or addressee: "offered Syria a ceasefire"
        out = [c for c in verb.children if c.dep_ == "dative" and c.pos_ in ("NOUN", "PROPN") and self.is_actor(c)]
        out += [t for t in self.particle_targets(verb) if t not in out]  # "cracked down on protesters"
        out += [t for t in tie_partners(verb, lemma, objects, self.is_actor, self.lexicon) if t not in out]  # "cut ties with X"
        # "pledged aid to Sudan", "recalled its ambassador from X", "rejected Kosovo's demand", "voiced support for X",
        # "mediated a ceasefire between X and Y"
        for found in (object_recipients, amount_recipients, envoy_targets, proposal_owners, stance_targets, object_targets,
                      noun_partners):
            out += [t for t in found(verb, lemma, objects, self.is_actor, self.lexicon) if t not in out]
        preps = target_prepositions(lemma, lexicon=self.lexicon)
        if not preps:
            return out
        # an idiom's noun is part of the verb: "took aim at Facebook" may hang "at" on "aim"
        idiom = [c for c in verb.children if c.dep_ in ("dobj", "obj") and lemma.endswith(f" {c.lower_}")]
        for head in (verb, *idiom, *objects):
            # on the object, "to" and "with" are the noun's own ("major changes to the Court")
            allowed = preps if head is verb or head in idiom else preps & _OBJECT_PREPS
            for child in head.children:
                if child.dep_ in ("prep", "dative") and child.lower_ in allowed:
                    out.extend(p for p in child.children if p.dep_ == "pobj" and (
                        self.is_actor(p) or self.owned_target_place(verb, lemma, p)))  # "at Israeli positions"
        return out

    def particle_targets(self, verb) -> list:
        """The actors the preposition right after ``verb``'s particle introduces, when the phrasal verb is
        a CAMEO event: "cracked down on protesters", "lashed out at Western governments", "reached out to
        the rebels". A preposition apart from the particle ("cracked down in Nairobi on Friday") is none."""
        prt = next((c for c in verb.children if c.dep_ == "prt"), None)
        if prt is None or prt.i + 1 >= len(self.doc):
            return []
        prep = self.doc[prt.i + 1]
        if (prep.dep_ != "prep" or prep.head.i not in (verb.i, prt.i) or prep.lower_ not in _PARTICLE_PREPS
                or not self.phrasal_event(verb.lemma_.lower(), prt.lower_, prep.lower_)):
            return []
        return [p for p in prep.children if p.dep_ == "pobj" and self.is_actor(p)]

    def phrasal_event(self, lemma: str, particle: str, preposition: str) -> bool:
        """Is verb ``lemma`` with ``particle`` (and ``preposition`` after it) a CAMEO event: the phrase
        in the event table ("crack down"), or a verb pattern on the particle ("clamp" ``DOWN``) or on
        the particle and this preposition ("reach" ``OUT TO``)?"""
        cameo = self.lexicon.cameo
        if cameo.event_of(f"{lemma} {particle}") is not None:
            return True
        entry = cameo.patterns.entry(lemma) if cameo.patterns is not None else None
        if entry is None:
            return False
        for pattern in entry.patterns:
            words = pattern.words
            if pattern.code is None or not words or particle not in words[0]:
                continue
            if len(words) == 1 or (len(words) == 2 and preposition in words[1]):
                return True
        return False

    def may_target(self, sub_tokens, lemma: str) -> bool:
        """May an actor concept ("police") act on an actor concept named as the target?

        The verb needs a CAMEO event or verb patterns ("threw stones at police").
        """
        cameo = self.lexicon.cameo
        if cameo.event_of(lemma) is None and (cameo.patterns is None or cameo.patterns.entry(lemma) is None):
            return False
        return any(self.is_actor(tok) for tok in sub_tokens)

    def is_actor(self, tok) -> bool:
        """Does ``tok`` (or a head coordinated with it) stand for an actor?"""
        for member in self.members(tok):
            mention = self.index.mention_at(member.i)
            if mention is not None:
                if self.index[mention.key].type in _ACTOR_TYPES:
                    return True
                continue
            ref = self.index.reference_at(member.i)
            if ref is not None:
                if any(self.index[key].type in _ACTOR_TYPES for key in ref.keys):
                    return True
                continue
            lemma = member.lemma_.lower()
            if lemma in self.agent_nouns or self.lexicon.dictionaries.agent_role(lemma) is not None:
                return True
            if names_counterpart(member, self.lexicon):
                return True  # "spoke with his US counterpart" (extract/actors/counterparts.py)
            # "the opposition leader" (OPP), "a Kenyan court" (KENJUD): a role the phrase names
            if member.pos_ == "NOUN" and generic_actor_codes(
                    doc_span(self.doc, member.left_edge.i, member.i + 1), date=None, lexicon=self.lexicon):
                return True
        return False

    def thing_objects(self, tokens) -> bool:
        """Are the direct objects things rather than actors ("an explanation", "sanctions")?"""
        return bool(tokens) and not any(self.is_actor(t) and not own_envoy(t, self.lexicon) for t in tokens)

    def phrase_text(self, tok) -> str:
        """The words of the noun phrase ``tok`` heads up to ``tok`` (the complement of a relation)."""
        return self.doc[tok.left_edge.i : tok.i + 1].text
